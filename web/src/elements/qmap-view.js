// What <activation-plot show="qmap"> draws: the mean-field variance map
// q ↦ σ_w² E[f(√q z)²] + σ_b² of the first curve as a cobweb from q₀ to
// its fixed point q*, and q*, χ and the regime of every curve in a table
// (attributes weight-variance, bias-variance and q0: σ_w², σ_b² and q₀).
// Numbers come from the core (curves/gaussian-answers.js, as on the
// playground); a map with no finite fixed point says so.
import { cobwebOf, fixedPointOf, sampleMap } from '../curves/gaussian-answers.js';
import { formatReadout } from '../curves/curve.js';
import { readNumber } from '../curves/numbers.js';
import { paintOnCanvas } from '../plot/chart-canvas.js';
import { cobwebView, paintCobweb } from '../plot/cobweb-chart.js';
import { describeCobweb } from '../plot/describe-distribution.js';
import { ColourCache, curveClass } from '../plot/theme.js';
import { attributeText } from './attributes.js';

const LAYER_ATTRIBUTES = [
  ['weight-variance', 'weightVariance', 1],
  ['bias-variance', 'biasVariance', 0],
  ['q0', 'start', 1],
];

// σ_w², σ_b² and q₀: finite numbers ≥ 0, strictly read.
export function readLayer(element, errors) {
  const layer = {};
  for (const [name, key, fallback] of LAYER_ATTRIBUTES) {
    const value = element.getAttribute(name);
    const number = value === null ? fallback : readNumber(value.trim()).value;
    if (Number.isFinite(number) && number >= 0) layer[key] = number;
    else errors.push(`${attributeText(name, value)}: expected a finite number ≥ 0, like ${name}="${fallback}"`);
  }
  return layer;
}

const make = (tag, props = {}) => Object.assign(document.createElement(tag), props);

export class QmapView {
  #canvas;
  #summary;
  #table;
  #cache;
  #scene;

  constructor(box) {
    const chart = make('div', { className: 'qmap-plot' });
    this.#canvas = make('canvas');
    this.#canvas.setAttribute('role', 'img');
    chart.append(this.#canvas);
    this.#summary = make('p', { className: 'qmap-summary' });
    this.#table = make('table');
    this.#table.setAttribute('part', 'fixed-points');
    const scroll = make('div', { className: 'table-scroll' });
    scroll.append(this.#table);
    box.append(chart, this.#summary, scroll);
    this.#cache = new ColourCache(this.#canvas);
  }

  // `curves`: the element's scene curves; the cobweb is the first one's.
  render(act, curves, layer, alt) {
    const [first] = curves;
    const { fixed, iterates, summary } = cobwebOf(act, first, layer, formatReadout);
    const view = cobwebView({ iterates, fixedPoint: fixed.value?.q });
    this.#scene = { map: sampleMap(act, first, layer, view.xMax), iterates, fixedPoint: fixed.value?.q, view, colourIndex: first.colourIndex };
    this.#canvas.setAttribute('aria-label', alt ?? describeCobweb(first.label, iterates, fixed.value?.q, formatReadout));
    this.#summary.textContent = summary;
    this.#renderTable(act, curves, layer);
    this.paint();
  }

  #renderTable(act, curves, layer) {
    const head = make('tr');
    head.append(...['curve', 'q*', 'χ', 'regime'].map((text) => make('th', { scope: 'col', textContent: text })));
    const rows = curves.map((curve) => {
      const result = fixedPointOf(act, curve, layer);
      const row = make('tr');
      const th = make('th', { scope: 'row' });
      th.append(make('span', { className: `swatch ${curveClass(curve.colourIndex)}` }), curve.label);
      row.append(th);
      if (result.error) row.append(make('td', { colSpan: 3, className: 'row-error', textContent: result.error }));
      else row.append(...[formatReadout(result.value.q), formatReadout(result.value.chi), result.value.regime].map((text) => make('td', { textContent: text })));
      return row;
    });
    const thead = make('thead');
    thead.append(head);
    const tbody = make('tbody');
    tbody.append(...rows);
    const caption = make('caption', { textContent: `Fixed points for σ_w² = ${formatReadout(layer.weightVariance)}, σ_b² = ${formatReadout(layer.biasVariance)}` });
    this.#table.replaceChildren(caption, thead, tbody);
  }

  paint() {
    if (!this.#scene) return;
    paintOnCanvas(this.#canvas, this.#cache, (ctx, size, colours) => paintCobweb(ctx, size, {
      ...this.#scene,
      colour: colours.curves[this.#scene.colourIndex % colours.curves.length],
      colours,
    }));
  }

  invalidateColours() {
    this.#cache.invalidate();
  }
}

export const QMAP_CSS = `
.qmap { display: flex; flex-direction: column; gap: 4px; }
.qmap-plot { position: relative; height: var(--plot-height, 300px); min-height: 160px; }
.qmap-summary { margin: 0 4px; font-size: 13px; color: var(--ap-text); }
.qmap tbody th, .qmap thead th:first-child { text-align: left; }
.qmap td:last-child, .qmap thead th:last-child { text-align: left; }
`;
