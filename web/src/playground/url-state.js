// The playground's whole view as URL query parameters, so any view can be
// shared and is restored on load and on back/forward. One table of
// properties, each with its key and how it reads its text into the state
// and writes it back, in the manner of tensorflow/playground's State.PROPS:
// a new key is one entry. A value equal to the default is not written.
//
//   fn=relu&fn=leaky_relu(negative_slope=0.2,df=0)   one fn per curve, in order
//   fn=gelu(ddf=1)          a curve's flags: df=0 hides its f′, ddf=1 draws
//                           its f″ (dotted), show=0 hides the curve
//   negative_slope=0.2      a parameter for every curve that takes it and
//                           doesn't set it in parentheses (embed.html's form)
//   kink=right  x=-5,5  y=-1,5  inputs=2.0,-3.0  derivative=0  theme=dark
//   inset=-2,0,-0.03,0.02   a region magnified in an inset (x from, to, y from, to)
//   stats=normal  mean=0  sd=1  n=1000  seed=1
//   mu=0  sigma=1           the Gaussian input z ~ N(mu, sigma²) of the distribution panel
//   sw2=1.5  sb2=0.05  q0=1 the q-map's weight and bias variances and its start
//
// Reading never trusts the URL and never throws: unknown names, bad
// numbers, values out of range and repeated keys are dropped with a notice
// (plain text, for textContent), never injected into the page. Every state
// the page can hold writes a query that reads back to the same state, but
// for what cannot go into a link (inputs too long), which `omitted` names.
import { KINK_CONVENTIONS } from '../api/check-arguments.js';
import { describe } from '../api/describe.js';
import { curveFromParsed, curveText, newCurve, readParamValue } from '../curves/curve.js';
import { parseCurve } from '../curves/grammar.js';
import { formatNumber, readNumber } from '../curves/numbers.js';
import { CURVE_COUNT, THEMES } from '../plot/theme.js';
import { limitRange } from '../plot/view-math.js';

export const MAX_INPUT_LENGTH = 2000;
export const MAX_SAMPLE_SIZE = 100000;
export const DEFAULT_VIEW_X = { xMin: -5, xMax: 5 };
const STATS_SOURCES = ['inputs', 'normal'];

export function defaultState() {
  return {
    curves: [newCurve('relu')],
    kink: 'pytorch',
    view: null,  // null: x from -5 to 5 and y fitted to the curves
    inset: null,  // { xMin, xMax, yMin, yMax }: a region magnified in an inset
    inputs: '2.0, -3.0, 0.0, 0.5',
    derivatives: true,
    theme: 'system',
    stats: { source: 'inputs', mean: 0, sd: 1, n: 1000, seed: 1 },
    // z ~ N(mean, sd²), the input whose image f(z) the distribution panel shows.
    gaussian: { mean: 0, sd: 1 },
    // A wide layer with weights of variance σ_w²/fan_in and biases of
    // variance σ_b², and where the q-map's iteration starts. Not σ_w² = 2:
    // there ReLU's map is the identity, every q a fixed point, and the
    // cobweb shows nothing.
    layer: { weightVariance: 1.5, biasVariance: 0.05, start: 1 },
  };
}

const words = (choices) => choices.join(', ').replace(/, ([^,]*)$/, ' or $1');

// A property whose text is one of `choices`, at state[field].
const choice = (key, choices, field) => ({
  key,
  read: (text, state) => (choices.includes(text) ? void (state[field] = text) : `expected ${words(choices)}`),
  write: (state) => state[field],
});

// A number at state[group][field] (the normal sample's settings, the
// Gaussian input, the layer), read strictly (numbers.js) and checked.
const setting = (key, group, field, check, expected) => ({
  key,
  read: (text, state) => {
    const { value } = readNumber(text);
    if (value === undefined || !check(value)) return `expected ${expected}`;
    state[group][field] = value;
    return undefined;
  },
  write: (state) => formatNumber(state[group][field]),
});
export const finiteNumber = (v) => Number.isFinite(v);
export const positiveNumber = (v) => Number.isFinite(v) && v > 0;
export const nonNegativeNumber = (v) => Number.isFinite(v) && v >= 0;

// A view axis: two increasing numbers; a span too narrow or too wide to
// draw is widened or narrowed, with a notice.
const axis = (key, low, high) => ({
  key,
  read: (text, state, notice) => {
    const parts = text.split(',');
    const [a, b] = parts.length === 2 ? parts.map((part) => readNumber(part).value) : [];
    const range = limitRange(a, b);
    if (!range) return 'expected two increasing numbers like -5,5';
    if (range.adjusted) notice(`${key}=${describe(text)} is too ${range.adjusted === 'widened' ? 'narrow' : 'wide'} to draw: ${range.adjusted} to ${range.low},${range.high}.`);
    state.view = { ...DEFAULT_VIEW_X, yMin: undefined, yMax: undefined, ...state.view, [low]: range.low, [high]: range.high };
    return undefined;
  },
  write: (state) => (Number.isFinite(state.view?.[low]) ? `${formatNumber(state.view[low])},${formatNumber(state.view[high])}` : undefined),
});

// The magnified region: two drawable ranges, x then y.
const inset = {
  key: 'inset',
  read: (text, state) => {
    const numbers = text.split(',').map((part) => readNumber(part).value);
    const x = numbers.length === 4 ? limitRange(numbers[0], numbers[1]) : undefined;
    const y = numbers.length === 4 ? limitRange(numbers[2], numbers[3]) : undefined;
    if (!x || !y || x.adjusted || y.adjusted) return 'expected four numbers, x from, x to, y from, y to, like -2,0,-0.03,0.02';
    state.inset = { xMin: x.low, xMax: x.high, yMin: y.low, yMax: y.high };
    return undefined;
  },
  write: (state) => (state.inset ? ['xMin', 'xMax', 'yMin', 'yMax'].map((key) => formatNumber(state.inset[key])).join(',') : undefined),
};

const PROPERTIES = [
  {
    key: 'fn',
    repeat: true,
    read: (texts, state, notice, { byName, resolveName }) => {
      if (texts.length > CURVE_COUNT) notice(`Only the first ${CURVE_COUNT} curves are shown.`);
      const curves = texts.slice(0, CURVE_COUNT).flatMap((text) => readCurve(text, byName, resolveName, notice));
      if (curves.length) state.curves = curves;
    },
    write: (state, { byName }) => state.curves.map((curve) => curveText(curve, byName.get(curve.name), { compact: true })),
  },
  choice('kink', KINK_CONVENTIONS, 'kink'),
  axis('x', 'xMin', 'xMax'),
  axis('y', 'yMin', 'yMax'),
  inset,
  {
    key: 'inputs',
    read: (text, state) => (text.length > MAX_INPUT_LENGTH ? `longer than ${MAX_INPUT_LENGTH} characters` : void (state.inputs = text)),
    write: (state) => state.inputs,
    fits: (state) => state.inputs.length <= MAX_INPUT_LENGTH,
  },
  {
    key: 'derivative',
    read: (text, state) => (text === '0' || text === '1' ? void (state.derivatives = text === '1') : 'expected 0 or 1'),
    write: (state) => (state.derivatives ? '1' : '0'),
  },
  choice('theme', THEMES, 'theme'),
  {
    key: 'stats',
    read: (text, state) => (STATS_SOURCES.includes(text) ? void (state.stats.source = text) : `expected ${words(STATS_SOURCES)}`),
    write: (state) => state.stats.source,
  },
  setting('mean', 'stats', 'mean', finiteNumber, 'a finite number'),
  setting('sd', 'stats', 'sd', positiveNumber, 'a positive number'),
  setting('n', 'stats', 'n', (v) => Number.isInteger(v) && v >= 1 && v <= MAX_SAMPLE_SIZE, `a whole number from 1 to ${MAX_SAMPLE_SIZE}`),
  setting('seed', 'stats', 'seed', (v) => Number.isInteger(v) && v >= 0 && v < 2 ** 32, 'a whole number from 0 to 2^32 − 1'),
  setting('mu', 'gaussian', 'mean', finiteNumber, 'a finite number'),
  setting('sigma', 'gaussian', 'sd', positiveNumber, 'a positive number'),
  setting('sw2', 'layer', 'weightVariance', nonNegativeNumber, 'a finite number ≥ 0'),
  setting('sb2', 'layer', 'biasVariance', nonNegativeNumber, 'a finite number ≥ 0'),
  setting('q0', 'layer', 'start', nonNegativeNumber, 'a finite number ≥ 0'),
];
const KNOWN = new Set(PROPERTIES.map((p) => p.key));

function readCurve(text, byName, resolveName, notice) {
  const parsed = parseCurve(text);
  if (parsed.error) {
    notice(`Ignored fn=${describe(text)}: ${parsed.error.message}.`);
    return [];
  }
  const { curve, problems, via } = curveFromParsed(parsed.curve, byName, resolveName);
  for (const { message } of problems) notice(`Ignored ${curve ? `part of fn=${describe(text)}` : `fn=${describe(text)}`}: ${message}.`);
  if (curve && via) {
    const settings = Object.entries(curve.params).map(([key, value]) => `${key} = ${value}`).join(', ');
    notice(`${via} is ${curve.name}${settings ? ` with ${settings}` : ''}.`);
  }
  return curve ? [curve] : [];
}

// Top-level parameters (the embed form) fill in what a curve doesn't set.
function readTopLevelParams(query, state, notice, byName) {
  for (const key of new Set(query.keys())) {
    if (KNOWN.has(key)) continue;
    const [value, ...more] = query.getAll(key);
    if (more.length) notice(`${describe(key)} is given ${more.length + 1} times: the first is used.`);
    const takers = state.curves.filter((curve) => byName.get(curve.name).params.some((p) => p.name === key));
    if (!takers.length) {
      notice(`Ignored ${describe(key)}: no curve takes that parameter.`);
      continue;
    }
    for (const curve of takers) {
      if (key in curve.params) continue;
      const read = readParamValue(byName.get(curve.name).params.find((p) => p.name === key), value);
      if (read.error) notice(`Ignored ${key}=${describe(value)}: ${read.error}.`);
      else curve.params[key] = read.value;
    }
  }
}

// { state, notices } from a query string. `list` is act.list();
// `checkParams(name, params)` the API's check (throws with error.param);
// `resolveName` reads other libraries' names (curves/library-name.js).
export function parseState(search, list, checkParams, resolveName) {
  const query = new URLSearchParams(search);
  const state = defaultState();
  const notices = [];
  const notice = (message) => notices.push(message);
  const context = { byName: new Map(list.map((a) => [a.name, a])), resolveName };
  for (const property of PROPERTIES) {
    const texts = query.getAll(property.key);
    if (texts.length === 0) continue;
    if (property.repeat) {
      property.read(texts, state, notice, context);
      continue;
    }
    if (texts.length > 1) notice(`${property.key} is given ${texts.length} times: the first is used.`);
    const error = property.read(texts[0], state, notice, context);
    if (error) notice(`Ignored ${property.key}=${describe(texts[0])}: ${error}.`);
  }
  readTopLevelParams(query, state, notice, context.byName);
  for (const curve of state.curves) dropInvalidParams(curve, checkParams, notice);
  return { state, notices };
}

// Parameters the API refuses are dropped: the one it names, or both of an
// ordering rule; at most one round per parameter, so this ends.
function dropInvalidParams(curve, checkParams, notice) {
  for (let tries = Object.keys(curve.params).length; tries >= 0; tries--) {
    try {
      checkParams(curve.name, curve.params);
      return;
    } catch (error) {
      notice(`Ignored the parameters of ${curve.name}: ${error.message}.`);
      const named = (error.params ?? [error.param]).filter((key) => key in curve.params);
      if (named.length === 0) curve.params = {};
      for (const key of named) delete curve.params[key];
    }
  }
}

// The query for `state`, leaving out what equals the default so links stay
// short: { query, omitted: [keys that cannot go into a link] }.
export function serializeState(state, list) {
  const context = { byName: new Map(list.map((a) => [a.name, a])) };
  const defaults = defaultState();
  const query = new URLSearchParams();
  const omitted = [];
  for (const property of PROPERTIES) {
    if (property.fits && !property.fits(state)) {
      omitted.push(property.key);
      continue;
    }
    const value = property.write(state, context);
    if (property.repeat) {
      for (const text of value) query.append(property.key, text);
    } else if (value !== undefined && value !== property.write(defaults, context)) {
      query.set(property.key, value);
    }
  }
  return { query: query.toString(), omitted };
}
