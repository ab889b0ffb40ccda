// The engine's own operations on Float32Array and Float64Array, called so
// that nothing a caller attached to a typed array runs. A typed array is an
// ordinary object too: it may carry its own `length`, `buffer`, `set` or
// `constructor` (which subarray() and slice() consult). These read its
// internal slots instead, and never touch `.buffer` of a small array that
// needs no sub-view (V8 keeps small arrays on its heap and moves them out
// when their buffer is first asked for).
const TypedArray = Object.getPrototypeOf(Uint8Array);
const getter = (name) => Object.getOwnPropertyDescriptor(TypedArray.prototype, name).get;
const nameSlot = Object.getOwnPropertyDescriptor(TypedArray.prototype, Symbol.toStringTag).get;
const bufferSlot = getter('buffer');
const byteOffsetSlot = getter('byteOffset');
const lengthSlot = getter('length');
const setElements = TypedArray.prototype.set;
const TYPES = { Float32Array, Float64Array };

// The name of a typed array's element type ('Float32Array', …) read from
// the engine's own slot, or undefined for anything else (a Proxy, a
// DataView, an object that merely claims the name).
export const typedArrayName = (value) => nameSlot.call(value);
export const lengthOf = (typed) => lengthSlot.call(typed);
export const bufferOf = (typed) => bufferSlot.call(typed);

// target[offset + i] = source[i]: memmove semantics when they share memory.
export const copyInto = (target, source, offset) => setElements.call(target, source, offset);

// `count` elements of `typed` from `start`, as a new view of the same memory.
export function rangeOf(typed, start, count) {
  if (start === 0 && count === lengthOf(typed)) return typed;
  const Type = TYPES[typedArrayName(typed)];
  return new Type(bufferOf(typed), byteOffsetSlot.call(typed) + start * Type.BYTES_PER_ELEMENT, count);
}

// A copy in new memory.
export function copyOf(typed) {
  const copy = new TYPES[typedArrayName(typed)](lengthOf(typed));
  copyInto(copy, typed, 0);
  return copy;
}

// Whether `a` and `b` share memory without being the very same elements:
// applying from one into the other chunk by chunk would then overwrite
// input not yet read, so the input must be copied first.
export function overlapsPartly(a, b) {
  if (a === b) return false;
  if (bufferOf(a) !== bufferOf(b)) return false;
  const aStart = byteOffsetSlot.call(a);
  const bStart = byteOffsetSlot.call(b);
  const aEnd = aStart + lengthOf(a) * TYPES[typedArrayName(a)].BYTES_PER_ELEMENT;
  const bEnd = bStart + lengthOf(b) * TYPES[typedArrayName(b)].BYTES_PER_ELEMENT;
  return aStart < bEnd && bStart < aEnd && !(aStart === bStart && aEnd === bEnd);
}
