// An axis' ticks and their labels: as many as fit without overlapping,
// in a notation that stays short at every scale. Plain decimals from
// 1e-4 to 1e6, a power of ten beyond ("2.5e−9", "3e300"), and, where the
// span is tiny next to the values (x around 1e7 with a span of 1e-5),
// labels relative to an offset written once at the axis' end ("+1e7").
import { ticks } from './view-math.js';

// Beyond this many significant digits a label is written against an offset.
const MAX_DIGITS = 6;

const trueMinus = (text) => text.replaceAll('-', '−');

// A label for value v on ticks `step` apart, on an axis whose largest
// label is `largest`: just the digits the step needs, in one notation for
// the whole axis.
function plainLabel(v, step, largest) {
  if (largest >= 1e6 || step < 1e-4) {
    if (v === 0) return '0';
    const digits = Math.min(15, Math.max(0, Math.floor(Math.log10(Math.abs(v))) - Math.floor(Math.log10(step) + 1e-9)));
    const [mantissa, exponent] = v.toExponential(digits).split('e');
    const tidy = mantissa.includes('.') ? mantissa.replace(/\.?0+$/, '') : mantissa;
    return trueMinus(`${tidy}e${exponent.replace('+', '')}`);
  }
  const decimals = Math.max(0, -Math.floor(Math.log10(step) + 1e-9));
  const text = v.toFixed(Math.min(decimals, 20));
  return /^-0(\.0*)?$/.test(text) ? text.slice(1) : trueMinus(text);
}

// The offset ticks are labelled against, or 0 when plain labels fit: a
// round number near the middle, with as few digits as the span allows.
function labelOffset(min, max, step) {
  const magnitude = Math.max(Math.abs(min), Math.abs(max));
  if (magnitude / step < 10 ** MAX_DIGITS) return 0;
  const power = 10 ** Math.ceil(Math.log10(max - min));
  const offset = Math.round((min / 2 + max / 2) / power) * power;
  return Number.isFinite(offset) ? offset : 0;
}

// { values, labels, offsetLabel } for [min, max] over `lengthPx` pixels.
// `measure(text)` is the width a label takes; vertical axes need only
// `lineHeight` between labels.
export function axisLabels(min, max, lengthPx, measure, { gap = 14, lineHeight = 0 } = {}) {
  for (let target = Math.max(1, Math.floor(lengthPx / (lineHeight ? 40 : 60))); target >= 1; target = target > 1 ? Math.floor(target * 0.7) : 0) {
    const { step, values } = ticks(min, max, target);
    if (values.length === 0) continue;
    const offset = labelOffset(min, max, step);
    const largest = Math.max(...values.map((v) => Math.abs(v - offset)));
    const labels = values.map((v) => {
      const label = plainLabel(v - offset, step, largest);
      return offset !== 0 && !label.startsWith('−') && label !== '0' ? `+${label}` : label;
    });
    const spacing = (step / (max - min)) * lengthPx;
    const needed = lineHeight || Math.max(...labels.map(measure)) + gap;
    if (spacing >= needed || values.length === 1) {
      return { values, labels, offsetLabel: offset === 0 ? '' : `${trueMinus(String(offset))} +` };
    }
  }
  return { values: [], labels: [], offsetLabel: '' };
}
