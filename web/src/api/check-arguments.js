// Argument checks for the JS API, run before anything reaches WASM. Each
// failure throws a TypeError (wrong kind of value) or RangeError (right kind,
// value not allowed) whose message names the value and what was expected.
import { describe } from './describe.js';
import { readObject } from './read-arguments.js';
import { didYouMean } from './suggest.js';

export const KINK_CONVENTIONS = Object.freeze(['pytorch', 'left', 'right']);

// An error that also says, as properties, what it is about, so a caller can
// mark the right field without reading the message: `activation` (the
// activation's name, or the unknown name given), `param` (the offending
// parameter), `params` (both parameters of an ordering rule), `option`.
export function argumentError(ErrorType, message, fields) {
  return Object.assign(new ErrorType(message), fields);
}

export function checkActivationName(name, byName) {
  if (typeof name !== 'string') {
    throw argumentError(TypeError, `activation name must be a string, got ${describe(name)}`, { activation: name });
  }
  const entry = byName.get(name);
  if (entry === undefined) {
    const names = [...byName.keys()];
    throw argumentError(
      RangeError,
      `unknown activation ${describe(name)}${didYouMean(name, names)} (expected one of: ${names.join(', ')})`,
      { activation: name },
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
  if (spec.choices) {
    const index = spec.choices.indexOf(value);
    if (index >= 0) return index;
    const list = spec.choices.map((c) => `"${c}"`).join(', ');
    if (typeof value !== 'string') throw paramError(TypeError, activation, spec, `must be one of ${list}, got ${describe(value)}`);
    throw paramError(RangeError, activation, spec, `= ${describe(value)} is not allowed${didYouMean(value, spec.choices)} (expected one of ${list})`);
  }
  if (typeof value !== 'number') throw paramError(TypeError, activation, spec, `must be a number, got ${describe(value)}`);
  if (!Number.isFinite(value) || !withinRange(value, spec)) {
    throw paramError(RangeError, activation, spec, `= ${describe(value)} is out of range (expected ${rangeText(spec)})`);
  }
  return value;
}

const paramError = (ErrorType, activation, spec, problem) =>
  argumentError(ErrorType, `${activation.name} parameter ${spec.name} ${problem}`, { activation: activation.name, param: spec.name });

// What messages about an activation's parameters say, and its defaults,
// worked out once per activation.
const contexts = new WeakMap();
function contextOf(activation) {
  let context = contexts.get(activation);
  if (context === undefined) {
    const specs = activation.params;
    context = {
      what: `parameters of ${activation.name}`,
      example: specs.length ? `{ ${specs[0].name}: ${JSON.stringify(specs[0].default)} }` : '{}',
      fields: { activation: activation.name },
      names: specs.map((spec) => spec.name),
      defaults: Float64Array.from(specs, (spec) => checkParamValue(spec.default, spec, activation)),
      orders: activation.orders.map(({ lower, upper, strict }) => ({
        lower, upper, strict, lowerAt: specs.findIndex((spec) => spec.name === lower), upperAt: specs.findIndex((spec) => spec.name === upper),
      })),
    };
    contexts.set(activation, context);
  }
  return context;
}

// Reads the caller's parameters once, then checks them: every name known,
// every value in range, every ordering rule kept. Returns the numbers the
// core reads: registry order, a choice as its index, defaults filled in.
// `defaults` (optional) replaces registry defaults: another library's,
// for a name such as 'keras:leaky_relu'. The caller must not change the
// array returned.
export function resolveParams(params, activation, defaults) {
  const context = contextOf(activation);
  const base = defaults === undefined ? context.defaults : libraryDefaults(context, activation, defaults);
  if ((params === undefined || params === null) && defaults === undefined) return base;
  const specs = activation.params;
  const given = params === undefined || params === null ? new Map() : readObject(params, context.what, context.example, context.fields);
  for (const key of given.keys()) {
    if (!context.names.includes(key)) {
      const expected = specs.length ? `expected one of: ${context.names.join(', ')}` : 'it takes no parameters';
      throw argumentError(
        RangeError,
        `unknown parameter ${describe(key)} for ${activation.name}${didYouMean(key, context.names)} (${expected})`,
        { activation: activation.name, param: key },
      );
    }
  }
  if (given.size === 0 && defaults === undefined) return base;
  const values = new Float64Array(specs.length);
  for (let i = 0; i < specs.length; i++) {
    const spec = specs[i];
    values[i] = given.has(spec.name) ? checkParamValue(given.get(spec.name), spec, activation) : base[i];
  }
  for (const { lower, upper, strict, lowerAt, upperAt } of context.orders) {
    const a = values[lowerAt];
    const b = values[upperAt];
    if (strict ? !(a < b) : !(a <= b)) {
      // The parameter the caller set is the one to correct; with both set,
      // the upper one.
      const param = given.has(upper) || !given.has(lower) ? upper : lower;
      throw argumentError(
        RangeError,
        `${activation.name} parameters ${lower} = ${describe(a)} and ${upper} = ${describe(b)} are out of order (expected ${lower} ${strict ? '<' : '≤'} ${upper})`,
        { activation: activation.name, param, params: [lower, upper] },
      );
    }
  }
  return values;
}

// Another library's defaults, in the core's form, over the registry's.
function libraryDefaults(context, activation, defaults) {
  return Float64Array.from(activation.params, (spec, i) =>
    Object.hasOwn(defaults, spec.name) ? checkParamValue(defaults[spec.name], spec, activation) : context.defaults[i]);
}

// The parameters as a plain object, each by name: a number, or a choice's
// name.
export function namedParams(values, activation) {
  const named = {};
  activation.params.forEach((spec, i) => {
    named[spec.name] = spec.choices ? spec.choices[values[i]] : values[i];
  });
  return named;
}

// The derivative options, read once: the kink convention's index.
export function checkOptions(options) {
  if (options === undefined || options === null) return 0;
  const given = readObject(options, 'options', "{ kink: 'right' }");
  for (const key of given.keys()) {
    if (key !== 'kink') throw argumentError(RangeError, `unknown option ${describe(key)} (expected: kink)`, { option: key });
  }
  const kink = given.get('kink');
  if (kink === undefined) return 0;
  const index = KINK_CONVENTIONS.indexOf(kink);
  if (index < 0) {
    const list = KINK_CONVENTIONS.map((k) => `"${k}"`).join(', ');
    const fields = { option: 'kink' };
    if (typeof kink !== 'string') throw argumentError(TypeError, `kink must be one of ${list}, got ${describe(kink)}`, fields);
    throw argumentError(
      RangeError,
      `unknown kink convention ${describe(kink)}${didYouMean(kink, KINK_CONVENTIONS)} (expected one of ${list})`,
      fields,
    );
  }
  return index;
}

// sample()'s options: the kink convention, and `into`, the arrays the
// samples are written to instead of new ones (`fields`, { x, y, dy } for
// sample() and { x, ddy } for sampleSecondDerivative(): distinct,
// non-overlapping Float64Arrays of length range.count). Returns
// { kink, into }.
export function checkSampleOptions(options, count, fields = ['x', 'y', 'dy']) {
  const given = readObject(options, 'options', "{ kink: 'right' }");
  for (const key of given.keys()) {
    if (key !== 'kink' && key !== 'into') {
      throw argumentError(RangeError, `unknown option ${describe(key)}${didYouMean(key, ['kink', 'into'])} (expected: kink, into)`, { option: key });
    }
  }
  const kink = checkOptions(given.has('kink') ? { kink: given.get('kink') } : undefined);
  if (!given.has('into') || given.get('into') === undefined) return { kink, into: undefined };
  const example = `{ ${fields.join(', ')} } of Float64Arrays`;
  const about = { option: 'into' };
  if (given.get('into') === null) throw argumentError(TypeError, `options.into must be ${example}, got null`, about);
  const into = readObject(given.get('into'), 'options.into', example, about);
  const arrays = {};
  for (const key of into.keys()) {
    if (!fields.includes(key)) throw argumentError(RangeError, `unknown field ${describe(key)} of options.into (expected: ${fields.join(', ')})`, about);
  }
  for (const key of fields) {
    const array = into.get(key);
    if (!(array instanceof Float64Array)) throw argumentError(TypeError, `options.into.${key} must be a Float64Array, got ${describe(array)}`, about);
    if (array.length !== count) {
      throw argumentError(RangeError, `options.into.${key} has length ${array.length} but range.count is ${count}; they must match`, about);
    }
    arrays[key] = array;
  }
  const overlap = (a, b) => a.buffer === b.buffer && a.byteOffset < b.byteOffset + b.byteLength && b.byteOffset < a.byteOffset + a.byteLength;
  for (const [i, a] of fields.entries()) {
    for (const b of fields.slice(i + 1)) {
      if (overlap(arrays[a], arrays[b])) throw argumentError(RangeError, `options.into.${a} and options.into.${b} share memory; they must be separate arrays`, about);
    }
  }
  return { kink, into: arrays };
}

// loadActivations' options: the build to load, 'auto' unless given.
export const BUILDS = Object.freeze(['auto', 'simd', 'scalar']);
// When the analysis module loads: with the core ('now') or on the first
// act.analysisReady() ('later').
export const ANALYSIS_TIMES = Object.freeze(['now', 'later']);
const LOAD_OPTIONS = { build: BUILDS, analysis: ANALYSIS_TIMES };

// { build, analysis } of loadActivations' options, defaults filled in.
export function checkLoadOptions(options) {
  if (options === undefined) return { build: 'auto', analysis: 'now' };
  const example = "{ build: 'scalar' }";
  if (options === null) throw new TypeError(`options must be a plain object like ${example}, got null`);
  const given = readObject(options, 'options', example);
  const names = Object.keys(LOAD_OPTIONS);
  for (const key of given.keys()) {
    if (!names.includes(key)) {
      throw argumentError(RangeError, `unknown option ${describe(key)}${didYouMean(key, names)} (expected: ${names.join(', ')})`, { option: key });
    }
  }
  const checked = {};
  for (const [name, allowed] of Object.entries(LOAD_OPTIONS)) {
    const value = given.get(name) ?? allowed[0];
    if (!allowed.includes(value)) {
      const list = allowed.map((b) => `"${b}"`).join(', ');
      const ErrorType = typeof value === 'string' ? RangeError : TypeError;
      throw argumentError(ErrorType, `${name} must be one of ${list}, got ${describe(value)}`, { option: name });
    }
    checked[name] = value;
  }
  return checked;
}

// The grid of a sample() call.
export const MAX_SAMPLES = 1 << 24;
export function checkSampleRange(range) {
  const example = '{ from: -5, to: 5, count: 512 }';
  if (range === undefined || range === null) throw new TypeError(`range must be a plain object like ${example}, got ${describe(range)}`);
  const given = readObject(range, 'range', example);
  for (const key of given.keys()) {
    if (!['from', 'to', 'count'].includes(key)) {
      throw argumentError(RangeError, `unknown range field ${describe(key)} (expected: from, to, count)`, { field: key });
    }
  }
  const from = given.get('from');
  const to = given.get('to');
  const count = given.get('count') ?? 512;
  for (const [field, value] of [['from', from], ['to', to], ['count', count]]) {
    if (typeof value !== 'number') throw argumentError(TypeError, `range.${field} must be a number, got ${describe(value)}`, { field });
    if (!Number.isFinite(value)) throw argumentError(RangeError, `range.${field} = ${describe(value)} must be finite`, { field });
  }
  if (!(from < to)) {
    throw argumentError(RangeError, `range.from (${describe(from)}) must be less than range.to (${describe(to)})`, { field: 'to' });
  }
  if (!Number.isInteger(count) || count < 2 || count > MAX_SAMPLES) {
    throw argumentError(RangeError, `range.count = ${describe(count)} must be an integer from 2 to ${MAX_SAMPLES}`, { field: 'count' });
  }
  return { from, to, count };
}
