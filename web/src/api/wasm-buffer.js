// Arrays that live in WASM memory, for the zero-copy path: the core reads
// and writes them in place, so a call costs no copy in either direction.
//
// What makes a kept view safe. `.array` hands out a typed-array view of
// WASM memory, which the caller may keep. Freed memory is reused by later
// allocations (and holds the allocator's own bookkeeping), so a write
// through a view of freed memory would corrupt other buffers or the
// allocator. Two rules make that impossible:
//  1. Memory is released only when it can no longer be reached: at free(),
//     or, for a buffer dropped without free(), once the buffer and every
//     view `.array` handed out of it have been garbage-collected (each is
//     registered with the FinalizationRegistry; a view can outlive its
//     buffer and keep its memory).
//  2. Releasing the memory of a buffer whose `.array` was ever read first
//     detaches every view of WASM memory (the module grows memory by zero
//     pages, which replaces its ArrayBuffer). A view made before the
//     release, including subarrays and views over `.array.buffer`, then
//     has length 0: reads give undefined, writes do nothing.
// So `.array` is valid until the next allocate(), free() or release of a
// collected buffer; re-read it after those and after any await (it
// returns the same view while it is still attached, so re-reading is
// cheap).
import { readValues } from './array-arguments.js';
import { bufferOf, copyInto, lengthOf } from './typed-arrays.js';
import { describe } from './describe.js';

const TYPES = {
  float32: { bytes: 4, ArrayType: Float32Array },
  float64: { bytes: 8, ArrayType: Float64Array },
};

// Emscripten's heap limit (2 GiB); larger requests fail up front with a
// clear message rather than as a failed malloc.
const MAX_BYTES = 2 ** 31;

// The state of each buffer, out of reach of callers.
const internals = new WeakMap();
// The view `.array` last handed out of each buffer; weakly held, so it
// lives as long as the buffer does (or longer, if the caller keeps it).
const handedOut = new WeakMap();

const collector = new FinalizationRegistry(({ state, what }) => {
  if (what === 'buffer') state.collected = true;
  else state.viewsOut -= 1;
  if (state.collected && state.viewsOut === 0) release(state);
});

function release(state) {
  if (state.released) return;
  state.released = true;
  collector.unregister(state);
  if (state.viewed) state.core.detachHeapViews();
  state.core._free(state.pointer);
}

export class WasmBuffer {
  constructor(core, type, length) {
    const info = TYPES[type];
    const bytes = length * info.bytes;
    const pointer = bytes <= MAX_BYTES - 65536 ? core._malloc(Math.max(1, bytes)) : 0;
    if (!pointer) {
      throw new RangeError(`cannot allocate ${length} ${type} elements (${bytes} bytes) in WASM memory; the limit is 2 GiB in all`);
    }
    // Zeroed, as a new typed array is: malloc hands back memory that may
    // still hold a freed buffer's values.
    core.HEAPU8.fill(0, pointer, pointer + bytes);
    this.type = type;
    this.length = length;
    const state = { core, pointer, info, length, freed: false, released: false, collected: false, viewed: false, viewsOut: 0 };
    internals.set(this, state);
    collector.register(this, { state, what: 'buffer' }, state);
    Object.freeze(this);
  }

  // A live view of the elements, valid until the next allocate() or
  // free() (see above). The same view while it stays attached.
  get array() {
    const state = live(this, 'array');
    const kept = handedOut.get(this);
    if (kept !== undefined && isAttached(kept, state)) return kept;
    const view = viewOf(state);
    handedOut.set(this, view);
    state.viewed = true;
    state.viewsOut += 1;
    collector.register(view, { state, what: 'view' }, state);
    return view;
  }

  get freed() {
    return state(this, 'freed').freed;
  }

  // Copies `values` in, starting at `offset`: a Float32Array, a
  // Float64Array, another numeric typed array or an array of numbers, read
  // once before anything is written.
  set(values, offset = 0) {
    state(this, 'set');
    const numbers = readValues(values, 'values');  // may run the caller's getters: check liveness after
    const buffer = live(this, 'set');
    const count = lengthOf(numbers);
    if (typeof offset !== 'number') throw new TypeError(`offset must be a number, got ${describe(offset)}`);
    if (!Number.isInteger(offset) || offset < 0 || offset + count > buffer.length) {
      throw new RangeError(`cannot write ${count} values at offset ${describe(offset)} into a buffer of length ${buffer.length}`);
    }
    copyInto(viewOf(buffer), numbers, offset);
    return this;
  }

  // A copy in an ordinary typed array, safe to keep.
  toArray() {
    return viewOf(live(this, 'toArray')).slice();
  }

  // Returns the memory to WASM at once, detaching every view of WASM
  // memory if this buffer's `.array` was read. Using the buffer afterwards,
  // or freeing it twice, throws instead of touching memory it no longer owns.
  free() {
    const buffer = live(this, 'free');
    buffer.freed = true;
    release(buffer);
  }
}

function state(buffer, member) {
  const found = internals.get(buffer);
  if (found === undefined) throw new TypeError(`WasmBuffer.${member} needs a WasmBuffer as this, got ${describe(buffer)}`);
  return found;
}

function live(buffer, member) {
  const found = state(buffer, member);
  if (found.freed) throw new TypeError(`this ${buffer.type} buffer of length ${buffer.length} has been freed; allocate a new one`);
  return found;
}

function viewOf({ core, pointer, info, length }) {
  return new info.ArrayType(core.HEAPU8.buffer, pointer, length);
}

function isAttached(view, { core }) {
  return bufferOf(view) === core.HEAPU8.buffer;
}

export function checkBufferType(type) {
  if (typeof type !== 'string' || !Object.hasOwn(TYPES, type)) {
    throw new TypeError(`buffer type must be "float32" or "float64", got ${describe(type)}`);
  }
  return type;
}

export function checkBufferLength(length) {
  if (typeof length !== 'number') throw new TypeError(`buffer length must be a number, got ${describe(length)}`);
  if (!Number.isInteger(length) || length < 0) {
    throw new RangeError(`buffer length must be a whole number ≥ 0, got ${describe(length)}`);
  }
  return length;
}

export const isWasmBuffer = (value) => internals.has(value);

// The WASM address of a live buffer that belongs to `core`.
export function addressOf(buffer, core, what) {
  const found = live(buffer, what);
  if (found.core !== core) throw new TypeError(`${what} belongs to another instance of the module`);
  return found.pointer;
}
