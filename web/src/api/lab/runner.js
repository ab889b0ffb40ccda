// Runs the lab's experiments in module Workers, as many as the machine has
// cores: the trials are split into contiguous ranges, one per worker, and
// the per-trial shares merged in order and summarised by the core, so the
// result is the one a single call gives. The calling thread only posts
// messages and merges arrays, so a page stays responsive.
//
//   const runner = createLabRunner();
//   const result = await runner.run('bornDead', { widths: [2, 3], depths: 50, trials: 2000 },
//                                   { onProgress: ({ fraction }) => …, signal });
//   runner.terminate();
import { loadLab } from '../../lab.js';
import { describe } from '../describe.js';

const TRIALS = { bornDead: 'trials', collapse: 'trials', playgroundDeath: 'seeds', signalDepth: 'trials' };
const DEFAULT_TRIALS = { bornDead: 2000, collapse: 1000, playgroundDeath: 200, signalDepth: 100 };

// Concatenates typed arrays (or arrays of them, element-wise) in order.
function concat(parts) {
  if (Array.isArray(parts[0])) return parts[0].map((_, i) => concat(parts.map((part) => part[i])));
  const total = parts.reduce((sum, part) => sum + part.length, 0);
  const out = new parts[0].constructor(total);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

function mergeShares(shares) {
  return Object.fromEntries(Object.keys(shares[0]).map((key) => [key, concat(shares.map((share) => share[key]))]));
}

export function createLabRunner({ workers, build = 'auto', workerUrl = new URL('./worker.js', import.meta.url) } = {}) {
  const cores = globalThis.navigator?.hardwareConcurrency || 2;
  const size = workers ?? Math.max(1, Math.min(cores, 16));
  if (!Number.isInteger(size) || size < 1 || size > 64) throw new RangeError(`workers must be an integer from 1 to 64, got ${describe(workers)}`);
  const pool = Array.from({ length: size }, () => new Worker(workerUrl, { type: 'module' }));
  let nextId = 1;
  let terminated = false;

  function runShare(worker, method, options, onProgress) {
    const id = nextId++;
    return {
      id,
      worker,
      promise: new Promise((resolve, reject) => {
        const listener = ({ data }) => {
          if (data.id !== id) return;
          if (data.type === 'progress') onProgress(data.done);
          else {
            worker.removeEventListener('message', listener);
            if (data.type === 'result') resolve(data.share);
            else reject(Object.assign(new (data.name === 'TypeError' ? TypeError : data.name === 'RangeError' ? RangeError : Error)(data.message), { name: data.name }));
          }
        };
        worker.addEventListener('message', listener);
        worker.postMessage({ type: 'run', id, method, options, build });
      }),
    };
  }

  async function run(method, options = {}, { onProgress, signal } = {}) {
    if (terminated) throw new Error('this runner was terminated');
    if (!Object.hasOwn(TRIALS, method)) throw new RangeError(`unknown experiment ${describe(method)} (expected one of: ${Object.keys(TRIALS).join(', ')})`);
    // Options are checked once, here, by the same code the workers run.
    const lab = await loadLab({ build });
    const key = TRIALS[method];
    const trials = options[key] ?? DEFAULT_TRIALS[method];
    await lab[method]({ ...options, range: { first: 0, count: 0 } });
    if (signal?.aborted) throw signal.reason;
    const parts = Math.min(pool.length, trials);
    const done = new Array(parts).fill(0);
    const report = () => {
      const sum = done.reduce((a, b) => a + b, 0);
      onProgress?.({ done: sum, total: trials, fraction: sum / trials });
    };
    const shares = [];
    for (let p = 0, first = 0; p < parts; p++) {
      const count = Math.floor(trials / parts) + (p < trials % parts ? 1 : 0);
      shares.push(runShare(pool[p], method, { ...options, range: { first, count } }, (d) => {
        done[p] = method === 'bornDead' ? d / (options.widths?.length ?? 1) : d;
        report();
      }));
      first += count;
    }
    const abort = () => shares.forEach(({ id, worker }) => worker.postMessage({ type: 'abort', id }));
    signal?.addEventListener('abort', abort, { once: true });
    try {
      const results = await Promise.all(shares.map((share) => share.promise));
      return summarise(lab, method, options, mergeShares(results), trials);
    } finally {
      signal?.removeEventListener('abort', abort);
    }
  }

  function summarise(lab, method, options, merged, trials) {
    switch (method) {
      case 'bornDead':
        return lab.summarise.bornDead({ widths: options.widths ?? [2], maxDepth: options.depths ?? 50, trials, dead: merged.dead });
      case 'collapse':
        return lab.summarise.collapse({ ...merged, points: options.points ?? 64 });
      case 'playgroundDeath':
        return lab.summarise.playgroundDeath({ hidden: options.hidden ?? [8, 8], epochs: options.epochs ?? 50, ...merged });
      default:
        return lab.summarise.signalDepth({ depth: options.depth ?? 20, ...merged });
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
