// Paints the live run as TensorFlow Playground lays it out: every hidden
// unit's output over the input plane as a small square, one column per
// layer, and the decision surface (the output) large, with the training
// points. Dead units are hatched and labelled. The heat-map images are
// kept between frames (one per unit), so a frame allocates nothing of its
// own.
import { fitCanvas } from '../../plot/draw.js';
import { HeatmapImage, drawDataPoints, drawHeatLegend, drawUnitState } from '../../plot/heatmap.js';

const GAP = 6;
const LABEL_HEIGHT = 18;
const MAX_THUMB = 56;
const MIN_THUMB = 26;

// The units' squares: per layer a column, per unit a box, sized to the
// canvas' width. Returns { boxes: [[box per unit] per layer], height }.
export function unitLayout(widths, canvasWidth) {
  const layers = widths.length;
  const thumb = Math.max(MIN_THUMB, Math.min(MAX_THUMB, Math.floor((canvasWidth - GAP * (layers + 1)) / layers)));
  const columnWidth = (canvasWidth - GAP) / layers;
  const boxes = widths.map((width, l) => {
    const left = Math.round(GAP + l * columnWidth + (columnWidth - GAP - thumb) / 2);
    return Array.from({ length: width }, (_, i) => ({ left, top: LABEL_HEIGHT + i * (thumb + GAP), width: thumb, height: thumb }));
  });
  const tallest = Math.max(...widths);
  return { boxes, columnWidth, height: LABEL_HEIGHT + tallest * (thumb + GAP) };
}

export class LiveDrawing {
  #unitImages = [];
  #outputImage = new HeatmapImage();

  // Units: per layer the squares, their states and a heading.
  paintUnits(canvas, { surface, states, colours, table }) {
    const widths = surface.units.map((layer) => layer.length);
    const cssWidth = canvas.getBoundingClientRect().width || 300;
    const layout = unitLayout(widths, cssWidth);
    const size = fitCanvas(canvas, { width: cssWidth, height: layout.height });
    canvas.style.height = `${layout.height}px`;
    const ctx = canvas.getContext('2d');
    ctx.setTransform(size.ratio, 0, 0, size.ratio, 0, 0);
    ctx.fillStyle = colours.background;
    ctx.fillRect(0, 0, size.width, size.height);
    ctx.font = '11px system-ui, sans-serif';
    ctx.textAlign = 'center';
    ctx.textBaseline = 'top';
    let k = 0;
    layout.boxes.forEach((boxes, l) => {
      ctx.fillStyle = colours.text;
      ctx.fillText(`layer ${l + 1}`, boxes[0].left + boxes[0].width / 2, 2);
      boxes.forEach((box, i) => {
        const image = (this.#unitImages[k++] ??= new HeatmapImage());
        image.update(surface.units[l][i], surface.density, table);
        image.draw(ctx, box);
        drawUnitState(ctx, box, states[l][i], colours);
      });
    });
  }

  // The decision surface with the training points and the scale's legend.
  paintOutput(canvas, { surface, data, colours, table }) {
    const cssWidth = Math.min(canvas.getBoundingClientRect().width || 300, 360);
    const legendHeight = 30;
    const size = fitCanvas(canvas, { width: cssWidth, height: cssWidth + legendHeight });
    canvas.style.height = `${cssWidth + legendHeight}px`;
    const ctx = canvas.getContext('2d');
    ctx.setTransform(size.ratio, 0, 0, size.ratio, 0, 0);
    ctx.fillStyle = colours.background;
    ctx.fillRect(0, 0, size.width, size.height);
    const box = { left: 0, top: 0, width: cssWidth, height: cssWidth };
    this.#outputImage.update(surface.output, surface.density, table);
    this.#outputImage.draw(ctx, box);
    ctx.save();
    ctx.beginPath();
    ctx.rect(box.left, box.top, box.width, box.height);
    ctx.clip();
    drawDataPoints(ctx, box, { xy: data.train.x, label: data.train.label, extent: surface.extent, fills: [colours.heat[0], colours.heat[2]], ring: colours.background });
    ctx.restore();
    ctx.strokeStyle = colours.axis;
    ctx.strokeRect(0.5, 0.5, cssWidth - 1, cssWidth - 1);
    drawHeatLegend(ctx, { left: 8, top: cssWidth + 6, width: cssWidth - 16, height: 8 }, table, colours);
  }
}
