// Python's printf-style string formatting, `format % args`, for the values
// a tutorial prints: floats, ints and 1-D NumPy float arrays. The output is
// the text CPython 3 gives, so an article's
//
//   print('Applying Relu on (%.1f) gives %.1f' % (x, relu(x)))
//
// can be replayed with our core's numbers.
//
// Python values are modelled by JS types: a number is a Python float, a
// BigInt a Python int, a Float32Array, Float64Array or number[] a NumPy
// float array (printed as str() prints it). `args` is an array (the tuple
// after %) or a plain object (a mapping, for %(name)s conversions).
//
// Supported: %% and the conversions d i u o x X e E f F g G s r, with a
// mapping key, the flags - + space # 0, a width and a precision (both may
// be *). Errors are TypeError or ValueError-like RangeError with CPython's
// own wording.
import { isNegative, scaledRoundHalfEven } from './exact-decimal.js';
import { formatNumpyArray, formatPercentFloat, formatPythonFloat, formatPythonInt } from './python-format.js';

// Python's type name of a modelled value, for error messages.
function typeName(value) {
  if (typeof value === 'bigint') return 'int';
  if (typeof value === 'number') return 'float';
  if (isArray(value)) return 'numpy.ndarray';
  if (typeof value === 'string') return 'str';
  return typeof value;
}

const isArray = (value) => Array.isArray(value) || value instanceof Float32Array || value instanceof Float64Array;

// ---------------------------------------------------------------------------
// Exact decimal digits of a double (the binary value, not its shortest
// repr), rounded half to even: what CPython's dtoa gives in modes 2 and 3
// (exact-decimal.js).

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


function nonFinite(x, upper) {
  const text = Number.isNaN(x) ? 'nan' : 'inf';
  return upper ? text.toUpperCase() : text;
}

const exponentText = (exp) => (exp < 0 ? '-' : '+') + String(Math.abs(exp)).padStart(2, '0');

// The digits of |x| for %e with `precision` digits after the point.
function scientific(x, precision, alt) {
  if (x === 0) {
    const frac = '0'.repeat(precision);
    return `0${precision || alt ? '.' : ''}${frac}e+00`;
  }
  const { n, exp } = significant(x, precision + 1);
  const digits = n.toString();
  const point = precision || alt ? '.' : '';
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

// ---------------------------------------------------------------------------
// Conversions

// A Python float from a modelled value, or a TypeError as CPython words it.
function asFloat(value) {
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  throw new TypeError(`must be real number, not ${typeName(value)}`);
}

// int(value) for %d: floats truncate toward zero.
function asInt(value, conversion) {
  if (typeof value === 'bigint') return value;
  if (typeof value === 'number') {
    if (Number.isNaN(value)) throw new RangeError('cannot convert float NaN to integer');
    if (!Number.isFinite(value)) throw new RangeError('cannot convert float infinity to integer');
    return BigInt(Math.trunc(value));
  }
  throw new TypeError(`%${conversion} format: a real number is required, not ${typeName(value)}`);
}

function str(value) {
  if (typeof value === 'bigint') return formatPythonInt(value);
  if (typeof value === 'number') return formatPythonFloat(value);
  if (isArray(value)) return formatNumpyArray(value);
  if (typeof value === 'string') return value;
  throw new TypeError(`cannot format ${typeName(value)}`);
}

// The sign and the digits of one numeric conversion, before padding.
function numeric(spec, value) {
  const { conversion, precision, flags } = spec;
  const upper = conversion === conversion.toUpperCase();
  const positiveSign = flags.plus ? '+' : flags.space ? ' ' : '';
  if ('diu'.includes(conversion) || 'oxX'.includes(conversion)) {
    let n;
    if ('oxX'.includes(conversion)) {
      if (typeof value !== 'bigint') {
        throw new TypeError(`%${conversion} format: an integer is required, not ${typeName(value)}`);
      }
      n = value;
    } else {
      n = asInt(value, conversion);
    }
    const negative = n < 0n;
    const magnitude = negative ? -n : n;
    const base = conversion === 'o' ? 8 : conversion === 'd' || conversion === 'i' || conversion === 'u' ? 10 : 16;
    let digits = magnitude.toString(base);
    if (conversion === 'X') digits = digits.toUpperCase();
    if (precision !== undefined) digits = digits.padStart(precision, '0');
    const prefix = flags.alt && base !== 10 ? { 8: '0o', 16: conversion === 'X' ? '0X' : '0x' }[base] : '';
    return { sign: negative ? '-' : positiveSign, prefix, body: digits };
  }
  const x = asFloat(value);
  const sign = isNegative(x) && !Number.isNaN(x) ? '-' : positiveSign;
  if (!Number.isFinite(x)) return { sign, prefix: '', body: nonFinite(x, upper) };
  const digits = precision ?? 6;
  const lower = conversion.toLowerCase();
  let body = lower === 'f' ? fixed(x, digits, flags.alt) : lower === 'e' ? scientific(x, digits, flags.alt) : general(x, digits, flags.alt);
  if (upper) body = body.toUpperCase();
  return { sign, prefix: '', body };
}

function convert(spec, value) {
  const { conversion, width = 0, precision, flags } = spec;
  if (conversion === 's' || conversion === 'r') {
    let text = str(value);
    if (precision !== undefined) text = text.slice(0, precision);
    return flags.left ? text.padEnd(width) : text.padStart(width);
  }
  const { sign, prefix, body } = numeric(spec, value);
  const length = sign.length + prefix.length + body.length;
  if (width <= length) return sign + prefix + body;
  if (flags.left) return (sign + prefix + body).padEnd(width);
  if (flags.zero) return sign + prefix + body.padStart(width - sign.length - prefix.length, '0');
  return (sign + prefix + body).padStart(width);
}

// ---------------------------------------------------------------------------
// The format string

const CONVERSIONS = 'diuoxXeEfFgGsr';

// The conversions of `format`: literal text and { key, flags, width,
// precision, conversion, index }. Throws RangeError (ValueError) for a
// malformed format, as CPython does.
export function parseFormat(format) {
  const parts = [];
  let literal = '';
  let i = 0;
  while (i < format.length) {
    const c = format[i];
    if (c !== '%') {
      literal += c;
      i += 1;
      continue;
    }
    const start = i;
    i += 1;
    if (format[i] === '%') {
      literal += '%';
      i += 1;
      continue;
    }
    if (literal) parts.push(literal);
    literal = '';
    const spec = { index: start, flags: {} };
    if (format[i] === '(') {
      let depth = 1;
      let j = i + 1;
      while (j < format.length && depth > 0) {
        if (format[j] === '(') depth += 1;
        else if (format[j] === ')') depth -= 1;
        j += 1;
      }
      if (depth > 0) throw new RangeError('incomplete format key');
      spec.key = format.slice(i + 1, j - 1);
      i = j;
    }
    const flagNames = { '-': 'left', '+': 'plus', ' ': 'space', '#': 'alt', 0: 'zero' };
    while (format[i] in flagNames) spec.flags[flagNames[format[i++]]] = true;
    const number = () => {
      if (format[i] === '*') {
        i += 1;
        return '*';
      }
      const match = /^\d+/.exec(format.slice(i));
      if (!match) return undefined;
      i += match[0].length;
      return Number(match[0]);
    };
    spec.width = number();
    if (format[i] === '.') {
      i += 1;
      spec.precision = number() ?? 0;
    }
    while ('hlL'.includes(format[i]) && i < format.length) i += 1;  // length modifiers: accepted, ignored
    if (i >= format.length) throw new RangeError('incomplete format');
    const conversion = format[i];
    if (!CONVERSIONS.includes(conversion)) {
      const code = conversion.codePointAt(0);
      throw new RangeError(`unsupported format character '${conversion}' (0x${code.toString(16)}) at index ${i}`);
    }
    spec.conversion = conversion;
    i += 1;
    parts.push(spec);
  }
  if (literal) parts.push(literal);
  return parts;
}

// format % args.
export function percentFormat(format, args) {
  const parts = parseFormat(format);
  const mapping = args !== null && typeof args === 'object' && !isArray(args) ? args : undefined;
  const tuple = mapping ? undefined : Array.isArray(args) ? args : [args];
  let next = 0;
  const take = () => {
    if (!tuple || next >= tuple.length) throw new TypeError('not enough arguments for format string');
    return tuple[next++];
  };
  let out = '';
  for (const part of parts) {
    if (typeof part === 'string') {
      out += part;
      continue;
    }
    const spec = { ...part, flags: { ...part.flags } };
    for (const field of ['width', 'precision']) {
      if (spec[field] !== '*') continue;
      const value = take();
      if (typeof value !== 'bigint') throw new TypeError('* wants int');
      spec[field] = Number(value);
      if (field === 'width' && spec.width < 0) {
        spec.flags.left = true;
        spec.width = -spec.width;
      }
      if (field === 'precision' && spec.precision < 0) spec.precision = undefined;
    }
    let value;
    if (spec.key !== undefined) {
      if (!mapping) throw new TypeError('format requires a mapping');
      if (!Object.hasOwn(mapping, spec.key)) throw new RangeError(`KeyError: '${spec.key}'`);
      value = mapping[spec.key];
    } else {
      value = take();
    }
    out += convert(spec, value);
  }
  if (tuple && next < tuple.length) throw new TypeError('not all arguments converted during string formatting');
  return out;
}

// How many values a format takes from a tuple, and the mapping keys it
// names: lets a caller decide what to pass.
export function formatArguments(format) {
  const parts = parseFormat(format).filter((part) => typeof part !== 'string');
  const keys = parts.filter((part) => part.key !== undefined).map((part) => part.key);
  const positional = parts.filter((part) => part.key === undefined).length +
    parts.reduce((count, part) => count + (part.width === '*') + (part.precision === '*'), 0);
  return { positional, keys };
}
