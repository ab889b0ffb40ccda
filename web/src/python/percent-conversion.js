// One %-conversion of CPython's `format % args`, once its spec is read:
// the argument as the conversion reads it (PyFloat_AsDouble, int(),
// formatchar), its unpadded text (unicode_format_arg_format) and the
// padding around it (unicode_format_arg_output), with the memory limits of
// python-printf.js checked before anything large is built.
import { pythonError } from './python-errors.js';
import { floatText, intText } from './percent-digits.js';
import { isNdarray, repr, str, typeName } from './python-values.js';

/** The widest field, and the most digits of precision, one conversion builds. */
export const FIELD_LIMIT = 10_000;

export const INT_MAX = 2 ** 31 - 1;

export const isInt = (value) => typeof value === 'bigint' || typeof value === 'boolean';
export const toBigInt = (value) => (typeof value === 'boolean' ? BigInt(value) : value);

export function memoryError(what) {
  const error = pythonError('MemoryError');
  error.limit = what;
  return error;
}

// ---------------------------------------------------------------------------
// Values as the conversions read them

// PyFloat_AsDouble, for %e %f %g.
function asFloat(value) {
  if (typeof value === 'number') return value;
  if (isInt(value)) {
    const x = Number(toBigInt(value));
    if (!Number.isFinite(x)) throw pythonError('OverflowError', 'int too large to convert to float');
    return x;
  }
  if (isNdarray(value)) {
    if (value.length === 1) return Number(value[0]);
    throw pythonError('TypeError', 'only size-1 arrays can be converted to Python scalars');
  }
  throw pythonError('TypeError', `must be real number, not ${typeName(value)}`);
}

// int(value) for %d %i %u (floats truncate toward zero), the integer
// itself for %o %x %X.
function asInt(value, conversion) {
  if (isInt(value)) return toBigInt(value);
  const indexOnly = 'oxX'.includes(conversion);
  const wrongType = () =>
    pythonError('TypeError', `%${conversion} format: ${indexOnly ? 'an integer' : 'a real number'} is required, not ${typeName(value)}`);
  let x;
  if (typeof value === 'number' && !indexOnly) x = value;
  else if (isNdarray(value) && value.length === 1 && !indexOnly) x = Number(value[0]);
  else throw wrongType();
  if (Number.isNaN(x)) throw pythonError('ValueError', 'cannot convert float NaN to integer');
  if (!Number.isFinite(x)) throw pythonError('OverflowError', 'cannot convert float infinity to integer');
  return BigInt(Math.trunc(x));
}

// formatchar() of Python 3.11, for %c.
function asChar(value) {
  if (typeof value === 'string') {
    const chars = [...value];
    if (chars.length === 1) return value;
  } else if (isInt(value)) {
    const n = toBigInt(value);
    if (n < 0n || n > 0x10ffffn) throw pythonError('OverflowError', '%c arg not in range(0x110000)');
    return String.fromCodePoint(Number(n));
  }
  throw pythonError('TypeError', '%c requires int or char');
}

// The precision a float conversion can be built with. Past FIELD_LIMIT,
// CPython's dtoa allocates a buffer of `precision` digits, which is the
// MemoryError raised here, except where it builds no digits at all:
// inf and nan; zero under %g without '#' ("0" comes back before the
// buffer is made); and %e at precision 2**31 - 1, where its `precision + 1`
// wraps around and one significant digit is printed ('2e+02').
function floatPrecision(x, conversion, precision, alt) {
  if (precision <= FIELD_LIMIT || !Number.isFinite(x)) return precision;
  const lower = conversion.toLowerCase();
  if (lower === 'e' && precision === INT_MAX) return 0;
  if (lower === 'g' && !alt && x === 0) return 1;
  throw memoryError(`precision ${precision}`);
}

// The unpadded text of one conversion and whether it is numeric (signed).
export function convert(arg, value) {
  const { conversion: c, precision, flags } = arg;
  if (c === 's') return { text: str(value), numeric: false };
  if (c === 'r' || c === 'a') return { text: repr(value, c === 'a'), numeric: false };
  if (c === 'c') return { text: asChar(value), numeric: false };
  if ('diuoxX'.includes(c)) {
    const n = asInt(value, c);
    if (precision > INT_MAX - 3) throw pythonError('OverflowError', 'precision too large');
    if (precision > FIELD_LIMIT) throw memoryError(`precision ${precision}`);
    return { text: intText(n, c, precision, flags.alt), numeric: true };
  }
  if ('eEfFgG'.includes(c)) {
    const x = asFloat(value);
    return { text: floatText(x, c, floatPrecision(x, c, precision, flags.alt), flags.alt), numeric: true };
  }
  const code = c.codePointAt(0);
  const shown = code >= 31 && code <= 126 ? c : '?';
  throw pythonError('ValueError', `unsupported format character '${shown}' (0x${code.toString(16)}) at index ${arg.index}`);
}

// ---------------------------------------------------------------------------
// Padding: unicode_format_arg_output. Lengths count code points, as Python's.

const codePoints = (text) => (/[\uD800-\uDFFF]/.test(text) ? [...text] : text);

export function pad(arg, text, numeric) {
  const { flags, conversion: c } = arg;
  let width = arg.width;
  const chars = codePoints(text);
  let len = chars.length;
  if ((width === -1 || width <= len) && (arg.precision === -1 || arg.precision >= len) && !flags.plus && !flags.space) {
    return text;
  }
  if ('sra'.includes(c) && arg.precision >= 0 && len > arg.precision) len = arg.precision;
  let signed = numeric;
  const fill = signed && flags.zero ? '0' : ' ';
  let index = 0;
  let sign = '';
  if (signed) {
    if (chars[0] === '-' || chars[0] === '+') {
      sign = chars[0];
      len -= 1;
      index = 1;
    } else if (flags.plus) sign = '+';
    else if (flags.space) sign = ' ';
    else signed = false;
  }
  if (width > len && width > FIELD_LIMIT) throw memoryError(`width ${width}`);
  if (width < len) width = len;
  let out = '';
  if (signed) {
    if (fill !== ' ') out += sign;
    if (width > len) width -= 1;
  }
  const prefixed = flags.alt && (c === 'x' || c === 'X' || c === 'o');
  let prefix = '';
  if (prefixed) {
    prefix = `0${c}`;
    index += 2;
    if (fill !== ' ') out += prefix;
    width = Math.max(0, width - 2);
    len -= 2;
  }
  if (width > len && !flags.left) {
    out += fill.repeat(width - len);
    width = len;
  }
  if (fill === ' ') out += sign + prefix;
  const body = typeof chars === 'string' ? chars.slice(index, index + len) : chars.slice(index, index + len).join('');
  out += body;
  if (width > len) out += ' '.repeat(width - len);
  return out;
}
