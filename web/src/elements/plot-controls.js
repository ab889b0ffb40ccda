// <activation-plot controls>: the shared parameter controls
// (curves/param-controls.js) for every curve, a derivative switch and a
// reset. The reader's edits are kept as overrides of the attributes,
// handed to `onChange(overrides)`; `check(name, params)` is the API's
// parameter check (it throws with a message).
import { paramControlRows } from '../curves/param-controls.js';
import { curveLabel } from '../curves/curve.js';
import { curveClass } from '../plot/theme.js';

const make = (tag, props = {}) => Object.assign(document.createElement(tag), props);
let nextId = 0;

export class ElementControls {
  #container;
  #onChange;
  #check;
  #overrides = [];
  #curves = [];
  #id = `activation-plot-${nextId++}`;

  constructor(container, { onChange, check }) {
    this.#container = container;
    this.#onChange = onChange;
    this.#check = check;
  }

  // Builds the controls for `curves` (the element's configuration), or
  // removes them when `curves` is empty.
  build(curves) {
    this.#curves = curves;
    this.#overrides = [];
    if (curves.length === 0) {
      this.#container.replaceChildren();
      return;
    }
    const groups = curves.filter((curve) => curve.spec.params.length).map((curve) => {
      const i = curves.indexOf(curve);
      const fieldset = make('fieldset');
      const legend = make('legend');
      legend.append(make('span', { className: `swatch ${curveClass(curve.colourIndex)}` }), curveLabel(curve, curve.spec, { keep: Object.keys(curve.sources) }));
      fieldset.append(legend, ...paramControlRows(curve.spec, curve.params, {
        idPrefix: `${this.#id}-${i}`,
        labelSuffix: ` of ${curve.spec.label}`,
        onEdit: (name, value) => this.#edit(i, name, value),
      }));
      return fieldset;
    });
    const row = make('div', { className: 'row' });
    // A checkbox that sets `key` (derivative, secondDerivative) for every curve.
    const switchFor = (key, text) => {
      const toggle = make('input', { type: 'checkbox', checked: curves.some((curve) => curve[key]) });
      const label = make('label');
      label.append(toggle, text);
      toggle.addEventListener('change', () => {
        this.#overrides = curves.map((_, i) => ({ ...this.#overrides[i], [key]: toggle.checked }));
        this.#onChange(this.#overrides);
      });
      return label;
    };
    const reset = make('button', { type: 'button', textContent: 'Reset' });
    reset.addEventListener('click', () => {
      this.build(this.#curves);
      this.#onChange(this.#overrides);
    });
    row.append(switchFor('derivative', 'Show the derivative f′ (dashed)'), switchFor('secondDerivative', 'Show the second derivative f″ (dotted)'), reset);
    this.#container.replaceChildren(...groups, row);
  }

  // One edit: checked by the API first; the plot keeps its last valid
  // parameters while the field shows the complaint.
  #edit(i, name, value) {
    const curve = this.#curves[i];
    const params = { ...curve.params, ...this.#overrides[i]?.params, [name]: value };
    try {
      this.#check(curve.name, params);
    } catch (error) {
      return error.message;
    }
    this.#overrides[i] = { ...this.#overrides[i], params: { ...this.#overrides[i]?.params, [name]: value } };
    this.#onChange(this.#overrides);
    return undefined;
  }
}
