// Pure maths of the plot's view: value <-> pixel mapping, pan and zoom,
// tick choice and the automatic y range. No DOM, so it is unit-tested
// directly.

// A "nice" tick step (1, 2 or 5 times a power of ten) giving about
// `target` intervals across `span`.
export function niceStep(span, target = 8) {
  const raw = span / Math.max(1, target);
  const power = 10 ** Math.floor(Math.log10(raw));
  const scaled = raw / power;
  const nice = scaled < 1.5 ? 1 : scaled < 3.5 ? 2 : scaled < 7.5 ? 5 : 10;
  return nice * power;
}

// Tick values in [min, max], multiples of the step, computed from integer
// multiples so they print without binary noise (0.3, not 0.30000000000000004).
export function ticks(min, max, target = 8) {
  const step = niceStep(max - min, target);
  const first = Math.ceil(min / step - 1e-9);
  const last = Math.floor(max / step + 1e-9);
  const values = [];
  for (let k = first; k <= last; k++) values.push(Number((k * step).toPrecision(12)));
  return { step, values };
}

// A tick label with just enough decimals for the step, and a true minus.
export function formatTick(value, step) {
  const decimals = Math.max(0, -Math.floor(Math.log10(step) + 1e-9));
  const text = value.toFixed(Math.min(decimals, 20));
  return /^-0(\.0*)?$/.test(text) ? text.slice(1) : text.replace('-', '−');
}

// Maps data coordinates to pixels inside `area` ({ left, top, width,
// height }) and back; y grows upwards in data, downwards in pixels.
export function makeTransform(view, area) {
  const sx = area.width / (view.xMax - view.xMin);
  const sy = area.height / (view.yMax - view.yMin);
  return {
    toPx: (x) => area.left + (x - view.xMin) * sx,
    toPy: (y) => area.top + (view.yMax - y) * sy,
    fromPx: (px) => view.xMin + (px - area.left) / sx,
    fromPy: (py) => view.yMax - (py - area.top) / sy,
  };
}

// The view moved by a drag of (dx, dy) pixels: the data under the pointer
// follows it.
export function panView(view, area, dx, dy) {
  const shiftX = (dx / area.width) * (view.xMax - view.xMin);
  const shiftY = (dy / area.height) * (view.yMax - view.yMin);
  return { xMin: view.xMin - shiftX, xMax: view.xMax - shiftX, yMin: view.yMin + shiftY, yMax: view.yMax + shiftY };
}

// Spans are kept within these bounds so zooming can't reach a range where
// doubles can no longer tell the pixels apart, or overflow.
export const MIN_SPAN = 1e-9;
export const MAX_SPAN = 1e12;

// The view zoomed by `factor` (> 1 zooms in) about the pixel (px, py),
// which keeps showing the same data point.
export function zoomView(view, area, px, py, factor) {
  const t = makeTransform(view, area);
  const cx = t.fromPx(px);
  const cy = t.fromPy(py);
  const clampSpan = (span) => Math.min(MAX_SPAN, Math.max(MIN_SPAN, span));
  const spanX = clampSpan((view.xMax - view.xMin) / factor);
  const spanY = clampSpan((view.yMax - view.yMin) / factor);
  const fx = (cx - view.xMin) / (view.xMax - view.xMin);
  const fy = (cy - view.yMin) / (view.yMax - view.yMin);
  return {
    xMin: cx - fx * spanX,
    xMax: cx + (1 - fx) * spanX,
    yMin: cy - fy * spanY,
    yMax: cy + (1 - fy) * spanY,
  };
}

// A y range that shows every finite value of the curves, always includes
// 0 (the axis) and leaves a margin, so flat curves don't hug the border.
export function autoYRange(arrays, margin = 0.08) {
  let min = 0;
  let max = 0;
  for (const values of arrays) {
    for (const v of values) {
      if (Number.isFinite(v)) {
        if (v < min) min = v;
        if (v > max) max = v;
      }
    }
  }
  if (max - min < 1e-12) {
    min -= 1;
    max += 1;
  }
  const pad = (max - min) * margin;
  return { yMin: min - pad, yMax: max + pad };
}

export const isValidView = (view) =>
  ['xMin', 'xMax', 'yMin', 'yMax'].every((key) => Number.isFinite(view?.[key])) &&
  view.xMin < view.xMax &&
  view.yMin < view.yMax;
