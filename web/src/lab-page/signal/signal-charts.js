// Experiment 4's charts as chart.js specs with legend, summary and table:
// E[h²]/E[x²] per layer (log y; mean solid, median dashed, mean-field line
// dotted), the share of dead units per layer, and the gradient norm per
// layer (log y; mean and median). One colour per initialiser.
import { fitBounds } from '../../plot/chart-scale.js';
import { activationName, percent, short } from '../sections/common.js';
import { initialiserLabel } from './signal-settings.js';

const DASH = [6, 4];
const DOT = [2, 3];
const styleLegend = (theory) => [
  { label: 'mean over networks', colour: 'axis', mark: 'line' },
  { label: 'median', colour: 'axis', mark: 'dashed' },
  ...(theory ? [{ label: 'mean-field theory', colour: 'axis', mark: 'dotted' }] : []),
];
const initLegend = (run) => run.settings.inits.map((init, k) => ({ label: initialiserLabel(init), colour: k, mark: 'line' }));

export function ratioChart(run) {
  const layers = run.results[0].layers;
  const hasTheory = run.theory.some((line) => line && line.some(Number.isFinite));
  const series = [];
  run.results.forEach((result, k) => {
    series.push({ kind: 'line', x: layers, y: result.meanRatio, colour: k, points: true });
    series.push({ kind: 'line', x: layers, y: result.medianRatio, colour: k, dash: DASH, width: 1.5 });
    if (run.theory[k]) series.push({ kind: 'line', x: layers, y: Array.from(run.theory[k]), colour: k, dash: DOT, width: 1.5 });
  });
  const y = fitBounds(series.map((s) => s.y), { log: true });
  const { depth, width } = run.settings;
  const last = run.results.map((r) => r.meanRatio[depth - 1]);
  return {
    spec: { x: { min: 1, max: Math.max(2, depth), label: 'hidden layer' }, y: { ...y, log: true, label: 'E[h²] / E[x²]' }, layers: series },
    legend: [...initLegend(run), ...styleLegend(hasTheory)],
    summary: `After ${depth} layers of width ${width} with ${activationName(run.settings.activation)}: ${run.settings.inits.map((init, k) => `${initialiserLabel(init)} ${short(last[k])}`).join(', ')} (1 keeps the signal's scale).${run.theoryError ? ` The theory line is missing: ${run.theoryError}` : ''}`,
    table: {
      caption: 'E[h²]/E[x²] per layer: mean, median and mean-field theory per initialiser',
      columns: ['layer', ...run.settings.inits.flatMap((init) => [`${init} mean`, `${init} median`, `${init} theory`])],
      rows: layers.map((layer, l) => [layer, ...run.results.flatMap((r, k) => [short(r.meanRatio[l]), short(r.medianRatio[l]), run.theory[k] ? short(run.theory[k][l]) : '—'])]),
    },
  };
}

export function deadChart(run) {
  const layers = run.results[0].layers;
  const series = run.results.map((result, k) => ({ kind: 'line', x: layers, y: result.deadShare, colour: k, points: true }));
  const { depth } = run.settings;
  return {
    spec: { x: { min: 1, max: Math.max(2, depth), label: 'hidden layer' }, y: { min: 0, max: 1, label: 'share of units dead on the inputs' }, layers: series },
    legend: initLegend(run),
    summary: `Share of units zero on every input point at layer ${depth}: ${run.settings.inits.map((init, k) => `${initialiserLabel(init)} ${percent(run.results[k].deadShare[depth - 1])}`).join(', ')}.`,
    table: {
      caption: 'Share of units dead on the input points, per layer, mean over networks',
      columns: ['layer', ...run.settings.inits],
      rows: layers.map((layer, l) => [layer, ...run.results.map((r) => percent(r.deadShare[l]))]),
    },
  };
}

export function gradientChart(run) {
  const layers = run.results[0].layers;
  const series = [];
  run.results.forEach((result, k) => {
    series.push({ kind: 'line', x: layers, y: result.meanGradientNorm, colour: k, points: true });
    series.push({ kind: 'line', x: layers, y: result.medianGradientNorm, colour: k, dash: DASH, width: 1.5 });
  });
  const y = fitBounds(series.map((s) => s.y), { log: true });
  const { depth } = run.settings;
  return {
    spec: { x: { min: 1, max: Math.max(2, depth), label: 'hidden layer' }, y: { ...y, log: true, label: '‖∂L/∂W‖ (Frobenius)' }, layers: series },
    legend: [...initLegend(run), ...styleLegend(false)],
    summary: `Gradient norm at layer 1 against layer ${depth} (means): ${run.settings.inits.map((init, k) => `${initialiserLabel(init)} ${short(run.results[k].meanGradientNorm[0])} against ${short(run.results[k].meanGradientNorm[depth - 1])}`).join('; ')}.`,
    table: {
      caption: 'Gradient norm of each layer’s weights, mean and median over networks',
      columns: ['layer', ...run.settings.inits.flatMap((init) => [`${init} mean`, `${init} median`])],
      rows: layers.map((layer, l) => [layer, ...run.results.flatMap((r) => [short(r.meanGradientNorm[l]), short(r.medianGradientNorm[l])])]),
    },
  };
}
