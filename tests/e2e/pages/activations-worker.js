// A module worker that uses the JS API as an application would: it loads
// the WASM core once and answers { id, call, args } with { id, result } or
// { id, error }. Typed arrays come back as plain arrays.
import { loadActivations } from '../src/activations.js';

const ready = loadActivations();

self.addEventListener('message', async (event) => {
  const { id, call, args } = event.data;
  try {
    const act = await ready;
    const input = args.map((arg) => (arg?.float32 ? new Float32Array(arg.float32) : arg));
    const result = act[call](...input);
    const plain = ArrayBuffer.isView(result) ? { type: result.constructor.name, values: Array.from(result) } : result;
    self.postMessage({ id, result: plain, sameApi: (await loadActivations()) === act });
  } catch (error) {
    self.postMessage({ id, error: `${error.name}: ${error.message}` });
  }
});
