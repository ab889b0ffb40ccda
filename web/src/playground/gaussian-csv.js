// The distribution, gain and q-map panels' numbers as CSV files, in long
// form (one row per value, the curve and settings on every row) so a
// spreadsheet or pandas reads them without reshaping. The numbers are the
// core's (gaussian-data.js), written in full precision; a curve the core
// cannot answer for gets its error in the `error` column, never NaN.
import { formatNumber } from '../curves/numbers.js';
import { COBWEB_STEPS, densityOf, fixedPointOf, gainOf, momentsOf, visibleCurves } from './gaussian-data.js';
import { csvLine, download } from './export.js';

const table = (header, rows) => `${[header, ...rows].map(csvLine).join('\n')}\n`;
const number = (value) => (value === null || value === undefined ? '' : formatNumber(value));

// curve, μ, σ, f(z), density, point mass: the density on its grid, then
// one row per point mass (its probability in the last column).
export function densityCsv(act, state, byName) {
  const { mean, sd } = state.gaussian;
  const rows = visibleCurves(state, byName).flatMap((curve) => {
    const result = densityOf(act, curve, state.gaussian);
    if (result.error) return [[curve.label, number(mean), number(sd), '', '', '', result.error]];
    const { y, density, masses } = result.value;
    return [
      ...Array.from(y, (value, i) => [curve.label, number(mean), number(sd), number(value), number(density[i]), '', '']),
      ...masses.map((m) => [curve.label, number(mean), number(sd), number(m.value), '', number(m.probability), '']),
    ];
  });
  return table(['curve', 'z mean', 'z sd', 'f(z)', 'density', 'point mass probability', 'error'], rows);
}

export function momentsCsv(act, state, byName) {
  const { mean, sd } = state.gaussian;
  const keys = ['mean', 'meanSquare', 'variance', 'derivativeMean', 'derivativeMeanSquare'];
  const rows = visibleCurves(state, byName).map((curve) => {
    const result = momentsOf(act, curve, state.gaussian);
    const values = result.value ? keys.map((key) => number(result.value[key])) : keys.map(() => '');
    return [curve.label, number(mean), number(sd), ...values, result.error ?? ''];
  });
  return table(['curve', 'z mean', 'z sd', 'E[f]', 'E[f^2]', 'Var f', "E[f']", "E[f'^2]", 'error'], rows);
}

export function gainsCsv(act, state, byName) {
  const rows = visibleCurves(state, byName).map((curve) => {
    const result = gainOf(act, curve);
    if (result.error) return [curve.label, '', '', '', result.error];
    const { variancePreserving, pytorch, note } = result.value;
    return [curve.label, number(variancePreserving), number(pytorch), note ?? '', ''];
  });
  return table(['curve', 'variance-preserving gain', 'PyTorch calculate_gain', 'note', 'error'], rows);
}

// Per curve, the cobweb's iterates q₀, q₁, … and, on every row, q*, χ and
// the regime (or the error, such as a map with no finite fixed point).
export function qmapCsv(act, state, byName) {
  const { weightVariance, biasVariance } = state.layer;
  const rows = visibleCurves(state, byName).flatMap((curve) => {
    const fixed = fixedPointOf(act, curve, state.layer);
    let iterates;
    try {
      iterates = act.varianceIterates(curve.name, { ...state.layer, count: COBWEB_STEPS }, curve.params);
    } catch (error) {
      return [[curve.label, number(weightVariance), number(biasVariance), '', '', '', '', '', error.message]];
    }
    const end = fixed.value ? [number(fixed.value.q), number(fixed.value.chi), fixed.value.regime, ''] : ['', '', '', fixed.error];
    return Array.from(iterates, (q, step) => [curve.label, number(weightVariance), number(biasVariance), String(step), number(q), ...end]);
  });
  return table(['curve', 'sigma_w^2', 'sigma_b^2', 'step', 'q', 'q*', 'chi', 'regime', 'error'], rows);
}

const FILES = [
  ['export-density', densityCsv, 'activation-density.csv'],
  ['export-moments', momentsCsv, 'activation-moments.csv'],
  ['export-gains', gainsCsv, 'activation-gains.csv'],
  ['export-qmap', qmapCsv, 'activation-qmap.csv'],
];

const showError = (error, text) => {
  error.textContent = text;
  error.hidden = !text;
};

// The export dialog's four buttons. The numbers come from the analysis
// module, loaded on the first click if no panel has loaded it yet; the
// file holds the state as it is when the module is ready.
export function bindGaussianExports(store, act, byName) {
  const error = document.getElementById('gaussian-export-error');
  for (const [id, write, filename] of FILES) {
    const button = document.getElementById(id);
    button.disabled = false;
    button.addEventListener('click', async () => {
      const empty = visibleCurves(store.state, byName).length === 0;
      showError(error, empty ? 'Every curve is hidden: show one to export its numbers.' : '');
      if (empty) return;
      try {
        await act.analysisReady();
      } catch (failure) {
        showError(error, failure.message);
        return;
      }
      download(new Blob([write(act, store.state, byName)], { type: 'text/csv' }), filename);
    });
  }
}
