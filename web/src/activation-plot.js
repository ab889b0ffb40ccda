// <activation-plot>: a live plot of one or more activations for any page,
// after one <script type="module" src=".../activation-plot.js">.
//
//   <activation-plot fn="leaky_relu" negative-slope="0.01" range="-5 5" derivative></activation-plot>
//   <activation-plot fn="relu leaky_relu(negative_slope=0.2) leaky_relu(negative_slope=0.3)" controls></activation-plot>
//
// Attributes:
//   fn          one or more activations, separated by spaces; each may set
//               its own parameters and derivative in parentheses:
//               leaky_relu(negative_slope=0.2, df=0)
//   PARAM       a parameter for every activation that takes it (and does not
//               set it in parentheses), named as in the registry with "-"
//               for "_": negative-slope="0.2"
//   derivative  draw f′ dashed beside f (per activation: df=1 / df=0)
//   kink        derivative at kinks: pytorch (default), left or right
//   range       the x range, "-5 5" by default; y-range fixes y (else fitted)
//   inputs      points to mark on the curves, "1 -2 3", with their values
//   controls    a slider and a number field for each parameter
//   height      the plot's height: a number of pixels or a CSS length
//               (300 by default); a height set on the element by CSS wins
//   theme       light or dark; the system's setting when absent
//   alt         a text alternative replacing the generated description
//
// Rendering is in shadow DOM, styled by a constructable stylesheet (allowed
// under a strict Content-Security-Policy), so page CSS neither reaches in
// nor is affected. Every element on a page shares one WASM module.
import { KINK_CONVENTIONS } from './activations.js';
import { drawPlot, plotColours, sampleCount } from './plot.js';
import { autoYRange, makeTransform } from './view-math.js';
import { formatPythonFloat } from './python/python-format.js';
import {
  ElementBase,
  ElementCore,
  RESET_CSS,
  THEME_CSS,
  attributeText,
  configurationKey,
  checkParams,
  defineElement,
  functionLabel,
  onSchemeChange,
  parseNumber,
  readBoolean,
  readChoice,
  readFunctions,
  readInputs,
  readRange,
  renderErrors,
  sharedSheet,
} from './element-support.js';

const OWN_ATTRIBUTES = ['fn', 'derivative', 'kink', 'range', 'y-range', 'inputs', 'controls', 'height', 'theme', 'alt'];
const DEFAULT_RANGE = [-5, 5];
const DEFAULT_HEIGHT = '300px';
const MAX_POINTS = 100;
const COLOUR_COUNT = 6;  // --curve-1 … --curve-6

const CSS = `${THEME_CSS}${RESET_CSS}
.frame {
  display: flex; flex-direction: column; gap: 6px; height: 100%;
  padding: 8px; border: 1px solid var(--ap-border); border-radius: 8px; background: var(--plot-background);
}
.legend { display: flex; flex-wrap: wrap; gap: 2px 16px; margin: 0; padding: 0 4px; list-style: none; font-size: 13px; }
.legend li { display: inline-flex; align-items: center; gap: 6px; }
.swatch { display: inline-block; width: 22px; height: 0; border-top: 3px solid var(--swatch); }
.swatch.dashed { border-top-style: dashed; width: 18px; border-top-width: 2px; }
.c1 { --swatch: var(--curve-1); } .c2 { --swatch: var(--curve-2); } .c3 { --swatch: var(--curve-3); }
.c4 { --swatch: var(--curve-4); } .c5 { --swatch: var(--curve-5); } .c6 { --swatch: var(--curve-6); }
.plot { position: relative; flex: 1 1 var(--plot-height, ${DEFAULT_HEIGHT}); min-height: 120px; }
canvas { position: absolute; inset: 0; width: 100%; height: 100%; display: block; touch-action: pan-y; }
.status { position: absolute; inset: 0; display: grid; place-items: center; color: var(--ap-muted); font-size: 13px; }
.readout {
  position: absolute; top: 4px; right: 6px; max-width: calc(100% - 60px); margin: 0; padding: 2px 6px;
  border-radius: 4px; background: var(--plot-background); color: var(--ap-muted); opacity: 0.94;
  font-size: 12px; font-variant-numeric: tabular-nums; pointer-events: none;
}
.readout:empty { display: none; }
table { align-self: flex-start; border-collapse: collapse; font-size: 13px; font-variant-numeric: tabular-nums; margin: 2px 4px 0; }
caption { text-align: left; color: var(--ap-muted); font-size: 12px; padding-bottom: 2px; white-space: nowrap; }
th .swatch { width: 16px; margin-right: 5px; vertical-align: middle; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
th, td { padding: 2px 12px 2px 0; text-align: right; border-bottom: 1px solid var(--ap-border); }
thead th { font-weight: 600; }
tbody th { font-weight: 500; }
.controls { display: grid; gap: 8px; margin: 2px 0 0; padding: 8px 4px 0; border-top: 1px solid var(--ap-border); }
fieldset { margin: 0; padding: 0; border: 0; min-width: 0; }
fieldset legend { padding: 0; font-weight: 600; display: inline-flex; align-items: center; gap: 6px; }
.param { display: grid; grid-template-columns: minmax(7em, max-content) minmax(80px, 1fr) 6.5em; align-items: center; gap: 4px 10px; margin-top: 4px; }
.param label { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 13px; }
.param input[type="range"] { width: 100%; margin: 0; accent-color: var(--ap-accent); }
.param input[type="text"], select {
  width: 100%; padding: 3px 6px; border: 1px solid var(--ap-border); border-radius: 4px;
  background: var(--plot-background); font-variant-numeric: tabular-nums;
}
.param input[aria-invalid="true"] { border-color: var(--ap-error); }
.param .hint, .param .field-error { grid-column: 1 / -1; margin: 0; font-size: 12px; color: var(--ap-muted); }
.param .field-error { color: var(--ap-error); }
.presets { grid-column: 1 / -1; display: flex; flex-wrap: wrap; gap: 4px 6px; }
.presets button { padding: 1px 8px; font-size: 12px; }
.row { display: flex; flex-wrap: wrap; align-items: center; gap: 8px 16px; }
.row label { display: inline-flex; align-items: center; gap: 6px; }
button {
  padding: 3px 12px; border: 1px solid var(--ap-border); border-radius: 4px;
  background: var(--ap-surface); cursor: pointer;
}
button:hover { border-color: var(--ap-accent); }
@media (max-width: 480px) { .param { grid-template-columns: 1fr 6.5em; } .param input[type="range"] { grid-column: 1 / -1; grid-row: 2; } }
`;

// A slider needs finite ends: an unbounded side gets a span around the
// default that keeps the interesting values in reach. An open end is
// moved one step inside. The number field takes any allowed value.
function sliderRange(param) {
  const reach = Math.max(1, 2 * Math.abs(param.default));
  let min = Number.isFinite(param.min) ? param.min : Math.min(-reach, param.default - reach);
  let max = Number.isFinite(param.max) ? param.max : Math.max(reach, param.default + reach);
  const step = Number(((max - min) / 1000).toPrecision(1));
  if (!param.minInclusive && Number.isFinite(param.min)) min += step;
  if (!param.maxInclusive && Number.isFinite(param.max)) max -= step;
  return { min, max, step };
}

// A number as a field shows it: without binary noise from slider steps.
const tidy = (value) => String(Number(value.toPrecision(12)));

let nextId = 0;

export class ActivationPlot extends ElementBase {
  #root;
  #parts;
  #config;
  #configKey;
  #overrides = [];     // per function: parameter values and derivative set with the controls
  #frame;              // what was last drawn, for hover redraws
  #drawnSize;          // the plot box's size at the last drawing
  #hoverX;
  #lastWarning;

  #core = new ElementCore(this, () => this.#render());

  constructor() {
    super();
    this.#root = this.attachShadow({ mode: 'open' });
    this.#root.adoptedStyleSheets = [sharedSheet(CSS)];
    const id = `activation-plot-${nextId++}`;
    const make = (tag, props = {}) => Object.assign(document.createElement(tag), props);

    const frame = make('div', { className: 'frame' });
    frame.setAttribute('part', 'frame');
    const legend = make('ul', { className: 'legend' });
    legend.setAttribute('part', 'legend');
    legend.setAttribute('aria-hidden', 'true');  // the canvas' label says the same
    const plot = make('div', { className: 'plot' });
    const canvas = make('canvas');
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('part', 'canvas');
    const status = make('div', { className: 'status', textContent: 'Loading…' });
    const readout = make('p', { className: 'readout' });
    readout.setAttribute('aria-hidden', 'true');  // pointer-only: the description and table say the same
    plot.append(canvas, status, readout);
    const values = make('table', { hidden: true });
    values.setAttribute('part', 'values');
    const controls = make('div', { className: 'controls', hidden: true });
    controls.setAttribute('part', 'controls');
    const error = make('div', { className: 'error', hidden: true });
    error.setAttribute('role', 'alert');
    error.setAttribute('part', 'error');
    frame.append(legend, plot, values, controls, error);
    this.#root.append(frame);
    this.#parts = { frame, legend, plot, canvas, status, readout, values, controls, error, id };

    canvas.addEventListener('pointermove', (event) => this.#hover(event));
    canvas.addEventListener('pointerdown', (event) => this.#hover(event));
    canvas.addEventListener('pointerleave', () => this.#hover(null));
  }

  /** 'loading', 'ready' or 'error'. */
  get status() {
    return this.#core.status;
  }

  /** The messages shown when the attributes can't be drawn; empty otherwise. */
  get errors() {
    return [...this.#core.errors];
  }

  connectedCallback() {
    // Attribute names are only known once the registry is loaded, so every
    // attribute change is observed rather than a fixed list.
    const mutations = new MutationObserver(() => this.#core.schedule());
    mutations.observe(this, { attributes: true });
    // A redraw when the plot's box changes size; not when it merely
    // reappears at the size it was just drawn at.
    const resize = new ResizeObserver(([entry]) => {
      const { width, height } = entry.contentRect;
      if (this.#drawnSize?.width === width && this.#drawnSize?.height === height) return;
      this.#render();
    });
    resize.observe(this.#parts.plot);
    const stopScheme = onSchemeChange(() => this.#core.schedule());
    this.#core.connect([() => mutations.disconnect(), () => resize.disconnect(), stopScheme]);
  }

  disconnectedCallback() {
    this.#core.disconnect();
  }

  // Reads every attribute. Returns { errors } or the configuration.
  #readConfig() {
    const errors = [];
    const functions = readFunctions(this, this.#core.act, { ownAttributes: OWN_ATTRIBUTES, maxFunctions: COLOUR_COUNT }, errors);
    const derivative = readBoolean(this, 'derivative', errors);
    const controls = readBoolean(this, 'controls', errors);
    const kink = readChoice(this, 'kink', [...KINK_CONVENTIONS], errors) ?? 'pytorch';
    const range = readRange(this, 'range', errors) ?? DEFAULT_RANGE;
    const yRange = readRange(this, 'y-range', errors);
    readChoice(this, 'theme', ['light', 'dark', 'system'], errors);
    const inputs = readInputs(this, 'inputs', errors, { finite: true }) ?? [];
    if (inputs.length > MAX_POINTS) errors.push(`${attributeText('inputs', this.getAttribute('inputs'))}: at most ${MAX_POINTS} points can be marked, got ${inputs.length}`);
    const height = this.#readHeight(errors);
    if (errors.length) return { errors };
    return {
      functions: functions.map((fn) => ({ ...fn, derivative: fn.derivative ?? derivative })),
      controls,
      kink,
      range,
      yRange,
      inputs,
      height,
      alt: this.getAttribute('alt'),
    };
  }

  #readHeight(errors) {
    const value = this.getAttribute('height');
    if (value === null) return DEFAULT_HEIGHT;
    const text = value.trim();
    const number = parseNumber(text);
    if (Number.isFinite(number) && number > 0) return `${number}px`;
    if (/^\d*\.?\d+[a-z]+$/i.test(text) && globalThis.CSS?.supports('height', text)) return text;
    errors.push(`${attributeText('height', value)}: expected a number of pixels like height="300", or a CSS length like height="20rem"`);
    return undefined;
  }

  // The configuration with the reader's changes from the controls applied.
  #effective() {
    return this.#config.functions.map((fn, i) => ({
      ...fn,
      params: { ...fn.params, ...this.#overrides[i]?.params },
      derivative: this.#overrides[i]?.derivative ?? fn.derivative,
    }));
  }

  #render() {
    const { canvas, status, error, legend, readout, values, controls } = this.#parts;
    if (this.#core.loadError) {
      this.#showErrors('The plot could not be drawn', [this.#core.loadError.message]);
      return;
    }
    if (!this.#core.act) return;

    const key = configurationKey(this);
    if (key !== this.#configKey) {
      this.#configKey = key;
      this.#config = this.#readConfig();
      this.#overrides = [];
      this.#hoverX = undefined;
      if (this.#config.errors) {
        this.#showErrors('This plot could not be drawn', this.#config.errors);
        return;
      }
      this.#parts.plot.style.setProperty('--plot-height', this.#config.height);
      this.#buildControls();
    }
    if (this.#config.errors) return;

    error.hidden = true;
    status.hidden = true;
    for (const element of [canvas, legend, readout]) element.hidden = false;
    this.#parts.plot.hidden = false;
    controls.hidden = !this.#config.controls;
    values.hidden = this.#config.inputs.length === 0;

    const functions = this.#effective();
    const colours = plotColours(canvas);
    const [from, to] = this.#config.range;
    const count = sampleCount(canvas);
    const curves = functions.map((fn, i) => ({
      fn,
      sample: this.#core.act.sample(fn.name, { from, to, count }, fn.params, { kink: this.#config.kink }),
      colour: colours.curves[i % colours.curves.length],
      showDerivative: fn.derivative,
    }));
    const [yMin, yMax] = this.#config.yRange ?? (() => {
      const fitted = autoYRange(curves.flatMap((c) => (c.showDerivative ? [c.sample.y, c.sample.dy] : [c.sample.y])));
      return [fitted.yMin, fitted.yMax];
    })();
    const view = { xMin: from, xMax: to, yMin, yMax };
    this.#frame = { view, curves, colours };
    const box = this.#parts.plot.getBoundingClientRect();
    this.#drawnSize = { width: box.width, height: box.height };
    this.#draw();

    this.#renderLegend(curves);
    this.#renderValues(curves);
    this.#describe(curves, view);
    this.#core.setStatus('ready');
    this.dispatchEvent(new CustomEvent('render', { detail: { ok: true } }));
  }

  // Draws the last computed frame, with the hover marker and input points.
  #draw() {
    const { view, curves, colours } = this.#frame;
    const { canvas, readout } = this.#parts;
    const hover = this.#hoverX === undefined ? undefined : {
      x: this.#hoverX,
      points: curves.flatMap((c) => [
        { y: this.#core.act.evaluate(c.fn.name, this.#hoverX, c.fn.params), colour: c.colour },
        ...(c.showDerivative ? [{ y: this.#derivativeAt(c.fn, this.#hoverX), colour: c.colour }] : []),
      ]),
    };
    const area = drawPlot(canvas, { view, curves, hover, colours });
    this.#frame.area = area;

    const ctx = canvas.getContext('2d');
    const t = makeTransform(view, area);
    ctx.save();
    ctx.beginPath();
    ctx.rect(area.left, area.top, area.width, area.height);
    ctx.clip();
    for (const c of curves) {
      for (const point of this.#config.inputs) {
        const marks = [[this.#core.act.evaluate(c.fn.name, point.value, c.fn.params), true]];
        if (c.showDerivative) marks.push([this.#derivativeAt(c.fn, point.value), false]);
        for (const [y, filled] of marks) {
          if (!Number.isFinite(y)) continue;
          ctx.beginPath();
          ctx.arc(t.toPx(point.value), Math.max(-1e6, Math.min(1e6, t.toPy(y))), filled ? 5 : 4, 0, 2 * Math.PI);
          ctx.fillStyle = filled ? c.colour : colours.background;
          ctx.strokeStyle = filled ? colours.background : c.colour;
          ctx.lineWidth = filled ? 1.5 : 2;
          ctx.fill();
          ctx.stroke();
        }
      }
    }
    ctx.restore();

    if (this.#hoverX === undefined) {
      readout.textContent = '';
    } else {
      const x = this.#hoverX;
      const parts = curves.map((c) => {
        const f = formatReadout(this.#core.act.evaluate(c.fn.name, x, c.fn.params));
        const df = c.showDerivative ? `, f′ ${formatReadout(this.#derivativeAt(c.fn, x))}` : '';
        return `${this.#label(c.fn)}: f ${f}${df}`;
      });
      readout.textContent = `x = ${formatReadout(x)} · ${parts.join(' · ')}`;
    }
  }

  // The curve's name: the parameters the author set are always named, so
  // curves of one activation are told apart even at a default value.
  #label(fn) {
    return functionLabel(fn.spec, fn.params, { setExplicitly: Object.keys(fn.sources) });
  }

  #derivativeAt(fn, x) {
    return this.#core.act.derivative(fn.name, x, fn.params, { kink: this.#config.kink });
  }

  #hover(event) {
    if (!this.#frame?.area || this.#core.status !== 'ready') return;
    if (event) {
      const box = this.#parts.canvas.getBoundingClientRect();
      const { view, area } = this.#frame;
      const px = event.clientX - box.left;
      const inside = px >= area.left && px <= area.left + area.width;
      this.#hoverX = inside ? makeTransform(view, area).fromPx(px) : undefined;
    } else {
      this.#hoverX = undefined;
    }
    this.#draw();
  }

  #showErrors(heading, errors) {
    const { error, status, legend, readout, values, controls, plot } = this.#parts;
    for (const element of [legend, readout, values, controls, plot]) element.hidden = true;
    status.hidden = true;
    renderErrors(error, heading, errors);
    this.#frame = undefined;
    this.#core.setStatus('error', errors);
    const warning = `<activation-plot>: ${errors.join('; ')}`;
    if (warning !== this.#lastWarning) {
      this.#lastWarning = warning;
      console.warn(warning);
    }
    this.dispatchEvent(new CustomEvent('render', { detail: { ok: false, errors: [...errors] } }));
  }

  #renderLegend(curves) {
    const items = curves.flatMap((c, i) => {
      const label = this.#label(c.fn);
      const item = (text, dashed) => {
        const li = document.createElement('li');
        const swatch = document.createElement('span');
        swatch.className = `swatch c${(i % COLOUR_COUNT) + 1}${dashed ? ' dashed' : ''}`;
        li.append(swatch, text);
        return li;
      };
      const derivativeLabel = curves.length === 1 ? 'its derivative f′' : `${label}: f′`;
      return c.showDerivative ? [item(label, false), item(derivativeLabel, true)] : [item(label, false)];
    });
    this.#parts.legend.replaceChildren(...items);
  }

  #renderValues(curves) {
    const { values } = this.#parts;
    if (this.#config.inputs.length === 0) {
      values.replaceChildren();
      return;
    }
    const cell = (tag, text, scope) => {
      const element = document.createElement(tag);
      element.textContent = text;
      if (scope) element.scope = scope;
      return element;
    };
    const caption = cell('caption', 'Marked points');
    // With several curves, a column is headed by its curve's colour; its
    // full name is there for screen readers.
    const heading = (c, i, text) => {
      const th = cell('th', '', 'col');
      if (curves.length > 1) {
        const swatch = document.createElement('span');
        swatch.className = `swatch c${(i % COLOUR_COUNT) + 1}${text === 'f′(x)' ? ' dashed' : ''}`;
        th.append(swatch, cell('span', `${this.#label(c.fn)} `));
        th.lastChild.className = 'visually-hidden';
      }
      th.append(text);
      return th;
    };
    const head = document.createElement('tr');
    head.append(cell('th', 'x', 'col'));
    curves.forEach((c, i) => {
      head.append(heading(c, i, 'f(x)'));
      if (c.showDerivative) head.append(heading(c, i, 'f′(x)'));
    });
    const rows = this.#config.inputs.map((point) => {
      const row = document.createElement('tr');
      row.append(cell('th', point.text, 'row'));
      for (const c of curves) {
        row.append(cell('td', formatPythonFloat(this.#core.act.evaluate(c.fn.name, point.value, c.fn.params))));
        if (c.showDerivative) row.append(cell('td', formatPythonFloat(this.#derivativeAt(c.fn, point.value))));
      }
      return row;
    });
    const thead = document.createElement('thead');
    thead.append(head);
    const tbody = document.createElement('tbody');
    tbody.append(...rows);
    values.replaceChildren(caption, thead, tbody);
  }

  // The canvas' text alternative: what is drawn, in words.
  #describe(curves, view) {
    const { canvas } = this.#parts;
    if (this.#config.alt) {
      canvas.setAttribute('aria-label', this.#config.alt);
      return;
    }
    const range = (a, b) => `${formatReadout(a)} to ${formatReadout(b)}`;
    const names = curves.map((c) => `${this.#label(c.fn)}, ${c.fn.spec.formula}`);
    const withDerivative = curves.filter((c) => c.showDerivative).map((c) => this.#label(c.fn));
    let text = `Plot of ${names.join('; and ')}; x from ${range(view.xMin, view.xMax)}, y from ${range(view.yMin, view.yMax)}.`;
    if (withDerivative.length) text += ` Dashed: the derivative f′ of ${withDerivative.join(' and ')} (${this.#config.kink} convention at kinks).`;
    if (this.#config.inputs.length) text += ` Marked points at x = ${this.#config.inputs.map((p) => p.text).join(', ')}.`;
    canvas.setAttribute('aria-label', text);
  }

  // Sliders and number fields for every parameter of every function, from
  // the registry, plus a derivative switch and a reset.
  #buildControls() {
    const { controls, id } = this.#parts;
    if (!this.#config.controls) {
      controls.replaceChildren();
      return;
    }
    const make = (tag, props = {}) => Object.assign(document.createElement(tag), props);
    const groups = this.#config.functions.map((fn, i) => {
      if (fn.spec.params.length === 0) return null;
      const fieldset = make('fieldset');
      const legend = make('legend');
      legend.append(make('span', { className: `swatch c${(i % COLOUR_COUNT) + 1}` }), this.#label(fn));
      fieldset.append(legend);
      for (const param of fn.spec.params) fieldset.append(this.#paramControl(fn, i, param, `${id}-${i}-${param.name}`));
      return fieldset;
    }).filter(Boolean);

    const row = make('div', { className: 'row' });
    const toggle = make('input', { type: 'checkbox', checked: this.#config.functions.some((fn) => fn.derivative) });
    const toggleLabel = make('label');
    toggleLabel.append(toggle, 'Show the derivative f′ (dashed)');
    toggle.addEventListener('change', () => {
      this.#config.functions.forEach((_, i) => {
        this.#overrides[i] = { ...this.#overrides[i], derivative: toggle.checked };
      });
      this.#render();
    });
    const reset = make('button', { type: 'button', textContent: 'Reset' });
    reset.addEventListener('click', () => {
      this.#overrides = [];
      this.#buildControls();
      this.#render();
    });
    row.append(toggleLabel, reset);
    controls.replaceChildren(...groups, row);
  }

  #paramControl(fn, index, param, id) {
    const make = (tag, props = {}) => Object.assign(document.createElement(tag), props);
    const row = make('div', { className: 'param' });
    const label = make('label', { htmlFor: id, textContent: param.name });
    const hint = make('p', { className: 'hint', id: `${id}-hint`, textContent: param.description });
    const problem = make('p', { className: 'field-error', id: `${id}-error`, hidden: true });
    const start = fn.params[param.name] ?? param.default;

    const apply = (value, field) => {
      const params = { ...fn.params, ...this.#overrides[index]?.params, [param.name]: value };
      const complaint = typeof value === 'number' && !Number.isFinite(value)
        ? `${param.name} must be a finite number`
        : checkParams(this.#core.act, fn.name, params);
      if (complaint) {
        field.setAttribute('aria-invalid', 'true');
        problem.textContent = complaint;
        problem.hidden = false;
        return;  // keep the last good plot while the reader types
      }
      field.removeAttribute('aria-invalid');
      problem.hidden = true;
      this.#overrides[index] = { ...this.#overrides[index], params: { ...this.#overrides[index]?.params, [param.name]: value } };
      this.#render();
    };

    if (param.choices) {
      const select = make('select', { id });
      select.append(...param.choices.map((choice) => new Option(choice, choice)));
      select.value = start;
      select.setAttribute('aria-describedby', hint.id);
      select.addEventListener('change', () => apply(select.value, select));
      row.append(label, select, make('span'), hint, problem);
      return row;
    }
    const range = sliderRange(param);
    const slider = make('input', { type: 'range', min: String(range.min), max: String(range.max), step: String(range.step) });
    slider.value = String(start);
    slider.setAttribute('aria-label', `${param.name} of ${fn.spec.label}`);
    slider.setAttribute('aria-describedby', hint.id);
    const number = make('input', { type: 'text', id, value: String(start), inputMode: 'decimal', spellcheck: false });
    number.setAttribute('aria-describedby', `${hint.id} ${problem.id}`);
    slider.addEventListener('input', () => {
      number.value = tidy(Number(slider.value));
      number.removeAttribute('aria-invalid');
      apply(Number(number.value), number);
    });
    number.addEventListener('input', () => {
      const value = parseNumber(number.value);
      if (Number.isFinite(value)) slider.value = String(value);
      apply(value, number);
    });
    row.append(label, slider, number);
    // Values libraries disagree on, from the registry, one click away.
    if (param.presets?.length) {
      const presets = make('div', { className: 'presets' });
      presets.setAttribute('role', 'group');
      presets.setAttribute('aria-label', `${param.name} presets`);
      for (const preset of param.presets) {
        const button = make('button', { type: 'button', textContent: `${preset.label}: ${preset.value}` });
        button.addEventListener('click', () => {
          number.value = String(preset.value);
          slider.value = String(preset.value);
          apply(preset.value, number);
        });
        presets.append(button);
      }
      row.append(presets);
    }
    row.append(hint, problem);
    return row;
  }
}

// Values in the readout and description: a few significant digits.
function formatReadout(value) {
  if (!Number.isFinite(value)) return String(value);
  const text = Math.abs(value) >= 1e-4 || value === 0 ? String(Number(value.toPrecision(4))) : value.toExponential(2);
  return text.replace('-', '−');
}

defineElement('activation-plot', ActivationPlot);
