// The kinds of setting a lab section can declare: each reads its text (from
// the URL, an attribute or a field: one reader for all three) into a value
// and writes it back, and says which control the form builds for it. A
// section's settings are one table; the URL keys are `<section id>.<key>`.
//
//   { key, label, kind, default, hint?, read(text, context) -> { value } | { error }, write(value, context) -> text }
//
// `context` is { byName, checkParams } (the registry), needed by the
// activation setting. Reading never throws and never trusts the text:
// lengths are capped before parsing.
import { describe } from '../api/describe.js';
import { didYouMean } from '../api/suggest.js';
import { curveFromParsed } from '../curves/curve.js';
import { formatCurve, parseCurve } from '../curves/grammar.js';
import { formatNumber, readNumber } from '../curves/numbers.js';

export const MAX_SETTING_TEXT = 400;

const tooLong = (text) => (String(text).length > MAX_SETTING_TEXT ? { error: `longer than ${MAX_SETTING_TEXT} characters` } : undefined);

// A whole number from min to max.
export function integerSetting(key, { label, min, max, hint, ...rest }) {
  return {
    key, label, hint, kind: 'integer', min, max, ...rest,
    read(text) {
      const { value } = tooLong(text) ? {} : readNumber(text);
      if (!(Number.isInteger(value) && value >= min && value <= max)) return { error: `expected a whole number from ${min} to ${max}` };
      return { value };
    },
    write: (value) => String(value),
  };
}

// Whole numbers separated by spaces or commas ("2 3 5"), each from min to
// max, at most maxLength of them, no repeats.
export function integerListSetting(key, { label, min, max, maxLength, hint, ...rest }) {
  return {
    key, label, hint, kind: 'integer-list', min, max, maxLength, ...rest,
    read(text) {
      if (tooLong(text)) return tooLong(text);
      const parts = String(text).split(/[\s,]+/).filter(Boolean);
      const expected = `whole numbers from ${min} to ${max} separated by spaces, at most ${maxLength}, like "2 3 5"`;
      if (parts.length === 0 || parts.length > maxLength) return { error: `expected ${expected}` };
      const values = parts.map((part) => readNumber(part).value);
      const bad = values.findIndex((v) => !(Number.isInteger(v) && v >= min && v <= max));
      if (bad >= 0) return { error: `${describe(parts[bad])} is not allowed: expected ${expected}` };
      if (new Set(values).size !== values.length) return { error: 'a number is given twice' };
      return { value: values };
    },
    write: (value) => value.join(' '),
  };
}

// A finite number in (min, max] or [min, max].
export function numberSetting(key, { label, min, max, minOpen = false, hint, ...rest }) {
  return {
    key, label, hint, kind: 'number', min, max, minOpen, ...rest,
    read(text) {
      const { value } = tooLong(text) ? {} : readNumber(text);
      const ok = Number.isFinite(value) && (minOpen ? value > min : value >= min) && value <= max;
      if (!ok) return { error: `expected a number ${minOpen ? 'above' : 'from'} ${min}${minOpen ? ' and at most' : ' to'} ${max}` };
      return { value };
    },
    write: (value) => formatNumber(value),
  };
}

const words = (choices) => choices.map((c) => `"${c}"`).join(', ').replace(/, ([^,]*)$/, ' or $1');

// One of a few words; `labels` (optional) names them in the select.
export function choiceSetting(key, { label, choices, labels = {}, hint, ...rest }) {
  return {
    key, label, hint, kind: 'choice', choices, labels, ...rest,
    read(text) {
      if (choices.includes(text)) return { value: text };
      return { error: `expected ${words(choices)}${tooLong(text) ? '' : didYouMean(String(text), choices)}` };
    },
    write: (value) => value,
  };
}

// Biases: one of the named kinds or a constant number.
export function biasSetting(key, { label = 'Biases', choices, hint, ...rest }) {
  const named = choiceSetting(key, { label, choices });
  return {
    ...named, hint, kind: 'bias', ...rest,
    read(text) {
      if (choices.includes(text)) return { value: text };
      const { value } = tooLong(text) ? {} : readNumber(text);
      if (Number.isFinite(value) && Math.abs(value) <= 100) return { value };
      return { error: `expected ${words(choices)} or a constant from −100 to 100` };
    },
    write: (value) => (typeof value === 'number' ? formatNumber(value) : value),
  };
}

// The hidden layers' activation: a registry name with its parameters, in
// the playground's curve grammar ("leaky_relu(negative_slope=0.01)");
// value { name, params }. Parameters go through the registry's own check.
export function activationSetting(key, { label = 'Activation', hint, ...rest } = {}) {
  return {
    key, label, hint, kind: 'activation', ...rest,
    read(text, { byName, checkParams }) {
      const parsed = parseCurve(text);
      if (parsed.error) return { error: parsed.error.message };
      const { curve, problems } = curveFromParsed(parsed.curve, byName);
      if (!curve) return { error: problems[0].message };
      if (problems.length) return { error: problems.map((p) => p.message).join('; ') };
      try {
        checkParams(curve.name, curve.params);
      } catch (error) {
        return { error: error.message };
      }
      return { value: { name: curve.name, params: curve.params } };
    },
    write(value, { byName }) {
      const spec = byName.get(value.name);
      const settings = spec.params
        .filter((p) => value.params[p.name] !== undefined && value.params[p.name] !== p.default)
        .map((p) => [p.name, p.choices ? value.params[p.name] : formatNumber(value.params[p.name])]);
      return formatCurve(value.name, settings, { compact: true });
    },
  };
}

// The section's settings with their defaults: { key: value }.
export const defaultValues = (settings) =>
  Object.fromEntries(settings.map((setting) => [setting.key, structuredClone(setting.default)]));
