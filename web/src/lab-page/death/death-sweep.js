// Experiment 3's run: lab.playgroundDeath for each compared activation at
// each learning rate, on the same seeds (a trial's data and first network
// depend only on (seed, trial), so both activations start from the same
// weights), through the section's run bar (the page's Worker runner,
// progress, Cancel). And the per-seed results as CSV and JSON.
import { toCsv, toJson } from '../export.js';
import { activationName } from '../sections/common.js';
import { comparedActivations, ratesToRun } from './death-settings.js';

// { settings, activations, rates, results[a][r] } or null when cancelled.
export async function runDeathSweep(runBar, values) {
  const activations = comparedActivations(values.activation);
  const rates = ratesToRun(values);
  const results = activations.map(() => []);
  const parts = activations.length * rates.length;
  let part = 0;
  for (const [r, lr] of rates.entries()) {
    for (const [a, act] of activations.entries()) {
      const options = { hidden: values.hidden, activation: act.name, params: act.params, lr, epochs: values.epochs, batch: values.batch, seeds: values.seeds, seed: values.seed };
      const result = await runBar.run('playgroundDeath', options, { part: part++, parts, label: `${activationName(act)} at learning rate ${lr}` });
      if (!result) return null;
      results[a][r] = result;
    }
  }
  return { settings: structuredClone(values), activations, rates, results };
}

// Unit names in the order of the core's per-unit arrays: layer by layer.
export const unitNames = (hidden) => hidden.flatMap((width, l) => Array.from({ length: width }, (_, i) => `L${l + 1}U${i + 1}`));

// One row per (activation, learning rate, seed): the final test accuracy
// and training loss, how many units are dead or negative at the end, and
// each unit's epoch of death (−1: alive at the end).
export function deathCsv(sweep) {
  const { hidden, epochs } = sweep.settings;
  const names = unitNames(hidden);
  const columns = ['activation', 'learning_rate', 'seed', 'trial', 'test_accuracy', 'train_loss', 'dead_units', 'negative_units', ...names.map((n) => `death_epoch_${n}`)];
  const rows = [];
  sweep.activations.forEach((act, a) => {
    sweep.rates.forEach((lr, r) => {
      const result = sweep.results[a][r];
      const { deathEpoch, finalState, accuracy, trainLoss } = result.perTrial;
      const units = names.length;
      for (let t = 0; t < result.seeds; t++) {
        const states = finalState.subarray(t * units, (t + 1) * units);
        const last = t * (epochs + 1) + epochs;
        rows.push([
          activationName(act), lr, sweep.settings.seed, t, accuracy[last], trainLoss[last],
          states.filter((s) => s === 1).length, states.filter((s) => s === 2).length,
          ...deathEpoch.subarray(t * units, (t + 1) * units),
        ]);
      }
    });
  });
  return toCsv(columns, rows);
}

export function deathJson(sweep) {
  const { settings, activations, rates } = sweep;
  return toJson({
    experiment: 'high-lr',
    settings: { ...settings, activation: activationName(settings.activation) },
    units: unitNames(settings.hidden),
    runs: activations.flatMap((act, a) => rates.map((lr, r) => {
      const { deadShare, negativeShare, medianAccuracy, meanAccuracy, activeProbability, perTrial } = sweep.results[a][r];
      return { activation: activationName(act), learningRate: lr, deadShare, negativeShare, medianAccuracy, meanAccuracy, activeProbability, perSeed: perTrial };
    })),
  });
}
