// Pure maths of the plot's view: value <-> pixel mapping, pan and zoom,
// the limits a view is held to, tick choice and the automatic y range. No
// DOM, so it is unit-tested directly.

// A view's span is kept within these bounds. The widest keeps max − min
// finite (1e306 is far from overflow); the narrowest is relative to the
// view's magnitude, so doubles can still tell about a million points of
// the span apart: at 1e16 a span of 1e4 is 2.5e3 ulps, where a span of a
// few ulps could not be sampled, ticked or drawn. Near zero an absolute
// floor keeps spans out of the subnormals.
export const MAX_SPAN = 1e306;
export const MIN_RELATIVE_SPAN = 1e-12;
export const MIN_ABSOLUTE_SPAN = 1e-290;
// The most ticks an axis gets, whatever range it is asked for.
export const MAX_TICKS = 64;

// The smallest span a range about these bounds may have.
export function minimumSpan(low, high) {
  return Math.max(MIN_ABSOLUTE_SPAN, MIN_RELATIVE_SPAN * Math.max(Math.abs(low), Math.abs(high)));
}

// The range [low, high] held to the span limits: a range too narrow is
// widened about its centre, one too wide narrowed about it. Returns
// { low, high, adjusted } ('widened' or 'narrowed' when it changed), or
// undefined when the bounds are not two finite increasing numbers.
export function limitRange(low, high) {
  if (!(Number.isFinite(low) && Number.isFinite(high) && low < high)) return undefined;
  const centre = low / 2 + high / 2;  // halves first: never overflows
  const span = high / 2 - low / 2;    // half the span, likewise
  const least = minimumSpan(low, high) / 2;
  if (span < least) return { low: centre - least, high: centre + least, adjusted: 'widened' };
  if (span > MAX_SPAN / 2) return { low: centre - MAX_SPAN / 2, high: centre + MAX_SPAN / 2, adjusted: 'narrowed' };
  return { low, high, adjusted: undefined };
}

// A "nice" tick step, nice × 10^power with nice 1, 2 or 5, giving about
// `target` intervals across `span`.
export function niceStep(span, target = 8) {
  const raw = span / Math.max(1, target);
  let power = Math.floor(Math.log10(raw));
  const scaled = raw / 10 ** power;
  let nice = scaled < 1.5 ? 1 : scaled < 3.5 ? 2 : scaled < 7.5 ? 5 : 10;
  if (nice === 10) {
    nice = 1;
    power += 1;
  }
  return { nice, power, step: Number(`${nice}e${power}`) };
}

// Tick values in [min, max]: the multiples k · step, each built from its
// decimal digits (`${k · nice}e${power}`) so it prints without binary noise
// (0.3, not 0.30000000000000004). The count is bounded: at most MAX_TICKS,
// and none at all for a range too narrow to hold two distinct multiples,
// which limitRange keeps views out of.
export function ticks(min, max, target = 8) {
  if (!(Number.isFinite(min) && Number.isFinite(max) && min < max)) return { step: NaN, values: [] };
  const { nice, power, step } = niceStep(max / 2 - min / 2, Math.max(1, target) / 2);
  const first = Math.ceil(min / step - 1e-9);
  const last = Math.floor(max / step + 1e-9);
  const count = last - first + 1;
  if (!(count >= 1 && count <= MAX_TICKS) || !Number.isSafeInteger(first * nice) || !Number.isSafeInteger(last * nice)) {
    return { step, values: [] };
  }
  const values = [];
  for (let i = 0; i < count; i++) values.push(Number(`${(first + i) * nice}e${power}`));
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

// The view with each axis held to the span limits.
export function limitView(view) {
  const x = limitRange(view.xMin, view.xMax);
  const y = limitRange(view.yMin, view.yMax);
  if (!x || !y) return view;
  return { xMin: x.low, xMax: x.high, yMin: y.low, yMax: y.high };
}

// The view moved by a drag of (dx, dy) pixels: the data under the pointer
// follows it.
export function panView(view, area, dx, dy) {
  const shiftX = (dx / area.width) * (view.xMax - view.xMin);
  const shiftY = (dy / area.height) * (view.yMax - view.yMin);
  const moved = { xMin: view.xMin - shiftX, xMax: view.xMax - shiftX, yMin: view.yMin + shiftY, yMax: view.yMax + shiftY };
  return isValidView(moved) ? limitView(moved) : view;
}

// The view zoomed by `factor` (> 1 zooms in) about the pixel (px, py),
// which keeps showing the same data point; spans stop at the limits.
export function zoomView(view, area, px, py, factor) {
  const t = makeTransform(view, area);
  const zoomAxis = (low, high, centre) => {
    const span = high - low;
    const least = minimumSpan(low, high);
    const wanted = Math.min(MAX_SPAN, Math.max(least, span / factor));
    const fraction = (centre - low) / span;
    return [centre - fraction * wanted, centre + (1 - fraction) * wanted];
  };
  const [xMin, xMax] = zoomAxis(view.xMin, view.xMax, t.fromPx(px));
  const [yMin, yMax] = zoomAxis(view.yMin, view.yMax, t.fromPy(py));
  const zoomed = limitView({ xMin, xMax, yMin, yMax });
  return isValidView(zoomed) ? zoomed : view;
}

// A y range that shows every finite value of the curves, always includes
// 0 (the axis) and leaves a margin, so flat curves don't hug the border.
// Values beyond ±MAX_SPAN/4 are left out so the range stays finite.
export function autoYRange(arrays, margin = 0.08) {
  let min = 0;
  let max = 0;
  const limit = MAX_SPAN / 4;
  for (const values of arrays) {
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if (v >= -limit && v <= limit) {
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
  const range = limitRange(min - pad, max + pad);
  return { yMin: range.low, yMax: range.high };
}

export const isValidView = (view) =>
  ['xMin', 'xMax', 'yMin', 'yMax'].every((key) => Number.isFinite(view?.[key])) &&
  view.xMin < view.xMax &&
  view.yMin < view.yMax;

// A view bound rounded to twelve significant digits of the view's span:
// far below a pixel, so the view on screen does not move, but without the
// binary tails of pans and zooms (-6.3355484 rather than
// -6.335548387096774), so a link stays short. Relative to the span, never
// to 0: 1e-30 stays 1e-30.
export function tidyBound(value, span) {
  if (value === 0 || !Number.isFinite(value) || !(span > 0)) return value;
  const digits = Math.ceil(Math.log10(Math.abs(value) / span)) + 12;
  return Number(value.toPrecision(Math.min(17, Math.max(1, digits))));
}

// The view with tidy bounds (y only where it is set), still within limits.
export function tidyView(view) {
  const x = view.xMax - view.xMin;
  const tidied = { ...view, xMin: tidyBound(view.xMin, x), xMax: tidyBound(view.xMax, x) };
  if (Number.isFinite(view.yMin) && Number.isFinite(view.yMax)) {
    const y = view.yMax - view.yMin;
    Object.assign(tidied, { yMin: tidyBound(view.yMin, y), yMax: tidyBound(view.yMax, y) });
  }
  return tidied.xMin < tidied.xMax && !(tidied.yMin >= tidied.yMax) ? tidied : view;
}
