// The calls that compute f and f′ of one activation: at a number
// (evaluate, derivative), over an array (apply, gradient) and on a grid for
// plotting (sample). Each reads and checks all its arguments first, then
// writes the parameters and calls the core.
import { checkNumber, checkOptions, checkSampleOptions, checkSampleRange } from './check-arguments.js';
import { createArrayCalls } from './array-calls.js';
import { createSampler } from './sample.js';

// `resolve(name, params)` checks the name and parameters into
// { spec, values }; `writeParams(values)` puts them at `paramsPtr`.
// Returns the calls and `runChunked` (array-calls.js), which the moments
// calls share.
export function createFunctionCalls({ core, resolve, writeParams, paramsPtr }) {
  const { elementwise, runChunked } = createArrayCalls(core, paramsPtr, writeParams);
  const sample = createSampler(core, paramsPtr, runChunked);
  const applyKernels = { f32: core.applyF32, f64: core.applyF64 };
  const gradientKernels = { f32: core.gradientF32, f64: core.gradientF64 };

  const calls = {
    evaluate(name, x, params) {
      const { spec, values } = resolve(name, params);
      checkNumber(x, 'x');
      writeParams(values);
      return core.value(spec.id, x, paramsPtr);
    },

    derivative(name, x, params, options) {
      const { spec, values } = resolve(name, params);
      const kink = checkOptions(options);
      checkNumber(x, 'x');
      writeParams(values);
      return core.derivative(spec.id, x, paramsPtr, kink);
    },

    apply(name, input, params, out) {
      const { spec, values } = resolve(name, params);
      return elementwise(spec, values, input, out, applyKernels, []);
    },

    gradient(name, input, params, out, options) {
      const { spec, values } = resolve(name, params);
      const kink = checkOptions(options);
      return elementwise(spec, values, input, out, gradientKernels, [kink]);
    },

    sample(name, range, params, options) {
      const { spec, values } = resolve(name, params);
      const checkedRange = checkSampleRange(range);
      const { kink, into } = checkSampleOptions(options, checkedRange.count);
      writeParams(values);
      return sample(spec, checkedRange, kink, into);
    },
  };
  return { calls, runChunked };
}
