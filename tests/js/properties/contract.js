// What every property test of the JS API checks after each call: the
// fixed seed, the shape of errors, and that the module still works.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { loadActivations } from 'activation-playground';

// FC_SEED=<n> explores another seed; npm test always uses this one.
export const SEED = Number(process.env.FC_SEED ?? 20261129);

// The float kernels' stated bound against the scalar function
// (tests/core/batch_test.cpp): the SIMD and scalar builds agree within it.
export const MAX_FLOAT_KERNEL_ULPS = 4;
const floatBits = new Int32Array(1);
const floatValue = new Float32Array(floatBits.buffer);
function orderedBits(v) {
  floatValue[0] = v;
  return floatBits[0] < 0 ? -0x80000000 - floatBits[0] : floatBits[0];
}
export function floatUlps(a, b) {
  if (Number.isNaN(a) || Number.isNaN(b)) return Number.isNaN(a) && Number.isNaN(b) ? 0 : Infinity;
  return Math.abs(orderedBits(a) - orderedBits(b));
}
export const run = (property, numRuns) => fc.assert(property, { seed: SEED, numRuns });

export const act = await loadActivations();
export const scalar = await loadActivations({ build: 'scalar' });
export const KINKS = [undefined, 'pytorch', 'left', 'right'];

// Messages stay short whatever was passed (the list of names is the longest part).
export const MAX_MESSAGE = 800;

export function stillWorks() {
  assert.equal(act.evaluate('relu', 2), 2);
  assert.deepEqual(act.apply('leaky_relu', [-2, 3], { negative_slope: 0.5 }), [-1, 3]);
}

export function outcome(call) {
  try {
    return { value: call() };
  } catch (error) {
    assert.ok(error instanceof TypeError || error instanceof RangeError, `not a TypeError/RangeError: ${error?.stack ?? error}`);
    assert.ok(error.message.length > 0 && error.message.length <= MAX_MESSAGE, `message of ${error.message.length} characters`);
    return { error };
  }
}
