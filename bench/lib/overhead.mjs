// The cost of one call into the library: evaluate on a single number,
// where the work is nothing and the boundary is everything.
import { SETTINGS, measure } from './timing.mjs';
import { makeInput } from './inputs.mjs';

const CALLS = 1000;

export function evaluateNs(act, settings = SETTINGS) {
  const xs = makeInput(CALLS, 2);
  let sink = 0;
  // Distinct inputs and a kept sum, so V8 can neither hoist nor drop a call.
  const timing = measure(() => {
    for (let i = 0; i < CALLS; i++) sink += act.evaluate('relu', xs[i]);
  }, undefined, settings);
  if (!Number.isFinite(sink)) throw new Error('evaluate gave a non-finite relu');
  return (timing.seconds / CALLS) * 1e9;
}
