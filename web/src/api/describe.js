// Renders a value for an error message: short, unambiguous, never throwing
// and never running the caller's code (no getters, no toString, no Proxy
// traps that could be avoided; a trap that throws gives "an object").
// The one quoting rule for every message: a string is shown as JSON, cut
// to MAX_SHOWN characters with "…", so a message stays short whatever the
// caller passed.
import { lengthOf, typedArrayName } from './typed-arrays.js';

export const MAX_SHOWN = 40;

export function quote(text) {
  return JSON.stringify(cut(text, MAX_SHOWN));
}

// `text` cut to `max` characters with "…": for text from outside the API
// shown unquoted, such as the message of an exception a caller's getter threw.
export function cut(text, max = 4 * MAX_SHOWN) {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}


const TypedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype);
const dataViewLength = Object.getOwnPropertyDescriptor(DataView.prototype, 'byteLength').get;

export function describe(value) {
  try {
    return describeUnguarded(value);
  } catch {
    return 'an object';
  }
}

function describeUnguarded(value) {
  if (typeof value === 'string') return quote(value);
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
  if (typeof value === 'bigint') return quote(`${value}`).slice(1, -1) + 'n';
  if (value === null || value === undefined || typeof value === 'boolean') return String(value);
  if (typeof value === 'symbol') return 'a symbol';
  if (typeof value === 'function') return 'a function';
  const typed = typedArrayName(value);
  if (typed !== undefined) return `${article(typed)} ${typed} of length ${lengthOf(value)}`;
  if (isDataView(value)) return `a DataView of ${dataViewLength.call(value)} bytes`;
  if (Array.isArray(value)) return `an Array of length ${value.length}`;
  const name = constructorName(value);
  // A Proxy of a typed array, or an object whose prototype is one's: it has
  // the name but not the data.
  if (TypedArrayPrototype.isPrototypeOf(value)) return `an object posing as ${article(name ?? 'a')} ${name ?? 'typed array'} (a Proxy or a bare prototype)`;
  return name && name !== 'Object' ? `${article(name)} ${name}` : 'an object';
}

function isDataView(value) {
  try {
    dataViewLength.call(value);
    return true;
  } catch {
    return false;
  }
}

// The name of an object's class, read from its prototype's own data
// property (never a getter), so describing runs none of the caller's code.
function constructorName(value) {
  const proto = Object.getPrototypeOf(value);
  if (proto === null) return undefined;
  const descriptor = Object.getOwnPropertyDescriptor(proto, 'constructor');
  const name = typeof descriptor?.value === 'function' ? Object.getOwnPropertyDescriptor(descriptor.value, 'name')?.value : undefined;
  return typeof name === 'string' && /^[\w$]{1,40}$/.test(name) ? name : undefined;
}

const article = (word) => (/^[AEIOU]/.test(word) ? 'an' : 'a');
