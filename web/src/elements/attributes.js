// Reading an element's attributes into checked values, with messages that
// name the attribute and its value. Curves use the one curve grammar
// (curves/grammar.js) and the API's own parameter check, so an attribute
// means what the same text means in a playground link.
import { describe } from '../api/describe.js';
import { closestName, didYouMean } from '../api/suggest.js';
import { curveFromParsed, paramAttribute, paramName, readParamValue } from '../curves/curve.js';
import { parseCurveList } from '../curves/grammar.js';
import { libraryResolver } from '../curves/library-name.js';
import { readNumber } from '../curves/numbers.js';
import { limitRange } from '../plot/view-math.js';
import { parseNumberList } from '../python/parse-inputs.js';

export const attributeText = (name, value) => `${name}=${describe(String(value))}`;

// Attributes any element may carry; never mistaken for a misspelt parameter.
const GLOBAL_ATTRIBUTES = new Set([
  'id', 'class', 'style', 'title', 'lang', 'dir', 'hidden', 'slot', 'part', 'exportparts', 'is', 'tabindex',
  'role', 'nonce', 'autofocus', 'inert', 'popover', 'translate', 'draggable', 'spellcheck', 'contenteditable',
  'accesskey', 'enterkeyhint', 'inputmode', 'autocapitalize', 'itemscope', 'itemtype', 'itemprop', 'itemid',
  'itemref', 'name',
]);
export const isGlobalAttribute = (name) =>
  GLOBAL_ATTRIBUTES.has(name) || name.startsWith('aria-') || name.startsWith('data-') || name.startsWith('on');

// The attributes that configure an element, as one string: a change to any
// other (class, style, aria-*) keeps what the reader set with the controls.
export const configurationKey = (element) =>
  [...element.attributes]
    .filter((a) => !isGlobalAttribute(a.name))
    .map((a) => `${a.name}=${a.value}`)
    .sort()
    .join('\n');

// A boolean attribute: present means on, as in HTML; "false", "0", "no"
// and "off" are read as off too, since authors write them.
export function readBoolean(element, name, errors) {
  const value = element.getAttribute(name);
  if (value === null) return false;
  const text = value.trim().toLowerCase();
  if (['', 'true', '1', 'yes', 'on', name].includes(text)) return true;
  if (['false', '0', 'no', 'off'].includes(text)) return false;
  errors.push(`${attributeText(name, value)}: expected no value (present means on), or true or false`);
  return false;
}

// One of a few words; undefined when absent.
export function readChoice(element, name, choices, errors) {
  const value = element.getAttribute(name);
  if (value === null) return undefined;
  const text = value.trim();
  if (choices.includes(text)) return text;
  errors.push(`${attributeText(name, value)}: expected ${choices.map((c) => `"${c}"`).join(', ').replace(/, ([^,]*)$/, ' or $1')}${didYouMean(text, choices)}`);
  return undefined;
}

// "-5 5" or "-5, 5": two increasing finite numbers, with a span the plot
// can draw (view-math.js's limits).
export function readRange(element, name, errors) {
  const value = element.getAttribute(name);
  if (value === null) return undefined;
  const parts = value.trim().split(/[\s,]+/).filter(Boolean);
  const [low, high] = parts.length === 2 ? parts.map((part) => readNumber(part).value) : [];
  const limited = limitRange(low, high);
  if (!limited) {
    errors.push(`${attributeText(name, value)}: expected two increasing numbers, like ${name}="-5 5"`);
    return undefined;
  }
  if (limited.adjusted) {
    const why = limited.adjusted === 'widened' ? 'too narrow to draw (the span must be at least 1e-12 of the values)' : 'too wide to draw (at most 1e306)';
    errors.push(`${attributeText(name, value)}: the range is ${why}`);
    return undefined;
  }
  return [low, high];
}

// Numbers as parseNumberList reads them (spaces or commas, or a Python
// list); each keeps its text and whether it is a Python int.
export function readInputs(element, name, errors, { finite = false } = {}) {
  const value = element.getAttribute(name);
  if (value === null) return undefined;
  const parsed = parseNumberList(value);
  if (!parsed.ok) {
    errors.push(`${attributeText(name, value)}: ${parsed.error.message}`);
    return undefined;
  }
  if (finite) {
    const bad = parsed.values.find((v) => !Number.isFinite(v.value));
    if (bad) {
      errors.push(`${attributeText(name, value)}: "${bad.text}" is not a finite number`);
      return undefined;
    }
  }
  return parsed.values;
}

// Reads the curves to show from `element`:
//   fn="name name(param=value, df=0) …"   one or more activations
//   negative-slope="0.2"                  a parameter for every activation
//                                         that takes it and doesn't set it
// `ownAttributes` are the element's other attributes. Every problem is an
// entry of `errors` naming the attribute and its value; parameters are
// checked by the JS API (act.checkParams), whose error names the parameter
// at fault. Returns [{ name, spec, params, derivative (true, false or
// undefined), sources: { param: attribute text } }].
export function readCurves(element, act, { ownAttributes, maxFunctions }, errors) {
  const byName = new Map(act.list().map((spec) => [spec.name, spec]));
  const fnText = element.getAttribute('fn');
  if (fnText === null || fnText.trim() === '') {
    errors.push(`missing fn: name an activation, like fn="relu"${maxFunctions > 1 ? ' or fn="relu leaky_relu"' : ''}`);
    return [];
  }
  const fnAttribute = attributeText('fn', fnText);
  const parsed = parseCurveList(fnText);
  if (parsed.error) {
    errors.push(`${fnAttribute}: ${parsed.error.message}`);
    return [];
  }
  if (parsed.curves.length > maxFunctions) {
    errors.push(`${fnAttribute}: ${maxFunctions === 1 ? 'name one activation' : `at most ${maxFunctions} activations can be drawn together`}, got ${parsed.curves.length}`);
    return [];
  }
  const functions = [];
  const resolveName = libraryResolver(act);
  for (const item of parsed.curves) {
    const { curve, problems } = curveFromParsed(item, byName, resolveName);
    for (const { message } of problems) errors.push(`${fnAttribute}: ${curve ? message : `${message} (expected one of: ${[...byName.keys()].join(', ')})`}`);
    if (!curve) continue;
    const given = (flag) => item.settings.some(([key]) => paramName(key) === flag);
    const derivative = given('df') ? curve.derivative : undefined;
    const secondDerivative = given('ddf') ? curve.secondDerivative : undefined;
    // A library's defaults count as set by the author: the label names them.
    const sources = Object.fromEntries(Object.keys(curve.params).map((key) => [key, fnAttribute]));
    functions.push({ name: curve.name, spec: byName.get(curve.name), params: curve.params, derivative, secondDerivative, visible: curve.visible, sources });
  }
  if (errors.length) return [];
  readParamAttributes(element, functions, byName, ownAttributes, errors);
  for (const fn of functions) {
    try {
      act.checkParams(fn.name, fn.params);
    } catch (error) {
      // The API names the parameter (or, for an ordering rule, both) at fault.
      const named = [...new Set((error.params ?? [error.param]).map((key) => fn.sources[key] ?? fnAttribute))];
      errors.push(`${named.join(', ')}: ${error.message}`);
    }
  }
  return errors.length ? [] : functions;
}

// Parameter attributes (negative-slope="0.2"), and attributes that look
// like misspelt ones.
function readParamAttributes(element, functions, byName, ownAttributes, errors) {
  const paramNames = new Set([...byName.values()].flatMap((spec) => spec.params.map((p) => p.name)));
  const suggestions = [...ownAttributes, ...[...paramNames].map(paramAttribute)];
  const seen = new Map();
  for (const { name: attribute, value } of element.attributes) {
    if (ownAttributes.includes(attribute) || isGlobalAttribute(attribute)) continue;
    const key = paramName(attribute);
    if (!paramNames.has(key)) {
      const guess = closestName(attribute, suggestions);
      if (guess !== undefined) errors.push(`unknown attribute ${attributeText(attribute, value)}; did you mean ${guess}?`);
      continue;
    }
    if (seen.has(key)) {
      errors.push(`${attributeText(attribute, value)} and ${attributeText(seen.get(key), element.getAttribute(seen.get(key)))} set the same parameter; keep one (${paramAttribute(key)})`);
      continue;
    }
    seen.set(key, attribute);
    const takers = functions.filter((fn) => fn.spec.params.some((p) => p.name === key));
    if (takers.length === 0) {
      errors.push(`${attributeText(attribute, value)}: no activation here (${functions.map((fn) => fn.name).join(', ')}) takes a parameter ${key}`);
      continue;
    }
    for (const fn of takers) {
      if (key in fn.params) continue;
      const read = readParamValue(fn.spec.params.find((p) => p.name === key), value);
      if (read.error) {
        errors.push(`${attributeText(attribute, value)}: ${read.error}`);
        break;
      }
      fn.params[key] = read.value;
      fn.sources[key] = attributeText(attribute, value);
    }
  }
}
