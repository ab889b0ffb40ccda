// The whole view as URL query parameters, so any view can be shared and is
// restored on load and on back/forward. One table of properties, each with
// its parse and serialise, in the manner of a typed property list.
//
//   fn=relu&fn=leaky_relu(negative_slope=0.2,df=0)   one fn per curve, in order
//   negative_slope=0.2      a parameter for every curve that takes it and
//                           doesn't set it in parentheses (embed.html's form)
//   kink=right  x=-5,5  y=-1,5  inputs=2.0,-3.0  derivative=0  theme=dark
//   stats=normal  mean=0  sd=1  n=1000  seed=1
//
// Parsing never trusts the URL: unknown names, bad numbers and values out of
// range are dropped with a notice (plain text, for textContent), never
// injected into the page.
import { isValidView } from './view-math.js';

export const MAX_CURVES = 6;
export const DEFAULT_VIEW_X = { xMin: -5, xMax: 5 };
export const KINKS = ['pytorch', 'left', 'right'];
export const THEMES = ['system', 'light', 'dark'];
export const STATS_SOURCES = ['inputs', 'normal'];
export const MAX_INPUT_LENGTH = 2000;
export const MAX_SAMPLE_SIZE = 100000;

export function defaultState() {
  return {
    curves: [{ name: 'relu', params: {}, derivative: true, visible: true }],
    kink: 'pytorch',
    view: null,  // null: x from -5 to 5 and y fitted to the curves
    inputs: '2.0, -3.0, 0.0, 0.5',
    derivatives: true,
    theme: 'system',
    stats: { source: 'inputs', mean: 0, sd: 1, n: 1000, seed: 1 },
  };
}

// A URL value shown in a notice: bounded, and quoted as text.
const shown = (text) => JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}…` : text);

// Strict number syntax: the whole string, finite (Number('') would be 0).
function parseNumber(text) {
  if (!/^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/.test(text)) return NaN;
  return Number(text);
}

function parseParamValue(spec, text) {
  if (spec.choices) return spec.choices.includes(text) ? text : undefined;
  const value = parseNumber(text);
  return Number.isFinite(value) ? value : undefined;
}

// "leaky_relu(negative_slope=0.2,df=0)" -> { name, pairs: [[key, value]] }
function splitCurve(text) {
  const match = /^([A-Za-z0-9_]+)(?:\((.*)\))?$/.exec(text.trim());
  if (!match) return undefined;
  const pairs = match[2] ? match[2].split(',').map((pair) => pair.split('=').map((s) => s.trim())) : [];
  return { name: match[1], pairs };
}

// `validate(name, params)` throws (with a message) when the API rejects the
// parameters; the page passes the JS API's own check.
export function parseState(search, list, validate) {
  const query = new URLSearchParams(search);
  const state = defaultState();
  const notices = [];
  const byName = new Map(list.map((a) => [a.name, a]));
  const notice = (message) => notices.push(message);

  const curves = [];
  for (const text of query.getAll('fn').slice(0, MAX_CURVES)) {
    const parts = splitCurve(text);
    const activation = parts && byName.get(parts.name);
    if (!activation) {
      notice(`Ignored fn=${shown(text)}: not an activation name.`);
      continue;
    }
    const curve = { name: activation.name, params: {}, derivative: true, visible: true };
    for (const [key, value = ''] of parts.pairs) {
      if (key === 'df' || key === 'show') {
        if (value !== '0' && value !== '1') notice(`Ignored ${key}=${shown(value)} for ${activation.name}: expected 0 or 1.`);
        else curve[key === 'df' ? 'derivative' : 'visible'] = value === '1';
        continue;
      }
      const spec = activation.params.find((p) => p.name === key);
      const parsed = spec && parseParamValue(spec, value);
      if (parsed === undefined) notice(`Ignored ${shown(`${key}=${value}`)} for ${activation.name}: not one of its parameters with a valid value.`);
      else curve.params[key] = parsed;
    }
    curves.push(curve);
  }
  if (query.getAll('fn').length > MAX_CURVES) notice(`Only the first ${MAX_CURVES} curves are shown.`);
  if (curves.length) state.curves = curves;

  // Top-level parameters fill in what a curve doesn't set itself.
  const known = new Set(['fn', 'kink', 'x', 'y', 'inputs', 'derivative', 'theme', 'stats', 'mean', 'sd', 'n', 'seed']);
  for (const [key, value] of query) {
    if (known.has(key)) continue;
    const takers = state.curves.filter((curve) => byName.get(curve.name).params.some((p) => p.name === key));
    if (!takers.length) {
      notice(`Ignored ${shown(key)}: no curve takes that parameter.`);
      continue;
    }
    for (const curve of takers) {
      if (key in curve.params) continue;
      const parsed = parseParamValue(byName.get(curve.name).params.find((p) => p.name === key), value);
      if (parsed === undefined) notice(`Ignored ${key}=${shown(value)}: not a valid value.`);
      else curve.params[key] = parsed;
    }
  }

  for (const curve of state.curves) {
    try {
      validate(curve.name, curve.params);
    } catch (error) {
      notice(`Ignored the parameters of ${curve.name}: ${error.message}.`);
      curve.params = {};
    }
  }

  const kink = query.get('kink');
  if (kink !== null) {
    if (KINKS.includes(kink)) state.kink = kink;
    else notice(`Ignored kink=${shown(kink)}: expected pytorch, left or right.`);
  }

  const range = (key) => {
    const text = query.get(key);
    if (text === null) return undefined;
    const [low, high, ...rest] = text.split(',').map(parseNumber);
    if (rest.length || !(low < high) || !Number.isFinite(low) || !Number.isFinite(high)) {
      notice(`Ignored ${key}=${shown(text)}: expected two increasing numbers like -5,5.`);
      return undefined;
    }
    return [low, high];
  };
  const x = range('x');
  const y = range('y');
  if (x || y) {
    const view = { xMin: x?.[0] ?? DEFAULT_VIEW_X.xMin, xMax: x?.[1] ?? DEFAULT_VIEW_X.xMax, yMin: y?.[0], yMax: y?.[1] };
    state.view = y ? view : { ...view, yMin: undefined, yMax: undefined };
    if (y && !isValidView(view)) state.view = null;
  }

  const inputs = query.get('inputs');
  if (inputs !== null) {
    if (inputs.length > MAX_INPUT_LENGTH) notice(`Ignored inputs: longer than ${MAX_INPUT_LENGTH} characters.`);
    else state.inputs = inputs;
  }

  const flag = (key, apply) => {
    const value = query.get(key);
    if (value === null) return;
    if (value === '0' || value === '1') apply(value === '1');
    else notice(`Ignored ${key}=${shown(value)}: expected 0 or 1.`);
  };
  flag('derivative', (on) => (state.derivatives = on));

  const theme = query.get('theme');
  if (theme !== null) {
    if (THEMES.includes(theme)) state.theme = theme;
    else notice(`Ignored theme=${shown(theme)}: expected system, light or dark.`);
  }

  const stats = query.get('stats');
  if (stats !== null) {
    if (STATS_SOURCES.includes(stats)) state.stats.source = stats;
    else notice(`Ignored stats=${shown(stats)}: expected inputs or normal.`);
  }
  for (const [key, check, expected] of [
    ['mean', (v) => Number.isFinite(v), 'a finite number'],
    ['sd', (v) => Number.isFinite(v) && v > 0, 'a positive number'],
    ['n', (v) => Number.isInteger(v) && v >= 1 && v <= MAX_SAMPLE_SIZE, `a whole number from 1 to ${MAX_SAMPLE_SIZE}`],
    ['seed', (v) => Number.isInteger(v) && v >= 0 && v < 2 ** 32, 'a whole number from 0 to 2^32 − 1'],
  ]) {
    const text = query.get(key);
    if (text === null) continue;
    const value = parseNumber(text);
    if (check(value)) state.stats[key] = value;
    else notice(`Ignored ${key}=${shown(text)}: expected ${expected}.`);
  }

  return { state, notices };
}

const formatNumber = (value) => String(value);

// A view bound with about four significant digits of the view's span: as
// precise as a pixel needs, and short enough for a link.
function formatBound(value, span) {
  const decimals = Math.min(20, Math.max(0, Math.ceil(-Math.log10(span / 1e4))));
  return String(Number(value.toFixed(decimals)));
}

// The query string for `state`, leaving out what equals the default so
// links stay short.
export function serializeState(state, list) {
  const byName = new Map(list.map((a) => [a.name, a]));
  const defaults = defaultState();
  const query = new URLSearchParams();
  for (const curve of state.curves) {
    const activation = byName.get(curve.name);
    const pairs = activation.params
      .filter((p) => curve.params[p.name] !== undefined && curve.params[p.name] !== p.default)
      .map((p) => `${p.name}=${formatNumber(curve.params[p.name])}`);
    if (!curve.derivative) pairs.push('df=0');
    if (!curve.visible) pairs.push('show=0');
    query.append('fn', pairs.length ? `${curve.name}(${pairs.join(',')})` : curve.name);
  }
  if (state.kink !== defaults.kink) query.set('kink', state.kink);
  if (state.view) {
    const { xMin, xMax, yMin, yMax } = state.view;
    query.set('x', `${formatBound(xMin, xMax - xMin)},${formatBound(xMax, xMax - xMin)}`);
    if (Number.isFinite(yMin)) query.set('y', `${formatBound(yMin, yMax - yMin)},${formatBound(yMax, yMax - yMin)}`);
  }
  if (state.inputs !== defaults.inputs) query.set('inputs', state.inputs);
  if (!state.derivatives) query.set('derivative', '0');
  if (state.theme !== defaults.theme) query.set('theme', state.theme);
  if (state.stats.source !== defaults.stats.source) query.set('stats', state.stats.source);
  for (const key of ['mean', 'sd', 'n', 'seed']) {
    if (state.stats[key] !== defaults.stats[key]) query.set(key, formatNumber(state.stats[key]));
  }
  return query.toString();
}
