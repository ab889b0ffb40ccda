// TensorFlow.js with its WASM backend (XNNPACK kernels), the established
// fast way to run these activations from JavaScript. Loaded from
// bench/node_modules, installed only for the benchmark.
import { createRequire } from 'node:module';
import path from 'node:path';
import { TOLERANCE } from '../lib/check.mjs';

// Each activation as a TF.js user writes it. TF.js has no gelu op: it is
// composed as tfjs-layers' gelu activation composes it, x·(0.5·(1 +
// erf(x/√2))), so it makes five passes (and five tensors) where the others
// make one.
const OPS = {
  relu: (tf) => (x) => tf.relu(x),
  leaky_relu: (tf, { negative_slope }) => (x) => tf.leakyRelu(x, negative_slope),
  elu: (tf) => (x) => tf.elu(x),
  sigmoid: (tf) => (x) => tf.sigmoid(x),
  tanh: (tf) => (x) => tf.tanh(x),
  gelu: (tf) => (x) => tf.tidy(() => tf.mul(x, tf.mul(0.5, tf.add(1, tf.erf(tf.div(x, Math.SQRT2)))))),
};

function supports(fn) {
  if (!(fn.name in OPS)) return 'no TF.js op';
  if (fn.name === 'elu' && fn.params.alpha !== 1) return 'tf.elu has alpha 1 only';
  if (fn.name === 'gelu' && fn.params.approximate !== 'none') return 'only the exact gelu is composed';
  return true;
}

// In Node the backend's Emscripten loader reads the .wasm with fs from the
// folder given to setWasmPaths: the package's dist directory, as a file
// path ending in a separator (the loader appends the file name). It picks
// tfjs-backend-wasm-simd.wasm when WebAssembly SIMD validates; TF.js turns
// its threaded build off in Node, so both libraries run on one thread.
export async function loadTf() {
  const tf = await import('@tensorflow/tfjs-core');
  const wasmBackend = await import('@tensorflow/tfjs-backend-wasm');
  const require = createRequire(import.meta.url);
  const dist = path.dirname(require.resolve('@tensorflow/tfjs-backend-wasm')) + path.sep;
  wasmBackend.setWasmPaths(dist);
  if (!(await tf.setBackend('wasm'))) throw new Error(`TF.js could not start its WASM backend from ${dist}`);
  await tf.ready();
  const simd = await tf.env().getAsync('WASM_HAS_SIMD_SUPPORT');
  const threads = await tf.env().getAsync('WASM_HAS_MULTITHREAD_SUPPORT');
  return {
    tf,
    version: `tfjs-core ${tf.version_core}, tfjs-backend-wasm ${wasmBackend.version_wasm}`,
    build: `${simd ? 'SIMD' : 'scalar'}, ${threads ? 'multi-threaded' : 'single-threaded'}`,
  };
}

export function tfContenders(tf) {
  return [
    // Tensor in, op, dataSync out: what a caller holding a Float32Array
    // pays, the counterpart of the library's apply with an out array.
    {
      id: 'tf-e2e',
      label: 'TF.js WASM, end to end',
      tolerance: TOLERANCE.peer,
      supports,
      prepare(fn, input) {
        const op = OPS[fn.name](tf, fn.params);
        let last;
        return {
          run() {
            const x = tf.tensor1d(input);
            const y = op(x);
            last = y.dataSync();
            x.dispose();
            y.dispose();
          },
          output: () => last,
          dispose: () => (last = undefined),
        };
      },
    },
    // The op on a tensor already in WASM memory, the counterpart of the
    // library's zero-copy path. The WASM backend runs each kernel
    // synchronously inside the op call, so when the op returns the result
    // is computed: no sync is needed, and dataSync (a copy out to JS) would
    // add work the zero-copy path does not do. Disposing the result frees
    // its memory so every call allocates and computes the same way.
    {
      id: 'tf-op',
      label: 'TF.js WASM, op only',
      tolerance: TOLERANCE.peer,
      supports,
      prepare(fn, input) {
        const op = OPS[fn.name](tf, fn.params);
        const x = tf.tensor1d(input);
        return {
          run: () => op(x).dispose(),
          output() {
            const y = op(x);
            const values = y.dataSync();
            y.dispose();
            return values;
          },
          dispose: () => x.dispose(),
        };
      },
    },
  ];
}
