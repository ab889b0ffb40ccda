// sample(): f and f′ on an evenly spaced grid, and the breakpoints inside
// it with their one-sided values, for plotting.
import { KINK_CONVENTIONS } from './check-arguments.js';

const LEFT = KINK_CONVENTIONS.indexOf('left');
const RIGHT = KINK_CONVENTIONS.indexOf('right');

// `count` points from `from` to `to` (finite, from < to), both ends exact,
// computed without overflow: when to − from exceeds the largest double
// (from = −1e308, to = 1e308) the step is taken over half the span and
// added twice, each partial sum lying between from and to. Every point is
// clamped to [from, to] against rounding at the ends. Written into `x`
// when given (a Float64Array of length count).
export function grid(from, to, count, x = new Float64Array(count)) {
  const span = to - from;
  if (Number.isFinite(span)) {
    const step = span / (count - 1);
    for (let i = 0; i < count; i++) x[i] = from + step * i;
  } else {
    const halfStep = (to / 2 - from / 2) / (count - 1);
    for (let i = 0; i < count; i++) x[i] = from + halfStep * i + halfStep * i;
  }
  for (let i = 0; i < count; i++) x[i] = Math.min(Math.max(x[i], from), to);
  // Exact end points, whatever the rounding of the step (and the sign of a
  // zero: from + 0 · step turns -0 into +0).
  x[0] = from;
  x[count - 1] = to;
  return x;
}

// The neighbouring double of a finite x in `direction` (-1 or +1).
const bits = new BigInt64Array(1);
const asDouble = new Float64Array(bits.buffer);
export function nextDouble(x, direction) {
  if (x === 0) return direction * Number.MIN_VALUE;
  asDouble[0] = x;
  bits[0] += (x > 0) === (direction > 0) ? 1n : -1n;
  return asDouble[0];
}

// The sampler of one core: `runChunked` from array-calls.js; the call's
// parameters are already at `paramsPtr`.
export function createSampler(core, paramsPtr, runChunked) {
  const breakpointsPtr = core._malloc(8 * core.breakpointCapacity());

  function breaksWithin(spec, from, to, kink) {
    const count = core.breakpoints(spec.id, paramsPtr, breakpointsPtr);
    const points = Array.from(core.HEAPF64.subarray(breakpointsPtr / 8, breakpointsPtr / 8 + count));
    const value = (x) => core.value(spec.id, x, paramsPtr);
    const derivative = (x, k) => core.derivative(spec.id, x, paramsPtr, k);
    return points
      .filter((x) => x >= from && x <= to)
      .map((x) => ({
        x,
        // f's one-sided limits are read at the neighbouring doubles; f''s
        // are the left and right conventions, which are defined as them.
        y: { left: value(nextDouble(x, -1)), at: value(x), right: value(nextDouble(x, 1)) },
        dy: { left: derivative(x, LEFT), at: derivative(x, kink), right: derivative(x, RIGHT) },
      }));
  }

  // `into` ({ x, y, dy }, checked Float64Arrays of length count) receives
  // the samples instead of new arrays: a plot redrawn every frame reuses
  // its arrays and allocates nothing per point.
  return function sample(spec, { from, to, count }, kink, into) {
    const x = grid(from, to, count, into?.x);
    const y = runChunked('f64', x, into?.y ?? new Float64Array(count), (ptr, n) => core.applyF64(spec.id, ptr, ptr, n, paramsPtr));
    const dy = runChunked('f64', x, into?.dy ?? new Float64Array(count), (ptr, n) => core.gradientF64(spec.id, ptr, ptr, n, paramsPtr, kink));
    return { x, y, dy, breaks: breaksWithin(spec, from, to, kink) };
  };
}
