// The selected curve's controls: the activation picker, its formulas, the
// shared parameter controls, the f′ switch, the kink convention and the
// add/remove buttons. Parameters reach the store only once the API accepts
// them (act.checkParams); while a field is invalid the plot keeps the last
// valid value and the field says why.
import { KINK_CONVENTIONS } from '../../activations.js';
import { newCurve } from '../../curves/curve.js';
import { paramControlRows } from '../../curves/param-controls.js';
import { CURVE_COUNT } from '../../plot/theme.js';

const $ = (id) => document.getElementById(id);
const make = (tag, props = {}) => Object.assign(document.createElement(tag), props);

export const KINK_LABELS = {
  pytorch: ['PyTorch (autograd)', 'PyTorch convention'],
  left: ['Left-sided', 'left-sided derivative'],
  right: ['Right-sided', 'right-sided derivative'],
};

// The state's curves with curve `i` replaced by `change` applied to it.
const withCurve = (state, i, change) => state.curves.map((curve, j) => (j === i ? { ...curve, ...change } : curve));

// The selected curve's editor: its formulas and parameter rows (in the
// controls and, on phones, beside the plot). The rows are rebuilt only
// when another curve or activation is selected; otherwise they show the
// state's values in place, so a field being dragged or typed in is never
// replaced under the pointer.
function selectedCurveEditor(store, act, byName) {
  function editParam(name, value, { final }) {
    const { state } = store;
    const curve = state.curves[state.selected];
    const params = { ...curve.params, [name]: value };
    try {
      act.checkParams(curve.name, params);
    } catch (error) {
      return error.message;
    }
    store.update({ curves: withCurve(state, state.selected, { params }) }, { history: final ? 'end' : 'continue' });
    return undefined;
  }

  let shownFor;
  let rows = [];
  return (state) => {
    const curve = state.curves[state.selected];
    const activation = byName.get(curve.name);
    const key = `${state.selected}:${curve.name}`;
    if (shownFor === key) {
      for (const row of rows) row.showValue(curve.params[row.param] ?? activation.params.find((p) => p.name === row.param).default);
      return;
    }
    shownFor = key;
    $('formulas').replaceChildren(
      ...[activation.formula, activation.derivativeFormula].map((text) => make('p', { className: 'formula', textContent: text })),
    );
    const main = paramControlRows(activation, curve.params, { idPrefix: 'param', onEdit: editParam });
    const quick = paramControlRows(activation, curve.params, { idPrefix: 'quick-param', labelSuffix: ' (beside the plot)', onEdit: editParam });
    rows = [...main, ...quick].map((row, i) => Object.assign(row, { param: activation.params[i % activation.params.length].name }));
    const fieldset = $('params');
    fieldset.replaceChildren(fieldset.querySelector('legend'), ...main);
    fieldset.hidden = activation.params.length === 0;
    $('quick-params').replaceChildren(...quick);
  };
}

// The kink convention in use, and each shown activation's own, once.
function renderConvention(state, byName) {
  $('kink').value = state.kink;
  const shown = [...new Set(state.curves.filter((c) => c.visible).map((c) => c.name))].map((name) => byName.get(name));
  const conventions = shown.map((a) => (shown.length > 1 ? `${a.label}: ${a.kinkConvention}` : a.kinkConvention));
  $('convention').textContent = `f′ at kinks: ${KINK_LABELS[state.kink][1]}. ${conventions.join(' ')}`;
}

export function mountControlsPanel(store, act, list) {
  const byName = new Map(list.map((a) => [a.name, a]));
  const picker = $('activation');
  picker.replaceChildren(...list.map((a) => new Option(`${a.label} (${a.name})`, a.name)));
  $('kink').replaceChildren(...KINK_CONVENTIONS.map((kink) => new Option(KINK_LABELS[kink][0], kink)));
  const renderEditor = selectedCurveEditor(store, act, byName);
  const renderSelected = (state) => {
    const curve = state.curves[state.selected];
    picker.value = curve.name;
    $('show-derivative').checked = curve.derivative;
    $('remove-curve').disabled = state.curves.length <= 1;
    $('add-curve').disabled = state.curves.length >= CURVE_COUNT;
    renderEditor(state);
  };

  picker.addEventListener('change', () => {
    const { state } = store;
    store.update({ curves: withCurve(state, state.selected, { name: picker.value, params: {} }) });
  });
  $('show-derivative').addEventListener('change', () => {
    const { state } = store;
    store.update({ curves: withCurve(state, state.selected, { derivative: $('show-derivative').checked }) });
  });
  $('kink').addEventListener('change', () => store.update({ kink: $('kink').value }));
  $('add-curve').addEventListener('click', () => {
    // A new curve starts as the next activation in the registry after the
    // selected one, so a comparison is one click away.
    const { state } = store;
    const current = list.findIndex((a) => a.name === state.curves[state.selected].name);
    const curves = [...state.curves, newCurve(list[(current + 1) % list.length].name)];
    store.update({ curves, selected: curves.length - 1 });
  });
  $('remove-curve').addEventListener('click', () => {
    const { state } = store;
    if (state.curves.length <= 1) return;
    store.update({ curves: state.curves.filter((_, i) => i !== state.selected), selected: Math.max(0, state.selected - 1) });
  });

  store.subscribe(['curves', 'selected'], renderSelected);
  store.subscribe(['curves', 'kink'], (state) => renderConvention(state, byName), { afterFrame: true });
  renderSelected(store.state);
  renderConvention(store.state, byName);
  for (const id of ['activation', 'kink', 'show-derivative', 'add-curve']) $(id).disabled = false;
}
