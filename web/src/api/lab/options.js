// Checks for the lab's options, run before anything reaches WASM: each
// failure throws a TypeError (wrong kind of value) or RangeError (right
// kind, value not allowed) naming the option and what was expected. The
// activation and its parameters go through the registry's own checks.
import { KINK_CONVENTIONS, checkActivationName, resolveParams } from '../check-arguments.js';
import { describe } from '../describe.js';
import { didYouMean } from '../suggest.js';

// Names the API accepts, in the order of the core's enums.
export const INITIALISERS = Object.freeze([
  'he-normal', 'he-uniform', 'xavier-normal', 'xavier-uniform', 'lecun-normal', 'pytorch', 'playground',
]);
export const BIASES = Object.freeze(['initialiser', 'zero', 'constant', 'drawn']);
export const OUTPUTS = Object.freeze(['linear', 'tanh', 'sigmoid']);
export const LOSSES = Object.freeze(['half-mse', 'mse', 'bce-logits']);
export const OPTIMIZERS = Object.freeze(['sgd', 'adam']);
// TensorFlow Playground's learning-rate menu (its index.html).
export const PLAYGROUND_LEARNING_RATES = Object.freeze([0.00001, 0.0001, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10]);

const isPlainObject = (value) =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !ArrayBuffer.isView(value);

export function checkObject(value, what, example) {
  if (value === undefined || value === null) return {};
  if (!isPlainObject(value)) throw new TypeError(`${what} must be an object like ${example}, got ${describe(value)}`);
  return value;
}

// Rejects keys the call does not know, with a suggestion.
export function checkKeys(options, allowed, what) {
  for (const key of Object.keys(options)) {
    if (!allowed.includes(key)) {
      throw new RangeError(`unknown ${what} option ${describe(key)}${didYouMean(key, allowed)} (expected one of: ${allowed.join(', ')})`);
    }
  }
}

export function checkInteger(value, name, min, max) {
  if (typeof value !== 'number') throw new TypeError(`${name} must be an integer, got ${describe(value)}`);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(`${name} = ${describe(value)} is out of range (expected an integer from ${min} to ${max})`);
  }
  return value;
}

export function checkFinite(value, name, { min = -Infinity, max = Infinity, minOpen = false } = {}) {
  if (typeof value !== 'number') throw new TypeError(`${name} must be a number, got ${describe(value)}`);
  const aboveMin = minOpen ? value > min : value >= min;
  if (!Number.isFinite(value) || !aboveMin || value > max) {
    const low = min === -Infinity ? '' : ` ${minOpen ? '>' : '≥'} ${min}`;
    const high = max === Infinity ? '' : `${low ? ' and' : ''} ≤ ${max}`;
    throw new RangeError(`${name} = ${describe(value)} is out of range (expected a finite number${low}${high})`);
  }
  return value;
}

export function checkChoice(value, name, choices) {
  const index = choices.indexOf(value);
  if (index >= 0) return index;
  const list = choices.map((c) => `"${c}"`).join(', ');
  if (typeof value !== 'string') throw new TypeError(`${name} must be one of ${list}, got ${describe(value)}`);
  throw new RangeError(`unknown ${name} ${describe(value)}${didYouMean(value, choices)} (expected one of ${list})`);
}

// A seed: an integer from 0 to 2^53 − 1, so it survives the trip through a
// double into the core's 64-bit seed.
export const checkSeed = (value, name = 'seed') => checkInteger(value, name, 0, Number.MAX_SAFE_INTEGER);

// The hidden layers' activation: { id, params (Float64Array), kink }.
export function checkActivation(options, registry, maxParams) {
  const spec = checkActivationName(options.activation ?? 'relu', registry);
  const params = new Float64Array(maxParams);
  params.set(resolveParams(options.params, spec));
  const kink = options.kink === undefined ? 0 : checkChoice(options.kink, 'kink convention', KINK_CONVENTIONS);
  return { spec, id: spec.id, params, kink };
}

// Weights' initialiser and biases: bias is 'initialiser' (the initialiser's
// own), 'zero', 'drawn' (as the layer's weights) or a finite number.
export function checkInit(options, defaultInit, defaultBias) {
  const init = checkChoice(options.init ?? defaultInit, 'initialiser', INITIALISERS);
  const bias = options.bias ?? defaultBias;
  if (typeof bias === 'number') return { init, bias: BIASES.indexOf('constant'), biasValue: checkFinite(bias, 'bias') };
  const kind = checkChoice(bias === 'default' ? 'initialiser' : bias, 'bias', BIASES.filter((b) => b !== 'constant'));
  return { init, bias: BIASES.indexOf(['initialiser', 'zero', 'drawn'][kind]), biasValue: 0 };
}

// { name: 'sgd' | 'adam', lr, beta1, beta2, eps }, Adam's defaults PyTorch's.
export function checkOptimizer(value, fallback) {
  const optimizer = checkObject(value ?? fallback, 'optimizer', "{ name: 'adam', lr: 0.001 }");
  checkKeys(optimizer, ['name', 'lr', 'beta1', 'beta2', 'eps'], 'optimizer');
  const kind = checkChoice(optimizer.name ?? 'sgd', 'optimizer', OPTIMIZERS);
  const lr = checkFinite(optimizer.lr ?? fallback?.lr ?? 0.01, 'learning rate lr', { min: 0, minOpen: true });
  const beta1 = checkFinite(optimizer.beta1 ?? 0.9, 'beta1', { min: 0, max: 0.999999999 });
  const beta2 = checkFinite(optimizer.beta2 ?? 0.999, 'beta2', { min: 0, max: 0.999999999 });
  const eps = checkFinite(optimizer.eps ?? 1e-8, 'eps', { min: 0, minOpen: true });
  return { kind, lr, beta1, beta2, eps };
}

export function checkWidths(value, name, maxWidth, { minLength = 1, maxLength = Infinity } = {}) {
  if (!Array.isArray(value) && !ArrayBuffer.isView(value)) {
    throw new TypeError(`${name} must be an array of integers, got ${describe(value)}`);
  }
  if (value.length < minLength || value.length > maxLength) {
    throw new RangeError(`${name} has ${value.length} entries (expected ${minLength} to ${maxLength})`);
  }
  return Array.from(value, (width, i) => checkInteger(width, `${name}[${i}]`, 1, maxWidth));
}

export function checkCallbacks(options) {
  const { onProgress, signal } = options;
  if (onProgress !== undefined && typeof onProgress !== 'function') {
    throw new TypeError(`onProgress must be a function, got ${describe(onProgress)}`);
  }
  if (signal !== undefined && (typeof signal !== 'object' || signal === null || typeof signal.aborted !== 'boolean')) {
    throw new TypeError(`signal must be an AbortSignal, got ${describe(signal)}`);
  }
  return { onProgress, signal };
}

// A trial range for running part of an experiment (a worker's share):
// { first, count } within [0, trials).
export function checkRange(value, trials) {
  if (value === undefined) return { first: 0, count: trials };
  const range = checkObject(value, 'range', '{ first: 0, count: 100 }');
  checkKeys(range, ['first', 'count'], 'range');
  const first = checkInteger(range.first ?? 0, 'range.first', 0, trials);
  const count = checkInteger(range.count ?? trials - first, 'range.count', 0, trials - first);
  return { first, count };
}
