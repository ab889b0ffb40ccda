// The text of one numeric %-conversion before padding, as CPython builds it:
// floats through PyOS_double_to_string (%e %f %g, with the exact binary
// value rounded half to even, as dtoa.c does), ints through
// _PyUnicode_FormatLong (%d %o %x with a minimum digit count). The result
// carries its own '-' sign; the caller pads it.
import { isNegative, scaledRoundHalfEven } from './exact-decimal.js';
import { formatPercentFloat } from './python-format.js';

// |x| (finite, non-zero) to `digits` significant digits: { n, exp } with
// 10^(digits-1) <= n < 10^digits and |x| ≈ n · 10^(exp - digits + 1).
function significant(x, digits) {
  let exp = Math.floor(Math.log10(Math.abs(x)));
  const low = 10n ** BigInt(digits - 1);
  const high = low * 10n;
  // log10 can be off by one near powers of ten; rounding up can carry
  // into a new digit (9.96 to two digits is 1.0e1). Both settle in a step.
  for (let tries = 0; tries < 4; tries++) {
    const n = scaledRoundHalfEven(x, digits - 1 - exp);
    if (n >= high) exp += 1;
    else if (n < low && exp > -400) exp -= 1;
    else return { n, exp };
  }
  throw new Error(`internal error: no exponent found for ${x}`);
}

const exponentText = (exp) => (exp < 0 ? '-' : '+') + String(Math.abs(exp)).padStart(2, '0');

// The digits of |x| for %e with `precision` digits after the point.
function scientific(x, precision, alt) {
  const point = precision || alt ? '.' : '';
  if (x === 0) return `0${point}${'0'.repeat(precision)}e+00`;
  const { n, exp } = significant(x, precision + 1);
  const digits = n.toString();
  return `${digits[0]}${point}${digits.slice(1)}e${exponentText(exp)}`;
}

// The digits of |x| for %f.
function fixed(x, precision, alt) {
  const text = formatPercentFloat(Math.abs(x), precision);
  return alt && precision === 0 ? `${text}.` : text;
}

// %g: %e or %f by the exponent, trailing zeros removed unless #.
function general(x, precision, alt) {
  const p = precision === 0 ? 1 : precision;
  const exp = x === 0 ? 0 : significant(x, p).exp;
  const strip = (text) => (alt || !text.includes('.') ? text : text.replace(/\.?0+$/, ''));
  if (exp >= -4 && exp < p) {
    const text = fixed(x, p - 1 - exp, alt);
    return alt && !text.includes('.') ? `${text}.` : strip(text);
  }
  const [mantissa, exponent] = scientific(x, p - 1, alt).split('e');
  return `${strip(mantissa)}e${exponent}`;
}

// '%.{precision}{conversion}' % x for conversion in eEfFgG; precision -1
// means none given (6).
export function floatText(x, conversion, precision, alt) {
  const upper = conversion === conversion.toUpperCase();
  const sign = isNegative(x) && !Number.isNaN(x) ? '-' : '';
  let body;
  if (Number.isNaN(x)) body = 'nan';
  else if (!Number.isFinite(x)) body = 'inf';
  else {
    const digits = precision < 0 ? 6 : precision;
    const lower = conversion.toLowerCase();
    body = lower === 'f' ? fixed(x, digits, alt) : lower === 'e' ? scientific(x, digits, alt) : general(x, digits, alt);
  }
  return sign + (upper ? body.toUpperCase() : body);
}

const BASES = { d: 10, i: 10, u: 10, o: 8, x: 16, X: 16 };

// '%{#}.{precision}{conversion}' % n for an int n (a BigInt) and conversion
// in diuoxX: "-"? ("0o" | "0x" | "0X")? digits, at least `precision` digits.
export function intText(n, conversion, precision, alt) {
  const base = BASES[conversion];
  const negative = n < 0n;
  let digits = (negative ? -n : n).toString(base);
  if (precision > digits.length) digits = digits.padStart(precision, '0');
  const prefix = alt && base !== 10 ? `0${conversion === 'o' ? 'o' : 'x'}` : '';
  const text = `${negative ? '-' : ''}${prefix}${digits}`;
  return conversion === 'X' ? text.toUpperCase() : text;
}
