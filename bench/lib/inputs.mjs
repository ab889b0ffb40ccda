// The benchmark's input: n float32 values, uniform in [-6, 6), from a
// seeded generator, so every run and every contender (the native program
// too, which has the same generator) sees the same numbers. About half are
// negative, so a branchy kernel pays for mispredictions as it would on a
// real layer's activations; the range covers each function's curved part
// and its saturating tails without overflow.

// mulberry32: a 32-bit generator small enough to write identically in C++.
export function mulberry32(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}

export function makeInput(n, seed = 1) {
  const next = mulberry32(seed);
  const x = new Float32Array(n);
  // 24 random bits scaled to [0, 1) are exact in float32, so the value is
  // rounded once, as in the C++ copy.
  for (let i = 0; i < n; i++) x[i] = -6 + 12 * ((next() >>> 8) / 16777216);
  return x;
}
