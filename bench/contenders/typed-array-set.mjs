// The bandwidth yardstick: dst.set(src) between two Float32Arrays, which V8
// turns into a memmove. Nothing JS can do moves n floats from one array to
// another faster, so an activation at 1.0x of it is at the memory limit.
import { TOLERANCE } from '../lib/check.mjs';

export const typedArraySet = {
  id: 'dst.set',
  label: 'dst.set(src), bandwidth yardstick',
  tolerance: TOLERANCE.exact,
  supports: () => true,
  prepare(_fn, input) {
    const dst = new Float32Array(input.length);
    return { run: () => dst.set(input), output: () => dst, dispose() {} };
  },
};
