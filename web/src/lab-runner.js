// Runs the lab's experiments in module Workers, as many as the machine has
// cores: the trials are split into contiguous ranges, one per worker, and
// the per-trial shares merged in order and summarised by the core, so the
// result is the one a single call gives. Everything that computes, the
// options' check, the trials, the merge and the summary, runs in the
// workers: the calling thread only posts messages, so a page never blocks
// on a run (not even to load the lab's module).
//
//   const runner = createLabRunner();
//   const result = await runner.run('bornDead', { widths: [2, 3], depths: 50, trials: 2000 },
//                                   { onProgress: ({ fraction }) => …, signal });
//   runner.terminate();
import { describe } from './api/describe.js';

const TRIALS = { bornDead: 'trials', collapse: 'trials', playgroundDeath: 'seeds', signalDepth: 'trials' };
const DEFAULT_TRIALS = { bornDead: 2000, collapse: 1000, playgroundDeath: 200, signalDepth: 100 };
const ERRORS = { TypeError, RangeError };

// The typed arrays' buffers in a share (its values, or arrays of them), to transfer.
export function transferables(value) {
  const list = [];
  for (const item of Object.values(value)) {
    if (ArrayBuffer.isView(item)) list.push(item.buffer);
    else if (Array.isArray(item)) for (const part of item) if (ArrayBuffer.isView(part)) list.push(part.buffer);
  }
  return [...new Set(list)];
}

// Splits `trials` into `parts` contiguous ranges of sizes differing by at most one.
function ranges(trials, parts) {
  const list = [];
  for (let p = 0, first = 0; p < parts; p++) {
    const count = Math.floor(trials / parts) + (p < trials % parts ? 1 : 0);
    list.push({ first, count });
    first += count;
  }
  return list;
}

export function createLabRunner({ workers, build = 'auto', workerUrl = new URL('./lab-worker.js', import.meta.url) } = {}) {
  const cores = globalThis.navigator?.hardwareConcurrency || 2;
  const size = workers ?? Math.max(1, Math.min(cores, 16));
  if (!Number.isInteger(size) || size < 1 || size > 64) throw new RangeError(`workers must be an integer from 1 to 64, got ${describe(workers)}`);
  const pool = Array.from({ length: size }, () => new Worker(workerUrl, { type: 'module' }));
  let nextId = 1;
  let terminated = false;

  // Posts one request to a worker; resolves with its reply's value, reports its progress.
  function request(worker, message, { onProgress, transfer = [] } = {}) {
    const id = nextId++;
    const promise = new Promise((resolve, reject) => {
      const listener = ({ data }) => {
        if (data.id !== id) return;
        if (data.type === 'progress') return onProgress?.(data.done);
        worker.removeEventListener('message', listener);
        if (data.type === 'result') resolve(data.value);
        else reject(Object.assign(new (ERRORS[data.name] ?? Error)(data.message), { name: data.name }));
      };
      worker.addEventListener('message', listener);
      worker.postMessage({ ...message, id, build }, transfer);
    });
    return { id, worker, promise };
  }

  async function run(method, options = {}, { onProgress, signal } = {}) {
    if (terminated) throw new Error('this runner was terminated');
    if (!Object.hasOwn(TRIALS, method)) throw new RangeError(`unknown experiment ${describe(method)} (expected one of: ${Object.keys(TRIALS).join(', ')})`);
    // Options are checked once, by the code the workers run, before any trial starts.
    await request(pool[0], { type: 'check', method, options }).promise;
    if (signal?.aborted) throw signal.reason;
    const trials = options[TRIALS[method]] ?? DEFAULT_TRIALS[method];
    const split = ranges(trials, Math.min(pool.length, trials));
    const done = new Array(split.length).fill(0);
    const perTrial = method === 'bornDead' ? options.widths?.length ?? 1 : 1;
    // Workers may still report progress they posted before an abort or
    // another share's error reached them: none is passed on once the run is over.
    let over = false;
    const shares = split.map((range, p) => request(pool[p], { type: 'run', method, options: { ...options, range } }, {
      onProgress: (count) => {
        if (over || signal?.aborted) return;
        done[p] = count / perTrial;
        const sum = done.reduce((a, b) => a + b, 0);
        onProgress?.({ done: sum, total: trials, fraction: sum / trials });
      },
    }));
    const abort = () => shares.forEach(({ id, worker }) => worker.postMessage({ type: 'abort', id }));
    signal?.addEventListener('abort', abort, { once: true });
    try {
      const parts = await Promise.all(shares.map((share) => share.promise));
      const transfer = parts.flatMap(transferables);
      return await request(pool[0], { type: 'summarise', method, options, parts, trials }, { transfer }).promise;
    } finally {
      over = true;
      signal?.removeEventListener('abort', abort);
    }
  }

  return Object.freeze({
    workers: pool.length,
    run,
    terminate() {
      terminated = true;
      pool.forEach((worker) => worker.terminate());
    },
  });
}
