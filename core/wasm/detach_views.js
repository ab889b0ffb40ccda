// Appended inside the Emscripten module factory (--post-js), where the
// module's memory and its runtime views are in scope.
//
// detachHeapViews(): every typed-array view of WASM memory made so far
// stops reaching it (length 0), and the runtime's HEAP* views are made
// afresh. Growing memory by zero pages replaces its ArrayBuffer, as the
// WebAssembly JS API specifies for every grow(). The JS API calls it before
// returning memory that a view it handed out could reach
// (web/src/api/wasm-buffer.js).
Module['detachHeapViews'] = function () {
  wasmMemory.grow(0);
  if (typeof updateMemoryViews == 'function') updateMemoryViews();
  else updateGlobalBufferAndViews(wasmMemory.buffer);
};
