// Draws activation curves on a canvas: grid, axes with tick labels, each
// curve's f solid and f′ dashed in its colour, split at breakpoints so a
// jump is drawn as a jump (a closed dot at the value taken, open dots at
// the limits not taken), and an optional hover marker. Drawing only: the
// samples come from the JS API, the view from the caller.
import { formatTick, makeTransform, ticks } from './view-math.js';

const MARGIN = { left: 48, right: 12, top: 12, bottom: 28 };
const DOT_RADIUS = 4;

// Colours come from CSS custom properties around the canvas, so the plot
// follows the light or dark theme. A probe resolves each one to a colour the
// canvas understands (a custom property's own value may be light-dark(…)).
const COLOUR_PROPERTIES = {
  background: '--plot-background',
  grid: '--plot-grid',
  axis: '--plot-axis',
  text: '--plot-text',
};
const CURVE_PROPERTIES = ['--curve-1', '--curve-2', '--curve-3', '--curve-4', '--curve-5', '--curve-6'];

export function plotColours(element) {
  const probe = document.createElement('span');
  probe.hidden = true;
  (element.parentNode ?? element).append(probe);
  const resolve = (property) => {
    probe.style.color = `var(${property})`;
    return getComputedStyle(probe).color;
  };
  const colours = Object.fromEntries(Object.entries(COLOUR_PROPERTIES).map(([key, property]) => [key, resolve(property)]));
  colours.curves = CURVE_PROPERTIES.map(resolve);
  probe.remove();
  return colours;
}

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
export function curvePieces(x, values, breaks, side) {
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

// Pixel coordinates are clamped so a huge value still draws as a line
// leaving the plot instead of overflowing the canvas' fixed-point maths.
const clampPixel = (p) => Math.max(-1e6, Math.min(1e6, p));

function drawCurve(ctx, t, view, x, values, breaks, side, style) {
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
      if (drawing) ctx.lineTo(t.toPx(px), clampPixel(t.toPy(py)));
      else ctx.moveTo(t.toPx(px), clampPixel(t.toPy(py)));
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
    ctx.arc(px, t.toPy(point.y), 3.5, 0, 2 * Math.PI);
    ctx.fillStyle = point.colour;
    ctx.fill();
  }
}

// Draws `curves` ([{ sample: { x, y, dy, breaks }, colour, showDerivative }])
// in `view` ({ xMin, xMax, yMin, yMax }). `hover` ({ x, points: [{ y,
// colour }] }) adds a marker. Returns the plot area, in CSS pixels.
export function drawPlot(canvas, { view, curves, hover, colours = plotColours(canvas) }) {
  const size = fitCanvas(canvas);
  const ctx = canvas.getContext('2d');
  ctx.setTransform(size.ratio, 0, 0, size.ratio, 0, 0);
  ctx.fillStyle = colours.background;
  ctx.fillRect(0, 0, size.width, size.height);

  const area = plotArea(size);
  const t = makeTransform(view, area);
  drawGrid(ctx, view, area, t, colours);

  ctx.save();
  ctx.beginPath();
  ctx.rect(area.left, area.top, area.width, area.height);
  ctx.clip();
  ctx.lineJoin = 'round';
  // All f first, then every dashed f′, so a derivative stays visible where
  // it coincides with a function.
  for (const curve of curves) {
    const { x, y, breaks } = curve.sample;
    drawCurve(ctx, t, view, x, y, breaks, 'y', { colour: curve.colour, background: colours.background, width: 2.5, dash: [] });
  }
  for (const curve of curves.filter((c) => c.showDerivative)) {
    const { x, dy, breaks } = curve.sample;
    drawCurve(ctx, t, view, x, dy, breaks, 'dy', { colour: curve.colour, background: colours.background, width: 2, dash: [7, 5] });
  }
  if (hover) drawHover(ctx, t, area, hover, colours);
  ctx.restore();
  return area;
}
