// Argument checks for the JS API, run before anything reaches WASM. Each
// failure throws a TypeError (wrong kind of value) or RangeError (right kind,
// value not allowed) whose message names the value and what was expected.
import { describe } from './describe.js';
import { didYouMean } from './suggest.js';

export const KINK_CONVENTIONS = Object.freeze(['pytorch', 'left', 'right']);

const isPlainObject = (value) =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !ArrayBuffer.isView(value);

export function checkActivationName(name, byName) {
  if (typeof name !== 'string') {
    throw new TypeError(`activation name must be a string, got ${describe(name)}`);
  }
  const entry = byName.get(name);
  if (entry === undefined) {
    const names = [...byName.keys()];
    throw new RangeError(
      `unknown activation ${describe(name)}${didYouMean(name, names)} (expected one of: ${names.join(', ')})`,
    );
  }
  return entry;
}

export function checkNumber(value, what) {
  if (typeof value !== 'number') throw new TypeError(`${what} must be a number, got ${describe(value)}`);
  return value;
}

function withinRange(value, spec) {
  const aboveMin = spec.minInclusive ? value >= spec.min : value > spec.min;
  const belowMax = spec.maxInclusive ? value <= spec.max : value < spec.max;
  return aboveMin && belowMax;
}

function rangeText(spec) {
  if (spec.min === -Infinity && spec.max === Infinity) return 'any finite number';
  const low = spec.min === -Infinity ? '(-∞' : `${spec.minInclusive ? '[' : '('}${spec.min}`;
  const high = spec.max === Infinity ? '∞)' : `${spec.max}${spec.maxInclusive ? ']' : ')'}`;
  return `a finite number in ${low}, ${high}`;
}

// Turns one parameter's value into the number the core reads: a finite
// number within range, or the index of a choice's name.
function checkParamValue(value, spec, activation) {
  const what = `${activation.name} parameter ${spec.name}`;
  if (spec.choices) {
    const index = spec.choices.indexOf(value);
    if (index >= 0) return index;
    const list = spec.choices.map((c) => `"${c}"`).join(', ');
    if (typeof value !== 'string') throw new TypeError(`${what} must be one of ${list}, got ${describe(value)}`);
    throw new RangeError(`${what} = ${describe(value)} is not allowed${didYouMean(value, spec.choices)} (expected one of ${list})`);
  }
  if (typeof value !== 'number') throw new TypeError(`${what} must be a number, got ${describe(value)}`);
  if (!Number.isFinite(value) || !withinRange(value, spec)) {
    throw new RangeError(`${what} = ${describe(value)} is out of range (expected ${rangeText(spec)})`);
  }
  return value;
}

// Writes the activation's parameters, defaults filled in, into `values`
// (registry order), as the numbers the core reads.
export function checkParams(params, activation, values) {
  const specs = activation.params;
  if (params !== undefined && params !== null && !isPlainObject(params)) {
    const example = specs.length ? `{ ${specs[0].name}: ${JSON.stringify(specs[0].default)} }` : '{}';
    throw new TypeError(`parameters of ${activation.name} must be an object like ${example}, got ${describe(params)}`);
  }
  const given = params ?? {};
  for (const key of Object.keys(given)) {
    if (!specs.some((spec) => spec.name === key)) {
      const names = specs.map((spec) => spec.name);
      const expected = names.length ? `expected one of: ${names.join(', ')}` : 'it takes no parameters';
      throw new RangeError(
        `unknown parameter ${describe(key)} for ${activation.name}${didYouMean(key, names)} (${expected})`,
      );
    }
  }
  for (let i = 0; i < specs.length; i++) {
    const spec = specs[i];
    values[i] = checkParamValue(Object.hasOwn(given, spec.name) ? given[spec.name] : spec.default, spec, activation);
  }
  for (const { lower, upper, strict } of activation.orders) {
    const a = values[specs.findIndex((spec) => spec.name === lower)];
    const b = values[specs.findIndex((spec) => spec.name === upper)];
    if (strict ? !(a < b) : !(a <= b)) {
      throw new RangeError(
        `${activation.name} parameters ${lower} = ${describe(a)} and ${upper} = ${describe(b)} are out of order (expected ${lower} ${strict ? '<' : '≤'} ${upper})`,
      );
    }
  }
  return values;
}

export function checkOptions(options) {
  if (options === undefined || options === null) return 0;
  if (!isPlainObject(options)) throw new TypeError(`options must be an object like { kink: 'right' }, got ${describe(options)}`);
  for (const key of Object.keys(options)) {
    if (key !== 'kink') throw new RangeError(`unknown option ${describe(key)} (expected: kink)`);
  }
  if (options.kink === undefined) return 0;
  const index = KINK_CONVENTIONS.indexOf(options.kink);
  if (index < 0) {
    const list = KINK_CONVENTIONS.map((k) => `"${k}"`).join(', ');
    if (typeof options.kink !== 'string') throw new TypeError(`kink must be one of ${list}, got ${describe(options.kink)}`);
    throw new RangeError(`unknown kink convention ${describe(options.kink)}${didYouMean(options.kink, KINK_CONVENTIONS)} (expected one of ${list})`);
  }
  return index;
}

// The element type of an input array: 'f32', 'f64' or 'array' (number[],
// computed in double precision).
export function checkInputArray(input) {
  if (input instanceof Float32Array) return 'f32';
  if (input instanceof Float64Array) return 'f64';
  if (Array.isArray(input)) {
    for (let i = 0; i < input.length; i++) {
      if (typeof input[i] !== 'number') {
        throw new TypeError(`input[${i}] must be a number, got ${describe(input[i])}`);
      }
    }
    return 'array';
  }
  throw new TypeError(`input must be a Float32Array, a Float64Array or an array of numbers, got ${describe(input)}`);
}

// `out` must hold the same element type as the input and have its length;
// for number[] input a number[] or a Float64Array will do.
export function checkOutArray(out, input, kind) {
  const fits =
    (kind === 'f32' && out instanceof Float32Array) ||
    (kind === 'f64' && out instanceof Float64Array) ||
    (kind === 'array' && (Array.isArray(out) || out instanceof Float64Array));
  if (!fits) {
    const expected = { f32: 'a Float32Array', f64: 'a Float64Array', array: 'an array of numbers or a Float64Array' }[kind];
    throw new TypeError(`out must be ${expected} to match the input, got ${describe(out)}`);
  }
  if (out.length !== input.length) {
    throw new RangeError(`out has length ${out.length} but the input has length ${input.length}; they must match`);
  }
  return out;
}

// The grid of a sample() call.
export const MAX_SAMPLES = 1 << 24;
export function checkSampleRange(range) {
  if (!isPlainObject(range)) {
    throw new TypeError(`range must be an object like { from: -5, to: 5, count: 512 }, got ${describe(range)}`);
  }
  for (const key of Object.keys(range)) {
    if (!['from', 'to', 'count'].includes(key)) throw new RangeError(`unknown range field ${describe(key)} (expected: from, to, count)`);
  }
  const { from, to, count = 512 } = range;
  for (const [name, value] of [['from', from], ['to', to], ['count', count]]) {
    checkNumber(value, `range.${name}`);
    if (!Number.isFinite(value)) throw new RangeError(`range.${name} = ${describe(value)} must be finite`);
  }
  if (!(from < to)) throw new RangeError(`range.from (${describe(from)}) must be less than range.to (${describe(to)})`);
  if (!Number.isInteger(count) || count < 2 || count > MAX_SAMPLES) {
    throw new RangeError(`range.count = ${describe(count)} must be an integer from 2 to ${MAX_SAMPLES}`);
  }
  return { from, to, count };
}
