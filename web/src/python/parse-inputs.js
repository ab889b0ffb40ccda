// Parse the "input values" box: numbers separated by commas and/or
// whitespace, optionally wrapped in one pair of brackets like a Python list
// ([1.0, -2.5]) or tuple ((1, 2)). Errors carry positions into the original
// text so the page can highlight the offending characters.
//
// One pass over the text, left to right, with no backtracking: a million
// numbers parse in well under a second into typed arrays (scanNumbers), and
// nothing grows faster than the text. Messages quote at most a few dozen
// characters of what was typed, and at most MAX_NOTES notes are kept.

import { parseFloatCall, parseLiteral, startsFloatCall } from './number-literal.js';
import { finiteRange, growingColumns } from './scan-columns.js';

const NUMBER_HINT = 'expected a number like 2.0, -3 or 1e-5';

/** The most notes (such as "2,0 was read as two numbers") a parse keeps. */
export const MAX_NOTES = 20;
// Characters of a token quoted in a message; the rest is elided.
const QUOTED = 40;

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

// The first position from j that is not whitespace.
function skipSpace(text, j) {
  const n = text.length;
  while (j < n && isSpaceCode(text.charCodeAt(j), text[j])) j += 1;
  return j;
}

// End (exclusive) of the item at i: up to whitespace, a comma or a bracket,
// except that float( ... ) runs to its closing parenthesis (-1 when none).
function itemEnd(text, i) {
  if (startsFloatCall(text, i)) {
    const close = text.indexOf(')', i);
    return close === -1 ? -1 : close + 1;
  }
  const n = text.length;
  let j = i;
  while (j < n) {
    const c = text[j];
    if (c === ',' || isBracket(c) || isSpaceCode(text.charCodeAt(j), c)) break;
    j += 1;
  }
  return j;
}

// A failed scan; the token is the slice of text the page highlights.
const fail = (text, message, start, end) => ({ ok: false, error: { message, start, end, token: text.slice(start, end) } });

// The input as text: null and undefined are empty, other values go through
// String(); null when that throws (an object whose toString throws).
function asText(input) {
  if (typeof input === 'string') return input;
  try {
    return input == null ? '' : String(input);
  } catch {
    return null;
  }
}

// One left-to-right pass over a list. It holds what the characters read so
// far leave behind: the numbers (columns), the notes, the opening bracket and
// a comma waiting for the number after it. Each read method handles what
// starts at one position and returns a failure, or undefined to go on.
class ListScan {
  constructor(text) {
    this.text = text;
    this.columns = growingColumns();
    this.notes = [];
    this.noteCount = 0;
    this.open = -1;  // position of the optional opening bracket
    this.pendingComma = -1;  // a comma between digits, awaiting the number after it
    this.itemSinceComma = false;  // a number since the last comma, so a comma now ends an item
    this.from = 0;  // where run() starts reading
  }

  // Takes over an earlier scan's state just after its number `keep - 1`,
  // whose text (and the character after it) `text` shares: what a scan of
  // `text` would hold there. Items end at a separator, so nothing after that
  // character changes how the numbers before it were read.
  resumeAfter(previous, keep) {
    const end = previous.ends[keep - 1];
    this.columns = growingColumns(previous, keep);
    this.noteCount = previous.notesThrough[keep - 1];
    this.notes = previous.notes.filter((note) => note.end <= end);
    this.open = previous.open;
    this.itemSinceComma = true;
    this.from = end;
  }

  // The whole pass: undefined when every number is read, else the first failure.
  run() {
    const { text } = this;
    const n = text.length;
    let i = skipSpace(text, this.from);
    if (this.from === 0 && (text[i] === '[' || text[i] === '(')) {
      this.open = i;
      i += 1;
    }
    for (;;) {
      i = skipSpace(text, i);
      if (i >= n) return this.open === -1 ? undefined : this.unclosed();
      const c = text[i];
      if (c === ']' || c === ')') return this.readCloser(i);
      if (c === '[' || c === '(') {
        return fail(text, `unexpected "${c}" (only one flat list of numbers is supported; brackets may only wrap the whole list)`, i, i + 1);
      }
      const end = c === ',' ? i + 1 : itemEnd(text, i);
      const failure = c === ',' ? this.readComma(i) : this.readNumber(i, end);
      if (failure) return failure;
      i = end;
    }
  }

  unclosed() {
    const { text, open } = this;
    return fail(text, `"${text[open]}" is never closed (expected "${CLOSER[text[open]]}" after the last number)`, open, open + 1);
  }

  // A comma ends an item; one before any number or right after another
  // leaves an empty item. "2,0" (a digit on both sides, no space) is
  // remembered so that the number after it can say how it was read.
  readComma(i) {
    const { text, columns } = this;
    if (!this.itemSinceComma) {
      const message = columns.count === 0
        ? `unexpected "," before the first number (${NUMBER_HINT})`
        : `empty item: two commas in a row (${NUMBER_HINT} between them)`;
      return fail(text, message, i, i + 1);
    }
    if (columns.ends[columns.count - 1] === i && isDigitCode(text.charCodeAt(i - 1)) && isDigitCode(text.charCodeAt(i + 1))) {
      this.pendingComma = i;
    }
    this.itemSinceComma = false;  // a single trailing comma is fine, as in Python
    return undefined;
  }

  // The closing bracket ends the list: it must match the opening one, and
  // only whitespace may follow it.
  readCloser(i) {
    const { text, open } = this;
    const c = text[i];
    if (open === -1) return fail(text, `unmatched "${c}" (there is no opening bracket before it)`, i, i + 1);
    const want = CLOSER[text[open]];
    if (c !== want) return fail(text, `"${c}" does not match the opening "${text[open]}" (expected "${want}")`, i, i + 1);
    const rest = skipSpace(text, i + 1);
    if (text[rest] === ']' || text[rest] === ')') {
      return fail(text, `unmatched "${text[rest]}" (the list was already closed)`, rest, rest + 1);
    }
    if (rest < text.length) {
      const restEnd = isBracket(text[rest]) || text[rest] === ',' ? rest + 1 : Math.max(itemEnd(text, rest), rest + 1);
      return fail(text, `unexpected ${quote(text.slice(rest, restEnd))} after the closing "${c}" (put all numbers inside the brackets)`, rest, restEnd);
    }
    return undefined;
  }

  // The item from i to end (-1: a float( without its ")") as a number.
  readNumber(i, end) {
    const { text } = this;
    if (end === -1) return fail(text, `${quote(text.slice(i))} is missing its closing ")"`, i, text.length);
    const token = text.slice(i, end);
    const parsed = startsFloatCall(text, i) ? parseFloatCall(token) : parseLiteral(token);
    if (!parsed) return fail(text, `${quote(token)} is not a number (${NUMBER_HINT})`, i, end);
    this.columns.push(parsed.value, parsed.isInteger, i, end, this.noteCount);
    if (this.pendingComma !== -1 && this.pendingComma === i - 1) this.noteCommaBetweenDigits(token, end);
    this.pendingComma = -1;
    this.itemSinceComma = true;
    return undefined;
  }

  // Counts every "2,0" but keeps only the first MAX_NOTES messages.
  noteCommaBetweenDigits(token, end) {
    const { text, columns } = this;
    this.noteCount += 1;
    columns.notesThrough[columns.count - 1] = this.noteCount;
    if (this.notes.length >= MAX_NOTES) return;
    const left = columns.count - 2;
    const leftText = text.slice(columns.starts[left], columns.ends[left]);
    this.notes.push({
      kind: 'comma-between-digits',
      message: `${quote(`${leftText},${token}`)} was read as two numbers, ${leftText} and ${token} (a decimal point is written "${leftText}.${token}")`,
      start: columns.starts[left],
      end,
    });
  }

  // The columns cut to the numbers read, with their summary.
  result() {
    const { columns, text } = this;
    const sliced = columns.sliced();
    return {
      ok: true,
      count: columns.count,
      ...sliced,
      ...finiteRange(sliced.values),
      notes: this.notes,
      noteCount: this.noteCount,
      open: this.open,
      text,
    };
  }
}

// How many of an earlier scan's numbers a scan of `text` can keep: those
// that end before the first character where the texts differ.
function numbersToKeep(previous, text) {
  const old = previous.text;
  let same = 0;
  if (text.startsWith(old)) same = old.length;
  else {
    const n = Math.min(old.length, text.length);
    while (same < n && old.charCodeAt(same) === text.charCodeAt(same)) same += 1;
  }
  let lo = 0;
  let hi = previous.count;  // the answer is in [lo, hi]
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (previous.ends[mid - 1] < same) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Reads the numbers in `input` in one pass. On success: { ok: true, count,
 * values (Float64Array), integers (Uint8Array, 1 for a Python int), starts
 * and ends (Uint32Array offsets, end exclusive), nonFinite (how many are NaN
 * or ±Infinity), min and max (of the finite ones; NaN when there are none),
 * notes, noteCount }. On failure: { ok: false, error: { message, start, end,
 * token } } for the first problem. A note ({ kind, message, start, end })
 * tells how something ambiguous was read: "2,0" is two numbers. Never throws.
 *
 * `previous`, a successful result of an earlier call, lets an edit re-read
 * only from the first number it touches (a keystroke at the end of 100,000
 * numbers reads one): the result is the same as without it.
 */
export function scanNumbers(input, previous = undefined) {
  const text = asText(input);
  if (text === null) return { ok: false, error: { message: 'the input is not text', start: 0, end: 0, token: '' } };
  const scan = new ListScan(text);
  if (previous?.ok === true && typeof previous.text === 'string') {
    const keep = numbersToKeep(previous, text);
    if (keep > 0) scan.resumeAfter(previous, keep);
  }
  return scan.run() ?? scan.result();
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
