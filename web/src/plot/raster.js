// A raster: rows × columns of cells, each coloured by its value, as the
// lab's "time of death" chart (one row per seed, one column per hidden
// unit, the colour the epoch the unit died in, empty if it lived). Cells
// are pixels of a small image scaled up without smoothing, so thousands of
// cells cost one drawImage; the image and its pixels are reused while the
// shape stays. Columns may be grouped (a network's layers), with a rule
// and a label per group.
import { parseColour } from './heat-scale.js';

const MARGIN = { left: 34, right: 8, top: 6, bottom: 34 };

function smallCanvas(width, height) {
  if (typeof OffscreenCanvas === 'function') return new OffscreenCanvas(width, height);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  return canvas;
}

// A sequential ramp of `count` opaque colours from `from` towards `to`
// (CSS colours), `reach` of the way (1: all of it), count × 3 bytes:
// shade 0 is `from`.
export function rampTable(from, to, count, reach = 1) {
  const a = parseColour(from), b = parseColour(to);
  const table = new Uint8Array(count * 3);
  for (let k = 0; k < count; k++) {
    const t = count > 1 ? (reach * k) / (count - 1) : 0;
    for (let i = 0; i < 3; i++) table[3 * k + i] = Math.round(a[i] + (b[i] - a[i]) * t);
  }
  return table;
}

export class RasterImage {
  #canvas;
  #context;
  #image;
  #shape = '';

  // `values`: rows × columns numbers, row-major; `shadeOf(value)` gives a
  // shade of `table` (k × 3 bytes) or −1 for an empty cell, which takes
  // `empty` ([r, g, b]).
  update({ values, rows, columns, table, shadeOf, empty }) {
    const shape = `${rows}×${columns}`;
    if (shape !== this.#shape) {
      this.#canvas = smallCanvas(columns, rows);
      this.#context = this.#canvas.getContext('2d');
      this.#image = this.#context.createImageData(columns, rows);
      this.#shape = shape;
    }
    const pixels = this.#image.data;
    for (let i = 0, p = 0; i < rows * columns; i++, p += 4) {
      const k = shadeOf(values[i]);
      const source = k < 0 ? empty : table.subarray(3 * k, 3 * k + 3);
      pixels[p] = source[0];
      pixels[p + 1] = source[1];
      pixels[p + 2] = source[2];
      pixels[p + 3] = 255;
    }
    this.#context.putImageData(this.#image, 0, 0);
  }

  draw(ctx, area) {
    if (!this.#canvas) return;
    ctx.imageSmoothingEnabled = false;
    ctx.drawImage(this.#canvas, area.left, area.top, area.width, area.height);
  }
}

// Paints a raster on `ctx` of `size` CSS pixels: the cells in the plot
// area, a rule between column groups (`groups`: [{ label, count }]) with
// the labels below, the row axis' first and last row numbers at the left
// and `rowTitle` / `columnTitle` as axis titles. Returns the area.
export function paintRaster(ctx, size, { image, rows, columns, groups = [], rowTitle = '', columnTitle = '', colours }) {
  ctx.fillStyle = colours.background;
  ctx.fillRect(0, 0, size.width, size.height);
  const area = {
    left: MARGIN.left,
    top: MARGIN.top,
    width: Math.max(1, size.width - MARGIN.left - MARGIN.right),
    height: Math.max(1, size.height - MARGIN.top - MARGIN.bottom),
  };
  image.draw(ctx, area);
  ctx.strokeStyle = colours.axis;
  ctx.lineWidth = 1;
  ctx.strokeRect(area.left - 0.5, area.top - 0.5, area.width + 1, area.height + 1);
  ctx.font = '11px system-ui, sans-serif';
  ctx.fillStyle = colours.text;
  let first = 0;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'top';
  for (const group of groups) {
    const x0 = area.left + (first * area.width) / columns;
    const x1 = area.left + ((first + group.count) * area.width) / columns;
    if (first > 0) {
      ctx.beginPath();
      ctx.moveTo(Math.round(x0) + 0.5, area.top);
      ctx.lineTo(Math.round(x0) + 0.5, area.top + area.height);
      ctx.stroke();
    }
    ctx.fillText(group.label, (x0 + x1) / 2, area.top + area.height + 4);
    first += group.count;
  }
  if (columnTitle) ctx.fillText(columnTitle, area.left + area.width / 2, area.top + area.height + 19);
  ctx.textAlign = 'right';
  ctx.textBaseline = 'top';
  ctx.fillText('1', area.left - 4, area.top);
  ctx.textBaseline = 'bottom';
  ctx.fillText(String(rows), area.left - 4, area.top + area.height);
  if (rowTitle) {
    ctx.save();
    ctx.translate(11, area.top + area.height / 2);
    ctx.rotate(-Math.PI / 2);
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.fillText(rowTitle, 0, 0);
    ctx.restore();
  }
  return area;
}
