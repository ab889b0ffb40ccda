// Parse the "input values" box: numbers separated by commas and/or
// whitespace, optionally wrapped in one pair of brackets like a Python list
// ([1.0, -2.5]) or tuple ((1, 2)). Errors carry positions into the original
// text so the page can highlight the offending characters.
//
// One pass over the text, left to right, with no backtracking: a million
// numbers parse in well under a second into typed arrays (scanNumbers), and
// nothing grows faster than the text. Messages quote at most a few dozen
// characters of what was typed, and at most MAX_NOTES notes are kept.

const NUMBER_HINT = 'expected a number like 2.0, -3 or 1e-5';

/** The most notes (such as "2,0 was read as two numbers") a parse keeps. */
export const MAX_NOTES = 20;
// Characters of a token quoted in a message; the rest is elided.
const QUOTED = 40;
// The minus sign U+2212, which the page prints on its axes; read as '-'.
const MINUS_SIGN = '\u2212';

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
// float() also understands these names, in any case (Objects/floatobject.c).
const SPECIAL_RE = /^([+-]?)(inf|infinity|nan)$/i;
const FLOAT_CALL_RE = /float\s*\(/iy;

const CLOSER = { '[': ']', '(': ')' };
const isBracket = (c) => c === '[' || c === ']' || c === '(' || c === ')';
const isDigitCode = (code) => code >= 48 && code <= 57;
const NON_ASCII_SPACE = /\s/;
// The characters JS's \s matches, tested by code for the ASCII ones.
function isSpaceCode(code, c) {
  if (code === 32 || (code >= 9 && code <= 13)) return true;
  return code >= 0x80 && NON_ASCII_SPACE.test(c);
}

// A token as a message quotes it: whole when short, else cut with its length.
function quote(token) {
  if (token.length <= QUOTED) return `"${token}"`;
  return `"${token.slice(0, QUOTED)}…" (${token.length} characters)`;
}

// A bare literal: { value, isInteger } or null when it is not a number.
// U+2212 counts as a minus sign.
function parseLiteral(token) {
  const s = token.includes(MINUS_SIGN) ? token.replaceAll(MINUS_SIGN, '-') : token;
  if (!FLOAT_RE.test(s)) {
    const special = SPECIAL_RE.exec(s);
    if (!special) return null;
    if (special[2].toLowerCase() === 'nan') return { value: NaN, isInteger: false };
    return { value: special[1] === '-' ? -Infinity : Infinity, isInteger: false };
  }
  const value = Number(s.includes('_') ? s.replaceAll('_', '') : s);
  const isInteger = !/[.eE]/.test(s);
  // A Python int has no negative zero: -0 is the int 0 (and float(-0) is 0.0).
  return { value: isInteger ? value + 0 : value, isInteger };
}

// float( ... ) around a literal, optionally quoted; always a float.
function parseFloatCall(token) {
  const open = token.indexOf('(');
  let inner = token.slice(open + 1, -1).trim();
  const q = inner[0];
  if ((q === "'" || q === '"') && inner.length >= 2 && inner.endsWith(q)) inner = inner.slice(1, -1).trim();
  if (inner.includes(MINUS_SIGN)) return null;  // Python's float() refuses it
  const literal = parseLiteral(inner);
  return literal && { value: literal.value, isInteger: false };
}

// Typed arrays that double as they fill: one pass, no per-number objects.
function growingColumns() {
  let capacity = 1024;
  const columns = {
    count: 0,
    values: new Float64Array(capacity),
    integers: new Uint8Array(capacity),
    starts: new Uint32Array(capacity),
    ends: new Uint32Array(capacity),
  };
  const grow = () => {
    capacity *= 2;
    for (const [name, Type] of [['values', Float64Array], ['integers', Uint8Array], ['starts', Uint32Array], ['ends', Uint32Array]]) {
      const next = new Type(capacity);
      next.set(columns[name]);
      columns[name] = next;
    }
  };
  columns.push = (value, isInteger, start, end) => {
    if (columns.count === capacity) grow();
    const i = columns.count++;
    columns.values[i] = value;
    columns.integers[i] = isInteger ? 1 : 0;
    columns.starts[i] = start;
    columns.ends[i] = end;
  };
  return columns;
}

/**
 * Reads the numbers in `input` in one pass. On success: { ok: true, count,
 * values (Float64Array), integers (Uint8Array, 1 for a Python int), starts
 * and ends (Uint32Array offsets, end exclusive), nonFinite (how many are NaN
 * or ±Infinity), min and max (of the finite ones; NaN when there are none),
 * notes, noteCount }. On failure: { ok: false, error: { message, start, end,
 * token } } for the first problem. A note ({ kind, message, start, end })
 * tells how something ambiguous was read: "2,0" is two numbers. Never throws.
 */
export function scanNumbers(input) {
  let text = input;
  if (typeof text !== 'string') {
    try {
      text = text == null ? '' : String(text);
    } catch {
      return { ok: false, error: { message: 'the input is not text', start: 0, end: 0, token: '' } };
    }
  }
  const fail = (message, start, end) => ({ ok: false, error: { message, start, end, token: text.slice(start, end) } });
  const columns = growingColumns();
  const notes = [];
  let noteCount = 0;
  let pendingComma = -1;  // a comma between digits, awaiting the number after it
  const n = text.length;
  const skipSpace = (j) => {
    while (j < n && isSpaceCode(text.charCodeAt(j), text[j])) j += 1;
    return j;
  };
  const startsFloatCall = (i) => {
    if (text[i] !== 'f' && text[i] !== 'F') return false;
    FLOAT_CALL_RE.lastIndex = i;
    return FLOAT_CALL_RE.test(text);
  };
  // End (exclusive) of the item at i: up to whitespace, a comma or a
  // bracket, except that float( ... ) runs to its closing parenthesis.
  const itemEnd = (i) => {
    if (startsFloatCall(i)) {
      const close = text.indexOf(')', i);
      return close === -1 ? -1 : close + 1;
    }
    let j = i;
    while (j < n) {
      const c = text[j];
      if (c === ',' || isBracket(c) || isSpaceCode(text.charCodeAt(j), c)) break;
      j += 1;
    }
    return j;
  };

  let i = skipSpace(0);
  let open = -1;  // position of the optional opening bracket
  if (text[i] === '[' || text[i] === '(') {
    open = i;
    i += 1;
  }
  let itemSinceComma = false;

  for (;;) {
    i = skipSpace(i);
    if (i >= n) {
      if (open !== -1) {
        return fail(`"${text[open]}" is never closed (expected "${CLOSER[text[open]]}" after the last number)`, open, open + 1);
      }
      break;
    }
    const c = text[i];

    if (c === ',') {
      if (!itemSinceComma) {
        const message = columns.count === 0
          ? `unexpected "," before the first number (${NUMBER_HINT})`
          : `empty item: two commas in a row (${NUMBER_HINT} between them)`;
        return fail(message, i, i + 1);
      }
      // "2,0": a comma with a digit on both sides and no space.
      const last = columns.count - 1;
      if (columns.ends[last] === i && isDigitCode(text.charCodeAt(i - 1)) && isDigitCode(text.charCodeAt(i + 1))) {
        pendingComma = i;
      }
      itemSinceComma = false;  // a single trailing comma is fine, as in Python
      i += 1;
      continue;
    }

    if (c === ']' || c === ')') {
      if (open === -1) return fail(`unmatched "${c}" (there is no opening bracket before it)`, i, i + 1);
      const want = CLOSER[text[open]];
      if (c !== want) return fail(`"${c}" does not match the opening "${text[open]}" (expected "${want}")`, i, i + 1);
      const rest = skipSpace(i + 1);
      if (text[rest] === ']' || text[rest] === ')') {
        return fail(`unmatched "${text[rest]}" (the list was already closed)`, rest, rest + 1);
      }
      if (rest < n) {
        const restEnd = isBracket(text[rest]) || text[rest] === ',' ? rest + 1 : Math.max(itemEnd(rest), rest + 1);
        return fail(`unexpected ${quote(text.slice(rest, restEnd))} after the closing "${c}" (put all numbers inside the brackets)`, rest, restEnd);
      }
      break;
    }

    if (c === '[' || c === '(') {
      return fail(`unexpected "${c}" (only one flat list of numbers is supported; brackets may only wrap the whole list)`, i, i + 1);
    }

    const end = itemEnd(i);
    if (end === -1) return fail(`${quote(text.slice(i))} is missing its closing ")"`, i, n);
    const token = text.slice(i, end);
    const parsed = startsFloatCall(i) ? parseFloatCall(token) : parseLiteral(token);
    if (!parsed) return fail(`${quote(token)} is not a number (${NUMBER_HINT})`, i, end);
    columns.push(parsed.value, parsed.isInteger, i, end);
    if (pendingComma !== -1 && pendingComma === i - 1) {
      noteCount += 1;
      if (notes.length < MAX_NOTES) {
        const last = columns.count - 2;
        const left = text.slice(columns.starts[last], columns.ends[last]);
        notes.push({
          kind: 'comma-between-digits',
          message: `${quote(`${left},${token}`)} was read as two numbers, ${left} and ${token} (a decimal point is written "${left}.${token}")`,
          start: columns.starts[last],
          end,
        });
      }
    }
    pendingComma = -1;
    itemSinceComma = true;
    i = end;
  }

  const count = columns.count;
  const values = columns.values.slice(0, count);
  let nonFinite = 0;
  let min = Infinity;
  let max = -Infinity;
  for (let k = 0; k < count; k += 1) {
    const v = values[k];
    if (!Number.isFinite(v)) nonFinite += 1;
    else {
      if (v < min) min = v;
      if (v > max) max = v;
    }
  }
  if (nonFinite === count) min = max = NaN;
  return {
    ok: true,
    count,
    values,
    integers: columns.integers.slice(0, count),
    starts: columns.starts.slice(0, count),
    ends: columns.ends.slice(0, count),
    nonFinite,
    min,
    max,
    notes,
    noteCount,
    text,
  };
}

/**
 * The numbers of `input` as records: { ok: true, values: [{ value, text,
 * start, end, isInteger }], notes, noteCount } or { ok: false, error }, as
 * scanNumbers reads them. Never throws.
 */
export function parseNumberList(input) {
  const scan = scanNumbers(input);
  if (!scan.ok) return scan;
  const values = new Array(scan.count);
  for (let k = 0; k < scan.count; k += 1) {
    const start = scan.starts[k];
    const end = scan.ends[k];
    values[k] = { value: scan.values[k], text: scan.text.slice(start, end), start, end, isInteger: scan.integers[k] === 1 };
  }
  return { ok: true, values, notes: scan.notes, noteCount: scan.noteCount };
}
