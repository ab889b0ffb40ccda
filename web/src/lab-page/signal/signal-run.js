// Experiment 4's run: lab.signalDepth once per initialiser on the same
// seed, through the section's run bar (Workers, progress, Cancel), with
// the mean-field line for each; and the per-network results as CSV and
// JSON.
import { toCsv, toJson } from '../export.js';
import { activationName, commonOptions } from '../sections/common.js';
import { theoryRatio } from './signal-theory.js';

// The activations API (for its Gaussian moments), loaded on the first run:
// the lab's page does not need it otherwise.
let activationsApi;
const loadMoments = () => (activationsApi ??= import('../../activations.js').then((m) => m.loadActivations()));

// { settings, results: [per initialiser], theory: [Float64Array | null] }
// or null when cancelled. A theory line that cannot be computed is null,
// with the reason in `theoryError`.
export async function runSignal(runBar, values, lab) {
  const results = [];
  for (const [k, init] of values.inits.entries()) {
    const options = { ...commonOptions(values), init, width: values.width, depth: values.depth, trials: values.trials, inputs: values.inputs };
    const result = await runBar.run('signalDepth', options, { part: k, parts: values.inits.length, label: init });
    if (!result) return null;
    results.push(result);
  }
  let theory = values.inits.map(() => null);
  let theoryError = '';
  try {
    const act = await loadMoments();
    theory = values.inits.map((init) => theoryRatio(act, lab, { activation: values.activation, init, bias: values.bias, width: values.width, depth: values.depth }));
  } catch (error) {
    theoryError = error?.message ?? String(error);
  }
  return { settings: structuredClone(values), results, theory, theoryError };
}

// One row per (initialiser, network, layer).
export function signalCsv(run) {
  const { depth, inits } = run.settings;
  const rows = [];
  run.results.forEach((result, k) => {
    const { ratio, deadShare, gradientNorm } = result.perTrial;
    for (let t = 0; t < result.trials; t++) {
      for (let l = 0; l < depth; l++) {
        const i = t * depth + l;
        rows.push([inits[k], t, l + 1, ratio[i], deadShare[i], gradientNorm[i]]);
      }
    }
  });
  return toCsv(['initialiser', 'trial', 'layer', 'ratio_h2_x2', 'dead_share', 'gradient_norm'], rows);
}

export function signalJson(run) {
  const { settings } = run;
  return toJson({
    experiment: 'signal-depth',
    settings: { ...settings, activation: activationName(settings.activation) },
    runs: run.results.map((result, k) => ({
      initialiser: settings.inits[k],
      meanRatio: result.meanRatio,
      medianRatio: result.medianRatio,
      theoryRatio: run.theory[k],
      deadShare: result.deadShare,
      meanGradientNorm: result.meanGradientNorm,
      medianGradientNorm: result.medianGradientNorm,
      perTrial: result.perTrial,
    })),
  });
}
