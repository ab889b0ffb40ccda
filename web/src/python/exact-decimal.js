// Exact decimal arithmetic on doubles with BigInts: the binary value of a
// double scaled by a power of ten and rounded half to even, as CPython's
// dtoa and NumPy's Dragon4 round (JS's toFixed rounds ties up instead).

const f64 = new DataView(new ArrayBuffer(8));

// Split a finite double into integers m, e with |x| = m * 2**e exactly.
export function decompose(x) {
  f64.setFloat64(0, x);
  const hi = f64.getUint32(0);
  const lo = f64.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  const fraction = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  if (biased === 0) return { m: fraction, e: -1074 }; // zero or subnormal
  return { m: fraction | (1n << 52n), e: biased - 1075 };
}

// |x| * 10**k as an exact fraction num / den of BigInts.
export function exactScaled(x, k) {
  const { m, e } = decompose(x);
  let num = m;
  let den = 1n;
  if (e >= 0) num <<= BigInt(e);
  else den <<= BigInt(-e);
  if (k >= 0) num *= 10n ** BigInt(k);
  else den *= 10n ** BigInt(-k);
  return { num, den };
}

// round(|x| * 10**k) as a BigInt, rounding the exact value half-to-even.
export function scaledRoundHalfEven(x, k) {
  const { num, den } = exactScaled(x, k);
  const q = num / den;
  const twiceRem = (num % den) * 2n;
  if (twiceRem > den || (twiceRem === den && (q & 1n) === 1n)) return q + 1n;
  return q;
}

export const isNegative = (x) => x < 0 || Object.is(x, -0);
