// Instantiates the Emscripten module that holds the C++ core: the SIMD
// build where the engine validates WASM SIMD, the scalar build otherwise
// (or whichever the caller asks for). The modules are built for web and
// worker; in Node their own loader would fetch() the .wasm by URL, which
// Node's fetch cannot do for file: URLs, so Node reads the bytes here and
// hands them over as wasmBinary. Elsewhere the .wasm is compiled here,
// streaming, in parallel with the loader (see loadCore).

const BUILDS = {
  scalar: { module: '../core/activations-core.js', wasm: '../core/activations-core.wasm' },
  simd: { module: '../core/activations-core-simd.js', wasm: '../core/activations-core-simd.wasm' },
};

// The lab's modules (web/src/lab.js): the registry plus networks and
// experiments, kept apart so the playground does not load them.
export const LAB_BUILDS = {
  scalar: { module: '../core/activations-lab.js', wasm: '../core/activations-lab.wasm' },
  simd: { module: '../core/activations-lab-simd.js', wasm: '../core/activations-lab-simd.wasm' },
};

// The Gaussian analysis (web/src/api/analysis.js): moments, gains, the
// density of f(z) and the mean-field maps, in a module of its own so that
// a page can draw its first plot without it. One scalar build: its
// quadratures evaluate f one point at a time.
export const ANALYSIS_MODULE = { module: '../core/activations-analysis.js', wasm: '../core/activations-analysis.wasm' };

// The smallest module using a SIMD instruction: a function returning
// i8x16.popcnt(i8x16.splat(0)). Engines without SIMD reject it.
const SIMD_PROBE = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 0, 1, 123, 3, 2, 1, 0, 10, 10, 1, 8, 0, 65, 0, 253, 15, 253, 98, 11,
]);

export const supportsSimd = () => WebAssembly.validate(SIMD_PROBE);

const isNode =
  typeof process === 'object' && typeof process.versions?.node === 'string' && typeof window === 'undefined';

// 'auto' picks 'simd' when supported.
export function resolveBuild(build) {
  if (build === 'auto') return supportsSimd() ? 'simd' : 'scalar';
  return build;
}

// Compiles the .wasm while its bytes arrive (streaming compilation), from
// the response the page's <link rel="preload"> already started when there
// is one. Streaming needs the application/wasm type; from a host that sends
// another, the bytes are compiled whole.
async function compileWasm(url) {
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`${url} answered HTTP ${response.status}`);
  const streams = typeof WebAssembly.compileStreaming === 'function' &&
    /^application\/wasm\b/.test(response.headers.get('Content-Type') ?? '');
  return streams ? WebAssembly.compileStreaming(response) : WebAssembly.compile(await response.arrayBuffer());
}

export const loadCore = (build, builds = BUILDS) => loadModule(builds[build]);

// Instantiates the Emscripten module of `files` ({ module, wasm }, URLs
// relative to this file).
export async function loadModule(files) {
  const options = {};
  if (isNode) {
    const { readFile } = await import('node:fs/promises');
    options.wasmBinary = await readFile(new URL(files.wasm, import.meta.url));
    const { default: createActivationsCore } = await import(files.module);
    return createActivationsCore(options);
  }
  // In a browser or worker the .wasm is fetched and compiled while the
  // loader module is fetched and run: neither waits for the other. The
  // loader then only instantiates (its instantiateWasm hook).
  const wasmUrl = new URL(files.wasm, import.meta.url).href;
  const compiled = compileWasm(wasmUrl);
  compiled.catch(() => {});  // reported through the promise returned below
  const { default: createModule } = await import(files.module);
  let failed;
  const failure = new Promise((_, reject) => {
    failed = reject;
  });
  options.instantiateWasm = (imports, receiveInstance) => {
    compiled
      .then((module) => WebAssembly.instantiate(module, imports).then((instance) => receiveInstance(instance, module)))
      .catch(failed);
    return {};  // the exports arrive later, through receiveInstance
  };
  return Promise.race([createModule(options), failure]);
}
