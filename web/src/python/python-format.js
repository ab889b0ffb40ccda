// Format JS numbers exactly the way CPython 3 and NumPy (>= 1.14 default print
// options) print them, so the page can show the same text a Python session
// would print.
//
// Two ingredients are needed:
//  * the shortest digit string that round-trips to the same double. CPython's
//    repr (dtoa.c mode 0) and JS's Number#toExponential() with no argument both
//    produce it (ECMA-262 Number::toString picks the shortest digits, closest to
//    the exact value), so we borrow the digits from JS and only redo the layout;
//  * correctly rounded fixed-precision digits of the *exact* binary value,
//    with ties to even. JS's toFixed() rounds ties away from zero
//    ((0.125).toFixed(2) is '0.13', Python gives '0.12') and switches to
//    exponent notation at 1e21, so that part is done with BigInt arithmetic.

import { exactScaled, isNegative, scaledRoundHalfEven } from './exact-decimal.js';

// Shortest round-trip digits of |x|: { digits: '15', exp: -3 } means 1.5e-3.
function shortestDigits(x) {
  if (x === 0) return { digits: '0', exp: 0 };
  const [mantissa, exp] = Math.abs(x).toExponential().split('e');
  return { digits: mantissa.replace('.', ''), exp: Number(exp) };
}

// The exact value of |x| rounded half-to-even to `sig` significant digits:
// { digits, exp } with digits.length === sig. This is what NumPy's Dragon4
// prints once it runs past the shortest digits (e.g. 5e-324 with two digits is
// 4.9e-324, not 5.0e-324).
function exactSignificant(x, sig) {
  if (x === 0) return { digits: '0'.repeat(sig), exp: 0 };
  // Decimal exponent of the exact value, floor(log10|x|). The shortest repr's
  // exponent can be one too high (1e-323 is really 9.88e-324).
  const atLeastPow10 = (p) => {
    const { num, den } = exactScaled(x, -p);
    return num >= den;
  };
  let exp = shortestDigits(x).exp;
  while (!atLeastPow10(exp)) exp -= 1;
  while (atLeastPow10(exp + 1)) exp += 1;
  let n = scaledRoundHalfEven(x, sig - 1 - exp);
  if (n === 10n ** BigInt(sig)) {
    // Rounding carried into a new digit: 9.99...e2 -> 1.00e3.
    n /= 10n;
    exp += 1;
  }
  return { digits: n.toString(), exp };
}

// Lay out a non-negative scaled integer n (value n / 10**p) as 'int.frac'.
function fixedFromScaled(n, p) {
  const s = n.toString().padStart(p + 1, '0');
  return { int: s.slice(0, s.length - p), frac: s.slice(s.length - p) };
}


function nonFinite(x) {
  if (Number.isNaN(x)) return 'nan';
  return x < 0 ? '-inf' : 'inf';
}

// ---------------------------------------------------------------------------
// Python scalars

// repr(float) / print(float). CPython's float_repr uses format code 'r':
// scientific when the decimal exponent is < -4 or >= 16, otherwise positional,
// always with a '.0' added to integral values (Python/pystrtod.c,
// format_float_short). Exponents carry a sign and at least two digits.
export function formatPythonFloat(x) {
  x = Number(x);
  if (!Number.isFinite(x)) return nonFinite(x);
  const sign = isNegative(x) ? '-' : '';
  const { digits, exp } = shortestDigits(x);
  if (exp < -4 || exp >= 16) {
    const mantissa = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    const expSign = exp < 0 ? '-' : '+';
    return `${sign}${mantissa}e${expSign}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  if (exp < 0) return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`;
  const int = digits.slice(0, exp + 1).padEnd(exp + 1, '0');
  const frac = digits.slice(exp + 1) || '0';
  return `${sign}${int}.${frac}`;
}

// str(int). Accepts an integral JS number (or a BigInt); numbers beyond 2**53
// go through BigInt so every digit of the exact value is printed.
export function formatPythonInt(n) {
  if (typeof n === 'bigint') return n.toString();
  if (!Number.isInteger(n)) throw new RangeError(`formatPythonInt: ${n} is not an integer`);
  return BigInt(n).toString(); // BigInt(-0) is 0n, like int(-0.0) == 0
}

// '%.Nf' % x (same as format(x, '.Nf')): the exact binary value correctly
// rounded to N decimals with ties to even (dtoa.c mode 3), never switching to
// exponent notation, and keeping the sign of values that round to zero
// ('%.1f' % -0.04 == '-0.0'). No '.' when N is 0, like Python.
export function formatPercentFloat(x, precision = 6) {
  if (!Number.isInteger(precision) || precision < 0) {
    throw new RangeError(`formatPercentFloat: bad precision ${precision}`);
  }
  x = Number(x);
  if (!Number.isFinite(x)) return nonFinite(x);
  const sign = isNegative(x) ? '-' : '';
  const { int, frac } = fixedFromScaled(scaledRoundHalfEven(x, precision), precision);
  return precision === 0 ? sign + int : `${sign}${int}.${frac}`;
}

// ---------------------------------------------------------------------------
// NumPy: print(np.array(values, dtype=float)) for a 1-D array, with the
// default print options of numpy/core/arrayprint.py.

const PRECISION = 8;
const LINE_WIDTH = 75;
const THRESHOLD = 1000;
const EDGE_ITEMS = 3;

// Dragon4 with unique=True and a precision cap (dragon4_positional /
// dragon4_scientific): the shortest digits when they fit in the cap, else the
// exact value rounded half-to-even at the cap. Trailing zeros trimmed.
function positionalParts(x) {
  const { digits, exp } = shortestDigits(x);
  const fracLen = Math.max(0, digits.length - 1 - exp);
  let int;
  let frac;
  if (fracLen <= PRECISION) {
    if (exp < 0) {
      int = '0';
      frac = '0'.repeat(-exp - 1) + digits;
    } else {
      int = digits.slice(0, exp + 1).padEnd(exp + 1, '0');
      frac = digits.slice(exp + 1);
    }
  } else {
    ({ int, frac } = fixedFromScaled(scaledRoundHalfEven(x, PRECISION), PRECISION));
  }
  return { int: (isNegative(x) ? '-' : '') + int, frac: frac.replace(/0+$/, '') };
}

function scientificParts(x, fracDigits, trim) {
  let { digits, exp } = shortestDigits(x);
  if (!trim || digits.length > fracDigits + 1) ({ digits, exp } = exactSignificant(x, fracDigits + 1));
  let frac = digits.slice(1);
  if (trim) frac = frac.replace(/0+$/, '');
  return { int: (isNegative(x) ? '-' : '') + digits[0], frac, exp };
}

function expString(exp, minDigits) {
  return (exp < 0 ? '-' : '+') + String(Math.abs(exp)).padStart(minDigits, '0');
}

// FloatingFormat.fillFormat + __call__ (floatmode='maxprec', suppress=False,
// sign='-'): returns a function formatting one element to a common width.
function floatingFormat(data) {
  const finite = data.filter(Number.isFinite);
  let expFormat = false;
  const absNonZero = finite.filter((v) => v !== 0).map(Math.abs);
  if (absNonZero.length > 0) {
    const max = absNonZero.reduce((a, b) => Math.max(a, b));
    const min = absNonZero.reduce((a, b) => Math.min(a, b));
    expFormat = max >= 1e8 || min < 1e-4 || max / min > 1000;
  }

  let padLeft = 0;
  let padRight = 0;
  let precision = 0;
  let expSize = 2;
  if (finite.length > 0 && expFormat) {
    // First pass at precision 8, trimmed, to find the widest pieces; then every
    // element is printed with exactly that many digits ('1.0e+00' next to
    // '1.5e-05') and an exponent zero-padded to the widest one.
    const parts = finite.map((v) => scientificParts(v, PRECISION, true));
    expSize = Math.max(...parts.map((p) => String(Math.abs(p.exp)).padStart(2, '0').length));
    precision = Math.max(...parts.map((p) => p.frac.length));
    padLeft = Math.max(...parts.map((p) => p.int.length));
    padRight = expSize + 2 + precision; // only used to size nan/inf
  } else if (finite.length > 0) {
    // Positional: trimmed digits, aligned on the '.', padded with spaces on
    // both sides ('[ 0.  -0.1 15. ]').
    const parts = finite.map(positionalParts);
    padLeft = Math.max(...parts.map((p) => p.int.length));
    padRight = Math.max(...parts.map((p) => p.frac.length));
  }

  // nan / inf are right-aligned in the full field; widen the integer part if
  // they would not fit ('[-inf   0.]').
  if (finite.length !== data.length) {
    const infLen = data.includes(-Infinity) ? 4 : 3;
    padLeft = Math.max(padLeft, 3 - (padRight + 1), infLen - (padRight + 1));
  }

  return (x) => {
    if (!Number.isFinite(x)) {
      const s = nonFinite(x);
      return ' '.repeat(Math.max(0, padLeft + padRight + 1 - s.length)) + s;
    }
    if (expFormat) {
      const p = scientificParts(x, precision, false);
      return `${p.int.padStart(padLeft)}.${p.frac}e${expString(p.exp, expSize)}`;
    }
    const p = positionalParts(x);
    return `${p.int.padStart(padLeft)}.${p.frac.padEnd(padRight)}`;
  };
}

// _formatArray for one axis: words are joined by the separator and wrapped
// so no line passes `lineWidth` minus room for the closing bracket (and for
// a separator's comma); continuation lines are indented to sit under the
// first element. A line is never wrapped while it holds no element yet.
function wrapWords(words, { separator, lineWidth, indent }) {
  const elemWidth = lineWidth - Math.max(separator.trimEnd().length, 1);
  let s = '';
  let line = indent;
  words.forEach((word, i) => {
    if (line.length + word.length > elemWidth && line.length > indent.length) {
      s += line.trimEnd() + '\n';
      line = indent;
    }
    line += word;
    if (i < words.length - 1) line += separator;
  });
  s += line;
  return '[' + s.slice(indent.length) + ']';
}

// The words of a 1-D array: arrays with more than 1000 elements are
// summarised to their first and last three elements around '...', and only
// those six decide the format.
function arrayWords(values) {
  const data = Array.from(values, Number);
  const summarise = data.length > THRESHOLD;
  const shown = summarise ? [...data.slice(0, EDGE_ITEMS), ...data.slice(-EDGE_ITEMS)] : data;
  const format = floatingFormat(shown);
  const words = shown.map(format);
  if (summarise) words.splice(EDGE_ITEMS, 0, '...');
  return words;
}

// str(np.array(values, dtype=float)) for a 1-D array (JS array or typed array).
export function formatNumpyArray(values) {
  if (values.length === 0) return '[]';
  return wrapWords(arrayWords(values), { separator: ' ', lineWidth: LINE_WIDTH, indent: ' ' });
}

// repr(np.array(values, dtype=float)): 'array([1. , 2.5])', wrapped under
// the '[' with ', ' between elements; the closing ')' takes one column of
// the line width (numpy/core/arrayprint.py, _array_repr_implementation).
export function formatNumpyArrayRepr(values) {
  if (values.length === 0) return 'array([], dtype=float64)';
  const prefix = 'array(';
  const list = wrapWords(arrayWords(values), {
    separator: ', ',
    lineWidth: LINE_WIDTH - 1,
    indent: ' '.repeat(prefix.length + 1),
  });
  return `${prefix}${list})`;
}
