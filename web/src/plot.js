// Draws f (solid) and f′ (dashed) on a canvas: grid, axes with tick labels,
// curves split at breakpoints so a jump is drawn as a jump, with a closed
// dot at the value taken and open dots at the limits not taken.
import { autoYRange, formatTick, makeTransform, ticks } from './view-math.js';

const MARGIN = { left: 44, right: 12, top: 12, bottom: 28 };
const DOT_RADIUS = 4;

// Colours come from the page's CSS custom properties, so the plot follows
// the light or dark theme.
function palette(canvas) {
  const style = getComputedStyle(canvas);
  const read = (name, fallback) => style.getPropertyValue(name).trim() || fallback;
  return {
    background: read('--plot-background', '#fff'),
    grid: read('--plot-grid', '#e5e7eb'),
    axis: read('--plot-axis', '#6b7280'),
    text: read('--plot-text', '#374151'),
    f: read('--curve-f', '#2563eb'),
    df: read('--curve-df', '#dc2626'),
  };
}

// Sizes the backing store to the element's CSS size times the device pixel
// ratio (crisp on high-DPI screens); returns the CSS size.
export function fitCanvas(canvas) {
  const ratio = window.devicePixelRatio || 1;
  const { width, height } = canvas.getBoundingClientRect();
  const pixelWidth = Math.max(1, Math.round(width * ratio));
  const pixelHeight = Math.max(1, Math.round(height * ratio));
  if (canvas.width !== pixelWidth || canvas.height !== pixelHeight) {
    canvas.width = pixelWidth;
    canvas.height = pixelHeight;
  }
  return { width, height, ratio };
}

export function plotArea({ width, height }) {
  return {
    left: MARGIN.left,
    top: MARGIN.top,
    width: Math.max(1, width - MARGIN.left - MARGIN.right),
    height: Math.max(1, height - MARGIN.top - MARGIN.bottom),
  };
}

// How many samples fill the plot: one per device pixel column.
export function sampleCount(canvas) {
  const { width, ratio } = fitCanvas(canvas);
  return Math.max(2, Math.round(plotArea({ width, height: 1 }).width * ratio));
}

function drawGrid(ctx, view, area, t, colours) {
  const xs = ticks(view.xMin, view.xMax, Math.max(2, Math.round(area.width / 70)));
  const ys = ticks(view.yMin, view.yMax, Math.max(2, Math.round(area.height / 45)));
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
  ctx.font = '12px system-ui, sans-serif';
  ctx.textAlign = 'center';
  ctx.textBaseline = 'top';
  for (const x of xs.values) ctx.fillText(formatTick(x, xs.step), t.toPx(x), area.top + area.height + 6);
  ctx.textAlign = 'right';
  ctx.textBaseline = 'middle';
  for (const y of ys.values) ctx.fillText(formatTick(y, ys.step), area.left - 6, t.toPy(y));
}

// The curve as polylines: samples in order, broken at each breakpoint,
// where the piece on each side ends at that side's limit.
function curvePieces(x, values, breaks, side) {
  const pieces = [];
  let current = [];
  let b = 0;
  for (let i = 0; i < x.length; i++) {
    while (b < breaks.length && breaks[b].x <= x[i]) {
      const limits = breaks[b][side];
      current.push([breaks[b].x, limits.left]);
      pieces.push(current);
      current = [[breaks[b].x, limits.right]];
      b++;
      if (breaks[b - 1].x === x[i]) i++;  // the value exactly at the break is a dot, not part of a line
    }
    if (i < x.length) current.push([x[i], values[i]]);
  }
  pieces.push(current);
  return pieces;
}

// Limits closer than this (relative to the plot's height) are a kink, not
// a jump, and get no dots.
const JUMP_FRACTION = 1e-6;

function drawCurve(ctx, t, x, values, breaks, side, style, view) {
  const clampY = (y) => Math.max(-1e6, Math.min(1e6, t.toPy(y)));
  ctx.strokeStyle = style.colour;
  ctx.lineWidth = style.width;
  ctx.setLineDash(style.dash);
  ctx.beginPath();
  for (const piece of curvePieces(x, values, breaks, side)) {
    let drawing = false;
    for (const [px, py] of piece) {
      if (!Number.isFinite(py)) {
        drawing = false;
        continue;
      }
      if (drawing) ctx.lineTo(t.toPx(px), clampY(py));
      else ctx.moveTo(t.toPx(px), clampY(py));
      drawing = true;
    }
  }
  ctx.stroke();
  ctx.setLineDash([]);

  const jump = (a, b) => Math.abs(a - b) > JUMP_FRACTION * (view.yMax - view.yMin);
  for (const point of breaks) {
    const { left, at, right } = point[side];
    if (!jump(left, right) && !jump(left, at)) continue;
    const dot = (y, filled) => {
      ctx.beginPath();
      ctx.arc(t.toPx(point.x), t.toPy(y), DOT_RADIUS, 0, 2 * Math.PI);
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

// Draws one activation's sample ({ x, y, dy, breaks } from the JS API) over
// the x range of the sample. Returns the view used (for hit-testing and
// tests).
export function drawPlot(canvas, sample, { showDerivative = true } = {}) {
  const size = fitCanvas(canvas);
  const ctx = canvas.getContext('2d');
  const colours = palette(canvas);
  ctx.setTransform(size.ratio, 0, 0, size.ratio, 0, 0);
  ctx.fillStyle = colours.background;
  ctx.fillRect(0, 0, size.width, size.height);

  const area = plotArea(size);
  const curves = showDerivative ? [sample.y, sample.dy] : [sample.y];
  const view = { xMin: sample.x[0], xMax: sample.x[sample.x.length - 1], ...autoYRange(curves) };
  const t = makeTransform(view, area);
  drawGrid(ctx, view, area, t, colours);

  ctx.save();
  ctx.beginPath();
  ctx.rect(area.left, area.top, area.width, area.height);
  ctx.clip();
  ctx.lineJoin = 'round';
  const base = { background: colours.background };
  // f first, so the dashed f′ stays visible where the two coincide.
  drawCurve(ctx, t, sample.x, sample.y, sample.breaks, 'y', { ...base, colour: colours.f, width: 2.5, dash: [] }, view);
  if (showDerivative) {
    drawCurve(ctx, t, sample.x, sample.dy, sample.breaks, 'dy', { ...base, colour: colours.df, width: 2, dash: [7, 5] }, view);
  }
  ctx.restore();
  return { view, area };
}
