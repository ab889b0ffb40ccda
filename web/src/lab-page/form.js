// The controls of a section, built from its settings table (settings.js):
// a text field for numbers and lists, a select for choices, and for the
// activation a select of the registry's functions with their parameters'
// controls (curves/param-controls.js, as in the playground). A field reads
// its text with the setting's own reader (the URL's), so a value refused
// in a link is refused the same way when typed; the complaint shows beside
// the field and the section keeps its last valid value.
//
//   const form = buildForm(container, settings, { idPrefix, values, registry, onChange(key, value) });
//   form.show(values)   // values set elsewhere (back/forward)
import { paramControlRows } from '../curves/param-controls.js';

const make = (tag, props = {}) => Object.assign(document.createElement(tag), props);

function fieldFrame(setting, id) {
  const field = make('div', { className: `lab-field lab-field-${setting.kind}${setting.wide ? ' lab-field-wide' : ''}` });
  const label = make('label', { htmlFor: id, textContent: setting.label });
  const problem = make('p', { className: 'field-error', id: `${id}-error`, hidden: true });
  problem.setAttribute('role', 'alert');
  field.append(label);
  const described = [problem.id];
  let hint;
  if (setting.hint) {
    hint = make('p', { className: 'hint', id: `${id}-hint`, textContent: setting.hint });
    described.unshift(hint.id);
  }
  const complain = (input, message) => {
    input.setAttribute('aria-invalid', 'true');
    problem.textContent = `${message}. The last valid value is kept.`;
    problem.hidden = false;
  };
  const clear = (input) => {
    input.removeAttribute('aria-invalid');
    problem.hidden = true;
  };
  return { field, problem, hint, described: described.join(' '), complain, clear };
}

function textControl(setting, id, value, context, onChange) {
  const { field, problem, hint, described, complain, clear } = fieldFrame(setting, id);
  const input = make('input', { type: 'text', id, value: setting.write(value, context), spellcheck: false, autocomplete: 'off' });
  input.inputMode = setting.kind === 'integer-list' ? 'text' : setting.kind === 'integer' ? 'numeric' : 'decimal';
  input.setAttribute('aria-describedby', described);
  const commit = () => {
    const read = setting.read(input.value, context);
    if (read.error) return complain(input, `${setting.label}: ${read.error}`);
    clear(input);
    onChange(setting.key, read.value);
  };
  input.addEventListener('change', commit);
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') commit();
  });
  field.append(input);
  if (hint) field.append(hint);
  field.append(problem);
  // Called only for values set elsewhere (back/forward, a section's own
  // control), never while this field's own edit is being read.
  field.show = (next) => {
    input.value = setting.write(next, context);
    clear(input);
  };
  return field;
}

function choiceControl(setting, id, value, context, onChange) {
  const { field, hint, described } = fieldFrame(setting, id);
  const select = make('select', { id });
  select.setAttribute('aria-describedby', described);
  select.append(...setting.choices.map((choice) => new Option(setting.labels?.[choice] ?? choice, choice)));
  const custom = setting.kind === 'bias' ? numberBesideChoice(setting, id, context, onChange) : undefined;
  const show = (next) => {
    select.value = typeof next === 'number' ? 'constant' : next;
    if (custom) custom.show(next);
  };
  if (custom) select.append(new Option('a constant', 'constant'));
  show(value);
  select.addEventListener('change', () => {
    if (select.value !== 'constant') {
      onChange(setting.key, select.value);
      custom?.show(select.value);
    } else {
      custom.show(custom.commit() ?? 0);
    }
  });
  field.append(select);
  if (custom) field.append(custom.element);
  if (hint) field.append(hint);
  field.show = show;
  return field;
}

// The constant of a bias setting, shown when "a constant" is chosen.
function numberBesideChoice(setting, id, context, onChange) {
  const { problem, complain, clear } = fieldFrame(setting, `${id}-value`);
  const input = make('input', { type: 'text', id: `${id}-value`, value: '0', inputMode: 'decimal', spellcheck: false, autocomplete: 'off' });
  input.setAttribute('aria-label', `${setting.label}: the constant`);
  input.setAttribute('aria-describedby', problem.id);
  const element = make('div', { className: 'lab-constant' });
  element.append(input, problem);
  const commit = () => {
    const read = setting.read(input.value, context);
    if (read.error || typeof read.value !== 'number') {
      complain(input, `${setting.label}: ${read.error ?? 'expected a number'}`);
      return undefined;
    }
    clear(input);
    onChange(setting.key, read.value);
    return read.value;
  };
  input.addEventListener('change', commit);
  return {
    element,
    commit,
    show(next) {
      element.hidden = typeof next !== 'number';
      if (typeof next === 'number' && document.activeElement !== input) input.value = String(next);
    },
  };
}

function activationControl(setting, id, value, context, onChange) {
  const { field, hint, described } = fieldFrame(setting, id);
  const select = make('select', { id });
  select.setAttribute('aria-describedby', described);
  select.append(...context.list.map((spec) => new Option(spec.label, spec.name)));
  const params = make('fieldset', { className: 'lab-params' });
  let current = value;
  const renderParams = () => {
    const spec = context.byName.get(current.name);
    params.hidden = spec.params.length === 0;
    params.replaceChildren(make('legend', { textContent: `${spec.label}'s parameters` }), ...paramControlRows(spec, current.params, {
      idPrefix: `${id}-param`,
      onEdit: (name, paramValue, { final }) => {
        const next = { name: current.name, params: { ...current.params, [name]: paramValue } };
        try {
          context.checkParams(next.name, next.params);
        } catch (error) {
          return error.message;
        }
        if (final) {
          current = next;
          onChange(setting.key, next);
        }
        return undefined;
      },
    }));
  };
  select.value = current.name;
  select.addEventListener('change', () => {
    current = { name: select.value, params: {} };
    renderParams();
    onChange(setting.key, current);
  });
  renderParams();
  field.append(select);
  if (hint) field.append(hint);
  field.append(params);
  field.show = (next) => {
    if (next.name === current.name && JSON.stringify(next.params) === JSON.stringify(current.params)) return;
    current = next;
    select.value = next.name;
    renderParams();
  };
  return field;
}

const CONTROLS = {
  integer: textControl,
  'integer-list': textControl,
  number: textControl,
  choice: choiceControl,
  bias: choiceControl,
  activation: activationControl,
};

export function buildForm(container, settings, { idPrefix, values, registry, onChange }) {
  const fields = new Map();
  for (const setting of settings) {
    if (setting.control === false) continue;
    const field = CONTROLS[setting.kind](setting, `${idPrefix}-${setting.key}`, values[setting.key], registry, onChange);
    fields.set(setting.key, field);
    container.append(field);
  }
  return {
    show(next) {
      for (const [key, field] of fields) field.show(next[key]);
    },
  };
}
