// The JS API for what an activation does to a Gaussian input: moments,
// gains, mean-field fixed points and their iterates, the density of f(z),
// and f″. Every number comes from the core; this module reads and checks
// the arguments (moment-arguments.js) before it writes anything to WASM
// memory, calls the core, and turns the core's statuses into errors.
import { checkNumber, checkOptions, checkSampleRange, KINK_CONVENTIONS } from './check-arguments.js';
import { atLeastZero, checkDensityOptions, checkDistribution, checkLayer, checkWeights } from './moment-arguments.js';
import { grid } from './sample.js';

const LEFT = KINK_CONVENTIONS.indexOf('left');
const RIGHT = KINK_CONVENTIONS.indexOf('right');

// The core's MomentStatus values (core/include/activations/moments.hpp), as
// the `code` of the error that reports them.
const STATUS_CODES = ['ok', 'bad-argument', 'not-finite', 'not-converged', 'no-finite-fixed-point', 'no-closed-form'];
const REASONS = {
  'bad-argument': 'the core rejected an argument',
  'not-finite': 'a moment overflows double precision (or E[f(z)²] is 0)',
  'not-converged': 'the quadrature did not reach its tolerance within its work bound',
  'no-finite-fixed-point': 'the map has no finite fixed point: its iterates grow without bound',
};

function failure(status, what) {
  const code = STATUS_CODES[status] ?? 'unknown';
  return Object.assign(new RangeError(`${what}: ${REASONS[code] ?? `status ${status}`}`), { code });
}

// Iterates stop once the variance passes this: the map has no finite
// fixed point there (the core's kNoFiniteFixedPointAbove).
const DIVERGED_ABOVE = 1e300;

// Point masses read back per density call; f has at most a few flat pieces.
const MASS_CAPACITY = 16;

// `resolve(name, params)` checks the name and parameters into
// { spec, values }; `writeParams(values)` puts them at `paramsPtr`.
export function createMomentsApi({ core, resolve, writeParams, paramsPtr, runChunked }) {
  const breakpointsPtr = core._malloc(8 * core.breakpointCapacity());
  const gaussianText = ({ mean, sd }) => `N(${mean}, ${sd}²)`;

  function varianceMapValue(spec, layer, q) {
    const out = core.varianceMap(spec.id, paramsPtr, layer.weightVariance, layer.biasVariance, q);
    if (out.status !== 0) throw failure(out.status, `${spec.name} variance map at q = ${q}`);
    return out.value;
  }

  return {
    secondDerivative(name, x, params, options) {
      const { spec, values } = resolve(name, params);
      const kink = checkOptions(options);
      checkNumber(x, 'x');
      writeParams(values);
      return core.secondDerivative(spec.id, x, paramsPtr, kink);
    },

    // f″ on a grid and, at each breakpoint inside it, f″'s one-sided values
    // and the jumps of f′ and f″: a jump of f′ is a point mass of f″, to be
    // drawn as the jump of f′, never as a spike.
    sampleSecondDerivative(name, range, params, options) {
      const { spec, values } = resolve(name, params);
      const kink = checkOptions(options);
      const { from, to, count } = checkSampleRange(range);
      writeParams(values);
      const x = grid(from, to, count);
      const ddy = runChunked('f64', x, new Float64Array(count), (ptr, n) => core.secondDerivativeF64(spec.id, ptr, ptr, n, paramsPtr, kink));
      const n = core.breakpoints(spec.id, paramsPtr, breakpointsPtr);
      const points = Array.from(core.HEAPF64.subarray(breakpointsPtr / 8, breakpointsPtr / 8 + n));
      const breaks = points
        .filter((b) => b >= from && b <= to)
        .map((b) => {
          const second = (k) => core.secondDerivative(spec.id, b, paramsPtr, k);
          const first = (k) => core.derivative(spec.id, b, paramsPtr, k);
          const at = { left: second(LEFT), at: second(kink), right: second(RIGHT) };
          return { x: b, ddy: at, derivativeJump: first(RIGHT) - first(LEFT), secondDerivativeJump: at.right - at.left };
        });
      return { x, ddy, breaks };
    },

    moments(name, distribution, params) {
      const { spec, values } = resolve(name, params);
      const z = checkDistribution(distribution);
      writeParams(values);
      const out = core.moments(spec.id, paramsPtr, z.mean, z.sd);
      if (out.status !== 0) throw failure(out.status, `${spec.name} at ${gaussianText(z)}`);
      return {
        mean: out.mean,
        meanSquare: out.meanSquare,
        variance: out.variance,
        derivativeMean: out.derivativeMean,
        derivativeMeanSquare: out.derivativeMeanSquare,
      };
    },

    gain(name, params) {
      const { spec, values } = resolve(name, params);
      writeParams(values);
      const out = core.gain(spec.id, paramsPtr);
      if (out.status !== 0) throw failure(out.status, `${spec.name} gain`);
      return { variancePreserving: out.variancePreserving, pytorch: out.hasPytorch ? out.pytorch : null, note: out.note };
    },

    fixedPoint(name, init, params) {
      const { spec, values } = resolve(name, params);
      const layer = checkLayer(init);
      writeParams(values);
      const out = core.fixedPoint(spec.id, paramsPtr, layer.weightVariance, layer.biasVariance, layer.start);
      if (out.status !== 0) {
        throw failure(out.status, `${spec.name} with weightVariance = ${layer.weightVariance}, biasVariance = ${layer.biasVariance}`);
      }
      return { q: out.q, chi: out.chi, iterations: out.evaluations, mean: out.mean, variance: out.variance };
    },

    varianceMap(name, init, q, params) {
      const { spec, values } = resolve(name, params);
      const layer = checkLayer(init);
      atLeastZero(q, 'q');
      writeParams(values);
      return varianceMapValue(spec, layer, q);
    },

    // q₀ = start, q₁ = M(q₀), …: the steps of a cobweb. Stops early once
    // past 1e300 (no finite fixed point).
    varianceIterates(name, init, params) {
      const { spec, values } = resolve(name, params);
      const layer = checkLayer(init);
      writeParams(values);
      const q = [layer.start];
      for (let i = 0; i < layer.count && q[q.length - 1] <= DIVERGED_ABOVE; i++) q.push(varianceMapValue(spec, layer, q[q.length - 1]));
      return Float64Array.from(q);
    },

    meanVarianceIterates(name, options, params) {
      const { spec, values } = resolve(name, params);
      const w = checkWeights(options);
      writeParams(values);
      const points = [{ mean: w.mean, variance: w.variance }];
      for (let i = 0; i < w.count; i++) {
        const last = points[points.length - 1];
        if (!(last.variance <= DIVERGED_ABOVE && Math.abs(last.mean) <= DIVERGED_ABOVE)) break;
        const out = core.meanVarianceMap(spec.id, paramsPtr, w.sum, w.squares, last.mean, last.variance);
        if (out.status !== 0) throw failure(out.status, `${spec.name} (mean, variance) map`);
        points.push({ mean: out.mean, variance: out.variance });
      }
      return points;
    },

    meanVarianceFixedPoint(name, options, params) {
      const { spec, values } = resolve(name, params);
      const w = checkWeights(options);
      writeParams(values);
      const out = core.meanVarianceFixedPoint(spec.id, paramsPtr, w.sum, w.squares, w.mean, w.variance);
      if (out.status !== 0) throw failure(out.status, `${spec.name} (mean, variance) map`);
      return { mean: out.mean, variance: out.variance, iterations: out.iterations };
    },

    // The density of f(z) on `count` values of y (from `from` to `to`, or
    // over the central range of f(z) when neither is given), and the point
    // masses where f is flat.
    density(name, distribution, params, options) {
      const { spec, values } = resolve(name, params);
      const z = checkDistribution(distribution);
      const { count, from, to } = checkDensityOptions(options, core.maxDensityPoints());
      writeParams(values);
      const block = core._malloc(8 * (2 * count + 2 * MASS_CAPACITY));
      if (!block) throw new RangeError(`no WASM memory for ${count} density points`);
      try {
        const yPtr = block;
        const densityPtr = block + 8 * count;
        const massPtr = block + 16 * count;
        const out = core.density(spec.id, paramsPtr, z.mean, z.sd, count, from, to, yPtr, densityPtr, massPtr, MASS_CAPACITY);
        if (out.status !== 0) throw failure(out.status, `${spec.name} density at ${gaussianText(z)}`);
        const heap = core.HEAPF64;  // read after the call: memory may have grown
        const masses = [];
        for (let i = 0; i < Math.min(out.massCount, MASS_CAPACITY); i++) {
          masses.push({ value: heap[massPtr / 8 + 2 * i], probability: heap[massPtr / 8 + 2 * i + 1] });
        }
        return { y: heap.slice(yPtr / 8, yPtr / 8 + count), density: heap.slice(densityPtr / 8, densityPtr / 8 + count), masses };
      } finally {
        core._free(block);
      }
    },
  };
}
