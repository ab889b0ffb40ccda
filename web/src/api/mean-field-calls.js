// The mean-field maps in the JS API: the variance map of a wide layer, its
// fixed point q* with χ, the iterates of a cobweb, and the (mean, variance)
// map of Klambauer et al. with its fixed point.
import { atLeastZero, checkLayer, checkWeights } from './moment-arguments.js';
import { failure } from './moment-status.js';

// Iterates stop once the variance passes this: the map has no finite
// fixed point there (the core's kNoFiniteFixedPointAbove).
const DIVERGED_ABOVE = 1e300;

// `resolve(name, params)` checks the name and parameters into
// { spec, values }; `writeParams(values)` puts them at `paramsPtr`.
export function createMeanFieldCalls({ core, resolve, writeParams, paramsPtr }) {
  function varianceMapValue(spec, layer, q) {
    const out = core.varianceMap(spec.id, paramsPtr, layer.weightVariance, layer.biasVariance, q);
    if (out.status !== 0) throw failure(out.status, `${spec.name} variance map at q = ${q}`);
    return out.value;
  }

  return {
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

  };
}
