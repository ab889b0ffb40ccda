// Instantiates the Emscripten module that holds the C++ core. The module is
// built for web and worker; in Node its own loader would fetch() the .wasm
// by URL, which Node's fetch cannot do for file: URLs, so Node reads the
// bytes here and hands them over as wasmBinary.
import createActivationsCore from './core/activations-core.js';

const wasmUrl = new URL('./core/activations-core.wasm', import.meta.url);

const isNode =
  typeof process === 'object' && typeof process.versions?.node === 'string' && typeof window === 'undefined';

export async function loadCore() {
  const options = {};
  if (isNode) {
    const { readFile } = await import('node:fs/promises');
    options.wasmBinary = await readFile(wasmUrl);
  }
  return createActivationsCore(options);
}
