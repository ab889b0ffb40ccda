// The arrays apply and gradient take, read once into plain typed arrays
// before anything is written to WASM memory.
//
// Float32Array and Float64Array data are used as they are, through the
// engine's own operations (typed-arrays.js): reading them runs no caller
// code. A number[] (or anything Array.isArray accepts, a
// Proxy of an array included) is read element by element, once, into a
// new Float64Array: a getter or trap runs once per element, and whatever it
// does (call the API, grow WASM memory, answer differently the next time)
// cannot change the result. Other typed arrays, DataViews and array-likes
// are refused.
import { describe } from './describe.js';
import { messageOf, readingOnce } from './read-arguments.js';
import { lengthOf, typedArrayName } from './typed-arrays.js';

// The most elements a number[] may have: its copy is a Float64Array, and
// 2^28 of them is 2 GiB, more than an engine gives one typed array.
export const MAX_ARRAY_ELEMENTS = 2 ** 28;

const KIND_OF = { Float32Array: 'f32', Float64Array: 'f64' };

// { kind: 'f32' | 'f64' | 'array', data }: `data` is the caller's typed
// array, or for 'array' a Float64Array copy of the numbers.
export function readInputArray(input) {
  const typed = typedArrayName(input);
  if (typed !== undefined) {
    if (KIND_OF[typed]) return { kind: KIND_OF[typed], data: input };
    throw new TypeError(`input must be a Float32Array, a Float64Array or an array of numbers, got ${describe(input)}; convert it first, e.g. Float64Array.from(input)`);
  }
  const isArray = readingOnce('input', () => Array.isArray(input));
  if (!isArray) {
    throw new TypeError(`input must be a Float32Array, a Float64Array or an array of numbers, got ${describe(input)}`);
  }
  return { kind: 'array', data: readNumbers(input, 'input') };
}

// Values to copy into a WASM buffer: a Float32Array or Float64Array as it
// is, another numeric typed array converted, or the numbers of an array
// read once.
export function readValues(values, what) {
  const typed = typedArrayName(values);
  if (typed !== undefined) {
    if (KIND_OF[typed]) return values;
    if (!typed.startsWith('Big')) return new Float64Array(values);
  } else if (readingOnce(what, () => Array.isArray(values))) {
    return readNumbers(values, what);
  }
  throw new TypeError(`${what} must be an array of numbers or a numeric typed array, got ${describe(values)}`);
}

function readNumbers(array, what) {
  const length = readingOnce(what, () => array.length);
  if (length > MAX_ARRAY_ELEMENTS) {
    throw new RangeError(`${what} has ${describe(length)} elements; an array of numbers may have at most ${MAX_ARRAY_ELEMENTS} (use a Float32Array or Float64Array)`);
  }
  const numbers = new Float64Array(length);
  let i = 0;
  let bad;
  try {
    for (; i < length; i++) {
      const value = array[i];
      if (typeof value !== 'number') {
        bad = value;
        break;
      }
      numbers[i] = value;
    }
  } catch (error) {
    throw new TypeError(`could not read ${what}: ${messageOf(error)}`, { cause: error });
  }
  if (i === length) return numbers;
  if (bad === undefined && !readingOnce(what, () => i in array)) {
    throw new TypeError(`${what}[${i}] is a hole in a sparse array; expected a number`);
  }
  throw new TypeError(`${what}[${i}] must be a number, got ${describe(bad)}`);
}

// Checks `out` against the input's kind and length: a Float32Array for
// float32 data, a Float64Array for float64, a number[] or a Float64Array
// for number[] input. A frozen number[] is refused before anything is
// computed.
export function checkOutArray(out, kind, length) {
  const typed = typedArrayName(out);
  const isArray = typed === undefined && readingOnce('out', () => Array.isArray(out));
  const fits =
    (kind === 'f32' && typed === 'Float32Array') ||
    (kind === 'f64' && typed === 'Float64Array') ||
    (kind === 'array' && (isArray || typed === 'Float64Array'));
  if (!fits) {
    const expected = { f32: 'a Float32Array', f64: 'a Float64Array', array: 'an array of numbers or a Float64Array' }[kind];
    throw new TypeError(`out must be ${expected} to match the input, got ${describe(out)}`);
  }
  const outLength = isArray ? readingOnce('out', () => out.length) : lengthOf(out);
  if (outLength !== length) {
    throw new RangeError(`out has length ${describe(outLength)} but the input has length ${length}; they must match`);
  }
  if (!isArray) return out;
  if (length > 0 && readingOnce('out', () => Object.isFrozen(out))) {
    throw new TypeError('out is frozen, so the results cannot be written to it; pass a writable array');
  }
  return out;
}

// Writes `values` into a number[] `out`, each element once. A write the
// array refuses (a read-only element, a Proxy whose trap says no) is a
// TypeError naming the element.
export function writeNumbers(out, values) {
  for (let i = 0; i < values.length; i++) {
    try {
      out[i] = values[i];
    } catch (error) {
      throw new TypeError(`could not write out[${i}]: ${messageOf(error)}`, { cause: error });
    }
  }
  return out;
}
