// The analysis calls on an API object (act.secondDerivative, act.moments,
// act.gain, ...), whose
// module (analysis.js) may arrive after the object exists: with
// loadActivations({ analysis: 'later' }) a page draws its first plot
// without waiting for it.
//
// Before the module has arrived, each call throws an Error (code
// 'ANALYSIS_NOT_LOADED') that says what to await, rather than returning a
// promise: callers who loaded everything (the default) keep a synchronous
// API, and a page that shows these numbers awaits act.analysisReady() and
// shows a loading state meanwhile, never a wrong or stale number.

// Every call the analysis module provides (api/second-derivative-calls.js,
// api/moments.js and api/mean-field-calls.js; tests/js/analysis-loading.test.js checks the two
// lists agree).
export const ANALYSIS_CALLS = Object.freeze([
  'secondDerivative', 'sampleSecondDerivative',
  'moments', 'gain', 'density', 'fixedPoint', 'varianceMap', 'varianceIterates', 'meanVarianceIterates', 'meanVarianceFixedPoint',
]);

function notLoaded(name) {
  const error = new Error(
    `act.${name}() needs the analysis module, which is not loaded yet: ` +
      "loadActivations({ analysis: 'later' }) loads it on the first act.analysisReady(); await that first",
  );
  error.code = 'ANALYSIS_NOT_LOADED';
  return error;
}

// `load()` resolves to the calls (analysis.js createAnalysisCalls). Returns
// the stand-in calls, ready() (loads once; a failure rejects and lets a
// later call try again) and loaded().
export function createAnalysisSlot(load) {
  let calls = null;
  let pending = null;
  const ready = () => {
    pending ??= load().then(
      (loaded) => {
        calls = loaded;
      },
      (error) => {
        pending = null;
        throw new Error(`could not load the activations analysis module: ${error?.message ?? error}`, { cause: error });
      },
    );
    return pending;
  };
  const stubs = Object.fromEntries(ANALYSIS_CALLS.map((name) => [name, (...args) => {
    if (!calls) throw notLoaded(name);
    return calls[name](...args);
  }]));
  return { stubs, ready, loaded: () => calls !== null };
}
