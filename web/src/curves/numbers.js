// The one strict number syntax for every number a person types or a link
// carries into a curve: a parameter field, a URL or attribute value, a
// view bound. The whole text is one decimal number (Number('') would be 0,
// Number('0x10') 16, Number('1e-400') 0): signs + - and − (U+2212, the
// minus the page prints), digits with an optional point, an optional
// exponent. A non-zero number too small for a double is refused rather
// than turned into 0; one too large reads as ±Infinity, which every
// caller's range check (the API's, a view's) then names.
import { describe } from '../api/describe.js';

const NUMBER = /^\s*([+\-−]?)(\d+\.?\d*|\.\d+)(?:[eE]([+\-−]?\d+))?\s*$/;
const MAX_NUMBER_TEXT = 400;  // longer text is not a number anyone typed

// { value }, or { error } saying why `text` is not a number.
export function readNumber(text) {
  const source = String(text);
  const match = source.length <= MAX_NUMBER_TEXT ? NUMBER.exec(source) : null;
  if (!match) return { error: `${describe(source)} is not a number` };
  const [, sign, digits, exponent] = match;
  const normalised = `${sign === '−' ? '-' : sign}${digits}${exponent === undefined ? '' : `e${exponent.replace('−', '-')}`}`;
  const value = Number(normalised);
  if (value === 0 && /[1-9]/.test(digits)) return { error: `${describe(source)} is too small for a double (it would be 0)` };
  return { value };
}

// The number, or NaN when the text is not a strict number.
export const parseStrictNumber = (text) => readNumber(text).value ?? NaN;

// A number as a person reads it back: the shortest text that parses to the
// same double (String() gives exactly that).
export const formatNumber = (value) => (Object.is(value, -0) ? '-0' : String(value));
