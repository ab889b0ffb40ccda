// A module Worker that runs lab experiments for runner.js: one message
// { type: 'run', id, method, options, build } starts a run, { type:
// 'abort', id } cancels it; replies are progress, the per-trial result (its
// typed arrays transferred) or an error.
import { loadLab } from '../../lab.js';

const controllers = new Map();

// The per-trial arrays of each experiment, which the runner merges.
const SHARES = {
  bornDead: (result) => ({ dead: result.dead }),
  collapse: (result) => ({ errors: result.errors, ranges: result.ranges, bornDead: result.bornDeadTrials }),
  playgroundDeath: (result) => result.perTrial,
  signalDepth: (result) => result.perTrial,
};

function transferables(value) {
  const list = [];
  for (const item of Object.values(value)) {
    if (ArrayBuffer.isView(item)) list.push(item.buffer);
    else if (Array.isArray(item)) for (const part of item) if (ArrayBuffer.isView(part)) list.push(part.buffer);
  }
  return [...new Set(list)];
}

self.onmessage = async ({ data }) => {
  if (data.type === 'abort') {
    controllers.get(data.id)?.abort();
    return;
  }
  if (data.type !== 'run') return;
  const { id, method, options, build } = data;
  const controller = new AbortController();
  controllers.set(id, controller);
  try {
    if (!Object.hasOwn(SHARES, method)) throw new RangeError(`unknown experiment ${JSON.stringify(method)}`);
    const lab = await loadLab({ build });
    const result = await lab[method]({
      ...options,
      signal: controller.signal,
      onProgress: ({ done, total }) => self.postMessage({ type: 'progress', id, done, total }),
    });
    const share = SHARES[method](result);
    self.postMessage({ type: 'result', id, share }, transferables(share));
  } catch (error) {
    self.postMessage({ type: 'error', id, name: error?.name ?? 'Error', message: error?.message ?? String(error) });
  } finally {
    controllers.delete(id);
  }
};
