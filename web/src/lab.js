// The lab's JS API (package entry "activation-playground/lab"): dense
// networks and the dying-ReLU experiments, computed by the lab's WASM
// module (core/include/activations/lab/). This file loads the module and
// assembles the API; the checks and calls live in api/lab/.
import { describe } from './api/describe.js';
import { LAB_BUILDS, loadCore, resolveBuild } from './api/load-core.js';
import { listFrom } from './api/registry-list.js';
import { createExperiments } from './api/lab/experiments.js';
import { createNetworkFactory } from './api/lab/network.js';
import { createPlaygroundRunFactory } from './api/lab/playground-run.js';
import { createInitMoments } from './api/lab/init-moments.js';
import { withScratch } from './api/lab/heap.js';
import { BIASES, INITIALISERS, LOSSES, OPTIMIZERS, OUTPUTS, PLAYGROUND_LEARNING_RATES } from './api/lab/options.js';

export { BIASES, INITIALISERS, LOSSES, OPTIMIZERS, OUTPUTS, PLAYGROUND_LEARNING_RATES };

const loading = new Map();

// Loads the lab's WASM module once per build; every call returns the same
// promise. `build` is 'auto' (SIMD where the engine supports it), 'simd' or
// 'scalar'. A failed load rejects with the reason and lets a later call try
// again.
export function loadLab({ build = 'auto' } = {}) {
  if (!['auto', 'simd', 'scalar'].includes(build)) {
    return Promise.reject(new RangeError(`build must be "auto", "simd" or "scalar", got ${describe(build)}`));
  }
  const resolved = resolveBuild(build);
  if (!loading.has(resolved)) {
    const promise = loadCore(resolved, LAB_BUILDS).then(
      (core) => createLab(core, resolved),
      (error) => {
        loading.delete(resolved);
        throw new Error(`could not load the lab's WASM module: ${error?.message ?? error}`, { cause: error });
      },
    );
    loading.set(resolved, promise);
  }
  return loading.get(resolved);
}

// The caps of core/include/activations/lab/limits.hpp.
function readLimits(core) {
  const values = withScratch(core, (s) => {
    const out = s.f64(11);
    core.labLimits(out);
    return s.readF64(out, 11);
  });
  const names = ['width', 'layers', 'parameters', 'points', 'trials', 'steps', 'epochs', 'depth', 'grid', 'lanes', 'errorBins'];
  return Object.freeze(Object.fromEntries(names.map((name, i) => [name, values[i]])));
}

function createLab(core, build) {
  const { maxParams, list } = listFrom(core.registryJson());
  const registry = new Map(list.map((spec) => [spec.name, spec]));
  const limits = readLimits(core);
  const context = { registry, maxParams, limits };
  const experiments = createExperiments(core, context);
  return Object.freeze({
    build,
    limits,
    bornDead: experiments.bornDead,
    collapse: experiments.collapse,
    playgroundDeath: experiments.playgroundDeath,
    signalDepth: experiments.signalDepth,
    // Merging workers' per-trial shares into an experiment's figures.
    summarise: Object.freeze({ ...experiments.summarise }),
    createNetwork: createNetworkFactory(core, context),
    createPlaygroundRun: createPlaygroundRunFactory(core, context, experiments.checkPlaygroundSettings),
    initMoments: createInitMoments(core, context),
  });
}
