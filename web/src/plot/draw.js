// Draws a plot of curves on a canvas: grid, axes with tick labels, each
// curve's f solid and f′ dashed in its colour, split at breakpoints so a
// jump is drawn as a jump (a closed dot at the value taken, open dots at
// the limits not taken), marked points as diamonds (never confused with a
// jump's dots), and a hover line. Drawing only: the samples and the view
// come from the caller, the colours from theme.js. Paths are traced
// straight from the sample arrays, so a frame allocates nothing per point.
import { formatTick, makeTransform, ticks } from './view-math.js';

const MARGIN = { right: 12, top: 12, bottom: 28 };
const MIN_LEFT_MARGIN = 36;
const DOT_RADIUS = 4;
const MARKER_RADIUS = 5.5;
const FONT = '12px system-ui, sans-serif';

// Sizes the backing store to the element's CSS size times the device pixel
// ratio (crisp on high-DPI screens); returns the CSS size and the ratio.
export function fitCanvas(canvas) {
  const ratio = globalThis.devicePixelRatio || 1;
  const { width, height } = canvas.getBoundingClientRect();
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

export function plotArea({ width, height }, left = MIN_LEFT_MARGIN + 12) {
  return {
    left,
    top: MARGIN.top,
    width: Math.max(1, width - left - MARGIN.right),
    height: Math.max(1, height - MARGIN.top - MARGIN.bottom),
  };
}

// The y ticks and their labels, and the left margin they need.
function yAxisLabels(ctx, view, height) {
  const ys = ticks(view.yMin, view.yMax, Math.max(2, Math.round((height - MARGIN.top - MARGIN.bottom) / 45)));
  const labels = ys.values.map((y) => formatTick(y, ys.step));
  let widest = 0;
  for (const label of labels) widest = Math.max(widest, ctx.measureText(label).width);
  return { ys, labels, left: Math.max(MIN_LEFT_MARGIN, Math.ceil(widest) + 12) };
}

function drawGrid(ctx, view, area, t, colours, yAxis) {
  const xs = ticks(view.xMin, view.xMax, Math.max(2, Math.round(area.width / 70)));
  ctx.lineWidth = 1;
  ctx.strokeStyle = colours.grid;
  ctx.beginPath();
  for (const x of xs.values) {
    const px = Math.round(t.toPx(x)) + 0.5;
    ctx.moveTo(px, area.top);
    ctx.lineTo(px, area.top + area.height);
  }
  for (const y of yAxis.ys.values) {
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
  for (const x of xs.values) ctx.fillText(formatTick(x, xs.step), t.toPx(x), area.top + area.height + 6);
  ctx.textAlign = 'right';
  ctx.textBaseline = 'middle';
  yAxis.ys.values.forEach((y, i) => ctx.fillText(yAxis.labels[i], area.left - 6, t.toPy(y)));
}

// Traces a sampled curve as polylines into `pen` ({ move(x, y), line(x,
// y) }, in data coordinates): the samples in order, broken at each
// breakpoint, where the piece on each side ends at that side's limit, and
// wherever a value is not finite. `side` picks f ('y') or f′ ('dy') from
// each break's { x, y: { left, at, right }, dy: { … } }.
export function tracePieces(x, values, breaks, side, pen) {
  let drawing = false;
  const point = (px, py) => {
    if (!Number.isFinite(py)) {
      drawing = false;
      return;
    }
    if (drawing) pen.line(px, py);
    else pen.move(px, py);
    drawing = true;
  };
  let b = 0;
  for (let i = 0; i < x.length; i++) {
    let skip = false;
    while (b < breaks.length && breaks[b].x <= x[i]) {
      const limits = breaks[b][side];
      point(breaks[b].x, limits.left);
      drawing = false;
      point(breaks[b].x, limits.right);
      if (breaks[b].x === x[i]) skip = true;  // the value exactly at the break is a dot, not part of a line
      b++;
    }
    if (!skip) point(x[i], values[i]);
  }
}

// Limits closer than this (relative to the plot's height) are a kink, not
// a jump, and get no dots.
const JUMP_FRACTION = 1e-6;

// Pixel coordinates are clamped so a huge value still draws as a line
// leaving the plot instead of overflowing the canvas' fixed-point maths.
const clampPixel = (p) => Math.max(-1e6, Math.min(1e6, p));

function drawCurve(ctx, t, view, sample, side, style) {
  ctx.strokeStyle = style.colour;
  ctx.lineWidth = style.width;
  ctx.setLineDash(style.dash);
  ctx.beginPath();
  tracePieces(sample.x, sample[side], sample.breaks, side, {
    move: (x, y) => ctx.moveTo(t.toPx(x), clampPixel(t.toPy(y))),
    line: (x, y) => ctx.lineTo(t.toPx(x), clampPixel(t.toPy(y))),
  });
  ctx.stroke();
  ctx.setLineDash([]);

  const jump = (a, b) => Math.abs(a - b) > JUMP_FRACTION * (view.yMax - view.yMin);
  for (const point of sample.breaks) {
    const { left, at, right } = point[side];
    if (!jump(left, right) && !jump(left, at)) continue;
    const dot = (y, filled) => {
      ctx.beginPath();
      ctx.arc(t.toPx(point.x), clampPixel(t.toPy(y)), DOT_RADIUS, 0, 2 * Math.PI);
      ctx.fillStyle = filled ? style.colour : style.background;
      ctx.fill();
      ctx.lineWidth = 1.5;
      ctx.stroke();
    };
    if (jump(left, at)) dot(left, false);
    if (jump(right, at) && jump(right, left)) dot(right, false);
    dot(at, true);
  }
}

// A marked input: a diamond, filled on f and outlined on f′.
function drawMarker(ctx, px, py, colour, background, filled) {
  ctx.beginPath();
  ctx.moveTo(px, py - MARKER_RADIUS);
  ctx.lineTo(px + MARKER_RADIUS, py);
  ctx.lineTo(px, py + MARKER_RADIUS);
  ctx.lineTo(px - MARKER_RADIUS, py);
  ctx.closePath();
  ctx.fillStyle = filled ? colour : background;
  ctx.strokeStyle = filled ? background : colour;
  ctx.lineWidth = filled ? 1.5 : 2;
  ctx.fill();
  ctx.stroke();
}

function drawHover(ctx, t, area, hover, colours) {
  const px = t.toPx(hover.x);
  ctx.strokeStyle = colours.axis;
  ctx.lineWidth = 1;
  ctx.setLineDash([2, 3]);
  ctx.beginPath();
  ctx.moveTo(Math.round(px) + 0.5, area.top);
  ctx.lineTo(Math.round(px) + 0.5, area.top + area.height);
  ctx.stroke();
  ctx.setLineDash([]);
  for (const point of hover.points) {
    if (!Number.isFinite(point.y)) continue;
    ctx.beginPath();
    ctx.arc(px, clampPixel(t.toPy(point.y)), 3.5, 0, 2 * Math.PI);
    ctx.fillStyle = point.colour;
    ctx.fill();
  }
}

// Draws `curves` ([{ sample: { x, y, dy, breaks }, colour, showDerivative }])
// in `view` ({ xMin, xMax, yMin, yMax }) with `colours` (theme.js). Optional
// `markers` ([{ x, y, colour, derivative }]) are marked points; `hover`
// ({ x, points: [{ y, colour }] }) adds a hover line. Returns the plot
// area, in CSS pixels.
export function drawPlot(canvas, { view, curves, markers = [], hover, colours }) {
  const size = fitCanvas(canvas);
  const ctx = canvas.getContext('2d');
  ctx.setTransform(size.ratio, 0, 0, size.ratio, 0, 0);
  ctx.fillStyle = colours.background;
  ctx.fillRect(0, 0, size.width, size.height);
  ctx.font = FONT;

  const yAxis = yAxisLabels(ctx, view, size.height);
  const area = plotArea(size, yAxis.left);
  const t = makeTransform(view, area);
  drawGrid(ctx, view, area, t, colours, yAxis);

  ctx.save();
  ctx.beginPath();
  ctx.rect(area.left, area.top, area.width, area.height);
  ctx.clip();
  ctx.lineJoin = 'round';
  // All f first, then every dashed f′, so a derivative stays visible where
  // it coincides with a function.
  for (const curve of curves) {
    drawCurve(ctx, t, view, curve.sample, 'y', { colour: curve.colour, background: colours.background, width: 2.5, dash: [] });
  }
  for (const curve of curves) {
    if (!curve.showDerivative) continue;
    drawCurve(ctx, t, view, curve.sample, 'dy', { colour: curve.colour, background: colours.background, width: 2, dash: [7, 5] });
  }
  for (const marker of markers) {
    if (!Number.isFinite(marker.y)) continue;
    drawMarker(ctx, t.toPx(marker.x), clampPixel(t.toPy(marker.y)), marker.colour, colours.background, !marker.derivative);
  }
  if (hover) drawHover(ctx, t, area, hover, colours);
  ctx.restore();
  return area;
}
