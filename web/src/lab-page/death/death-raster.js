// Experiment 3's "time of death" raster, one per compared activation, at
// the detail learning rate: a row per seed, a column per hidden unit
// (grouped by layer), each cell coloured by the epoch from which the unit
// stayed dead (full colour: born dead; faintest: died in the last epoch; blank:
// alive at the end). A leaky unit is never dead; one that ends negative on
// every training point (still learning, at its slope's pace) is grey. With
// its text alternative: per unit, in how many seeds it died, was born dead,
// or died in the first epoch.
import { fitCanvas } from '../../plot/draw.js';
import { RasterImage, paintRaster, rampTable } from '../../plot/raster.js';
import { parseColour } from '../../plot/heat-scale.js';
import { ColourCache, curveClass } from '../../plot/theme.js';
import { activationName, make } from '../sections/common.js';
import { unitNames } from './death-sweep.js';

const SHADES = 16;
// The cell value of a unit negative everywhere at the end (UnitState 2), beside
// epochs of death (≥ 0) and −1 for a unit alive at the end.
const NEGATIVE = -2;
// Rows drawn: beyond this many seeds a row would be under a pixel.
export const MAX_ROWS = 200;

export class DeathRaster {
  #canvas;
  #image = new RasterImage();
  #colours;
  #data = null;
  #colourIndex;

  constructor(container, colourIndex) {
    this.#colourIndex = colourIndex;
    this.element = make('figure', { className: `chart death-raster ${curveClass(colourIndex)}` });
    this.heading = make('figcaption', { className: 'death-raster-title' });
    this.#canvas = make('canvas', { className: 'chart-canvas' });
    this.#canvas.setAttribute('role', 'img');
    this.summary = make('p', { className: 'chart-summary' });
    this.table = make('table', { className: 'chart-table' });
    const details = make('details', { className: 'chart-data' }, [make('summary', { textContent: 'Data table' }), make('div', { className: 'chart-table-box' }, [this.table])]);
    this.element.append(this.heading, this.#canvas, this.summary, details);
    this.element.hidden = true;
    container.append(this.element);
    this.#colours = new ColourCache(this.#canvas);
    new ResizeObserver(() => this.#draw()).observe(this.#canvas);
  }

  // `result`: playgroundDeath's at the detail rate.
  show(result, { activation, hidden, lr }) {
    const rows = Math.min(result.seeds, MAX_ROWS);
    const units = result.units;
    const values = Int32Array.from(result.perTrial.deathEpoch.subarray(0, rows * units));
    result.perTrial.finalState.subarray(0, rows * units).forEach((state, i) => {
      if (state === 2) values[i] = NEGATIVE;
    });
    this.#data = { values, rows, columns: units, epochs: result.epochs, hidden };
    const name = activationName(activation);
    this.heading.textContent = `${name}, learning rate ${lr}: epoch of death per seed and unit`;
    const count = (code) => result.finalState.reduce((sum, states) => sum + states.filter((s) => s === code).length, 0);
    const [dead, negative] = [count(1), count(2)];
    const grey = negative ? `; grey: negative on every training point but still learning (${negative} of ${units * result.seeds})` : '';
    this.summary.textContent = `${dead} of ${units * result.seeds} units dead at the end over ${result.seeds} seeds${rows < result.seeds ? ` (the first ${rows} drawn)` : ''}. Full colour: born dead; faintest: died in epoch ${result.epochs}; blank: alive at the end${grey}.`;
    this.#canvas.setAttribute('aria-label', `Time-of-death raster for ${name} at learning rate ${lr}; the data table below lists it per unit.`);
    this.#canvas.style.height = `${Math.max(120, Math.min(320, rows * 3)) + 40}px`;
    this.#fillTable(result, hidden);
    this.element.hidden = false;
    this.#draw();
  }

  #fillTable(result, hidden) {
    const names = unitNames(hidden);
    const counts = names.map(() => ({ dead: 0, born: 0, first: 0 }));
    result.deathEpoch.forEach((epochs) => epochs.forEach((e, u) => {
      if (e < 0) return;
      counts[u].dead++;
      if (e === 0) counts[u].born++;
      if (e === 1) counts[u].first++;
    }));
    const head = make('tr', {}, ['unit', 'dead at the end', 'born dead', 'died in epoch 1'].map((text) => make('th', { scope: 'col', textContent: text })));
    const rows = counts.map((c, u) => make('tr', {}, [make('th', { scope: 'row', textContent: names[u] }), ...[c.dead, c.born, c.first].map((n) => make('td', { textContent: `${n} of ${result.seeds}` }))]));
    this.table.replaceChildren(make('caption', { textContent: 'Per unit (L = layer, U = unit), over the seeds' }), head, ...rows);
  }

  themeChanged() {
    this.#colours.invalidate();
    this.#draw();
  }

  #draw() {
    if (!this.#data || !this.#canvas.isConnected) return;
    const box = this.#canvas.getBoundingClientRect();
    if (box.width < 1) return;
    const colours = this.#colours.get();
    const { values, rows, columns, epochs, hidden } = this.#data;
    // The last epochs stop short of the background, so a late death still
    // shows against the blank of a live unit.
    const ramp = rampTable(colours.curves[this.#colourIndex], colours.background, SHADES, 0.8);
    const table = new Uint8Array((SHADES + 1) * 3);
    table.set(ramp);
    table.set(parseColour(colours.axis), SHADES * 3);
    this.#image.update({
      values, rows, columns, table,
      // Epoch 0 … E onto the ramp's shades; −1 (alive) is blank; negative is grey.
      shadeOf: (e) => (e === NEGATIVE ? SHADES : e < 0 ? -1 : Math.min(SHADES - 1, Math.floor((e / (epochs + 1)) * SHADES))),
      empty: parseColour(colours.background),
    });
    const size = fitCanvas(this.#canvas, { width: box.width, height: box.height });
    const ctx = this.#canvas.getContext('2d');
    ctx.setTransform(size.ratio, 0, 0, size.ratio, 0, 0);
    paintRaster(ctx, size, {
      image: this.#image, rows, columns, colours,
      groups: hidden.map((count, l) => ({ label: `layer ${l + 1}`, count })),
      rowTitle: 'seed', columnTitle: 'hidden unit',
    });
  }
}
