// One number of the inputs box as Python reads it: a bare literal (2.0, -3,
// 1e-5, 1_000.5, .5, inf, nan) or float( ... ) around one, optionally quoted.
// Split from the list scan (parse-inputs.js) so that the syntax of a number
// reads apart from the syntax of a list. No DOM.

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

// Whether float( starts at i in text (the y-flag regex tests there only).
export function startsFloatCall(text, i) {
  if (text[i] !== 'f' && text[i] !== 'F') return false;
  FLOAT_CALL_RE.lastIndex = i;
  return FLOAT_CALL_RE.test(text);
}

// A bare literal: { value, isInteger } or null when it is not a number.
// U+2212 counts as a minus sign.
export function parseLiteral(token) {
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
export function parseFloatCall(token) {
  const open = token.indexOf('(');
  let inner = token.slice(open + 1, -1).trim();
  const q = inner[0];
  if ((q === "'" || q === '"') && inner.length >= 2 && inner.endsWith(q)) inner = inner.slice(1, -1).trim();
  if (inner.includes(MINUS_SIGN)) return null;  // Python's float() refuses it
  const literal = parseLiteral(inner);
  return literal && { value: literal.value, isInteger: false };
}
