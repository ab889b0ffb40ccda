// The zero-gradient panel: per visible curve, the share of inputs (typed,
// or a seeded normal sample) whose gradient is exactly zero, computed by
// the core in one batch. A zero gradient on these inputs is sparsity, not
// yet a dead unit: a unit is dead when it gets no gradient for every input
// it will ever see.
import { describe } from '../../api/describe.js';
import { readNumber } from '../../curves/numbers.js';
import { curveClass } from '../../plot/theme.js';
import { parsedInputs } from '../inputs.js';
import { normalSample } from '../normal-sample.js';
import { ZeroGradientCounts } from '../zero-gradients.js';
import { sceneCurves } from '../scene.js';
import { MAX_SAMPLE_SIZE } from '../url-state.js';

const $ = (id) => document.getElementById(id);

function shareRow() {
  const item = document.createElement('li');
  const name = document.createElement('span');
  const meter = document.createElement('meter');
  // Fewer dead inputs is better: the browser colours a high share as a warning.
  Object.assign(meter, { min: 0, max: 1, optimum: 0, low: 0.25, high: 0.5 });
  const value = document.createElement('span');
  value.className = 'share-value';
  item.append(name, meter, value);
  return item;
}

// Writes a row's texts and value where they changed: during a drag only
// the moving curve's row changes, and the rest of the page is not laid out
// again for rows rebuilt the same.
function fillRow(item, { label, colourIndex, zero, total }) {
  const [name, meter, value] = item.children;
  const set = (node, key, text) => {
    if (node[key] !== text) node[key] = text;
  };
  set(name, 'className', `share-label ${curveClass(colourIndex)}`);
  set(name, 'textContent', label);
  set(meter, 'value', total ? zero / total : 0);
  if (meter.getAttribute('aria-label') !== `${label}: share of inputs with zero gradient`) meter.setAttribute('aria-label', `${label}: share of inputs with zero gradient`);
  set(value, 'textContent', total ? `${((100 * zero) / total).toFixed(1)}% (${zero} of ${total})` : 'no inputs');
}

const FIELDS = [
  ['stats-mean', 'mean', (v) => Number.isFinite(v), 'a finite number'],
  ['stats-sd', 'sd', (v) => Number.isFinite(v) && v > 0, 'a positive number'],
  ['stats-n', 'n', (v) => Number.isInteger(v) && v >= 1 && v <= MAX_SAMPLE_SIZE, `a whole number from 1 to ${MAX_SAMPLE_SIZE}`],
];

export function mountStatsPanel(store, act, byName) {
  let lastInputs = new Float64Array(0);
  let sample = { key: '', xs: null };  // the normal sample, drawn again only when its settings change
  const counts = new ZeroGradientCounts(act);

  function inputs(state) {
    const { source, mean, sd, n, seed } = state.stats;
    if (source === 'normal') {
      const key = JSON.stringify([n, mean, sd, seed]);
      if (sample.key !== key) sample = { key, xs: normalSample(n, mean, sd, seed) };
      return { xs: sample.xs, stale: false };
    }
    const parsed = parsedInputs(state.inputs);
    if (parsed.ok) lastInputs = parsed.xs;
    return { xs: lastInputs, stale: !parsed.ok };
  }

  function render(state) {
    document.querySelector(`input[name="stats-source"][value="${state.stats.source}"]`).checked = true;
    for (const [id, key] of FIELDS) if (document.activeElement !== $(id)) $(id).value = String(state.stats[key]);
    const { xs, stale } = inputs(state);
    const rows = sceneCurves(state, byName).filter((curve) => curve.visible)
      .map((curve) => ({ label: curve.label, colourIndex: curve.colourIndex, ...counts.count(curve, xs, state.kink) }));
    const list = $('dead-shares');
    while (list.children.length > rows.length) list.lastElementChild.remove();
    while (list.children.length < rows.length) list.append(shareRow());
    rows.forEach((row, i) => fillRow(list.children[i], row));
    if (stale) list.dataset.stale = 'true';
    else delete list.dataset.stale;
  }

  for (const radio of document.querySelectorAll('input[name="stats-source"]')) {
    radio.addEventListener('change', () => store.update({ stats: { ...store.state.stats, source: radio.value } }));
  }
  for (const [id, key, check, expected] of FIELDS) {
    const field = $(id);
    field.addEventListener('input', () => {
      const { value } = readNumber(field.value);
      const error = $('stats-error');
      if (value === undefined || !check(value)) {
        error.textContent = `${key}: ${describe(field.value)} is not ${expected}.`;
        error.hidden = false;
        field.setAttribute('aria-invalid', 'true');
        return;
      }
      field.removeAttribute('aria-invalid');
      error.hidden = true;
      store.update({ stats: { ...store.state.stats, [key]: value, source: 'normal' } }, { history: 'replace' });
    });
  }
  store.subscribe(['stats', 'inputs', 'curves', 'kink', 'derivatives'], render, { afterFrame: true });
  render(store.state);
}
