// The moments part of the JS API (web/src/api/moments.js) against the
// built WASM module: results, the page's data (density, iterates, f″ with
// its jumps) and the errors for bad arguments.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadActivations } from 'activation-playground';

const act = await loadActivations();

const close = (got, expected, relative = 1e-12) =>
  assert.ok(Math.abs(got - expected) <= relative * Math.abs(expected) + 1e-15, `${got} vs ${expected}`);

test('moments: ReLU and SELU at N(0, 1) (the issue\'s self-checks)', () => {
  const relu = act.moments('relu', { mean: 0, sd: 1 });
  close(relu.mean, 1 / Math.sqrt(2 * Math.PI));
  close(relu.meanSquare, 0.5);
  close(relu.variance, 0.5 - 1 / (2 * Math.PI));
  close(relu.derivativeMean, 0.5);
  close(relu.derivativeMeanSquare, 0.5);
  assert.deepEqual(Object.keys(relu), ['mean', 'meanSquare', 'variance', 'derivativeMean', 'derivativeMeanSquare']);
  const selu = act.moments('selu', { mean: 0, sd: 1 });
  assert.ok(Math.abs(selu.mean) < 1e-15);
  assert.ok(Math.abs(selu.meanSquare - 1) < 1e-15);
  // Parameters pass through: leaky ReLU's E f² = (1 + s²)/2.
  close(act.moments('leaky_relu', { mean: 0, sd: 1 }, { negative_slope: 0.2 }).meanSquare, 0.52);
  // Another library's name brings its defaults: Keras' leaky_relu has slope 0.2.
  close(act.moments('keras:leaky_relu', { mean: 0, sd: 1 }).meanSquare, 0.52);
});

test('gain: variance preserving beside PyTorch, null where PyTorch has none', () => {
  const relu = act.gain('relu');
  close(relu.variancePreserving, Math.SQRT2);
  assert.equal(relu.pytorch, Math.SQRT2);
  assert.equal(act.gain('tanh').pytorch, 5 / 3);
  close(act.gain('tanh').variancePreserving, 1.5925374197228312, 1e-10);
  assert.equal(act.gain('selu').pytorch, 0.75);
  close(act.gain('selu').variancePreserving, 1);
  assert.equal(act.gain('sigmoid').pytorch, 1);
  assert.equal(act.gain('leaky_relu', { negative_slope: 0.2 }).pytorch, Math.sqrt(2 / 1.04));
  assert.equal(act.gain('gelu').pytorch, null);
  assert.equal(act.gain('linear').pytorch, 1);
  close(act.gain('linear').variancePreserving, 1);
  for (const { name } of act.list()) {
    const g = act.gain(name);
    assert.ok(Number.isFinite(g.variancePreserving) && g.variancePreserving > 0, name);
    assert.ok(g.note.length > 0, name);
  }
});

test('fixedPoint: q*, chi and the pair at q*; no finite fixed point is an error', () => {
  const relu = act.fixedPoint('relu', { weightVariance: 1, biasVariance: 0.1 });
  close(relu.q, 0.2);
  close(relu.chi, 0.5);
  assert.ok(relu.iterations > 0);
  const selu = act.fixedPoint('selu', { weightVariance: 1, biasVariance: 0 }, undefined);
  close(selu.q, 1, 1e-13);
  assert.ok(Math.abs(selu.mean) < 1e-13);
  close(selu.variance, 1, 1e-13);
  assert.throws(() => act.fixedPoint('relu', { weightVariance: 2, biasVariance: 0.1 }),
    (e) => e instanceof RangeError && e.code === 'no-finite-fixed-point' && /no finite fixed point/.test(e.message));
  const edge = act.fixedPoint('tanh', { weightVariance: 1, biasVariance: 0 });
  assert.equal(edge.q, 0);
  close(edge.chi, 1);
});

test('the page\'s data: cobweb iterates, SELU converging to (0, 1), the density with its point mass', () => {
  const q = act.varianceIterates('tanh', { weightVariance: 2, biasVariance: 0.05, start: 4, count: 30 });
  assert.ok(q instanceof Float64Array && q.length === 31 && q[0] === 4);
  const fixed = act.fixedPoint('tanh', { weightVariance: 2, biasVariance: 0.05 });
  close(q[30], fixed.q, 1e-6);
  close(act.varianceMap('relu', { weightVariance: 1.5, biasVariance: 0.1 }, 2), 1.6);
  // Diverging iterates stop once past 1e300 instead of running on.
  assert.ok(act.varianceIterates('relu', { weightVariance: 3, start: 1, count: 10000 }).length < 10000);

  for (const start of [{ mean: 2, variance: 3 }, { mean: -1, variance: 0.2 }]) {
    const path = act.meanVarianceIterates('selu', { start, count: 200 });
    const last = path[path.length - 1];
    assert.ok(Math.abs(last.mean) < 1e-12 && Math.abs(last.variance - 1) < 1e-12, JSON.stringify(last));
    const point = act.meanVarianceFixedPoint('selu', { start });
    assert.ok(Math.abs(point.mean) < 1e-13 && Math.abs(point.variance - 1) < 1e-13);
  }

  const d = act.density('relu', { mean: 0, sd: 1 }, {}, { count: 64 });
  assert.equal(d.y.length, 64);
  assert.deepEqual(d.masses.map((m) => m.value), [0]);
  close(d.masses[0].probability, 0.5);
  assert.ok(d.density.every((v) => v >= 0));
  const wide = act.density('tanh', { mean: 0.5, sd: 2 }, {}, { count: 3, from: -0.5, to: 0.5 });
  assert.deepEqual(Array.from(wide.y), [-0.5, 0, 0.5]);
  assert.deepEqual(wide.masses, []);
});

test('secondDerivative: values, kink conventions and jumps of f′ as data', () => {
  const x = 0.7;
  const s = 1 / (1 + Math.exp(-x));
  close(act.secondDerivative('sigmoid', x), s * (1 - s) * (1 - 2 * s), 1e-14);
  assert.equal(act.secondDerivative('relu', 0), 0);
  assert.equal(act.secondDerivative('elu', 0, { alpha: 2 }, { kink: 'left' }), 2);
  assert.equal(act.secondDerivative('softsign', 0, undefined, { kink: 'right' }), -2);
  const sample = act.sampleSecondDerivative('relu', { from: -1, to: 1, count: 5 });
  assert.deepEqual(Array.from(sample.ddy), [0, 0, 0, 0, 0]);
  assert.equal(sample.breaks.length, 1);
  assert.equal(sample.breaks[0].derivativeJump, 1);  // drawn as a jump of f′, not a spike of f″
  const celu = act.sampleSecondDerivative('celu', { from: -1, to: 1 }, { alpha: 0.5 }).breaks[0];
  assert.equal(celu.derivativeJump, 0);
  assert.equal(celu.secondDerivativeJump, -2);
  // options.into receives x and f″, as sample()'s does; bad arrays are named.
  const into = { x: new Float64Array(5), ddy: new Float64Array(5) };
  const written = act.sampleSecondDerivative('tanh', { from: -1, to: 1, count: 5 }, {}, { into });
  assert.ok(written.x === into.x && written.ddy === into.ddy);
  assert.deepEqual(Array.from(into.x), [-1, -0.5, 0, 0.5, 1]);
  assert.equal(into.ddy[3], act.secondDerivative('tanh', 0.5));
  assert.throws(() => act.sampleSecondDerivative('tanh', { from: -1, to: 1, count: 4 }, {}, { into }), (e) => e instanceof RangeError && /options.into.x has length 5 but range.count is 4/.test(e.message));
  assert.throws(() => act.sampleSecondDerivative('tanh', { from: -1, to: 1, count: 5 }, {}, { into: { x: into.x, ddy: into.x } }), /share memory/);
  assert.throws(() => act.sampleSecondDerivative('tanh', { from: -1, to: 1, count: 5 }, {}, { into: { ...into, y: into.x } }), /unknown field "y" of options.into \(expected: x, ddy\)/);
  assert.throws(() => act.sampleSecondDerivative('tanh', { from: -1, to: 1, count: 5 }, {}, { into: { x: [0, 0, 0, 0, 0], ddy: into.ddy } }), TypeError);
  for (const { name, secondDerivative } of act.list()) {
    assert.ok(secondDerivative.formula.startsWith('f″'), name);
    assert.ok(secondDerivative.atBreakpoints.length > 0, name);
  }
});

test('bad arguments throw TypeError or RangeError naming the value', () => {
  assert.throws(() => act.moments('relu', { mean: 0, sd: 0 }), (e) => e instanceof RangeError && /distribution.sd = 0/.test(e.message));
  assert.throws(() => act.moments('relu', { mean: 0, sd: -1 }), RangeError);
  assert.throws(() => act.moments('relu', { mean: NaN, sd: 1 }), (e) => e instanceof RangeError && /distribution.mean = NaN/.test(e.message));
  assert.throws(() => act.moments('relu', { mean: Infinity, sd: 1 }), RangeError);
  assert.throws(() => act.moments('relu', { mean: '0', sd: 1 }), TypeError);
  assert.throws(() => act.moments('relu', 1), TypeError);
  assert.throws(() => act.moments('relu', { mean: 0, sd: 1, sigma: 2 }), (e) => e instanceof RangeError && /sigma/.test(e.message));
  assert.throws(() => act.moments('rleu', { mean: 0, sd: 1 }), /did you mean "relu"/);
  assert.throws(() => act.moments('relu', { mean: 1e200, sd: 1 }), (e) => e instanceof RangeError && e.code === 'not-finite');
  assert.throws(() => act.fixedPoint('relu', { weightVariance: -1 }), (e) => e instanceof RangeError && /weightVariance = -1/.test(e.message));
  assert.throws(() => act.fixedPoint('relu', { biasVariance: -0.5 }), (e) => e instanceof RangeError && /biasVariance = -0.5/.test(e.message));
  assert.throws(() => act.fixedPoint('relu', { weightVariance: NaN }), RangeError);
  assert.throws(() => act.varianceMap('relu', {}, -1), (e) => e instanceof RangeError && /q = -1/.test(e.message));
  assert.throws(() => act.meanVarianceIterates('selu', { weightSquareSum: -1 }), RangeError);
  assert.throws(() => act.density('relu', { mean: 0, sd: 1 }, {}, { count: 1 }), RangeError);
  assert.throws(() => act.density('relu', { mean: 0, sd: 1 }, {}, { from: 1, to: 0 }), RangeError);
  assert.throws(() => act.secondDerivative('relu', '1'), TypeError);
  assert.throws(() => act.secondDerivative('relu', 1, {}, { kink: 'middle' }), RangeError);
  // The API stays usable after an error.
  close(act.moments('relu', { mean: 0, sd: 1 }).meanSquare, 0.5);
});
