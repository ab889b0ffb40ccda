// Reads what callers pass, once, into plain values. A getter, a Proxy trap
// or an element accessor runs exactly once per value, before anything is
// checked or written to WASM memory, so code that re-enters the API or
// changes its answer between two reads cannot change a call's result. An
// exception thrown while reading becomes a TypeError naming what was read,
// with the original as its cause.
import { cut, describe } from './describe.js';

// An ordinary object: `{...}` or Object.create(null), from any realm. Maps,
// arrays, typed arrays, dates and class instances are not.
export function isPlainObject(value) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === null || Object.getPrototypeOf(proto) === null;
}

// Runs `read`, turning anything it throws into a TypeError about `what`.
export function readingOnce(what, read, fields) {
  try {
    return read();
  } catch (error) {
    throw unreadable(what, error, fields);
  }
}

const unreadable = (what, error, fields) =>
  Object.assign(new TypeError(`could not read ${what}: ${messageOf(error)}`, { cause: error }), fields);

export function messageOf(error) {
  try {
    return error instanceof Error ? cut(String(error.message)) : describe(error);
  } catch {
    return 'an exception';
  }
}

// The own enumerable string-keyed properties of a plain object, as a Map
// (so a key such as "__proto__" is data, not a prototype). undefined and
// null give an empty Map: the argument was left out.
export function readObject(value, what, example, fields) {
  if (value === undefined || value === null) return new Map();
  let plain;
  try {
    plain = isPlainObject(value);
  } catch (error) {
    throw unreadable(what, error, fields);
  }
  if (!plain) {
    throw Object.assign(new TypeError(`${what} must be a plain object like ${example}, got ${describe(value)}`), fields);
  }
  const entries = new Map();
  try {
    for (const key of Object.keys(value)) entries.set(key, value[key]);
  } catch (error) {
    throw unreadable(what, error, fields);
  }
  return entries;
}
