// How every row is timed, here and (with the same settings, passed on its
// command line) in the native program: warm-up, then the median of
// repeated samples.
//
// Warm-up runs each call for WARMUP_MS (at least twice), so V8 has
// optimised the JS around it, TF.js has set up its kernels, the buffers are
// paged in and the caches hold what they will hold in steady state. A
// sample then times K back-to-back calls, with K chosen so a sample lasts
// at least MIN_SAMPLE_MS (well above the clock's resolution and the cost of
// reading it). The median is robust to the outliers a shared machine
// produces (GC pauses, another process taking the core); the interquartile
// range over the median is kept to show how noisy a row was.
export const SETTINGS = Object.freeze({
  warmupMs: 100,
  budgetMs: 400,
  minSampleMs: 1,
  minSamples: 7,
  maxSamples: 51,
});

const now = () => performance.now();

// Warms `call` up; returns how many calls one sample makes. A call with a
// `before` (which restores an input the call overwrote, untimed) is sampled
// one call at a time.
function warmUp({ run, before }, settings) {
  let calls = 0;
  let spent = 0;
  const start = now();
  do {
    before?.();
    const t0 = now();
    run();
    spent += now() - t0;
    calls++;
  } while (calls < 2 || now() - start < settings.warmupMs);
  return before ? 1 : Math.max(1, Math.ceil(settings.minSampleMs / (spent / calls)));
}

// Seconds per call, from one sample of k calls. A single-call sample
// (with a `before`) is preceded by an untimed call, so that its code and
// branch history are as warm as those of a batched sample, even though
// another row's sample has just run.
function sample({ run, before }, k) {
  if (before) {
    before();
    run();
    before();
  }
  const t0 = now();
  for (let i = 0; i < k; i++) run();
  return (now() - t0) / k / 1000;
}

function summarize(samples) {
  samples.sort((a, b) => a - b);
  const at = (q) => samples[Math.round(q * (samples.length - 1))];
  return { seconds: at(0.5), spread: (at(0.75) - at(0.25)) / at(0.5), samples: samples.length };
}

// Times several calls ({ run, before? }) that will be compared with each
// other. Their samples are interleaved, round by round, in a rotating
// order, so a burst of load from elsewhere on the machine slows all of
// them alike instead of one, and their ratios stay meaningful. Rounds go
// on until each call has had BUDGET_MS and at least MIN_SAMPLES samples.
export function measureTogether(calls, settings = SETTINGS) {
  globalThis.gc?.();  // collect earlier garbage outside the timings
  const ks = calls.map((call) => warmUp(call, settings));
  const samples = calls.map(() => []);
  const start = now();
  const budget = settings.budgetMs * calls.length;
  for (let round = 0; round < settings.maxSamples && (round < settings.minSamples || now() - start < budget); round++) {
    for (let j = 0; j < calls.length; j++) {
      const i = (j + round) % calls.length;
      samples[i].push(sample(calls[i], ks[i]));
    }
  }
  return samples.map(summarize);
}

export const measure = (run, before, settings) => measureTogether([{ run, before }], settings)[0];
