// The axes of a chart (chart.js): a scale maps data values to a linear
// coordinate (the value itself, or its log10 on a log axis) and chooses the
// ticks and labels that fit. Linear axes use the plot's own tick rules
// (axis.js); log axes tick at powers of ten, thinned to every 2nd, 5th…
// decade when they would crowd. Pure maths, no DOM.
import { axisLabels } from './axis.js';

const trueMinus = (text) => text.replaceAll('-', '−');

// A power of ten as a label: plain from 0.001 to 10000, "1e−6" beyond.
export function decadeLabel(power) {
  if (power >= -3 && power <= 4) return trueMinus(Number(`1e${power}`).toString());
  return trueMinus(`1e${power}`);
}

// { log, low, high, map(v) }: `low`/`high` are the axis' ends in the
// linear coordinate; map(v) is a value's coordinate (NaN where a log axis
// cannot show it: v ≤ 0).
// `integer` (a count, a depth) keeps only whole-number ticks.
export function makeScale({ min, max, log = false, integer = false }) {
  if (!(Number.isFinite(min) && Number.isFinite(max) && min < max)) {
    throw new RangeError(`an axis needs two finite increasing bounds, got ${min} and ${max}`);
  }
  if (log) {
    if (!(min > 0)) throw new RangeError(`a log axis needs a positive lower bound, got ${min}`);
    return { log, low: Math.log10(min), high: Math.log10(max), map: (v) => (v > 0 ? Math.log10(v) : NaN) };
  }
  return { log, integer, low: min, high: max, map: (v) => v };
}

// Log-axis ticks: { values (coordinates, i.e. powers), labels }.
function decadeTicks(scale, lengthPx, measure, gap, lineHeight) {
  const first = Math.ceil(scale.low - 1e-9);
  const last = Math.floor(scale.high + 1e-9);
  const perDecade = lengthPx / Math.max(1e-9, scale.high - scale.low);
  for (const every of [1, 2, 5, 10, 20, 50, 100]) {
    const values = [];
    for (let k = Math.ceil(first / every) * every; k <= last; k += every) values.push(k);
    const labels = values.map(decadeLabel);
    const needed = lineHeight || Math.max(0, ...labels.map(measure)) + gap;
    if (values.length <= 1 || perDecade * every >= needed) return { values, labels };
  }
  return { values: [], labels: [] };
}

// { values, labels } along `lengthPx` pixels; `measure(text)` is a label's
// width (horizontal axes); vertical axes pass `lineHeight` instead.
export function scaleTicks(scale, lengthPx, measure, { gap = 14, lineHeight = 0 } = {}) {
  if (scale.log) return decadeTicks(scale, lengthPx, measure, gap, lineHeight);
  const { values, labels } = axisLabels(scale.low, scale.high, lengthPx, measure, { gap, lineHeight });
  if (!scale.integer) return { values, labels };
  const whole = values.filter(Number.isInteger);
  return { values: whole, labels: whole.map((v) => String(v).replace('-', '−')) };
}

// Bounds that show every finite value of `arrays` with a margin: for a
// linear axis from `floor` (e.g. 0) if given; for a log axis the decades
// around the positive values.
export function fitBounds(arrays, { log = false, floor, ceiling, margin = 0.05 } = {}) {
  let min = Infinity;
  let max = -Infinity;
  for (const values of arrays) {
    for (const v of values) {
      if (!Number.isFinite(v) || (log && v <= 0)) continue;
      if (v < min) min = v;
      if (v > max) max = v;
    }
  }
  if (floor !== undefined) min = Math.min(min, floor);
  if (ceiling !== undefined) max = Math.max(max, ceiling);
  if (!(min <= max)) return log ? { min: 1e-3, max: 1 } : { min: 0, max: 1 };
  if (log) {
    const low = Math.floor(Math.log10(min));
    const high = Math.max(low + 1, Math.ceil(Math.log10(max)));
    return { min: 10 ** low, max: 10 ** high };
  }
  if (max === min) return { min: min - 1, max: max + 1 };
  const pad = (max - min) * margin;
  return { min: floor !== undefined && min === floor ? min : min - pad, max: ceiling !== undefined && max === ceiling ? max : max + pad };
}
