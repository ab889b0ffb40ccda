// The Python values the tutorial printers handle, modelled by JS values,
// with their type names and their str(), repr() and ascii() texts:
//
//   number                         float
//   bigint                         int
//   boolean                        bool
//   string                         str
//   null / undefined               None
//   Float64Array, Float32Array,    a 1-D NumPy float array (numpy.ndarray)
//     number[] (as a value)
//   plain object                   dict with str keys
import { formatNumpyArray, formatNumpyArrayRepr, formatPythonFloat, formatPythonInt } from './python-format.js';

export const isNdarray = (value) =>
  Array.isArray(value) || value instanceof Float64Array || value instanceof Float32Array;

export function isDict(value) {
  if (value === null || typeof value !== 'object' || isNdarray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

// type(value).__name__ as Python's messages print it.
export function typeName(value) {
  if (typeof value === 'bigint') return 'int';
  if (typeof value === 'number') return 'float';
  if (typeof value === 'boolean') return 'bool';
  if (typeof value === 'string') return 'str';
  if (value === null || value === undefined) return 'NoneType';
  if (isNdarray(value)) return 'numpy.ndarray';
  if (isDict(value)) return 'dict';
  return typeof value;
}

// Printable in repr(): not a control, format, surrogate, private-use,
// unassigned or separator character, except the plain space
// (Py_UNICODE_ISPRINTABLE).
const NOT_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

function escapeCodePoint(code) {
  if (code < 0x100) return `\\x${code.toString(16).padStart(2, '0')}`;
  if (code < 0x10000) return `\\u${code.toString(16).padStart(4, '0')}`;
  return `\\U${code.toString(16).padStart(8, '0')}`;
}

// repr(str) (Objects/unicodeobject.c, unicode_repr): single quotes unless
// the text holds a ' and no ", the usual escapes, and \x \u \U for what is
// not printable (for ascii(), for everything beyond ASCII).
export function strRepr(text, asciiOnly = false) {
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of text) {
    const code = ch.codePointAt(0);
    if (ch === quote || ch === '\\') out += `\\${ch}`;
    else if (ch === '\t') out += '\\t';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (code < 0x20 || code === 0x7f) out += escapeCodePoint(code);
    else if (code < 0x7f) out += ch;
    else if (asciiOnly || (ch !== ' ' && NOT_PRINTABLE.test(ch))) out += escapeCodePoint(code);
    else out += ch;
  }
  return out + quote;
}

function dictRepr(dict, asciiOnly) {
  const items = Object.keys(dict).map((key) => `${strRepr(key, asciiOnly)}: ${repr(dict[key], asciiOnly)}`);
  return `{${items.join(', ')}}`;
}

function unsupported(value) {
  return new TypeError(`a JS ${typeName(value)} is not one of the Python values modelled here`);
}

// repr(value), or ascii(value) when asciiOnly.
export function repr(value, asciiOnly = false) {
  if (typeof value === 'string') return strRepr(value, asciiOnly);
  if (isNdarray(value)) return formatNumpyArrayRepr(value);
  if (isDict(value)) return dictRepr(value, asciiOnly);
  return str(value);
}

// str(value).
export function str(value) {
  if (typeof value === 'bigint') return formatPythonInt(value);
  if (typeof value === 'number') return formatPythonFloat(value);
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (typeof value === 'string') return value;
  if (value === null || value === undefined) return 'None';
  if (isNdarray(value)) return formatNumpyArray(value);
  if (isDict(value)) return dictRepr(value, false);
  throw unsupported(value);
}
