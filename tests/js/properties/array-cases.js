// Random arrays of every kind a caller might pass to apply and gradient,
// and the out they write into, each with the error class the contract
// gives it (or none).
import fc from 'fast-check';

const CHUNK = 1 << 16;

const xValue = fc.oneof(
  { weight: 8, arbitrary: fc.double({ min: -30, max: 30, noNaN: true }) },
  { weight: 2, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.constantFrom(0, -0, -3, 3, 6, -1, 1, 0.5, -0.5, 20, 1e-39, -1e-39, 1e39, -1e39) },
);

// Values: mostly short; now and then long enough to cross a chunk.
export const valuesArbitrary = fc.oneof(
  { weight: 20, arbitrary: fc.array(xValue, { maxLength: 40 }) },
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: CHUNK - 3, max: CHUNK + 20 }), xValue).map(([n, seed]) => Array.from({ length: n }, (_, i) => (i % 7 === 3 ? seed : ((i * 7919) % 2001) / 37 - 27))) },
);

export const INPUT_KINDS = ['f32', 'f64', 'f32-sub', 'f64-sub', 'array', 'array-getters', 'array-proxy', 'array-frozen', 'sparse', 'array-bad', 'int32', 'dataview', 'string', 'buffer32', 'buffer64'];
export const OUT_KINDS = ['none', 'fresh', 'same', 'overlap', 'wrong-length', 'wrong-type', 'frozen', 'array-out', 'buffer'];

// The element type a kind computes in, and whether it is a WASM buffer.
const TYPE_OF = { f32: 'f32', 'f32-sub': 'f32', buffer32: 'f32' };
export const typeOf = (kind) => TYPE_OF[kind] ?? 'f64';
const isBufferKind = (kind) => kind.startsWith('buffer');
const isArrayKind = (kind) => kind.startsWith('array') || kind === 'sparse';

// Builds the input of `kind` from `values`. `reads` counts element reads
// through getters and traps; `cleanup` collects buffers to free.
export function makeInput(act, kind, values, shift, reads, cleanup) {
  const n = values.length;
  switch (kind) {
    case 'f32': return Float32Array.from(values);
    case 'f64': return Float64Array.from(values);
    case 'f32-sub': case 'f64-sub': {
      const Type = kind === 'f32-sub' ? Float32Array : Float64Array;
      const memory = new Type(n + shift + 3);
      memory.set(values, shift);
      return memory.subarray(shift, shift + n);
    }
    case 'array': return [...values];
    case 'array-frozen': return Object.freeze([...values]);
    case 'array-getters': {
      const array = new Array(n);
      values.forEach((value, i) => Object.defineProperty(array, i, { enumerable: true, get: () => { reads.count += 1; return value; } }));
      return array;
    }
    case 'array-proxy': return new Proxy([...values], {
      get: (target, key) => { if (typeof key === 'string' && /^\d+$/.test(key)) reads.count += 1; return Reflect.get(target, key); },
    });
    case 'sparse': { const array = [...values, 0]; delete array[Math.min(shift, n)]; return array; }
    case 'array-bad': return [...values.slice(0, shift), String(values[shift] ?? 1), ...values.slice(shift)];
    case 'int32': return Int32Array.from(values, (v) => (Number.isFinite(v) ? v | 0 : 0));
    case 'dataview': return new DataView(new ArrayBuffer(8 * n));
    case 'string': return values.join(',');
    case 'buffer32': case 'buffer64': {
      const buffer = act.allocate(n, kind === 'buffer32' ? 'float32' : 'float64').set(values);
      cleanup.push(buffer);
      return buffer;
    }
    default: throw new Error(kind);
  }
}

const BAD_INPUT = new Set(['sparse', 'array-bad', 'int32', 'dataview', 'string']);

// The out of `outKind` for `input`, and the error class the call must
// throw (undefined: it must succeed). For 'overlap' the input itself is
// rebuilt inside a shared array: { input, out } both replace the originals.
export function makeOut(act, outKind, inputKind, input, values, shift, cleanup) {
  const n = values.length;
  const type = typeOf(inputKind);
  const Type = type === 'f32' ? Float32Array : Float64Array;
  const inputError = BAD_INPUT.has(inputKind) ? TypeError : undefined;
  const result = (out, error, newInput = input) => ({ input: newInput, out, error: inputError ?? error });
  if (isBufferKind(inputKind)) {
    if (outKind === 'none') return result(undefined);
    if (outKind === 'same') return result(input);
    if (outKind === 'buffer' || outKind === 'fresh') {
      const out = act.allocate(n, type === 'f32' ? 'float32' : 'float64');
      cleanup.push(out);
      return result(out);
    }
    if (outKind === 'wrong-length') {
      const out = act.allocate(n + 1, type === 'f32' ? 'float32' : 'float64');
      cleanup.push(out);
      return result(out, RangeError);
    }
    return result(new Type(n), TypeError);
  }
  switch (outKind) {
    case 'none': return result(undefined);
    case 'fresh': return result(new Type(n));
    case 'same': return BAD_INPUT.has(inputKind) || !(input instanceof Type) ? result(new Type(n)) : result(input);
    case 'overlap': {
      if (inputError) return result(new Type(n));
      const memory = new Type(n + shift);
      const [inputAt, outAt] = shift % 2 ? [0, shift] : [shift, 0];
      const shared = memory.subarray(inputAt, inputAt + n);
      shared.set(values);
      return result(memory.subarray(outAt, outAt + n), undefined, isArrayKind(inputKind) ? input : shared);
    }
    case 'wrong-length': return result(new Type(n + 1), RangeError);
    case 'wrong-type': return result(type === 'f32' ? new Float64Array(n) : new Float32Array(n), TypeError);
    case 'frozen': return isArrayKind(inputKind) ? result(Object.freeze(new Array(n).fill(0)), n > 0 ? TypeError : undefined) : result(new Type(n));
    case 'array-out': return result(new Array(n).fill(0), isArrayKind(inputKind) ? undefined : TypeError);
    case 'buffer': { const out = act.allocate(n); cleanup.push(out); return result(out, TypeError); }
    default: throw new Error(outKind);
  }
}
