// One short line a learner reads to compare activations, from the
// registry's properties (act.list()[i].properties, checked by the core's
// tests against the maths) or the core's at a curve's parameters
// (act.properties): "range [0, ∞) · unbounded above · monotonic
// (non-decreasing) · not zero-centred (f ≥ 0) · f continuous, f′ jumps at 0
// · saturates as x → −∞ · zero gradient for x < 0". No DOM.

const MINUS = '−';
const SIGNIFICANT = 4;  // digits shown of a number that is not short

const signed = (text) => text.replace(/^-/, MINUS).replace(/e-/, `e${MINUS}`).replace(/e\+/, 'e');

// A number as the line prints it: ∞, a short exact value (0.5, 6, 1e−6),
// or its first four significant digits and an ellipsis (−0.1699…).
export function formatPropertyNumber(value) {
  if (value === Infinity) return '∞';
  if (value === -Infinity) return `${MINUS}∞`;
  if (value === 0) return '0';
  const magnitude = Math.abs(value);
  const exponential = magnitude < 1e-3 || magnitude >= 1e6;
  const short = Number(value.toPrecision(SIGNIFICANT)) === value;
  if (short) return signed(exponential ? value.toExponential() : String(value));
  // Cut (not rounded) so that the digits shown are the value's own.
  const [mantissa, exponent] = exponential ? value.toExponential(16).split('e') : [value.toPrecision(17), undefined];
  const kept = cutToSignificant(mantissa, SIGNIFICANT);
  return signed(exponent === undefined ? `${kept}…` : `${kept}…e${exponent}`);
}

function cutToSignificant(text, count) {
  let seen = 0;
  let out = '';
  for (const c of text) {
    if (/\d/.test(c)) {
      if (seen === 0 && c === '0') {
        out += c;
        continue;
      }
      if (seen === count) break;
      seen++;
    }
    out += c;
  }
  return out.replace(/\.$/, '');
}

// A small quantity to two digits: "2.1e−9", "8e−7", "0.5".
const roughly = (value) => signed(String(Number(value.toPrecision(2))));

const open = (closed) => (closed ? '[' : '(');
const close = (closed) => (closed ? ']' : ')');

function intervalText({ low, high, lowClosed, highClosed }) {
  if (low === high) return `{${formatPropertyNumber(low)}}`;
  return `${open(lowClosed)}${formatPropertyNumber(low)}, ${formatPropertyNumber(high)}${close(highClosed)}`;
}

// The range: one interval, or pieces joined by ∪; single values together
// ({0, 1} for step).
export function rangeText(range) {
  const parts = [];
  for (const piece of range) {
    const last = parts.at(-1);
    if (piece.low === piece.high && last?.values) last.values.push(piece.low);
    else parts.push(piece.low === piece.high ? { values: [piece.low] } : { piece });
  }
  return parts
    .map((part) => (part.values ? `{${part.values.map(formatPropertyNumber).join(', ')}}` : intervalText(part.piece)))
    .join(' ∪ ');
}

// Where x lies, as a condition: "x < 0", "|x| > 1", "−3 < x < −1.5", "x ≠ 0".
export function whereText(intervals) {
  const bound = (value, closed, side) => `${formatPropertyNumber(value)} ${closed ? '≤' : '<'}${side}`;
  if (intervals.length === 1) {
    const [{ low, high, lowClosed, highClosed }] = intervals;
    if (low === -high && !lowClosed && !highClosed) return `|x| < ${formatPropertyNumber(high)}`;
    if (low === -Infinity) return `x ${highClosed ? '≤' : '<'} ${formatPropertyNumber(high)}`;
    if (high === Infinity) return `x ${lowClosed ? '≥' : '>'} ${formatPropertyNumber(low)}`;
    return `${bound(low, lowClosed, ' x')} ${highClosed ? '≤' : '<'} ${formatPropertyNumber(high)}`;
  }
  const [first, second] = intervals;
  const outwards = intervals.length === 2 && first.low === -Infinity && second.high === Infinity;
  if (outwards && !first.highClosed && !second.lowClosed) {
    if (first.high === second.low) return `x ≠ ${formatPropertyNumber(first.high)}`;
    if (first.high === -second.low) return `|x| > ${formatPropertyNumber(second.low)}`;
  }
  return intervals.map((interval) => whereText([interval])).join(' or ');
}

// "0", "±3", "−1e−6 and 0".
function pointsText(xs) {
  if (xs.length === 2 && xs[0] === -xs[1]) return `±${formatPropertyNumber(xs[1])}`;
  return xs.map(formatPropertyNumber).join(' and ');
}

function boundedText({ boundedBelow, boundedAbove }) {
  if (boundedBelow && boundedAbove) return 'bounded';
  if (boundedBelow) return 'unbounded above';
  if (boundedAbove) return 'unbounded below';
  return 'unbounded';
}

function monotonicText({ monotonic, decreasing, decreasingPeriod, points }) {
  if (monotonic !== 'not monotonic') return `monotonic (${monotonic})`;
  const parts = [];
  if (decreasing.length) {
    const every = decreasingPeriod === null ? '' : `, every ${formatPropertyNumber(decreasingPeriod)}`;
    parts.push(`decreasing for ${whereText(decreasing)}${every}`);
  }
  for (const point of points.filter((p) => p.valueJump < 0)) {
    parts.push(`drops by ${roughly(-point.valueJump)} at ${formatPropertyNumber(point.x)}`);
  }
  return `not monotonic: ${parts.join('; ')}`;
}

function zeroCentredText({ valueAtZero, symmetry, range }) {
  if (symmetry === 'odd') {
    // The sign-like step (alpha = −1) is odd away from 0 only.
    return valueAtZero === 0 ? 'zero-centred (odd)' : `zero-centred (odd for x ≠ 0, f(0) = ${formatPropertyNumber(valueAtZero)})`;
  }
  const tiny = Math.abs(valueAtZero) < 1e-3 && valueAtZero !== 0;
  const atZero = tiny ? `≈ ${roughly(valueAtZero)}` : `= ${formatPropertyNumber(valueAtZero)}`;
  if (symmetry === 'point') return `not zero-centred: symmetric about f(0) ${atZero}`;
  if (symmetry === 'even') return `not zero-centred: even, f(0) ${atZero}`;
  if (valueAtZero === 0) return range[0].low >= 0 ? 'not zero-centred (f ≥ 0)' : 'f(0) = 0, not odd';
  return `not zero-centred (f(0) ${atZero})`;
}

// A jump worth a note of its size: one far smaller than the values around.
const TINY_JUMP = 1e-3;

function jumpsText(points, key, name) {
  const jumping = points.filter((p) => p[key] !== 0);
  if (!jumping.length) return '';
  const tiny = jumping.filter((p) => Math.abs(p[key]) < TINY_JUMP);
  const size = tiny.length === jumping.length ? ` (by ${tiny.map((p) => roughly(Math.abs(p[key]))).join(', ')})` : '';
  return `${name} jumps at ${pointsText(jumping.map((p) => p.x))}${size}`;
}

function continuityText({ smoothness, points }) {
  if (smoothness === 'Cinf') return 'smooth';
  if (smoothness === 'C1') return `f′ continuous, f″ jumps at ${pointsText(points.map((p) => p.x))}`;
  const derivative = jumpsText(points, 'derivativeJump', 'f′');
  if (smoothness === 'C0') return `f continuous, ${derivative}`;
  return [jumpsText(points, 'valueJump', 'f'), derivative].filter(Boolean).join(', ');
}

function saturationText({ saturates }) {
  if (saturates.below && saturates.above) return 'saturates both ways';
  if (saturates.below) return 'saturates as x → −∞';
  if (saturates.above) return 'saturates as x → +∞';
  return 'no saturation';
}

function zeroGradientText({ zeroGradient }) {
  return zeroGradient.length ? `zero gradient for ${whereText(zeroGradient)}` : 'no zero-gradient region';
}

const differsFromDefaults = (spec, params) =>
  spec.params.some((param) => param.name in params && !Object.is(params[param.name], param.default));

// "negative_slope = 0.01", "approximate = "none"": the defaults the line
// describes when a curve's parameters are others.
export function defaultsText(spec) {
  return spec.params
    .map((param) => `${param.name} = ${param.choices ? `"${param.default}"` : formatPropertyNumber(param.default)}`)
    .join(', ');
}

// The line's parts for a curve: `line` (the seven properties), `scope`
// and `note`. `computed` is the core's properties at the curve's
// parameters (act.properties(name, params)): where it gives them, the line
// is about the curve as drawn (no scope, no note). Where it gives null
// (the registry states that activation's properties at its defaults only)
// and the parameters are others, `scope` says which defaults the line
// describes and `note` is the registry's word on how the parameters change
// it; at the defaults both are ''.
export function propertiesSummary(spec, params = {}, computed = null) {
  const p = computed ?? spec.properties;
  const line = [
    `range ${rangeText(p.range)}`,
    boundedText(p),
    monotonicText(p),
    zeroCentredText(p),
    continuityText(p),
    saturationText(p),
    zeroGradientText(p),
  ].join(' · ');
  const atDefaults = computed !== null || !differsFromDefaults(spec, params);
  return {
    line,
    scope: atDefaults ? '' : `at the default parameters (${defaultsText(spec)}), not the ones shown`,
    note: atDefaults ? '' : spec.properties.parametersNote,
  };
}

// The line for an activation (an entry of act.list()) as one string; with
// other than the default parameters and no `computed` properties, it starts
// by saying that it describes the defaults, and names them.
export function propertiesText(spec, params = {}, computed = null) {
  const { line, scope } = propertiesSummary(spec, params, computed);
  return scope ? `${scope}: ${line}` : line;
}

// Summaries remembered per API object and (name, parameters): the plot's
// words and the properties list both ask for every curve after each
// slider step, and only the moving curve's answer changes. At most
// SUMMARY_MEMO entries; past that the memo starts again.
const summaries = new WeakMap();
const SUMMARY_MEMO = 256;

// The same for a curve `{ name, params }` of the registry entry `spec`,
// asking the core `act` for the properties at its parameters.
export function curvePropertiesSummary(act, spec, params = {}) {
  if (!summaries.has(act)) summaries.set(act, new Map());
  const memo = summaries.get(act);
  const key = JSON.stringify([spec.name, params]);
  if (!memo.has(key)) {
    if (memo.size >= SUMMARY_MEMO) memo.clear();
    memo.set(key, computeSummary(act, spec, params));
  }
  return memo.get(key);
}

function computeSummary(act, spec, params) {
  let computed = null;
  try {
    computed = act.properties(spec.name, params);
  } catch {
    // Parameters the core refuses: the curve is not drawn either, and the
    // line falls back to the defaults, saying so.
  }
  return propertiesSummary(spec, params, computed);
}

export function curvePropertiesText(act, spec, params = {}) {
  const { line, scope } = curvePropertiesSummary(act, spec, params);
  return scope ? `${scope}: ${line}` : line;
}
