// Scratch blocks in the lab module's WASM memory for one call: allocated
// as the call needs them, read back as copies, all freed together. Heap
// views are taken afresh at each use, since memory growth replaces them.
export class Scratch {
  constructor(core) {
    this.core = core;
    this.pointers = [];
  }

  allocate(bytes) {
    const pointer = this.core._malloc(Math.max(8, bytes));
    if (!pointer) throw new RangeError(`cannot allocate ${bytes} bytes in the lab's WASM memory`);
    this.pointers.push(pointer);
    return pointer;
  }

  // A block of `length` doubles, filled from `values` when given.
  f64(length, values) {
    const pointer = this.allocate(8 * length);
    if (values) this.core.HEAPF64.set(values, pointer / 8);
    return pointer;
  }

  bytes(length) {
    return this.allocate(length);
  }

  i32(length) {
    return this.allocate(4 * length);
  }

  readF64(pointer, length) {
    return this.core.HEAPF64.slice(pointer / 8, pointer / 8 + length);
  }

  readU8(pointer, length) {
    return this.core.HEAPU8.slice(pointer, pointer + length);
  }

  readI32(pointer, length) {
    return this.core.HEAP32.slice(pointer / 4, pointer / 4 + length);
  }

  free() {
    for (const pointer of this.pointers) this.core._free(pointer);
    this.pointers = [];
  }
}

// Runs body(scratch) and frees its blocks whatever happens.
export function withScratch(core, body) {
  const scratch = new Scratch(core);
  try {
    return body(scratch);
  } finally {
    scratch.free();
  }
}
