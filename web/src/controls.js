// The activation picker and one slider + exact number field per parameter
// (or a select for a choice), with the libraries' presets where they
// disagree, all generated from the registry (act.list()).

// A slider needs finite ends; an unbounded side gets a span around the
// default. The number field beside it still accepts any allowed value.
export function sliderRange(param) {
  const reach = Math.max(1, 2 * Math.abs(param.default));
  const min = Number.isFinite(param.min) ? param.min : Math.min(param.default - reach, -reach);
  const max = Number.isFinite(param.max) ? param.max : param.default + reach;
  return { min, max, step: (max - min) / 1000 };
}

export function fillPicker(select, list) {
  select.replaceChildren(
    ...list.map((activation) => new Option(`${activation.label} (${activation.name})`, activation.name)),
  );
}

function presetSelect(param, id, onPick) {
  const select = document.createElement('select');
  select.className = 'param-presets';
  select.setAttribute('aria-label', `${param.name} presets`);
  select.id = `${id}-presets`;
  select.append(
    new Option('Presets…', ''),
    ...param.presets.map((preset) => new Option(`${preset.label}: ${preset.value}`, String(preset.value))),
  );
  select.addEventListener('change', () => {
    if (select.value !== '') onPick(Number(select.value));
    select.value = '';
  });
  return select;
}

// Builds the parameter controls of `activation` inside `fieldset`, showing
// `values`. `onChange(name, value, text)` gets every edit: a choice gives its
// name, a slider or preset its number, the number field its parsed number
// with the raw text (NaN when the text is not a number, for the caller to
// report).
export function buildParamControls(fieldset, activation, values, onChange) {
  const legend = fieldset.querySelector('legend');
  fieldset.replaceChildren(legend);
  fieldset.hidden = activation.params.length === 0;
  for (const param of activation.params) {
    const row = document.createElement('div');
    row.className = 'param';
    const id = `param-${param.name}`;
    const label = document.createElement('label');
    label.htmlFor = id;
    label.textContent = param.name;
    const description = document.createElement('p');
    description.className = 'param-description';
    description.id = `${id}-description`;
    description.textContent = param.description;

    if (param.choices) {
      const select = document.createElement('select');
      select.id = id;
      select.className = 'param-choice';
      select.setAttribute('aria-describedby', description.id);
      select.append(...param.choices.map((choice) => new Option(choice, choice)));
      select.value = values[param.name] ?? param.default;
      select.addEventListener('change', () => onChange(param.name, select.value));
      row.append(label, select, description);
    } else {
      const range = sliderRange(param);
      const slider = document.createElement('input');
      slider.type = 'range';
      Object.assign(slider, { min: range.min, max: range.max, step: range.step });
      const value = values[param.name] ?? param.default;
      slider.value = value;
      slider.setAttribute('aria-label', `${param.name} slider`);
      slider.setAttribute('aria-describedby', description.id);
      const number = document.createElement('input');
      number.type = 'text';
      number.inputMode = 'decimal';
      number.id = id;
      number.className = 'param-number';
      number.value = String(value);
      number.setAttribute('aria-describedby', description.id);
      number.spellcheck = false;
      const set = (v) => {
        number.value = String(v);
        slider.value = String(v);
        onChange(param.name, v);
      };
      slider.addEventListener('input', () => {
        // The slider's own steps print with binary noise; round to its step.
        const v = Number(Number(slider.value).toPrecision(6));
        number.value = String(v);
        onChange(param.name, v);
      });
      number.addEventListener('input', () => {
        const text = number.value.trim();
        const parsed = text === '' ? NaN : Number(text);
        if (Number.isFinite(parsed)) slider.value = String(parsed);
        onChange(param.name, parsed, number.value);
      });
      row.append(label, slider, number);
      if (param.presets?.length) row.append(presetSelect(param, id, set));
      row.append(description);
    }
    fieldset.append(row);
  }
}
