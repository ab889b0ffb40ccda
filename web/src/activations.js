// The JS API over the C++ core: validated calls, results in arrays the
// caller owns. Every value is computed by the WASM module; this file only
// checks arguments and moves numbers in and out of WASM memory (through
// the modules in api/).
//
// Every call reads and checks all its arguments first, into plain values;
// only then does it write the parameters to WASM memory and call the core.
// No caller code (a getter, a Proxy trap) runs after that point, so a
// re-entrant call cannot change another call's parameters.
import {
  KINK_CONVENTIONS,
  checkActivationName,
  checkLoadOptions,
  checkOptions,
  namedParams,
  resolveParams,
} from './api/check-arguments.js';
import { createAnalysisSlot } from './api/analysis-slot.js';
import { createFunctionCalls } from './api/function-calls.js';
import { loadCore, resolveBuild } from './api/load-core.js';
import { listFrom, propertiesFrom, publicSpec } from './api/registry-list.js';
import { WasmBuffer, checkBufferLength, checkBufferType } from './api/wasm-buffer.js';

export { KINK_CONVENTIONS };

// Per build: the API object once its core is loaded, and once its
// analysis module is loaded too.
const loading = new Map();
const withAnalysis = new Map();

// The analysis module (f″, moments, gains, densities, mean-field maps) and the
// maker of its calls, fetched and instantiated once per page: a module of
// its own (api/analysis.js), imported only when wanted.
const fetchAnalysis = () => import('./api/analysis.js').then(async (analysis) => ({
  module: await analysis.loadAnalysisModule(),
  createAnalysisCalls: analysis.createAnalysisCalls,
}));

// Loads the WASM core once per build; every call with the same options
// returns the same promise, and every promise of a build the same API
// object. `build` is 'auto' (SIMD where the engine supports it), 'simd' or
// 'scalar'. `analysis` is 'now' (the default: the analysis module loads
// beside the core, in parallel, and the promise waits for both, so
// act.secondDerivative(), act.moments() and the rest are ready and
// synchronous) or 'later' (the
// promise waits for the core only; the analysis module loads on the first
// act.analysisReady(), and its calls throw until that resolves: for a page
// that draws its first plot before it needs them). Bad options and a
// failed load reject (never throw); a failed load lets a later call try
// again.
export function loadActivations(options) {
  let build;
  let analysis;
  try {
    ({ build, analysis } = checkLoadOptions(options));
    build = resolveBuild(build);
  } catch (error) {
    return Promise.reject(error);
  }
  if (!loading.has(build)) {
    const promise = loadCore(build).then(
      (core) => createApi(core, build),
      (error) => {
        loading.delete(build);
        throw new Error(`could not load the activations WASM module: ${error?.message ?? error}`, { cause: error });
      },
    );
    loading.set(build, promise);
  }
  if (analysis === 'later') return loading.get(build);
  if (!withAnalysis.has(build)) {
    // Started now, beside the core; a failure is reported by analysisReady().
    fetchAnalysis().catch(() => {});
    const promise = loading.get(build).then((act) => act.analysisReady());
    promise.catch(() => withAnalysis.delete(build));
    withAnalysis.set(build, promise);
  }
  return withAnalysis.get(build);
}

function createApi(core, build) {
  const { maxParams, list, names } = listFrom(core.registryJson());
  const byName = new Map(list.map((spec) => [spec.name, spec]));

  // Fixed blocks in WASM memory, allocated once: the parameters of the
  // current call, and (in api/function-calls.js and api/moments.js)
  // breakpoints and the chunk scratch. Heap views are read from `core` at
  // each use because memory growth replaces them.
  const paramsPtr = core._malloc(8 * maxParams);
  const writeParams = (values) => {
    if (values.length) core.HEAPF64.set(values, paramsPtr / 8);
  };

  // Reads and checks the name and parameters; nothing is written yet. A
  // name may be another library's, 'keras:leaky_relu': the registry entry
  // it names, with that library's defaults under the caller's parameters.
  function resolve(name, params) {
    const named = names.named(name);
    const spec = checkActivationName(named ? named.name : name, byName);
    return { spec, values: resolveParams(params, spec, named?.params) };
  }

  const { calls } = createFunctionCalls({ core, resolve, writeParams, paramsPtr });
  const analysis = createAnalysisSlot(() => fetchAnalysis().then(({ module, createAnalysisCalls }) => createAnalysisCalls(module, resolve, maxParams)));

  const api = Object.freeze({
    // Which module is running: 'simd' or 'scalar'.
    build,

    list: () => list.map(publicSpec),

    // Another library's name: { name, params } with that library's defaults.
    resolve: (library, name) => names.resolve(library, name),

    // The libraries resolve() knows: [{ key, label }].
    libraries: () => names.libraries(),

    allocate(length, type = 'float32') {
      return new WasmBuffer(core, checkBufferType(type), checkBufferLength(length));
    },

    checkParams(name, params, options) {
      const { spec, values } = resolve(name, params);
      checkOptions(options);
      return namedParams(values, spec);
    },

    // evaluate, derivative, apply, gradient, sample
    ...calls,

    // The properties at these parameters, or null where the core states
    // them only at the defaults (core/include/activations/properties_at.hpp).
    properties(name, params) {
      const { spec, values } = resolve(name, params);
      writeParams(values);
      const properties = JSON.parse(core.propertiesJson(spec.id, paramsPtr));
      return properties && propertiesFrom(properties);
    },

    // f″ (secondDerivative, sampleSecondDerivative), moments, gain,
    // density, fixedPoint and the maps: the analysis module's
    // (api/analysis-slot.js), each throwing until it is loaded.
    ...analysis.stubs,

    // Loads the analysis module (once) and resolves to this object when
    // its calls work; rejects when it cannot be loaded (a later call tries
    // again).
    analysisReady: () => analysis.ready().then(() => api),

    // Whether the analysis calls work now.
    analysisLoaded: analysis.loaded,
  });
  return api;
}
