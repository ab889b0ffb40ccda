// What a curve is, for the URL, the attributes and the page: an activation
// with its parameters, whether its derivative f′ and its second derivative
// f″ are drawn and whether it is shown. Turns parsed settings (grammar.js) into a curve, and a curve back
// into settings, so URL form, attribute form and label round-trip.
//
//   { name: 'leaky_relu', params: { negative_slope: 0.2 }, derivative: true, secondDerivative: false, visible: true }
import { describe } from '../api/describe.js';
import { didYouMean } from '../api/suggest.js';
import { formatCurve } from './grammar.js';
import { formatNumber, readNumber } from './numbers.js';

// Settings that are not parameters: df=0|1 draws f′ or not, ddf=0|1 f″
// (dotted; off unless asked for), show=0|1.
const FLAGS = { df: 'derivative', ddf: 'secondDerivative', show: 'visible' };
const FLAG_DEFAULTS = { derivative: true, secondDerivative: false, visible: true };

export const newCurve = (name, params = {}) => ({ name, params: { ...params }, ...FLAG_DEFAULTS });

// A parameter name as an attribute writes it (negative-slope) or as the
// registry does (negative_slope).
export const paramAttribute = (name) => name.replaceAll('_', '-');
export const paramName = (attribute) => attribute.replaceAll('-', '_');

// The value of parameter `spec` from its text: { value }, or { error }
// naming the parameter and { reason }, what is wrong with the text alone
// (for a field already labelled with the parameter's name).
export function readParamValue(spec, text) {
  if (spec.choices) {
    if (spec.choices.includes(text)) return { value: text };
    const list = spec.choices.map((c) => `"${c}"`).join(', ');
    return { error: `${spec.name} must be one of ${list}${didYouMean(text, spec.choices)}, got ${describe(text)}` };
  }
  const read = readNumber(text);
  if (read.error) return { error: `${spec.name} must be a finite number, like ${spec.default}; ${read.error}`, reason: read.error };
  return { value: read.value };
}

// The registry entry and starting parameters a curve's name stands for:
// a registry name, or another library's ('keras:leaky_relu', with that
// library's defaults) through `resolveName` (curves/library-name.js).
function named(name, byName, resolveName) {
  if (byName.has(name)) return { spec: byName.get(name), params: {} };
  let resolved;
  try {
    resolved = resolveName?.(name);
  } catch (error) {
    return { problem: error.message };
  }
  if (resolved) return { spec: byName.get(resolved.name), params: resolved.params, via: name };
  return { problem: `unknown activation ${describe(name)}${didYouMean(name, [...byName.keys()])}` };
}

// The curve that parsed settings describe, with every problem found:
// { curve (undefined when the name is unknown), problems: [{ key, message }],
// via (the library name it was given by, if any) }. `byName` maps registry
// names to specs (act.list()); a setting that can't be read is left out of
// the curve and reported.
export function curveFromParsed({ name, settings }, byName, resolveName) {
  const { spec, params, via, problem } = named(name, byName, resolveName);
  if (!spec) return { curve: undefined, problems: [{ key: undefined, message: problem }] };
  const curve = newCurve(spec.name, params);
  const problems = [];
  for (const [rawKey, text] of settings) {
    const key = paramName(rawKey);
    if (key in FLAGS) {
      if (text === '0' || text === '1') curve[FLAGS[key]] = text === '1';
      else problems.push({ key, message: `${key}=${describe(text)} for ${name}: expected ${key}=1 or ${key}=0` });
      continue;
    }
    const param = spec.params.find((p) => p.name === key);
    if (!param) {
      const names = spec.params.map((p) => p.name);
      const takes = names.length ? `it takes ${names.join(', ')}` : 'it takes no parameters';
      problems.push({ key, message: `${name} has no parameter ${describe(rawKey)}${didYouMean(key, names)} (${takes})` });
      continue;
    }
    const read = readParamValue(param, text);
    if (read.error) problems.push({ key, message: read.error });
    else curve.params[key] = read.value;
  }
  return { curve, problems, via };
}

// The settings that write `curve` back: parameters that differ from the
// default (or all in `keep`), then the flags that differ from theirs.
export function curveSettings(curve, spec, { keep = [], flags = ['df', 'ddf', 'show'] } = {}) {
  const settings = spec.params
    .filter((p) => curve.params[p.name] !== undefined && (curve.params[p.name] !== p.default || keep.includes(p.name)))
    .map((p) => [p.name, p.choices ? curve.params[p.name] : formatNumber(curve.params[p.name])]);
  for (const flag of flags) {
    const value = curve[FLAGS[flag]] ?? FLAG_DEFAULTS[FLAGS[flag]];
    if (value !== FLAG_DEFAULTS[FLAGS[flag]]) settings.push([flag, value ? '1' : '0']);
  }
  return settings;
}

// The curve's text: `leaky_relu(negative_slope=0.2,df=0)` for a URL,
// `leaky_relu(negative_slope=0.2, df=0)` for an attribute.
export const curveText = (curve, spec, options = {}) =>
  formatCurve(curve.name, curveSettings(curve, spec, options), { compact: options.compact });

// A curve's name for legends, readouts, tables and exports: the
// activation's label and the parameters that differ from their defaults
// (or that an author set explicitly, listed in `keep`).
export function curveLabel(curve, spec, { keep = [] } = {}) {
  const changed = curveSettings(curve, spec, { keep, flags: [] }).map(([key, value]) => `${key} = ${value}`);
  return changed.length ? `${spec.label} (${changed.join(', ')})` : spec.label;
}

// A value in a readout or description: up to six significant digits, an
// exponent for tiny or huge magnitudes, and a true minus sign.
export function formatReadout(value) {
  if (!Number.isFinite(value)) return String(value).replace('-', '−');
  const magnitude = Math.abs(value);
  const text = magnitude !== 0 && (magnitude < 1e-4 || magnitude >= 1e6)
    ? value.toExponential(3).replace(/\.?0+e/, 'e').replace('e+', 'e')
    : String(Number(value.toPrecision(6)));
  return text.replaceAll('-', '−');
}
