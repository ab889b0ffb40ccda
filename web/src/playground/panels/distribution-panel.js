// The distribution panel: for z ~ N(μ, σ²), the distribution of f(z) for
// every visible curve (the selected curve first and widest, the others
// beside it as small multiples in their palette colours), with its point
// masses drawn as spikes, and the moments E[f], E[f²], Var f, E[f′],
// E[f′²] in a table, which is also the charts' data for screen readers.
// Every number comes from the core (gaussian-data.js).
import { formatReadout } from '../../curves/curve.js';
import { paintOnCanvas } from '../../plot/chart-canvas.js';
import { densityView, paintDensityChart } from '../../plot/density-chart.js';
import { describeDensity } from '../../plot/describe-distribution.js';
import { ColourCache } from '../../plot/theme.js';
import { analysisNeeds, densityOf, momentsOf, visibleCurves } from '../gaussian-data.js';
import { bindNumberFields } from '../number-fields.js';
import { followStore } from '../chart-panel.js';
import { element, swatchLabel } from './curve-cells.js';
import { finiteNumber, positiveNumber } from '../url-state.js';

const $ = (id) => document.getElementById(id);

const FIELDS = [
  { id: 'dist-mean', key: 'mean', label: 'μ', check: finiteNumber, expected: 'a finite number' },
  { id: 'dist-sd', key: 'sd', label: 'σ', check: positiveNumber, expected: 'a positive number' },
];
export const MOMENT_COLUMNS = [
  ['mean', 'E[f]'],
  ['meanSquare', 'E[f²]'],
  ['variance', 'Var f'],
  ['derivativeMean', 'E[f′]'],
  ['derivativeMeanSquare', 'E[f′²]'],
];

// Every visible curve with its density and moments for the state's Gaussian.
export function distributionRows(act, state, byName) {
  return visibleCurves(state, byName).map((curve) => ({
    curve,
    density: densityOf(act, curve, state.gaussian),
    moments: momentsOf(act, curve, state.gaussian),
  }));
}

// One chart: a figure with the curve's name, its canvas (a text
// alternative in words) and its point masses in text.
function densityCard({ curve, density }, gaussian, selected) {
  const figure = element('figure', { className: `dist-card${selected ? ' selected' : ''}` });
  const caption = element('figcaption');
  caption.append(swatchLabel(curve));
  figure.append(caption);
  if (density.error) {
    figure.append(element('p', { className: 'error', textContent: density.error }));
    return { figure };
  }
  const canvas = element('canvas', { className: 'dist-canvas' });
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', describeDensity(curve.label, gaussian, density.value, formatReadout));
  const view = densityView([density.value]);
  const masses = density.value.masses.map((m) => `P(f = ${formatReadout(m.value)}) = ${formatReadout(m.probability)}`);
  if (view.clipped) masses.push('the density\'s peak runs past the top');
  const note = element('p', { className: 'hint dist-note', textContent: masses.join(' · ') });
  note.setAttribute('aria-hidden', 'true');  // the canvas' label says the same
  figure.append(canvas, note);
  const cache = new ColourCache(canvas);
  const paint = () => paintOnCanvas(canvas, cache, (ctx, size, colours) => paintDensityChart(ctx, size, {
    series: [{ ...density.value, colour: colours.curves[curve.colourIndex % colours.curves.length] }],
    view,
    colours,
    format: formatReadout,
  }));
  return { figure, paint, cache };
}

function momentsRow({ curve, moments }) {
  const row = element('tr');
  const head = element('th', { scope: 'row' });
  head.append(swatchLabel(curve));
  row.append(head);
  if (moments.error) {
    row.append(element('td', { colSpan: MOMENT_COLUMNS.length, className: 'error-text', textContent: moments.error }));
  } else {
    for (const [key] of MOMENT_COLUMNS) row.append(element('td', { textContent: formatReadout(moments.value[key]) }));
  }
  return row;
}

export function mountDistributionPanel(store, act, byName) {
  let charts = [];
  const stale = (bad) => {
    for (const id of ['dist-charts', 'moments']) $(id).toggleAttribute('data-stale', bad);
  };
  const renderFields = bindNumberFields(store, 'gaussian', FIELDS, { errorId: 'dist-error', onInvalid: stale });
  const paintAll = () => {
    for (const chart of charts) chart.paint?.();
  };

  function render(state) {
    const rows = distributionRows(act, state, byName);
    charts = rows.map((row) => densityCard(row, state.gaussian, row.curve.colourIndex === state.selected));
    $('dist-charts').replaceChildren(...charts.map((chart) => chart.figure));
    $('moments').tBodies[0].replaceChildren(...rows.map(momentsRow));
    $('dist-empty').hidden = rows.length > 0;
    const { mean, sd } = state.gaussian;
    $('moments-caption').textContent = `Moments for z ~ N(${formatReadout(mean)}, ${formatReadout(sd)}²)`;
    paintAll();
  }
  followStore(store, {
    section: document.querySelector('section.distribution'),
    keys: ['curves', 'selected', 'gaussian'],
    render,
    paint: paintAll,
    invalidate: () => charts.forEach((chart) => chart.cache?.invalidate()),
    fieldKey: 'gaussian',
    renderFields,
    resized: $('dist-charts'),
    needs: analysisNeeds(act),
  });
}
