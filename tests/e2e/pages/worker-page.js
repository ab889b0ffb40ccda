// Starts a module worker running the JS API and lets the test ask it for
// values: askWorker({ call, args }) resolves with the worker's answer.
const worker = new Worker(new URL('./activations-worker.js', import.meta.url), { type: 'module' });
let next = 0;
const waiting = new Map();
worker.addEventListener('message', (event) => {
  waiting.get(event.data.id)?.(event.data);
  waiting.delete(event.data.id);
});
worker.addEventListener('error', (event) => {
  for (const resolve of waiting.values()) resolve({ error: `worker error: ${event.message}` });
  waiting.clear();
});
window.askWorker = (request) =>
  new Promise((resolve) => {
    const id = next++;
    waiting.set(id, resolve);
    worker.postMessage({ id, ...request });
  });
document.body.dataset.ready = 'true';
