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
import { sceneCurves } from '../scene.js';
import { MAX_SAMPLE_SIZE } from '../url-state.js';

const $ = (id) => document.getElementById(id);

// How many of `xs` get a zero gradient from the curve.
export function zeroGradientShare(act, curve, xs, kink) {
  const gradients = act.gradient(curve.name, xs, curve.params, undefined, { kink });
  let zero = 0;
  for (let i = 0; i < gradients.length; i++) if (gradients[i] === 0) zero++;
  return { zero, total: xs.length };
}

function shareRow({ label, colourIndex, zero, total }) {
  const item = document.createElement('li');
  const name = document.createElement('span');
  name.className = `share-label ${curveClass(colourIndex)}`;
  name.textContent = label;
  const meter = document.createElement('meter');
  Object.assign(meter, { min: 0, max: 1, value: total ? zero / total : 0 });
  // Fewer dead inputs is better: the browser colours a high share as a warning.
  Object.assign(meter, { optimum: 0, low: 0.25, high: 0.5 });
  meter.setAttribute('aria-label', `${label}: share of inputs with zero gradient`);
  const value = document.createElement('span');
  value.className = 'share-value';
  value.textContent = total ? `${((100 * zero) / total).toFixed(1)}% (${zero} of ${total})` : 'no inputs';
  item.append(name, meter, value);
  return item;
}

const FIELDS = [
  ['stats-mean', 'mean', (v) => Number.isFinite(v), 'a finite number'],
  ['stats-sd', 'sd', (v) => Number.isFinite(v) && v > 0, 'a positive number'],
  ['stats-n', 'n', (v) => Number.isInteger(v) && v >= 1 && v <= MAX_SAMPLE_SIZE, `a whole number from 1 to ${MAX_SAMPLE_SIZE}`],
];

export function mountStatsPanel(store, act, byName) {
  let lastInputs = new Float64Array(0);

  function inputs(state) {
    const { source, mean, sd, n, seed } = state.stats;
    if (source === 'normal') return { xs: normalSample(n, mean, sd, seed), stale: false };
    const parsed = parsedInputs(state.inputs);
    if (parsed.ok) lastInputs = parsed.xs;
    return { xs: lastInputs, stale: !parsed.ok };
  }

  function render(state) {
    document.querySelector(`input[name="stats-source"][value="${state.stats.source}"]`).checked = true;
    for (const [id, key] of FIELDS) if (document.activeElement !== $(id)) $(id).value = String(state.stats[key]);
    const { xs, stale } = inputs(state);
    const rows = sceneCurves(state, byName).filter((curve) => curve.visible)
      .map((curve) => ({ label: curve.label, colourIndex: curve.colourIndex, ...zeroGradientShare(act, curve, xs, state.kink) }));
    const list = $('dead-shares');
    list.replaceChildren(...rows.map(shareRow));
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
