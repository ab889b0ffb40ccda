// The JS API for what an activation does to a Gaussian input: moments,
// gains, mean-field fixed points and their iterates, and the density of
// f(z). Every number comes from the analysis module (analysis.js loads
// it); this module reads and checks the arguments (moment-arguments.js)
// before it writes anything to WASM memory, calls the module, and turns
// its statuses into errors.
//
// The calls are grouped by concept: moments, gain and the density here;
// the maps and fixed points in mean-field-calls.js. createMomentsApi
// gathers them. (f″ is the core's: second-derivative-calls.js.)
import { createMeanFieldCalls } from './mean-field-calls.js';
import { checkDensityOptions, checkDistribution } from './moment-arguments.js';
import { failure } from './moment-status.js';

// Point masses read back per density call; f has at most a few flat pieces.
const MASS_CAPACITY = 16;

// `core` is the analysis module; `resolve(name, params)` checks the name
// and parameters into { spec, values }; `writeParams(values)` puts them at
// `paramsPtr` in the module's memory.
export function createMomentsApi(context) {
  return {
    ...createDistributionCalls(context),
    ...createMeanFieldCalls(context),
  };
}

function createDistributionCalls({ core, resolve, writeParams, paramsPtr }) {
  const gaussianText = ({ mean, sd }) => `N(${mean}, ${sd}²)`;

  return {
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
