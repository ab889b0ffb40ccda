// Python's printf-style string formatting, `format % args`, for the values
// a tutorial prints. The output is the text CPython 3.11 gives, and so are
// its errors, so an article's
//
//   print('Applying Relu on (%.1f) gives %.1f' % (x, relu(x)))
//
// can be replayed with our core's numbers. This follows PyUnicode_Format
// (Objects/unicodeobject.c) step by step: conversions are read and applied
// left to right, each reading its arguments as it goes, so the first error
// CPython would meet is the one raised.
//
// Python values are modelled as python-values.js describes. `args` is a JS
// array (the tuple after %), a plain object (a dict, for %(name)s
// conversions) or any other value (a single argument).
//
// Supported: %% and the conversions d i u o x X e E f F g G c s r a, with a
// mapping key, the flags - + space # 0, a width and a precision (both may
// be *) and one ignored length modifier (h, l or L). Errors are
// python-errors.js errors with CPython's wording.
//
// Limits. CPython refuses a width above 2**63 - 1 and a precision above
// 2**31 - 1 ("width too big", "precision too big", and OverflowErrors for
// `*` values out of range), and beyond that raises MemoryError when it
// cannot build the string. Here the memory is bounded on purpose: a width
// above FIELD_LIMIT, a precision above FIELD_LIMIT that would add digits,
// or a result longer than RESULT_LIMIT characters raises MemoryError at
// once, before anything is built. CPython's own limits keep their own
// errors, so only sizes no tutorial prints differ from a large machine.
import { pythonError } from './python-errors.js';
import { FIELD_LIMIT, INT_MAX, convert, isInt, memoryError, pad, toBigInt } from './percent-conversion.js';
import { isDict, isNdarray, repr } from './python-values.js';

export { FIELD_LIMIT };
/** The longest text one `format % args` returns. */
export const RESULT_LIMIT = 1_000_000;

const PY_SSIZE_T_MAX = 2n ** 63n - 1n;
const CONVERSIONS = [...'diuoxXeEfFgGcsra'];
const FLAGS = { '-': 'left', '+': 'plus', ' ': 'space', '#': 'alt', 0: 'zero' };

// ---------------------------------------------------------------------------
// The walk over the format

// The arguments as CPython's formatter holds them: a tuple is read in turn;
// any other value is one argument, read once; a dict (or an array, which
// Python also treats as a mapping) serves %(key) lookups.
function argumentSource(args) {
  const tuple = Array.isArray(args);
  const state = {
    args,
    length: tuple ? args.length : -1,
    index: tuple ? 0 : -2,
    dict: !tuple && (isDict(args) || isNdarray(args)) ? args : undefined,
  };
  return {
    next() {
      if (state.index < state.length) {
        state.index += 1;
        return state.length < 0 ? state.args : state.args[state.index - 1];
      }
      throw pythonError('TypeError', 'not enough arguments for format string');
    },
    // Checked before the key is read; returns the lookup of the key.
    mapping() {
      if (!state.dict) throw pythonError('TypeError', 'format requires a mapping');
      return (key) => {
        if (isNdarray(state.dict)) {
          throw pythonError('IndexError', 'only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are valid indices');
        }
        if (!Object.hasOwn(state.dict, key)) throw pythonError('KeyError', repr(key));
        Object.assign(state, { args: state.dict[key], length: -1, index: -2 });
      };
    },
    unused: () => state.index < state.length && !state.dict,
  };
}

// A width or precision from `*`: an int within the C type's range.
function starValue(value, max, type) {
  if (!isInt(value)) throw pythonError('TypeError', '* wants int');
  const n = toBigInt(value);
  if (n > max || n < -max - 1n) throw pythonError('OverflowError', `Python int too large to convert to C ${type}`);
  return Number(n);
}

// Reads one conversion after its '%' (unicode_format_arg_parse): `cursor`
// walks the code points with CPython's count of what is left.
function readConversion(cursor, source) {
  const arg = { flags: {}, width: -1, precision: -1 };
  let ch = cursor.peek();
  if (ch === '(') {
    const lookup = source.mapping();
    cursor.skip();
    const start = cursor.pos;
    let depth = 1;
    while (depth > 0 && cursor.more()) {
      ch = cursor.take();
      if (ch === ')') depth -= 1;
      else if (ch === '(') depth += 1;
    }
    if (cursor.left < 0 || depth > 0) throw pythonError('ValueError', 'incomplete format key');
    arg.key = cursor.slice(start, cursor.pos - 1);
    lookup(arg.key);
  }
  while (cursor.more()) {
    ch = cursor.take();
    if (!(ch in FLAGS)) break;
    arg.flags[FLAGS[ch]] = true;
  }
  if (ch === '*') {
    arg.starWidth = true;
    arg.width = starValue(source.next(), PY_SSIZE_T_MAX, 'ssize_t');
    if (arg.width < 0) {
      arg.flags.left = true;
      arg.width = -arg.width;
    }
    if (cursor.more()) ch = cursor.take();
  } else if (ch >= '0' && ch <= '9') {
    let width = BigInt(ch);
    while (cursor.more()) {
      ch = cursor.take();
      if (ch < '0' || ch > '9') break;
      if (width > (PY_SSIZE_T_MAX - BigInt(ch)) / 10n) throw pythonError('ValueError', 'width too big');
      width = width * 10n + BigInt(ch);
    }
    arg.width = Number(width);
  }
  if (ch === '.') {
    arg.precision = 0;
    if (cursor.more()) ch = cursor.take();
    if (ch === '*') {
      arg.starPrecision = true;
      arg.precision = Math.max(0, starValue(source.next(), BigInt(INT_MAX), 'int'));
      if (cursor.more()) ch = cursor.take();
    } else if (ch >= '0' && ch <= '9') {
      arg.precision = Number(ch);
      while (cursor.more()) {
        ch = cursor.take();
        if (ch < '0' || ch > '9') break;
        if (arg.precision > Math.trunc((INT_MAX - Number(ch)) / 10)) throw pythonError('ValueError', 'precision too big');
        arg.precision = arg.precision * 10 + Number(ch);
      }
    }
  }
  if (cursor.left >= 0 && (ch === 'h' || ch === 'l' || ch === 'L') && cursor.more()) ch = cursor.take();
  if (cursor.left < 0) throw pythonError('ValueError', 'incomplete format');
  arg.conversion = ch;
  arg.index = cursor.pos - 1;
  return arg;
}

// A cursor over the format's code points that keeps CPython's `fmtcnt`
// (what is left to read, going to -1 past the end) and `fmtpos`.
function formatCursor(format) {
  const chars = [...format];
  const cursor = {
    pos: 0,
    left: chars.length,
    peek: () => chars[cursor.pos] ?? '\0',
    more: () => --cursor.left >= 0,
    take: () => chars[cursor.pos++] ?? '\0',
    skip: () => {
      cursor.pos += 1;
      cursor.left -= 1;
    },
    slice: (start, end) => chars.slice(start, end).join(''),
  };
  return cursor;
}

// Walks `format`, calling `onConversion(arg)` for each conversion; returns
// the pieces, each passed through `keep` as it is made.
function walk(format, source, onConversion, keep = (piece) => piece) {
  const cursor = formatCursor(String(format));
  const pieces = [];
  while (cursor.more()) {
    if (cursor.peek() !== '%') {
      const start = cursor.pos++;
      while (cursor.left >= 0 && cursor.peek() !== '%') {
        cursor.pos += 1;
        cursor.left -= 1;
      }
      if (cursor.left < 0) cursor.pos -= 1;
      pieces.push(keep(cursor.slice(start, cursor.pos)));
      continue;
    }
    cursor.pos += 1;
    if (cursor.peek() === '%') {
      cursor.skip();
      pieces.push(keep('%'));
      continue;
    }
    pieces.push(keep(onConversion(readConversion(cursor, source))));
  }
  return pieces;
}

/** `format % args`, as CPython 3.11 prints it or fails. */
export function percentFormat(format, args) {
  const source = argumentSource(args);
  let length = 0;
  const keep = (text) => {
    length += text.length;
    if (length > RESULT_LIMIT) throw memoryError(`result of ${length} characters`);
    return text;
  };
  const pieces = walk(format, source, (arg) => {
    const { text, numeric } = convert(arg, source.next());
    return pad(arg, text, numeric);
  }, keep);
  if (source.unused()) throw pythonError('TypeError', 'not all arguments converted during string formatting');
  return pieces.join('');
}

// The conversions of `format` without applying them: literal text and
// { key, flags, width, precision, conversion, index } (width or precision
// '*' when read from the arguments, -1 when absent). Throws what CPython
// throws for a malformed format, whatever the arguments.
export function parseFormat(format) {
  const source = { next: () => 0n, mapping: () => () => {} };
  const parts = [];
  const pieces = walk(format, source, (arg) => {
    if (!CONVERSIONS.includes(arg.conversion)) convert(arg, 0n);  // CPython's "unsupported format character"
    const { starWidth, starPrecision, ...spec } = arg;
    if (starWidth) spec.width = '*';
    if (starPrecision) spec.precision = '*';
    return spec;
  });
  for (const piece of pieces) {
    if (typeof piece === 'string' && typeof parts.at(-1) === 'string') parts[parts.length - 1] += piece;
    else parts.push(piece);
  }
  return parts;
}

// How many values a format takes from a tuple, and the mapping keys it
// names: lets a caller decide what to pass.
export function formatArguments(format) {
  const specs = parseFormat(format).filter((part) => typeof part !== 'string');
  const keys = specs.filter((spec) => spec.key !== undefined).map((spec) => spec.key);
  const positional = specs.filter((spec) => spec.key === undefined).length +
    specs.reduce((count, spec) => count + (spec.width === '*') + (spec.precision === '*'), 0);
  return { positional, keys };
}
