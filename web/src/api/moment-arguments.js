// Argument checks of the moments API (moments.js): each object is read once
// (read-arguments.js) into plain values, checked, and only then used. A
// wrong kind of value is a TypeError, a value not allowed a RangeError; the
// message names the value, and the error's `field` property the field.
import { argumentError } from './check-arguments.js';
import { describe } from './describe.js';
import { readObject } from './read-arguments.js';

// The fields of an object argument as a Map, with unknown keys refused.
function fieldsOf(value, what, example, allowed) {
  const given = readObject(value, what, example);
  for (const key of given.keys()) {
    if (!allowed.includes(key)) {
      throw argumentError(RangeError, `unknown ${what} field ${describe(key)} (expected: ${allowed.join(', ')})`, { field: key });
    }
  }
  return given;
}

function finite(value, what) {
  if (typeof value !== 'number') throw argumentError(TypeError, `${what} must be a number, got ${describe(value)}`, { field: what });
  if (!Number.isFinite(value)) throw argumentError(RangeError, `${what} = ${describe(value)} must be finite`, { field: what });
  return value;
}

export function atLeastZero(value, what) {
  finite(value, what);
  if (value < 0) throw argumentError(RangeError, `${what} = ${describe(value)} must be at least 0`, { field: what });
  return value;
}

function positive(value, what) {
  finite(value, what);
  if (!(value > 0)) throw argumentError(RangeError, `${what} = ${describe(value)} must be greater than 0`, { field: what });
  return value;
}

function integer(value, what, fallback, min, max) {
  if (value === undefined) return fallback;
  if (typeof value !== 'number') throw argumentError(TypeError, `${what} must be a number, got ${describe(value)}`, { field: what });
  if (!Number.isInteger(value) || value < min || value > max) {
    throw argumentError(RangeError, `${what} = ${describe(value)} must be an integer from ${min} to ${max}`, { field: what });
  }
  return value;
}

export const MAX_ITERATES = 10000;

// z ~ N(mean, sd²): a finite mean (0 unless given) and sd > 0 (1 unless given).
export function checkDistribution(distribution) {
  if (distribution === undefined || distribution === null) {
    throw new TypeError(`distribution must be a plain object like { mean: 0, sd: 1 }, got ${describe(distribution)}`);
  }
  const given = fieldsOf(distribution, 'distribution', '{ mean: 0, sd: 1 }', ['mean', 'sd']);
  return { mean: finite(given.get('mean') ?? 0, 'distribution.mean'), sd: positive(given.get('sd') ?? 1, 'distribution.sd') };
}

// A wide layer: σ_w², σ_b² ≥ 0, the start q₀ ≥ 0 and, for the iterates, a
// number of steps.
export function checkLayer(init) {
  const given = fieldsOf(init, 'layer', '{ weightVariance: 1, biasVariance: 0 }', ['weightVariance', 'biasVariance', 'start', 'count']);
  return {
    weightVariance: atLeastZero(given.get('weightVariance') ?? 1, 'layer.weightVariance'),
    biasVariance: atLeastZero(given.get('biasVariance') ?? 0, 'layer.biasVariance'),
    start: atLeastZero(given.get('start') ?? 1, 'layer.start'),
    count: integer(given.get('count'), 'layer.count', 20, 0, MAX_ITERATES),
  };
}

// Klambauer et al.'s map: ω (any finite), τ ≥ 0, the start (mean, variance ≥ 0).
export function checkWeights(options) {
  const example = '{ weightSum: 0, weightSquareSum: 1, start: { mean: 0, variance: 1 } }';
  const given = fieldsOf(options, 'weights', example, ['weightSum', 'weightSquareSum', 'start', 'count']);
  const start = fieldsOf(given.get('start'), 'weights.start', '{ mean: 0, variance: 1 }', ['mean', 'variance']);
  return {
    sum: finite(given.get('weightSum') ?? 0, 'weights.weightSum'),
    squares: atLeastZero(given.get('weightSquareSum') ?? 1, 'weights.weightSquareSum'),
    mean: finite(start.get('mean') ?? 0, 'weights.start.mean'),
    variance: atLeastZero(start.get('variance') ?? 1, 'weights.start.variance'),
    count: integer(given.get('count'), 'weights.count', 20, 0, MAX_ITERATES),
  };
}

// The grid of density(): count points (256 unless given), and from < to,
// both finite, or neither (the central range of f(z)).
export function checkDensityOptions(options, maxPoints) {
  const given = fieldsOf(options, 'density options', '{ count: 256, from: -1, to: 3 }', ['count', 'from', 'to']);
  const count = integer(given.get('count'), 'density options.count', 256, 2, maxPoints);
  if (given.get('from') === undefined && given.get('to') === undefined) return { count, from: 0, to: 0 };
  const from = finite(given.get('from'), 'density options.from');
  const to = finite(given.get('to'), 'density options.to');
  if (!(from < to)) {
    throw argumentError(RangeError, `density options.from (${describe(from)}) must be less than options.to (${describe(to)})`, { field: 'to' });
  }
  return { count, from, to };
}
