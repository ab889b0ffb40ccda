// Experiment 3's charts as chart.js specs, each with its legend, a summary
// sentence and its figures as a table (the text alternative): the dead
// share against the learning rate (log x) for both activations, the median
// final accuracy likewise, and Pr[h > 0] per layer over the epochs at the
// detail rate. The chosen activation is solid, the comparison dashed.
import { activationName, percent, short } from '../sections/common.js';

const DASH = [6, 4];
const axisAround = (rates) => ({ min: rates[0] / 2, max: rates[rates.length - 1] * 2, log: true, label: 'learning rate (log scale)' });

// The rate's column of results; the detail rate's index.
const column = (sweep, lr) => sweep.rates.indexOf(lr);
const swept = (sweep) => sweep.settings.rates;

export function deadShareChart(sweep) {
  const rates = swept(sweep);
  const layers = [];
  const legend = [];
  sweep.activations.forEach((act, a) => {
    const results = rates.map((lr) => sweep.results[a][column(sweep, lr)]);
    layers.push({ kind: 'line', x: rates, y: results.map((r) => r.deadShare), colour: a, dash: a ? DASH : undefined, points: true });
    legend.push({ label: `dead, ${activationName(act)}`, colour: a, mark: a ? 'dashed' : 'line' });
    if (results.some((r) => r.negativeShare > 0)) {
      layers.push({ kind: 'line', x: rates, y: results.map((r) => r.negativeShare), colour: a, dash: [2, 3], width: 1.5, points: true });
      legend.push({ label: `negative but learning, ${activationName(act)}`, colour: a, mark: 'dotted' });
    }
  });
  const last = rates.length - 1;
  const shares = sweep.activations.map((_, a) => sweep.results[a][column(sweep, rates[last])].deadShare);
  return {
    spec: { x: axisAround(rates), y: { min: 0, max: 1, label: 'share of hidden units dead' }, layers },
    legend,
    summary: `At learning rate ${rates[last]}, ${percent(shares[0])} of ${activationName(sweep.activations[0])}'s hidden units are dead after ${sweep.settings.epochs} epochs, against ${percent(shares[1])} for ${activationName(sweep.activations[1])}, over ${sweep.settings.seeds} seeds.`,
    table: {
      caption: 'Share of hidden units dead at the end, by learning rate',
      columns: ['learning rate', ...sweep.activations.map(activationName)],
      rows: rates.map((lr) => [lr, ...sweep.activations.map((_, a) => percent(sweep.results[a][column(sweep, lr)].deadShare))]),
    },
  };
}

export function accuracyChart(sweep) {
  const rates = swept(sweep);
  const layers = sweep.activations.map((_, a) => ({
    kind: 'line', x: rates, y: rates.map((lr) => sweep.results[a][column(sweep, lr)].medianAccuracy), colour: a, dash: a ? DASH : undefined, points: true,
  }));
  const best = sweep.activations.map((_, a) => Math.max(...layers[a].y));
  return {
    spec: { x: axisAround(rates), y: { min: 0, max: 1, label: 'median test accuracy' }, layers: [{ kind: 'rule', axis: 'y', value: 0.5, colour: 'axis', label: 'chance' }, ...layers] },
    legend: sweep.activations.map((act, a) => ({ label: activationName(act), colour: a, mark: a ? 'dashed' : 'line' })),
    summary: `Best median test accuracy over the rates: ${percent(best[0])} for ${activationName(sweep.activations[0])}, ${percent(best[1])} for ${activationName(sweep.activations[1])}.`,
    table: {
      caption: 'Median test accuracy after the last epoch, by learning rate',
      columns: ['learning rate', ...sweep.activations.map(activationName)],
      rows: rates.map((lr) => [lr, ...sweep.activations.map((_, a) => percent(sweep.results[a][column(sweep, lr)].medianAccuracy))]),
    },
  };
}

// activeProbability[epoch][layer], mean over seeds, at the detail rate.
export function activeChart(sweep) {
  const lr = Number(sweep.settings.detail);
  const { epochs, hidden } = sweep.settings;
  const x = Array.from({ length: epochs + 1 }, (_, e) => e);
  const layers = [];
  const legend = [];
  sweep.activations.forEach((act, a) => {
    const result = sweep.results[a][column(sweep, lr)];
    hidden.forEach((_, l) => {
      layers.push({ kind: 'line', x, y: x.map((e) => result.activeProbability[e][l]), colour: 2 + l, dash: a ? DASH : undefined });
      legend.push({ label: `layer ${l + 1}, ${activationName(act)}`, colour: 2 + l, mark: a ? 'dashed' : 'line' });
    });
  });
  const end = sweep.activations.map((_, a) => sweep.results[a][column(sweep, lr)].activeProbability[epochs]);
  return {
    spec: { x: { min: 0, max: Math.max(1, epochs), label: 'epoch' }, y: { min: 0, max: 1, label: 'Pr[h > 0]' }, layers },
    legend,
    summary: `At learning rate ${lr}, after ${epochs} epochs, a hidden unit is positive on ${end[0].map(percent).join(' and ')} of the training points (layer by layer) for ${activationName(sweep.activations[0])}, ${end[1].map(percent).join(' and ')} for ${activationName(sweep.activations[1])}.`,
    table: {
      caption: `Pr[h > 0] on the training points per layer, mean over seeds, at learning rate ${lr}`,
      columns: ['epoch', ...sweep.activations.flatMap((act) => hidden.map((_, l) => `${activationName(act)}, layer ${l + 1}`))],
      rows: x.map((e) => [e, ...sweep.activations.flatMap((_, a) => sweep.results[a][column(sweep, lr)].activeProbability[e].map((p) => short(p)))]),
    },
  };
}
