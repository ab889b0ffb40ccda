// A module Worker that computes for lab-runner.js. Requests carry an id:
// { type: 'check', method, options } checks a run's options (by running none
// of its trials); { type: 'run', method, options } runs a range of trials
// and replies with their per-trial arrays (transferred); { type:
// 'summarise', method, options, parts, trials } merges those shares in
// order and summarises them with the core; { type: 'abort', id } cancels a
// run. Replies are progress, the result or an error (its name and message).
import { loadLab } from './lab.js';
import { transferables } from './lab-runner.js';

const controllers = new Map();

// The per-trial arrays of each experiment, which the runner merges.
const SHARES = {
  bornDead: (result) => ({ dead: result.dead }),
  collapse: (result) => ({ errors: result.errors, ranges: result.ranges, bornDead: result.bornDeadTrials }),
  playgroundDeath: (result) => result.perTrial,
  signalDepth: (result) => result.perTrial,
};

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

function summarise(lab, { method, options, parts, trials }) {
  const merged = Object.fromEntries(Object.keys(parts[0]).map((key) => [key, concat(parts.map((part) => part[key]))]));
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

async function answer(lab, data, signal) {
  const { id, method, options } = data;
  switch (data.type) {
    case 'check':
      await lab[method]({ ...options, range: { first: 0, count: 0 } });
      return undefined;
    case 'run':
      return SHARES[method](await lab[method]({
        ...options,
        signal,
        onProgress: ({ done, total }) => self.postMessage({ type: 'progress', id, done, total }),
      }));
    default:
      return summarise(lab, data);
  }
}

self.onmessage = async ({ data }) => {
  if (data.type === 'abort') {
    controllers.get(data.id)?.abort();
    return;
  }
  if (!['check', 'run', 'summarise'].includes(data.type)) return;
  const { id } = data;
  const controller = new AbortController();
  controllers.set(id, controller);
  try {
    if (!Object.hasOwn(SHARES, data.method)) throw new RangeError(`unknown experiment ${JSON.stringify(data.method)}`);
    const lab = await loadLab({ build: data.build });
    const value = await answer(lab, data, controller.signal);
    const transfer = value && typeof value === 'object' ? transferables(value) : [];
    self.postMessage({ type: 'result', id, value }, transfer);
  } catch (error) {
    self.postMessage({ type: 'error', id, name: error?.name ?? 'Error', message: error?.message ?? String(error) });
  } finally {
    controllers.delete(id);
  }
};
