// The analysis module behind act.secondDerivative, act.sampleSecondDerivative,
// act.moments, act.gain, act.density, act.fixedPoint and the map iterates:
// a WASM module of its own
// (activations-analysis), so a page can draw its first plot before it
// arrives. activations.js imports this file only when the analysis is
// wanted: by default at once, beside the core (everything stays
// synchronous for callers once loadActivations() resolves); with
// loadActivations({ analysis: 'later' }), on the first act.analysisReady().
import { ANALYSIS_MODULE, loadModule } from './load-core.js';
import { createArrayCalls } from './array-calls.js';
import { createMomentsApi } from './moments.js';
import { createSecondDerivativeCalls } from './second-derivative-calls.js';

let loading = null;

// The module, instantiated once per page (every API object shares it); a
// failed load lets a later call try again.
export function loadAnalysisModule() {
  loading ??= loadModule(ANALYSIS_MODULE).catch((error) => {
    loading = null;
    throw error;
  });
  return loading;
}

// The analysis calls over `module`, with names and parameters read and
// checked by the core API's `resolve(name, params)` ({ spec, values }):
// both modules are built from one registry, so a spec's id means the same
// activation in each. Parameters go to a block of the module's own memory.
export function createAnalysisCalls(module, resolve, maxParams) {
  const paramsPtr = module._malloc(8 * maxParams);
  const writeParams = (values) => {
    if (values.length) module.HEAPF64.set(values, paramsPtr / 8);
  };
  // f″ over arrays passes through a scratch block of the module's own.
  const { runChunked } = createArrayCalls(module, paramsPtr, writeParams);
  const context = { core: module, resolve, writeParams, paramsPtr, runChunked };
  return { ...createSecondDerivativeCalls(context), ...createMomentsApi(context) };
}
