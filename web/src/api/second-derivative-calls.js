// f″ in the JS API: at a number, and on a grid with, at each breakpoint
// inside it, f″'s one-sided values and the jumps of f′ and f″.
import { checkNumber, checkOptions, checkSampleOptions, checkSampleRange, KINK_CONVENTIONS } from './check-arguments.js';
import { grid } from './sample.js';

const LEFT = KINK_CONVENTIONS.indexOf('left');
const RIGHT = KINK_CONVENTIONS.indexOf('right');

// `resolve(name, params)` checks the name and parameters into
// { spec, values }; `writeParams(values)` puts them at `paramsPtr`.
export function createSecondDerivativeCalls({ core, resolve, writeParams, paramsPtr, runChunked }) {
  const breakpointsPtr = core._malloc(8 * core.breakpointCapacity());

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
    // drawn as the jump of f′, never as a spike. options.into ({ x, ddy })
    // receives the samples instead of new arrays, as sample()'s does.
    sampleSecondDerivative(name, range, params, options) {
      const { spec, values } = resolve(name, params);
      const { from, to, count } = checkSampleRange(range);
      const { kink, into } = checkSampleOptions(options, count, ['x', 'ddy']);
      writeParams(values);
      const x = grid(from, to, count, into?.x);
      const ddy = runChunked('f64', x, into?.ddy ?? new Float64Array(count), (ptr, n) => core.secondDerivativeF64(spec.id, ptr, ptr, n, paramsPtr, kink));
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

  };
}
