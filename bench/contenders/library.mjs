// This library, the ways a caller can run it over float32 data. Each
// contender's prepare() sets up its buffers once, outside the timings, and
// returns the call to time, an untimed `before` where the call consumes
// its input, and the output to check.
import { TOLERANCE } from '../lib/check.mjs';

export function libraryContenders(act) {
  const has = new Set(act.list().map((spec) => spec.name));
  const supports = (fn) => has.has(fn.name) || `not in the library's registry`;
  const contender = (id, label, prepare) => ({ id, label, tolerance: TOLERANCE.library, supports, prepare });

  return [
    // Zero-copy, input and output in two WASM buffers: the same memory
    // traffic as dst.set(src), so the two compare like for like.
    contender('zero-copy', 'library, zero-copy into a 2nd buffer', (fn, input) => {
      const src = act.allocate(input.length, 'float32');
      const dst = act.allocate(input.length, 'float32');
      src.array.set(input);  // views are read after both allocations: growth detaches older ones
      return {
        run: () => act.apply(fn.name, src, fn.params, dst),
        output: () => dst.toArray(),
        dispose: () => (src.free(), dst.free()),
      };
    }),

    // Zero-copy in place: one buffer, read and overwritten. The input is
    // restored (untimed) before every call, since applying an activation
    // to its own output drifts the data (leaky_relu would reach
    // subnormals, which are slow on x86).
    contender('in-place', 'library, zero-copy in place', (fn, input) => {
      const buf = act.allocate(input.length, 'float32');
      return {
        before: () => buf.array.set(input),
        run: () => act.apply(fn.name, buf, fn.params, buf),
        output: () => buf.toArray(),
        dispose: () => buf.free(),
      };
    }),

    // A JS Float32Array in, the caller's Float32Array out: the library
    // copies through its fixed WASM scratch, chunk by chunk.
    contender('out', "library, apply into caller's out array", (fn, input) => {
      const out = new Float32Array(input.length);
      return { run: () => act.apply(fn.name, input, fn.params, out), output: () => out, dispose() {} };
    }),

    // apply returning a new Float32Array: the out path plus an allocation
    // (and its garbage) per call.
    contender('alloc', 'library, apply returning a new array', (fn, input) => {
      let last;
      return { run: () => (last = act.apply(fn.name, input, fn.params)), output: () => last, dispose: () => (last = undefined) };
    }),
  ];
}
