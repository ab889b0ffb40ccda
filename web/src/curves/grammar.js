// The one grammar of a curve, shared by the playground's URL and the
// elements' attributes:
//
//   curve    = name [ "(" setting { "," setting } ")" ]
//   setting  = key "=" value          value: a number, or a choice's name,
//                                     optionally in quotes
//   list     = curve { separator curve }   separator: spaces or a comma
//
// e.g. `leaky_relu(negative_slope=0.2, df=0)`. A URL carries one curve per
// `fn=`; an attribute a list. Parsing is one bounded pass over the text and
// never throws: every problem is { message, start, end }, naming what was
// expected. Duplicate keys inside one curve are an error, not a silent
// override. What the settings mean is curves/curve.js's job.

export const MAX_CURVE_TEXT = 2000;  // longer text is refused before parsing
const NAME = /[A-Za-z0-9_.:-]/;
const SPACE = /\s/;

const problem = (message, start, end = start + 1) => ({ message, start, end });

// Reads one curve starting at `i`; returns { curve, next } or { error }.
function readCurve(text, i) {
  const start = i;
  while (i < text.length && NAME.test(text[i])) i++;
  if (i === start) return { error: problem('not an activation name', i) };
  const name = text.slice(start, i);
  let j = i;
  while (j < text.length && SPACE.test(text[j])) j++;
  const settings = [];
  if (text[j] !== '(') return { curve: { name, settings, start, end: i }, next: i };
  const close = text.indexOf(')', j);
  if (close === -1) return { error: problem(`the "(" after ${name} is never closed`, j) };
  let offset = j + 1;
  const seen = new Set();
  for (const part of text.slice(j + 1, close).split(',')) {
    const at = offset;
    offset += part.length + 1;
    if (part.trim() === '' && settings.length === 0 && !text.slice(j + 1, close).includes(',')) break;  // "name()"
    const equals = part.indexOf('=');
    if (equals === -1 || part.indexOf('=', equals + 1) !== -1) {
      return { error: problem(`expected key=value inside the parentheses of ${name}, got "${part.trim()}"`, at, at + part.length) };
    }
    const key = part.slice(0, equals).trim();
    const value = unquote(part.slice(equals + 1).trim());
    if (!/^[A-Za-z0-9_-]+$/.test(key)) return { error: problem(`expected a parameter name before "=" in ${name}, got "${key}"`, at, at + part.length) };
    if (seen.has(key)) return { error: problem(`${name} sets ${key} twice; keep one`, at, at + part.length) };
    seen.add(key);
    settings.push([key, value]);
  }
  return { curve: { name, settings, start, end: close + 1 }, next: close + 1 };
}

const unquote = (text) => text.replace(/^(['"])(.*)\1$/, '$2');

// One curve, the whole text: { curve: { name, settings: [[key, value]] } }
// or { error }.
export function parseCurve(text) {
  const source = String(text);
  if (source.length > MAX_CURVE_TEXT) return { error: problem(`longer than ${MAX_CURVE_TEXT} characters`, 0, source.length) };
  let i = 0;
  while (i < source.length && SPACE.test(source[i])) i++;
  if (i === source.length) return { error: problem('not an activation name (the text is empty)', 0, 0) };
  const read = readCurve(source, i);
  if (read.error) return read;
  let rest = read.next;
  while (rest < source.length && SPACE.test(source[rest])) rest++;
  if (rest < source.length) return { error: problem(`unexpected "${source.slice(rest, rest + 20)}" after ${read.curve.name}`, rest, source.length) };
  return { curve: read.curve };
}

// A list of curves separated by spaces or commas: { curves } or { error }.
export function parseCurveList(text) {
  const source = String(text);
  if (source.length > MAX_CURVE_TEXT) return { error: problem(`longer than ${MAX_CURVE_TEXT} characters`, 0, source.length) };
  const curves = [];
  let i = 0;
  while (i < source.length) {
    if (SPACE.test(source[i]) || source[i] === ',') {
      i++;
      continue;
    }
    const read = readCurve(source, i);
    if (read.error) return read;
    curves.push(read.curve);
    i = read.next;
  }
  return { curves };
}

// The text of a curve: its name, then its settings ([key, text] pairs) in
// parentheses when there are any. `compact` (for URLs) leaves out the space
// after each comma.
export function formatCurve(name, settings, { compact = false } = {}) {
  if (settings.length === 0) return name;
  return `${name}(${settings.map(([key, value]) => `${key}=${value}`).join(compact ? ',' : ', ')})`;
}
