// <activation-plot>: a live plot of one or more activations for any page,
// after one <script type="module" src=".../activation-plot.js">.
//
//   <activation-plot fn="leaky_relu" negative-slope="0.01" range="-5 5" derivative></activation-plot>
//   <activation-plot fn="relu leaky_relu(negative_slope=0.2) leaky_relu(negative_slope=0.3)" controls></activation-plot>
//
// Attributes (README, "Embed it"): fn, a parameter per name (negative-slope),
// derivative, kink, range, y-range, inputs, controls, height, theme, alt.
// This file only turns attributes into a scene: the plot, its interaction,
// legend, readout, text alternative and parameter controls are the shared
// modules the playground uses too. Rendering is in shadow DOM, styled by a
// constructable stylesheet (allowed under a strict CSP), so page CSS
// neither reaches in nor is affected. Every element shares one WASM module.
import { KINK_CONVENTIONS } from './activations.js';
import { curveLabel, formatReadout } from './curves/curve.js';
import { ElementBase, ElementCore, defineElement, onSchemeChange, renderErrors, sharedSheet } from './elements/element-core.js';
import { PLOT_ELEMENT_CSS } from './elements/plot-element-styles.js';
import { readBoolean, readChoice, readCurves, readInputs, readRange, attributeText, configurationKey } from './elements/attributes.js';
import { MarkedPointsTable } from './elements/marked-points.js';
import { ElementControls } from './elements/plot-controls.js';
import { CurvePlot } from './plot/curve-plot.js';
import { describeFrame, readoutText } from './plot/describe.js';
import { curvePropertiesText } from './curves/properties-text.js';
import { PlotInteraction } from './plot/interaction.js';
import { renderLegend } from './plot/legend.js';
import { CURVE_COUNT, THEMES } from './plot/theme.js';
import { readNumber } from './curves/numbers.js';

const OWN_ATTRIBUTES = ['fn', 'derivative', 'kink', 'range', 'y-range', 'inputs', 'controls', 'height', 'theme', 'alt'];
const DEFAULT_RANGE = [-5, 5];
const DEFAULT_HEIGHT = '300px';
const MAX_POINTS = 100;

export class ActivationPlot extends ElementBase {
  #root;
  #parts;
  #config;
  #configKey;
  #overrides = [];  // per curve: parameters and derivative set with the controls
  #view;            // the view after the reader's pans and zooms, if any
  #plot;
  #table;
  #controls;
  #hoverX;
  #drawnSize;
  #lastWarning;
  #core = new ElementCore(this, () => this.#render());

  constructor() {
    super();
    this.#root = this.attachShadow({ mode: 'open' });
    this.#root.adoptedStyleSheets = [sharedSheet(PLOT_ELEMENT_CSS)];
    const make = (tag, props = {}, part) => {
      const element = Object.assign(document.createElement(tag), props);
      if (part) element.setAttribute('part', part);
      return element;
    };
    const frame = make('div', { className: 'frame' }, 'frame');
    const legend = make('ul', { className: 'legend' }, 'legend');
    legend.setAttribute('aria-hidden', 'true');  // the canvas' label says the same
    const plot = make('div', { className: 'plot' });
    const canvas = make('canvas', { tabIndex: 0 }, 'canvas');
    canvas.setAttribute('role', 'img');
    const status = make('div', { className: 'status', textContent: 'Loading…' });
    const readout = make('p', { className: 'readout' });
    readout.setAttribute('aria-hidden', 'true');  // pointer-only: the description and table say the same
    plot.append(canvas, status, readout);
    // The table scrolls, with shadows as the cue, only when a fixed height
    // leaves it less room than it needs once the plot is at its minimum.
    const values = make('table', {}, 'values');
    const valuesBox = make('div', { className: 'values-box', hidden: true });
    valuesBox.append(values);
    const controls = make('div', { className: 'controls', hidden: true }, 'controls');
    const error = make('div', { className: 'error', hidden: true }, 'error');
    error.setAttribute('role', 'alert');
    // The element's children are its fallback (a text alternative, an
    // image): shown by the browser itself when this script never runs, and
    // slotted here when the core cannot load.
    const fallback = make('div', { className: 'fallback', hidden: true }, 'fallback');
    fallback.append(document.createElement('slot'));
    frame.append(legend, plot, valuesBox, controls, error, fallback);
    this.#root.append(frame);
    this.#parts = { frame, legend, plot, canvas, status, readout, values, valuesBox, controls, error, fallback };
    this.#table = new MarkedPointsTable(values);
    this.#controls = new ElementControls(controls, {
      onChange: (overrides) => {
        this.#overrides = overrides;
        this.#plot?.forgetLayout();
        this.#render();
      },
      check: (name, params) => this.#core.act.checkParams(name, params),
    });
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
    const stopScheme = onSchemeChange(() => {
      this.#plot?.invalidateColours();
      this.#core.schedule();
    });
    this.#core.connect([() => mutations.disconnect(), () => resize.disconnect(), stopScheme]);
  }

  disconnectedCallback() {
    this.#core.disconnect();
  }

  // Reads every attribute. Returns { errors } or the configuration.
  #readConfig() {
    const errors = [];
    const act = this.#core.act;
    const curves = readCurves(this, act, { ownAttributes: OWN_ATTRIBUTES, maxFunctions: CURVE_COUNT }, errors);
    const derivative = readBoolean(this, 'derivative', errors);
    const controls = readBoolean(this, 'controls', errors);
    const kink = readChoice(this, 'kink', [...KINK_CONVENTIONS], errors) ?? 'pytorch';
    const range = readRange(this, 'range', errors) ?? DEFAULT_RANGE;
    const yRange = readRange(this, 'y-range', errors);
    readChoice(this, 'theme', THEMES, errors);
    const inputs = readInputs(this, 'inputs', errors, { finite: true }) ?? [];
    if (inputs.length > MAX_POINTS) errors.push(`${attributeText('inputs', this.getAttribute('inputs'))}: at most ${MAX_POINTS} points can be marked, got ${inputs.length}`);
    const height = this.#readHeight(errors);
    if (errors.length) return { errors };
    return {
      curves: curves.map((curve, i) => ({ ...curve, colourIndex: i, derivative: curve.derivative ?? derivative })),
      controls,
      kink,
      view: { xMin: range[0], xMax: range[1], yMin: yRange?.[0], yMax: yRange?.[1] },
      inputs,
      height,
      alt: this.getAttribute('alt'),
    };
  }

  #readHeight(errors) {
    const value = this.getAttribute('height');
    if (value === null) return DEFAULT_HEIGHT;
    const text = value.trim();
    const number = readNumber(text).value;
    if (number > 0) return `${number}px`;
    if (/^\d*\.?\d+[a-z]+$/i.test(text) && globalThis.CSS?.supports('height', text)) return text;
    errors.push(`${attributeText('height', value)}: expected a number of pixels like height="300", or a CSS length like height="20rem"`);
    return undefined;
  }

  // The scene to draw: the attributes with the reader's edits applied.
  #scene() {
    const curves = this.#config.curves
      .map((curve, i) => {
        const params = { ...curve.params, ...this.#overrides[i]?.params };
        const shown = { ...curve, params };
        return {
          name: curve.name,
          params,
          colourIndex: curve.colourIndex,
          showDerivative: this.#overrides[i]?.derivative ?? curve.derivative,
          label: curveLabel(shown, curve.spec, { keep: Object.keys(curve.sources) }),
          formula: curve.spec.formula,
          spec: curve.spec,
          visible: curve.visible,
        };
      })
      .filter((curve) => curve.visible !== false);
    return { curves, kink: this.#config.kink, view: this.#view ?? this.#config.view, markers: this.#config.inputs };
  }

  #render() {
    const { canvas, status, error, legend, readout, valuesBox, controls, plot } = this.#parts;
    if (this.#core.loadError) {
      this.#showErrors('The plot could not be drawn', [this.#core.loadError.message]);
      this.#parts.fallback.hidden = false;
      return;
    }
    const act = this.#core.act;
    if (!act) return;
    this.#plot ??= this.#createPlot(act);

    const key = configurationKey(this);
    if (key !== this.#configKey) {
      this.#configKey = key;
      this.#config = this.#readConfig();
      this.#overrides = [];
      this.#view = undefined;
      this.#hoverX = undefined;
      this.#plot.invalidateColours();  // a theme attribute or a colour property may have changed
      this.#plot.forgetLayout();
      if (this.#config.errors) {
        this.#showErrors('This plot could not be drawn', this.#config.errors);
        return;
      }
      plot.style.setProperty('--plot-height', this.#config.height);
      this.#controls.build(this.#config.controls ? this.#config.curves : []);
    }
    if (this.#config.errors) return;

    error.hidden = true;
    status.hidden = true;
    for (const element of [canvas, legend, readout, plot]) element.hidden = false;
    controls.hidden = !this.#config.controls;
    valuesBox.hidden = this.#config.inputs.length === 0;

    this.#plot.measure();  // the element may have been hidden, moved or resized since
    const frame = this.#plot.render(this.#scene(), this.#hoverX);
    const box = plot.getBoundingClientRect();
    this.#drawnSize = { width: box.width, height: box.height };
    this.#showReadout();
    renderLegend(legend, frame.scene.curves);
    this.#table.render(frame.scene.curves, this.#config.inputs, (curve, x) => this.#plot.valuesAt(curve, x));
    const propertiesOf = (curve) => curvePropertiesText(act, curve.spec, curve.params);
    canvas.setAttribute('aria-label', this.#config.alt ?? describeFrame(frame, formatReadout, propertiesOf));
    this.#core.setStatus('ready');
    this.dispatchEvent(new CustomEvent('render', { detail: { ok: true } }));
  }

  #createPlot(act) {
    const plot = new CurvePlot(this.#parts.canvas, act);
    new PlotInteraction(this.#parts.canvas, {
      getView: () => plot.frame?.view,
      getArea: () => (this.#core.status === 'ready' ? plot.frame?.area : undefined),
      onView: (view) => {
        this.#view = view;
        this.#render();
      },
      onHover: (x) => {
        this.#hoverX = x ?? undefined;
        plot.redraw(this.#hoverX);
        this.#showReadout();
      },
      wheel: false,
    });
    return plot;
  }

  #showReadout() {
    const x = this.#hoverX;
    this.#parts.readout.textContent = x === undefined ? '' : readoutText(x, this.#plot.readout(x), formatReadout);
  }

  #showErrors(heading, errors) {
    const { error, status, legend, readout, valuesBox, controls, plot } = this.#parts;
    for (const element of [legend, readout, valuesBox, controls, plot]) element.hidden = true;
    status.hidden = true;
    renderErrors(error, heading, errors);
    this.#core.setStatus('error', errors);
    const warning = `<activation-plot>: ${errors.join('; ')}`;
    if (warning !== this.#lastWarning) {
      this.#lastWarning = warning;
      console.warn(warning);
    }
    this.dispatchEvent(new CustomEvent('render', { detail: { ok: false, errors: [...errors] } }));
  }
}

defineElement('activation-plot', ActivationPlot);
