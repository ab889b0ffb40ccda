// Paints a curve plot: background, grid, axes with labels that fit
// (axis.js), the curves and their marks (draw-curves.js), and optionally a
// magnified inset: a second, smaller panel of the same curves over a small
// region, framed on the main plot, so a difference too small to see at the
// main scale (ReLU against leaky ReLU's 0.01 slope) shows. Paints on any
// 2D context of the given size: the on-screen canvas, or an export's.
import { axisLabels } from './axis.js';
import { clampPixel, drawCurves, drawHover, drawMarker } from './draw-curves.js';
import { makeTransform } from './view-math.js';

const MARGIN = { right: 12, top: 12, bottom: 28 };
const MIN_LEFT_MARGIN = 36;
export const FONT = '12px system-ui, sans-serif';

// Sizes the backing store to a CSS size (the canvas' own, measured by the
// caller when it changes: see CurvePlot.measure) times the device pixel
// ratio, crisp on high-DPI screens; returns the CSS size and the ratio.
export function fitCanvas(canvas, { width, height } = canvas.getBoundingClientRect()) {
  const ratio = globalThis.devicePixelRatio || 1;
  const pixelWidth = Math.max(1, Math.round(width * ratio));
  const pixelHeight = Math.max(1, Math.round(height * ratio));
  if (canvas.width !== pixelWidth || canvas.height !== pixelHeight) {
    canvas.width = pixelWidth;
    canvas.height = pixelHeight;
  }
  return { width, height, ratio };
}

// How many samples fill a canvas: one per device pixel column.
export function sampleCount(size) {
  return Math.max(2, Math.round(size.width * size.ratio));
}

// A left margin narrower than the last by less than this keeps the last,
// so the plot area (and the data under the pointer) does not jump while a
// zoom changes the labels by a digit.
const MARGIN_HYSTERESIS = 16;

// The y axis' labels and the left margin they need (at least `lastLeft`
// unless they need much less).
function yAxis(ctx, view, height, lastLeft) {
  const labels = axisLabels(view.yMin, view.yMax, Math.max(1, height - MARGIN.top - MARGIN.bottom), () => 0, { lineHeight: 18 });
  let widest = ctx.measureText(labels.offsetLabel).width;
  for (const label of labels.labels) widest = Math.max(widest, ctx.measureText(label).width);
  const needed = Math.max(MIN_LEFT_MARGIN, Math.ceil(widest) + 12);
  const left = lastLeft && needed <= lastLeft && lastLeft - needed < MARGIN_HYSTERESIS ? lastLeft : needed;
  return { ...labels, left };
}

function drawGrid(ctx, view, area, t, colours, ys) {
  const xs = axisLabels(view.xMin, view.xMax, area.width, (text) => ctx.measureText(text).width);
  ctx.lineWidth = 1;
  ctx.strokeStyle = colours.grid;
  ctx.beginPath();
  for (const x of xs.values) {
    const px = Math.round(t.toPx(x)) + 0.5;
    ctx.moveTo(px, area.top);
    ctx.lineTo(px, area.top + area.height);
  }
  for (const y of ys.values) {
    const py = Math.round(t.toPy(y)) + 0.5;
    ctx.moveTo(area.left, py);
    ctx.lineTo(area.left + area.width, py);
  }
  ctx.stroke();

  ctx.strokeStyle = colours.axis;
  ctx.beginPath();
  if (view.yMin <= 0 && view.yMax >= 0) {
    const py = Math.round(t.toPy(0)) + 0.5;
    ctx.moveTo(area.left, py);
    ctx.lineTo(area.left + area.width, py);
  }
  if (view.xMin <= 0 && view.xMax >= 0) {
    const px = Math.round(t.toPx(0)) + 0.5;
    ctx.moveTo(px, area.top);
    ctx.lineTo(px, area.top + area.height);
  }
  ctx.stroke();

  ctx.fillStyle = colours.text;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'top';
  xs.values.forEach((x, i) => ctx.fillText(xs.labels[i], t.toPx(x), area.top + area.height + 6));
  ctx.textAlign = 'right';
  ctx.textBaseline = 'middle';
  ys.values.forEach((y, i) => ctx.fillText(ys.labels[i], area.left - 6, t.toPy(y)));
  // An offset the labels are relative to, once, at the axis' end.
  if (xs.offsetLabel) ctx.fillText(xs.offsetLabel, area.left + area.width, area.top + area.height + 20);
  ctx.textBaseline = 'bottom';
  if (ys.offsetLabel) ctx.fillText(ys.offsetLabel, area.left - 6, area.top - 1);
}

// The inset's box in the main plot area: its top-left corner.
export function insetArea(area) {
  const width = Math.max(110, Math.round(area.width * 0.42));
  const height = Math.max(80, Math.round(area.height * 0.42));
  return { left: area.left + 10, top: area.top + 10, width: Math.min(width, area.width - 20), height: Math.min(height, area.height - 20) };
}

// The magnified inset: its region framed on the main plot, and the panel.
const CAPTION_STRIP = 18;

function drawInset(ctx, main, inset, colours) {
  const box = insetArea(main.area);
  // The data fill the box above the caption's strip.
  const data = { ...box, height: box.height - CAPTION_STRIP };
  const t = makeTransform(inset.view, data);
  ctx.strokeStyle = colours.axis;
  ctx.lineWidth = 1;
  ctx.setLineDash([3, 3]);
  const x0 = main.t.toPx(inset.view.xMin);
  const y0 = clampPixel(main.t.toPy(inset.view.yMax));
  ctx.strokeRect(x0, y0, main.t.toPx(inset.view.xMax) - x0, clampPixel(main.t.toPy(inset.view.yMin)) - y0);
  ctx.setLineDash([]);
  ctx.fillStyle = colours.background;
  ctx.fillRect(box.left, box.top, box.width, box.height);
  ctx.save();
  ctx.beginPath();
  ctx.rect(data.left, data.top, data.width, data.height);
  ctx.clip();
  ctx.strokeStyle = colours.grid;
  ctx.beginPath();
  if (inset.view.yMin <= 0 && inset.view.yMax >= 0) {
    ctx.moveTo(data.left, Math.round(t.toPy(0)) + 0.5);
    ctx.lineTo(data.left + data.width, Math.round(t.toPy(0)) + 0.5);
  }
  ctx.stroke();
  drawCurves(ctx, t, inset.view, inset.curves, colours.background, 0.8);
  ctx.restore();
  ctx.strokeStyle = colours.axis;
  ctx.strokeRect(box.left + 0.5, box.top + 0.5, box.width - 1, box.height - 1);
  ctx.strokeStyle = colours.grid;
  ctx.beginPath();
  ctx.moveTo(box.left, data.top + data.height + 0.5);
  ctx.lineTo(box.left + box.width, data.top + data.height + 0.5);
  ctx.stroke();
  ctx.fillStyle = colours.text;
  ctx.textAlign = 'left';
  ctx.textBaseline = 'bottom';
  ctx.fillText(inset.caption, box.left + 6, box.top + box.height - 4);
  return data;
}

// The background, grid, axes and tick labels of a plot of `view` on `ctx`,
// `size` CSS pixels large: every chart of the page (the curve plot, the
// density and cobweb charts) shares this frame, so they read alike.
// Returns the data area and its transform.
export function paintAxes(ctx, size, view, colours, lastLeft) {
  ctx.fillStyle = colours.background;
  ctx.fillRect(0, 0, size.width, size.height);
  ctx.font = FONT;
  const ys = yAxis(ctx, view, size.height, lastLeft);
  const area = {
    left: ys.left,
    top: MARGIN.top,
    width: Math.max(1, size.width - ys.left - MARGIN.right),
    height: Math.max(1, size.height - MARGIN.top - MARGIN.bottom),
  };
  const t = makeTransform(view, area);
  drawGrid(ctx, view, area, t, colours, ys);
  return { area, t };
}

// Paints `curves` ([{ sample: { x, y, dy, breaks }, colour, showDerivative }])
// in `view` ({ xMin, xMax, yMin, yMax }) on `ctx`, `size` CSS pixels large
// ({ width, height }), with `colours` (theme.js). Optional: `markers`
// ([{ x, y, colour, derivative }]), `hover` ({ x, points: [{ y, colour }]
// }), `inset` ({ view, curves, caption }) and `lastLeft` (the left margin
// of the previous frame). Returns { area, insetArea }.
export function paintPlot(ctx, size, { view, curves, markers = [], hover, inset, colours, lastLeft }) {
  const { area, t } = paintAxes(ctx, size, view, colours, lastLeft);

  ctx.save();
  ctx.beginPath();
  ctx.rect(area.left, area.top, area.width, area.height);
  ctx.clip();
  drawCurves(ctx, t, view, curves, colours.background);
  for (const marker of markers) {
    if (!Number.isFinite(marker.y)) continue;
    drawMarker(ctx, t.toPx(marker.x), clampPixel(t.toPy(marker.y)), marker.colour, colours.background, !marker.derivative);
  }
  const insetBox = inset ? drawInset(ctx, { area, t }, inset, colours) : undefined;
  if (hover) drawHover(ctx, t, area, hover, colours);
  ctx.restore();
  return { area, insetArea: insetBox };
}

// Paints on a canvas at its CSS size (options.size, or measured) and
// device resolution.
export function drawPlot(canvas, options) {
  const size = fitCanvas(canvas, options.size);
  const ctx = canvas.getContext('2d');
  ctx.setTransform(size.ratio, 0, 0, size.ratio, 0, 0);
  return paintPlot(ctx, size, options);
}
