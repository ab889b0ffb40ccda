// Parse the "input values" box: numbers separated by commas and/or
// whitespace, optionally wrapped in one pair of brackets like a Python list
// ([1.0, -2.5]) or tuple ((1, 2)). Errors carry positions into the original
// text so the page can highlight the offending characters.

const NUMBER_HINT = 'expected a number like 2.0, -3 or 1e-5';

// Python numeric literal syntax (Language Reference, "Integer literals" and
// "Floating point literals"): digit groups may be split by single '_' between
// digits (1_000.5), the fraction or the integer part may be missing (.5, 5.)
// and the exponent digits follow the same rule. A leading sign is accepted
// because users type -3 as one number. Leading zeros (007) are tolerated even
// though Python rejects them in int literals: float('007') is fine.
const DIGITS = String.raw`\d(?:_?\d)*`;
const FLOAT_RE = new RegExp(
  String.raw`^[+-]?(?:${DIGITS}(?:\.(?:${DIGITS})?)?|\.${DIGITS})(?:[eE][+-]?${DIGITS})?$`,
);
const INT_RE = new RegExp(String.raw`^[+-]?${DIGITS}$`);
// float() also understands these names, in any case (Objects/floatobject.c).
const SPECIAL_RE = /^([+-]?)(inf|infinity|nan)$/i;
// float('nan'), float("-inf"), float(' 2.5 '), float(3)
const FLOAT_CALL_RE = /^float\s*\(\s*(?:(['"])(.*)\1|([^'"]*?))\s*\)$/is;

const CLOSER = { '[': ']', '(': ')' };
const isSpace = (c) => /\s/.test(c);
const isBracket = (c) => c === '[' || c === ']' || c === '(' || c === ')';

// A bare literal: { value, isInteger } or null when it is not a number.
function parseLiteral(s) {
  const special = SPECIAL_RE.exec(s);
  if (special) {
    if (special[2].toLowerCase() === 'nan') return { value: NaN, isInteger: false };
    return { value: special[1] === '-' ? -Infinity : Infinity, isInteger: false };
  }
  if (!FLOAT_RE.test(s)) return null;
  const value = Number(s.replaceAll('_', ''));
  // A Python int has no negative zero: -0 is the int 0 (and float(-0) is 0.0).
  if (INT_RE.test(s)) return { value: value + 0, isInteger: true };
  return { value, isInteger: false };
}

// float(...) around a literal; the result is always a float, never an int.
function parseFloatCall(s) {
  const m = FLOAT_CALL_RE.exec(s);
  if (!m) return null;
  const inner = (m[1] ? m[2] : m[3]).trim();
  const literal = parseLiteral(inner);
  return literal && { value: literal.value, isInteger: false };
}

function fail(message, start, end, text) {
  return { ok: false, error: { message, start, end, token: text.slice(start, end) } };
}

// End (exclusive) of the item starting at i: up to whitespace, a comma or a
// bracket, except that float( ... ) runs to its closing parenthesis.
function itemEnd(text, i) {
  if (/^float\s*\(/i.test(text.slice(i, i + 64))) {
    const close = text.indexOf(')', i);
    return close === -1 ? -1 : close + 1;
  }
  let j = i;
  while (j < text.length && !isSpace(text[j]) && text[j] !== ',' && !isBracket(text[j])) j += 1;
  return j;
}

// Returns { ok: true, values: [{ value, text, start, end, isInteger }] } or
// { ok: false, error: { message, start, end, token } } for the first problem.
// start/end are string offsets (end exclusive). Never throws.
export function parseNumberList(input) {
  let text = input;
  if (typeof text !== 'string') {
    try {
      text = text == null ? '' : String(text);
    } catch {
      return { ok: false, error: { message: 'the input is not text', start: 0, end: 0, token: '' } };
    }
  }
  const values = [];
  const skipSpace = (j) => {
    while (j < text.length && isSpace(text[j])) j += 1;
    return j;
  };

  let i = skipSpace(0);
  let open = null; // position of the optional opening bracket
  if (text[i] === '[' || text[i] === '(') {
    open = i;
    i += 1;
  }
  let itemSinceComma = false;

  for (;;) {
    i = skipSpace(i);
    if (i >= text.length) {
      if (open !== null) {
        const want = CLOSER[text[open]];
        return fail(`"${text[open]}" is never closed (expected "${want}" after the last number)`, open, open + 1, text);
      }
      break;
    }
    const c = text[i];

    if (c === ',') {
      if (!itemSinceComma) {
        const message = values.length === 0
          ? `unexpected "," before the first number (${NUMBER_HINT})`
          : `empty item: two commas in a row (${NUMBER_HINT} between them)`;
        return fail(message, i, i + 1, text);
      }
      itemSinceComma = false; // a single trailing comma is fine, as in Python
      i += 1;
      continue;
    }

    if (c === ']' || c === ')') {
      if (open === null) {
        return fail(`unmatched "${c}" (there is no opening bracket before it)`, i, i + 1, text);
      }
      const want = CLOSER[text[open]];
      if (c !== want) {
        return fail(`"${c}" does not match the opening "${text[open]}" (expected "${want}")`, i, i + 1, text);
      }
      const rest = skipSpace(i + 1);
      if (text[rest] === ']' || text[rest] === ')') {
        return fail(`unmatched "${text[rest]}" (the list was already closed)`, rest, rest + 1, text);
      }
      if (rest < text.length) {
        const restEnd = isBracket(text[rest]) || text[rest] === ','
          ? rest + 1
          : Math.max(itemEnd(text, rest), rest + 1);
        return fail(`unexpected "${text.slice(rest, restEnd)}" after the closing "${c}" (put all numbers inside the brackets)`, rest, restEnd, text);
      }
      break;
    }

    if (c === '[' || c === '(') {
      return fail(`unexpected "${c}" (only one flat list of numbers is supported; brackets may only wrap the whole list)`, i, i + 1, text);
    }

    const end = itemEnd(text, i);
    if (end === -1) {
      return fail(`"${text.slice(i)}" is missing its closing ")"`, i, text.length, text);
    }
    const token = text.slice(i, end);
    const parsed = /^float\s*\(/i.test(token) ? parseFloatCall(token) : parseLiteral(token);
    if (!parsed) return fail(`"${token}" is not a number (${NUMBER_HINT})`, i, end, text);
    values.push({ value: parsed.value, text: token, start: i, end, isInteger: parsed.isInteger });
    itemSinceComma = true;
    i = end;
  }
  return { ok: true, values };
}
