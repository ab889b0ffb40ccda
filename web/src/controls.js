// The activation picker and one slider + exact number field per parameter,
// all generated from the registry (act.list()), never from a list here.

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

// Builds the parameter controls of `activation` inside `fieldset`, with
// `values` as the starting values. `onChange(name, value)` gets every
// edit; a choice gives its name, a number field its parsed number (NaN when
// the text is not a number, for the caller to report).
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
      select.setAttribute('aria-describedby', description.id);
      select.append(...param.choices.map((choice) => new Option(choice, choice)));
      select.value = values[param.name];
      select.addEventListener('change', () => onChange(param.name, select.value));
      row.append(label, select, description);
    } else {
      const range = sliderRange(param);
      const slider = document.createElement('input');
      slider.type = 'range';
      Object.assign(slider, { min: range.min, max: range.max, step: range.step });
      slider.value = values[param.name];
      slider.setAttribute('aria-label', `${param.name} slider`);
      slider.setAttribute('aria-describedby', description.id);
      const number = document.createElement('input');
      number.type = 'text';
      number.inputMode = 'decimal';
      number.id = id;
      number.className = 'param-number';
      number.value = String(values[param.name]);
      number.setAttribute('aria-describedby', description.id);
      number.spellcheck = false;
      slider.addEventListener('input', () => {
        number.value = slider.value;
        onChange(param.name, Number(slider.value));
      });
      number.addEventListener('input', () => {
        const text = number.value.trim();
        const value = text === '' ? NaN : Number(text);
        if (Number.isFinite(value)) slider.value = String(value);
        onChange(param.name, text === '' ? NaN : value, number.value);
      });
      row.append(label, slider, number, description);
    }
    fieldset.append(row);
  }
}
