// A generic chart painted on any 2D context (an on-screen canvas, an
// export's): axes with ticks and titles (chart-scale.js, linear or log),
// a grid, and layers drawn in order:
//
//   { kind: 'band',  x, low, high, colour }          a filled interval (e.g. a 95 % band)
//   { kind: 'line',  x, y, colour, dash?, width?, points? }   a polyline; NaN breaks it
//   { kind: 'bars',  edges, heights, colour }        a histogram: bar i spans edges[i]…edges[i+1]
//   { kind: 'rule',  axis: 'x' | 'y', value, colour, dash?, label? }   a reference line
//
// `colour` is a curve index into the palette (theme.js: the same colours
// as the playground's curves, light or dark) or 'axis' / 'text'. The spec:
//
//   { x: { min, max, log?, integer?, label }, y: { … }, layers }
//
// (`integer`: only whole-number ticks, for counts and depths.)
//
// Rasters and heatmaps are other modules that can reuse chartArea() and
// paintAxes() for their frame. DOM-free apart from the context.
import { FONT } from './draw.js';
import { makeScale, scaleTicks } from './chart-scale.js';

const MARGIN = { top: 12, right: 14 };
const TICK_GAP = 6;
const TITLE_SIZE = 16;  // room for an axis title
const BAND_ALPHA = 0.2;
const BAR_ALPHA = 0.75;

export const colourOf = (colours, colour) =>
  typeof colour === 'number' ? colours.curves[colour % colours.curves.length] : colours[colour] ?? colours.text;

// The plot area inside `size` and the axes' scales and ticks: { area, x, y }
// where x and y are { scale, ticks, toPx }.
export function chartArea(ctx, size, spec) {
  ctx.font = FONT;
  const xs = makeScale(spec.x);
  const ys = makeScale(spec.y);
  const bottom = 22 + (spec.x.label ? TITLE_SIZE : 0);
  const top = MARGIN.top;
  const yTicks = scaleTicks(ys, Math.max(1, size.height - top - bottom), () => 0, { lineHeight: 18 });
  const widest = Math.max(0, ...yTicks.labels.map((label) => ctx.measureText(label).width));
  const left = Math.ceil(widest) + TICK_GAP + 6 + (spec.y.label ? TITLE_SIZE : 0);
  const area = { left, top, width: Math.max(1, size.width - left - MARGIN.right), height: Math.max(1, size.height - top - bottom) };
  const xTicks = scaleTicks(xs, area.width, (text) => ctx.measureText(text).width);
  const toPx = (v) => area.left + ((xs.map(v) - xs.low) / (xs.high - xs.low)) * area.width;
  const toPy = (v) => area.top + ((ys.high - ys.map(v)) / (ys.high - ys.low)) * area.height;
  return { area, x: { scale: xs, ticks: xTicks, toPx }, y: { scale: ys, ticks: yTicks, toPx: toPy } };
}

// Background, grid, tick labels and axis titles.
export function paintAxes(ctx, size, spec, frame, colours) {
  const { area, x, y } = frame;
  ctx.fillStyle = colours.background;
  ctx.fillRect(0, 0, size.width, size.height);
  const xAt = (k) => area.left + ((k - x.scale.low) / (x.scale.high - x.scale.low)) * area.width;
  const yAt = (k) => area.top + ((y.scale.high - k) / (y.scale.high - y.scale.low)) * area.height;
  ctx.lineWidth = 1;
  ctx.strokeStyle = colours.grid;
  ctx.beginPath();
  for (const k of x.ticks.values) {
    const px = Math.round(xAt(k)) + 0.5;
    ctx.moveTo(px, area.top);
    ctx.lineTo(px, area.top + area.height);
  }
  for (const k of y.ticks.values) {
    const py = Math.round(yAt(k)) + 0.5;
    ctx.moveTo(area.left, py);
    ctx.lineTo(area.left + area.width, py);
  }
  ctx.stroke();
  ctx.strokeStyle = colours.axis;
  ctx.strokeRect(area.left + 0.5, area.top + 0.5, area.width - 1, area.height - 1);
  ctx.fillStyle = colours.text;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'top';
  x.ticks.values.forEach((k, i) => ctx.fillText(x.ticks.labels[i], xAt(k), area.top + area.height + TICK_GAP));
  ctx.textAlign = 'right';
  ctx.textBaseline = 'middle';
  y.ticks.values.forEach((k, i) => ctx.fillText(y.ticks.labels[i], area.left - TICK_GAP, yAt(k)));
  ctx.textAlign = 'center';
  if (spec.x.label) {
    ctx.textBaseline = 'bottom';
    ctx.fillText(spec.x.label, area.left + area.width / 2, size.height - 2);
  }
  if (spec.y.label) {
    ctx.save();
    ctx.translate(2, area.top + area.height / 2);
    ctx.rotate(-Math.PI / 2);
    ctx.textBaseline = 'top';
    ctx.fillText(spec.y.label, 0, 0);
    ctx.restore();
  }
}

// Pixels are clamped so a huge value still draws as a line leaving the area.
const clamp = (p) => Math.max(-1e5, Math.min(1e5, p));

function tracePolyline(ctx, frame, xs, ys) {
  let drawing = false;
  for (let i = 0; i < xs.length; i++) {
    const px = frame.x.toPx(xs[i]);
    const py = frame.y.toPx(ys[i]);
    if (!Number.isFinite(px) || !Number.isFinite(py)) {
      drawing = false;
      continue;
    }
    if (drawing) ctx.lineTo(clamp(px), clamp(py));
    else ctx.moveTo(clamp(px), clamp(py));
    drawing = true;
  }
}

const LAYERS = {
  band(ctx, frame, layer, colour) {
    ctx.globalAlpha = BAND_ALPHA;
    ctx.fillStyle = colour;
    // One polygon per run of finite points: along the top, back along the bottom.
    let run = [];
    const flush = () => {
      if (run.length > 1) {
        ctx.beginPath();
        run.forEach((i, k) => ctx[k ? 'lineTo' : 'moveTo'](clamp(frame.x.toPx(layer.x[i])), clamp(frame.y.toPx(layer.high[i]))));
        for (let k = run.length - 1; k >= 0; k--) ctx.lineTo(clamp(frame.x.toPx(layer.x[run[k]])), clamp(frame.y.toPx(layer.low[run[k]])));
        ctx.closePath();
        ctx.fill();
      }
      run = [];
    };
    for (let i = 0; i < layer.x.length; i++) {
      const ok = [frame.x.toPx(layer.x[i]), frame.y.toPx(layer.low[i]), frame.y.toPx(layer.high[i])].every(Number.isFinite);
      if (ok) run.push(i);
      else flush();
    }
    flush();
  },
  line(ctx, frame, layer, colour) {
    ctx.strokeStyle = colour;
    ctx.lineWidth = layer.width ?? 2;
    ctx.setLineDash(layer.dash ?? []);
    ctx.beginPath();
    tracePolyline(ctx, frame, layer.x, layer.y);
    ctx.stroke();
    ctx.setLineDash([]);
    if (!layer.points) return;
    ctx.fillStyle = colour;
    for (let i = 0; i < layer.x.length; i++) {
      const px = frame.x.toPx(layer.x[i]);
      const py = frame.y.toPx(layer.y[i]);
      if (!Number.isFinite(px) || !Number.isFinite(py)) continue;
      ctx.beginPath();
      ctx.arc(px, py, 2.5, 0, 2 * Math.PI);
      ctx.fill();
    }
  },
  bars(ctx, frame, layer, colour) {
    ctx.globalAlpha = BAR_ALPHA;
    ctx.fillStyle = colour;
    const base = frame.area.top + frame.area.height;
    for (let i = 0; i < layer.heights.length; i++) {
      const left = frame.x.toPx(layer.edges[i]);
      const right = frame.x.toPx(layer.edges[i + 1]);
      // A non-empty bar is at least 2 px tall: one trial among thousands still shows.
      const top = Math.min(frame.y.toPx(layer.heights[i]), base - 2);
      if (![left, right, top].every(Number.isFinite) || layer.heights[i] <= 0) continue;
      // A pixel's gap between bars, so neighbours stay apart.
      ctx.fillRect(left + 0.5, clamp(top), Math.max(1, right - left - 1), base - clamp(top));
    }
  },
  rule(ctx, frame, layer, colour) {
    const { area } = frame;
    ctx.strokeStyle = colour;
    ctx.lineWidth = layer.width ?? 1.5;
    ctx.setLineDash(layer.dash ?? [6, 4]);
    ctx.beginPath();
    const p = layer.axis === 'x' ? frame.x.toPx(layer.value) : frame.y.toPx(layer.value);
    if (Number.isFinite(p)) {
      if (layer.axis === 'x') {
        ctx.moveTo(Math.round(p) + 0.5, area.top);
        ctx.lineTo(Math.round(p) + 0.5, area.top + area.height);
      } else {
        ctx.moveTo(area.left, Math.round(p) + 0.5);
        ctx.lineTo(area.left + area.width, Math.round(p) + 0.5);
      }
    }
    ctx.stroke();
    ctx.setLineDash([]);
    if (layer.label && Number.isFinite(p)) {
      ctx.fillStyle = colour;
      ctx.textBaseline = 'bottom';
      if (layer.axis === 'x') {
        // Right of the line, or left of it where the label would leave the plot.
        const fits = p + 4 + ctx.measureText(layer.label).width <= area.left + area.width;
        ctx.textAlign = fits ? 'left' : 'right';
        ctx.fillText(layer.label, fits ? p + 4 : p - 4, area.top + 14);
      } else {
        ctx.textAlign = 'right';
        ctx.fillText(layer.label, area.left + area.width - 4, p - 2);
      }
    }
  },
};

// Paints the whole chart; returns the frame (area and mappings), e.g. for
// hit-testing a pointer.
export function paintChart(ctx, size, spec, colours) {
  const frame = chartArea(ctx, size, spec);
  paintAxes(ctx, size, spec, frame, colours);
  ctx.save();
  ctx.beginPath();
  ctx.rect(frame.area.left, frame.area.top, frame.area.width, frame.area.height);
  ctx.clip();
  for (const layer of spec.layers ?? []) {
    const paint = LAYERS[layer.kind];
    if (!paint) throw new RangeError(`unknown chart layer kind ${JSON.stringify(layer.kind)}`);
    ctx.save();
    paint(ctx, frame, layer, colourOf(colours, layer.colour));
    ctx.restore();
  }
  ctx.restore();
  return frame;
}
