// A chart on a page or in an element's shadow root: a canvas painted by
// chart.js, a legend, a one-sentence summary, and the figures as a table
// (the text alternative: a screen reader or keyboard user reads the table;
// the canvas' accessible name points to it). Redraws when its box resizes
// and when told the theme changed. Colours come from theme.js.
//
//   const chart = new ChartView(container, { label: 'P(born dead) against depth', height: 320 });
//   chart.show(spec, {                       // spec: see chart.js
//     legend: [{ label: 'N = 2', colour: 0, mark: 'line' | 'dashed' | 'band' | 'bar' | 'dotted' }],
//     summary: 'One sentence a reader hears first.',
//     table: { caption, columns: ['L', 'N = 2'], rows: [[1, 0.25], …] },
//   });
//   chart.clear(); chart.invalidateColours(); chart.exportCanvas(width, height, theme) -> canvas
import { colourOf, paintChart } from './chart.js';
import { fitCanvas } from './draw.js';
import { ColourCache, curveClass, paletteColours } from './theme.js';

const make = (tag, props = {}) => Object.assign(document.createElement(tag), props);
let counter = 0;

function legendSwatch(mark) {
  const swatch = make('span', { className: `chart-swatch chart-swatch-${mark ?? 'line'}` });
  swatch.setAttribute('aria-hidden', 'true');
  return swatch;
}

export function renderChartLegend(list, entries) {
  list.replaceChildren(...entries.map((entry) => {
    const item = make('li', { className: typeof entry.colour === 'number' ? `chart-legend-item ${curveClass(entry.colour)}` : 'chart-legend-item chart-colour-axis' });
    item.append(legendSwatch(entry.mark), make('span', { textContent: entry.label }));
    return item;
  }));
}

export function renderTable(table, { caption, columns, rows }) {
  const head = make('thead');
  const headRow = make('tr');
  headRow.append(...columns.map((text) => make('th', { scope: 'col', textContent: text })));
  head.append(headRow);
  const body = make('tbody');
  body.append(...rows.map((row) => {
    const tr = make('tr');
    tr.append(...row.map((cell, i) => make(i === 0 ? 'th' : 'td', i === 0 ? { scope: 'row', textContent: String(cell) } : { textContent: String(cell) })));
    return tr;
  }));
  table.replaceChildren(make('caption', { textContent: caption }), head, body);
}

export class ChartView {
  #canvas;
  #colours;
  #spec;
  #size;
  #observer;
  #shown = 0;  // counts show() calls, so a deferred table is never a stale one
  element;

  constructor(container, { label, height = 320 } = {}) {
    const id = `chart-${++counter}`;
    this.element = make('figure', { className: 'chart' });
    this.#canvas = make('canvas', { className: 'chart-canvas' });
    this.#canvas.style.height = `${height}px`;
    this.#canvas.setAttribute('role', 'img');
    this.#canvas.setAttribute('aria-label', label ?? 'Chart');
    this.#canvas.setAttribute('aria-describedby', `${id}-summary`);
    this.legend = make('ul', { className: 'chart-legend' });
    this.legend.setAttribute('aria-label', 'Legend');
    this.summary = make('figcaption', { className: 'chart-summary', id: `${id}-summary` });
    this.details = make('details', { className: 'chart-data' });
    this.details.append(make('summary', { textContent: 'Data table' }));
    this.tableBox = make('div', { className: 'chart-table-box' });
    this.table = make('table', { className: 'chart-table' });
    this.tableBox.append(this.table);
    this.details.append(this.tableBox);
    this.element.append(this.legend, this.#canvas, this.summary, this.details);
    this.element.hidden = true;
    container.append(this.element);
    this.#colours = new ColourCache(this.#canvas);
    this.#observer = new ResizeObserver(() => this.#measureAndDraw());
    this.#observer.observe(this.#canvas);
  }

  // The chart is painted at once; a long table is built in a task of its
  // own after it, so neither keeps the page busy for long.
  show(spec, { legend = [], summary = '', table } = {}) {
    this.#spec = spec;
    renderChartLegend(this.legend, legend);
    this.summary.textContent = summary;
    this.details.hidden = !table;
    this.table.replaceChildren();
    this.element.hidden = false;
    this.#measureAndDraw();
    const shown = ++this.#shown;
    if (table) setTimeout(() => shown === this.#shown && renderTable(this.table, table), 0);
  }

  clear() {
    this.#spec = undefined;
    this.#shown++;
    this.element.hidden = true;
  }

  get spec() {
    return this.#spec;
  }

  invalidateColours() {
    this.#colours.invalidate();
    this.#draw();
  }

  #measureAndDraw() {
    if (!this.#spec || !this.#canvas.isConnected) return;
    const box = this.#canvas.getBoundingClientRect();
    if (box.width < 1) return;
    this.#size = { width: box.width, height: box.height };
    this.#draw();
  }

  #draw() {
    if (!this.#spec || !this.#size) return;
    const size = fitCanvas(this.#canvas, this.#size);
    const ctx = this.#canvas.getContext('2d');
    ctx.setTransform(size.ratio, 0, 0, size.ratio, 0, 0);
    paintChart(ctx, size, this.#spec, this.#colours.get());
  }

  // The chart alone on a new canvas of the given size, in the page's
  // colours or the palette's light or dark ones (a PNG export).
  exportCanvas(width = 1200, height = 800, theme = 'page') {
    const canvas = make('canvas', { width, height });
    const colours = theme === 'page' ? this.#colours.get() : paletteColours(theme);
    if (this.#spec) paintChart(canvas.getContext('2d'), { width, height }, this.#spec, colours);
    return canvas;
  }

  dispose() {
    this.#observer.disconnect();
    this.element.emove();
  }
}

// The CSS a chart needs (legend swatches, table), for a page's or an
// element's stylesheet. Uses the palette's custom properties.
export const CHART_CSS = `
.chart { margin: 0; min-width: 0; }
.chart-canvas { display: block; width: 100%; border-radius: 6px; touch-action: manipulation; }
.chart-legend { display: flex; flex-wrap: wrap; gap: 4px 14px; list-style: none; margin: 0 0 6px; padding: 0; font-size: 0.85em; }
.chart-legend-item { display: inline-flex; align-items: center; gap: 6px; color: inherit; }
.chart-legend-item > span:last-child { color: var(--text, inherit); }
.chart-colour-axis { --swatch: var(--plot-axis); }
.chart-swatch { display: inline-block; width: 22px; height: 0; border-top: 2.5px solid var(--swatch); }
.chart-swatch-dashed { border-top-style: dashed; }
.chart-swatch-dotted { border-top-style: dotted; }
.chart-swatch-band { height: 10px; border: 0; background: var(--swatch); opacity: 0.5; }
.chart-swatch-bar { height: 10px; width: 12px; border: 0; background: var(--swatch); opacity: 0.8; }
.chart-summary { font-size: 0.85em; margin: 6px 0 0; }
.chart-data { margin-top: 6px; font-size: 0.85em; }
.chart-table-box { max-height: 320px; overflow: auto; }
.chart-table { border-collapse: collapse; font-variant-numeric: tabular-nums; }
.chart-table caption { text-align: left; padding: 4px 0; }
.chart-table th, .chart-table td { padding: 2px 10px 2px 0; text-align: right; border-bottom: 1px solid var(--border, #ccc); }
`;
export { colourOf };
