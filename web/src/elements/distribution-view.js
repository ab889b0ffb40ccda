// What <activation-plot show="density"> draws: the distribution of f(z)
// for z ~ N(mean, sd²) (attributes mean and sd, 0 and 1 unless given) of
// every curve, overlaid in the palette's colours, point masses as spikes
// with their probability, and the moments in a table that is also the
// chart's data for screen readers. Numbers come from the core; an answer
// the core cannot give is the row's message, never NaN.
import { formatReadout } from '../curves/curve.js';
import { readNumber } from '../curves/numbers.js';
import { paintOnCanvas } from '../plot/chart-canvas.js';
import { densityView, paintDensityChart } from '../plot/density-chart.js';
import { describeDensity } from '../plot/describe-distribution.js';
import { ColourCache, curveClass } from '../plot/theme.js';
import { attributeText } from './attributes.js';

const COLUMNS = [['mean', 'E[f]'], ['meanSquare', 'E[f²]'], ['variance', 'Var f'], ['derivativeMean', 'E[f′]'], ['derivativeMeanSquare', 'E[f′²]']];

// mean (finite) and sd (> 0), strictly read.
export function readGaussian(element, errors) {
  const read = (name, fallback, check, expected) => {
    const value = element.getAttribute(name);
    if (value === null) return fallback;
    const number = readNumber(value.trim()).value;
    if (number !== undefined && check(number)) return number;
    errors.push(`${attributeText(name, value)}: expected ${expected}, like ${name}="${fallback}"`);
    return fallback;
  };
  return {
    mean: read('mean', 0, Number.isFinite, 'a finite number'),
    sd: read('sd', 1, (v) => Number.isFinite(v) && v > 0, 'a positive number'),
  };
}

const make = (tag, props = {}) => Object.assign(document.createElement(tag), props);

export class DistributionView {
  #canvas;
  #note;
  #table;
  #cache;
  #series = [];
  #view;

  constructor(box) {
    const chart = make('div', { className: 'density-plot' });
    this.#canvas = make('canvas');
    this.#canvas.setAttribute('role', 'img');
    chart.append(this.#canvas);
    this.#note = make('p', { className: 'density-note' });
    this.#note.setAttribute('aria-hidden', 'true');  // the canvas' label says the same
    this.#table = make('table');
    this.#table.setAttribute('part', 'moments');
    // A table wider than a phone scrolls in its box, not the page.
    const scroll = make('div', { className: 'table-scroll' });
    scroll.append(this.#table);
    box.append(chart, this.#note, scroll);
    this.#cache = new ColourCache(this.#canvas);
  }

  // `curves`: the element's scene curves ({ name, params, label, colourIndex }).
  render(act, curves, gaussian, alt) {
    const results = curves.map((curve) => {
      const attempt = (compute) => {
        try {
          return { value: compute() };
        } catch (error) {
          return { error: error.message };
        }
      };
      return {
        curve,
        density: attempt(() => act.density(curve.name, gaussian, curve.params)),
        moments: attempt(() => act.moments(curve.name, gaussian, curve.params)),
      };
    });
    this.#series = results.filter((r) => r.density.value).map((r) => ({ ...r.density.value, colourIndex: r.curve.colourIndex }));
    this.#view = densityView(this.#series);
    const words = results.filter((r) => r.density.value).map((r) => describeDensity(r.curve.label, gaussian, r.density.value, formatReadout));
    this.#canvas.setAttribute('aria-label', alt ?? words.join(' '));
    const masses = results.flatMap((r) => (r.density.value?.masses ?? []).map((m) => `${r.curve.label}: P(f = ${formatReadout(m.value)}) = ${formatReadout(m.probability)}`));
    this.#note.textContent = masses.join(' · ');
    this.#renderTable(results, gaussian);
    this.paint();
  }

  #renderTable(results, { mean, sd }) {
    const head = make('tr');
    head.append(make('th', { scope: 'col', textContent: 'curve' }), ...COLUMNS.map(([, text]) => make('th', { scope: 'col', textContent: text })));
    const rows = results.map(({ curve, moments }) => {
      const row = make('tr');
      const th = make('th', { scope: 'row' });
      th.append(make('span', { className: `swatch ${curveClass(curve.colourIndex)}` }), curve.label);
      row.append(th);
      if (moments.error) row.append(make('td', { colSpan: COLUMNS.length, className: 'row-error', textContent: moments.error }));
      else row.append(...COLUMNS.map(([key]) => make('td', { textContent: formatReadout(moments.value[key]) })));
      return row;
    });
    const thead = make('thead');
    thead.append(head);
    const tbody = make('tbody');
    tbody.append(...rows);
    const caption = make('caption', { textContent: `Moments for z ~ N(${formatReadout(mean)}, ${formatReadout(sd)}²)` });
    this.#table.replaceChildren(caption, thead, tbody);
  }

  paint() {
    if (!this.#view) return;
    paintOnCanvas(this.#canvas, this.#cache, (ctx, size, colours) => paintDensityChart(ctx, size, {
      series: this.#series.map((s) => ({ ...s, colour: colours.curves[s.colourIndex % colours.curves.length] })),
      view: this.#view,
      colours,
      format: formatReadout,
    }));
  }

  invalidateColours() {
    this.#cache.invalidate();
  }
}

export const DISTRIBUTION_CSS = `
.distribution { display: flex; flex-direction: column; gap: 4px; }
.density-plot { position: relative; height: var(--plot-height, 300px); min-height: 160px; }
.density-note { margin: 0 4px; font-size: 12px; color: var(--ap-muted); font-variant-numeric: tabular-nums; }
.density-note:empty { display: none; }
.row-error { text-align: left; color: var(--ap-error); }
.distribution tbody th, .distribution thead th:first-child { text-align: left; }
.table-scroll { overflow-x: auto; }
.distribution tbody th, .qmap tbody th { white-space: nowrap; }
`;
