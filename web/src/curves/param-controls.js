// The controls of one curve's parameters, for the playground and for
// <activation-plot controls>: per numeric parameter a slider, an exact
// number field (strict syntax) and the libraries' presets as buttons; per
// choice a select. Built from the registry's spec. The controls never
// decide validity themselves: every edit goes to `onEdit(name, value,
// { final })`, which returns the API's complaint (or undefined), shown
// beside the field while the plot keeps its last valid value. `final` is
// false while a slider is dragged and true when an edit is complete.
import { readParamValue } from './curve.js';
import { nearestIndex, sliderValues } from './slider-scale.js';

const make = (tag, props = {}) => Object.assign(document.createElement(tag), props);

// Returns the rows (one per parameter) to put in a container. Each row has
// showValue(value), which shows a value set elsewhere (another set of
// controls, back/forward) without rebuilding it, so a drag or typing in
// it is never interrupted. `idPrefix` makes the fields' ids unique.
export function paramControlRows(spec, values, { idPrefix, labelSuffix = '', onEdit }) {
  return spec.params.map((param) => paramRow(param, values[param.name] ?? param.default, `${idPrefix}-${param.name}`, labelSuffix, onEdit));
}

// The parts every row has: its label, the parameter's description, the
// place for a complaint, and edit(value, field, final), which sends an
// edit and shows the complaint, if any, on `field`.
function rowParts(param, id, onEdit) {
  const row = make('div', { className: 'param' });
  const label = make('label', { htmlFor: id, textContent: param.name });
  const hint = make('p', { className: 'param-description hint', id: `${id}-description`, textContent: param.description });
  const problem = make('p', { className: 'field-error', id: `${id}-error`, hidden: true });
  problem.setAttribute('role', 'alert');
  const complain = (field, text) => {
    field.setAttribute('aria-invalid', 'true');
    problem.textContent = `${text}. The plot keeps the last valid value.`;
    problem.hidden = false;
  };
  const clear = (field) => {
    field.removeAttribute('aria-invalid');
    problem.hidden = true;
  };
  const edit = (value, field, final) => {
    const complaint = onEdit(param.name, value, { final });
    if (complaint) complain(field, complaint);
    else clear(field);
  };
  return { row, label, hint, problem, edit, complain, clear };
}

function paramRow(param, start, id, labelSuffix, onEdit) {
  return param.choices ? choiceRow(param, start, id, onEdit) : numberRow(param, start, id, labelSuffix, onEdit);
}

// A choice (gelu's approximate): a select.
function choiceRow(param, start, id, onEdit) {
  const { row, label, hint, problem, edit } = rowParts(param, id, onEdit);
  const select = make('select', { id, className: 'param-choice' });
  select.setAttribute('aria-describedby', `${hint.id} ${problem.id}`);
  select.append(...param.choices.map((choice) => new Option(choice, choice)));
  select.value = start;
  select.addEventListener('change', () => edit(select.value, select, true));
  row.append(label, select, hint, problem);
  row.showValue = (value) => {
    select.value = value;
  };
  return row;
}

// A number: a slider along a ladder of round values (slider-scale.js;
// its position is an index, its accessible value text the value), the
// exact field, and the presets.
function numberRow(param, start, id, labelSuffix, onEdit) {
  const { row, label, hint, problem, edit, complain, clear } = rowParts(param, id, onEdit);
  const ladder = sliderValues(param);
  const slider = make('input', { type: 'range', min: '0', max: String(ladder.length - 1), step: '1' });
  const place = (value) => {
    slider.value = String(nearestIndex(ladder, value));
    slider.setAttribute('aria-valuetext', String(value));
  };
  place(start);
  slider.setAttribute('aria-label', `${param.name}${labelSuffix} slider`);
  slider.setAttribute('aria-describedby', hint.id);
  const number = make('input', { type: 'text', id, className: 'param-number', value: String(start), inputMode: 'decimal', spellcheck: false });
  number.setAttribute('aria-describedby', `${hint.id} ${problem.id}`);
  number.autocomplete = 'off';
  const set = (value, final) => {
    number.value = String(value);
    place(value);
    edit(value, number, final);
  };
  slider.addEventListener('input', () => set(ladder[Number(slider.value)], false));
  slider.addEventListener('change', () => set(ladder[Number(slider.value)], true));
  const fromField = (final) => {
    const read = readParamValue(param, number.value);
    if (read.error) {
      complain(number, `${param.name}: ${read.reason} (expected a finite number, like ${param.default})`);
      return;
    }
    if (Number.isFinite(read.value)) place(read.value);
    edit(read.value, number, final);
  };
  number.addEventListener('input', () => fromField(false));
  number.addEventListener('change', () => fromField(true));
  row.append(label, slider, number);
  if (param.presets?.length) row.append(presetButtons(param, id, (value) => set(value, true)));
  row.append(hint, problem);
  row.showValue = (value) => {
    if (document.activeElement === number || Number(number.value) === value) return;
    number.value = String(value);
    clear(number);
    place(value);
  };
  return row;
}

// Values libraries disagree on, from the registry, one click away.
function presetButtons(param, id, pick) {
  const presets = make('div', { className: 'presets', id: `${id}-presets` });
  presets.setAttribute('role', 'group');
  presets.setAttribute('aria-label', `${param.name} presets`);
  for (const preset of param.presets) {
    const button = make('button', { type: 'button', className: 'preset', textContent: `${preset.label}: ${preset.value}` });
    button.addEventListener('click', () => pick(preset.value));
    presets.append(button);
  }
  return presets;
}
