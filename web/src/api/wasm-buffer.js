// Arrays that live in WASM memory, for the zero-copy path: the core reads
// and writes them in place, so a call costs no copy in either direction.
// Views are made afresh on every access, because growing WASM memory
// detaches the old ones.
import { describe } from './describe.js';

const TYPES = {
  float32: { bytes: 4, heap: 'HEAPF32', ArrayType: Float32Array },
  float64: { bytes: 8, heap: 'HEAPF64', ArrayType: Float64Array },
};

// Emscripten's heap limit (2 GiB); larger requests fail up front with a
// clear message rather than as a failed malloc.
const MAX_BYTES = 2 ** 31;

// The WASM address of each live buffer, out of reach of callers.
const internals = new WeakMap();

// Frees a buffer the caller dropped without free(), once it is collected.
const collector = new FinalizationRegistry(({ core, pointer }) => core._free(pointer));

export class WasmBuffer {
  constructor(core, type, length) {
    const info = TYPES[type];
    const bytes = length * info.bytes;
    const pointer = bytes <= MAX_BYTES - 65536 ? core._malloc(Math.max(1, bytes)) : 0;
    if (!pointer) {
      throw new RangeError(`cannot allocate ${length} ${type} elements (${bytes} bytes) in WASM memory; the limit is 2 GiB in all`);
    }
    this.type = type;
    this.length = length;
    const state = { core, pointer, info, freed: false };
    internals.set(this, state);
    collector.register(this, { core, pointer }, state);
    Object.freeze(this);
  }

  // A live view of the elements. Re-read it after any call that may grow
  // memory (allocating another buffer): an older view may be detached.
  get array() {
    const { core, pointer, info } = live(this);
    const start = pointer / info.bytes;
    return core[info.heap].subarray(start, start + this.length);
  }

  get freed() {
    return internals.get(this).freed;
  }

  // Copies `values` (any array-like of numbers) in, starting at `offset`.
  set(values, offset = 0) {
    const view = this.array;
    if (!Number.isInteger(offset) || offset < 0 || offset + values.length > this.length) {
      throw new RangeError(`cannot write ${values.length} values at offset ${describe(offset)} into a buffer of length ${this.length}`);
    }
    view.set(values, offset);
    return this;
  }

  // A copy in an ordinary typed array, safe to keep.
  toArray() {
    return this.array.slice();
  }

  // Returns the memory to WASM. Using the buffer afterwards, or freeing it
  // twice, throws instead of touching memory it no longer owns.
  free() {
    const state = live(this);
    state.freed = true;
    collector.unregister(state);
    state.core._free(state.pointer);
  }
}

function live(buffer) {
  const state = internals.get(buffer);
  if (state.freed) throw new TypeError(`this ${buffer.type} buffer of length ${buffer.length} has been freed; allocate a new one`);
  return state;
}

export function checkBufferType(type) {
  if (!Object.hasOwn(TYPES, type)) {
    throw new TypeError(`buffer type must be "float32" or "float64", got ${describe(type)}`);
  }
  return type;
}

export function checkBufferLength(length) {
  if (!Number.isInteger(length) || length < 0) {
    throw new RangeError(`buffer length must be a whole number ≥ 0, got ${describe(length)}`);
  }
  return length;
}

export const isWasmBuffer = (value) => internals.has(value);

// The WASM address of a live buffer that belongs to `core`.
export function addressOf(buffer, core, what) {
  const state = live(buffer);
  if (state.core !== core) throw new TypeError(`${what} belongs to another instance of the module`);
  return state.pointer;
}
