import { test } from 'node:test';
import assert from 'node:assert/strict';
import { autoYRange, formatTick, makeTransform, niceStep, ticks } from '../../web/src/view-math.js';

test('niceStep picks 1, 2 or 5 times a power of ten', () => {
  assert.equal(niceStep(10, 10), 1);
  assert.equal(niceStep(10, 4), 2);
  assert.equal(niceStep(10, 2), 5);
  assert.equal(niceStep(1, 10), 0.1);
  assert.equal(niceStep(2000, 8), 200);
  assert.ok(Math.abs(niceStep(0.003, 6) - 0.0005) < 1e-15);
});

test('ticks are exact multiples of the step inside the range', () => {
  assert.deepEqual(ticks(-5, 5, 10).values, [-5, -4, -3, -2, -1, 0, 1, 2, 3, 4, 5]);
  const { step, values } = ticks(0.05, 0.95, 9);
  assert.equal(step, 0.1);
  assert.deepEqual(values, [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]);
  assert.deepEqual(ticks(-0.35, 1.2, 3).values, [0, 0.5, 1]);
});

test('tick labels carry as many decimals as the step needs, with a true minus sign', () => {
  assert.equal(formatTick(2, 1), '2');
  assert.equal(formatTick(-3, 1), '−3');
  assert.equal(formatTick(0.30000000000000004, 0.1), '0.3');
  assert.equal(formatTick(-0, 0.5), '0.0');
  assert.equal(formatTick(-0.00001, 0.1), '0.0');
  assert.equal(formatTick(1500, 500), '1500');
});

test('the transform maps corners to corners and inverts', () => {
  const t = makeTransform({ xMin: -5, xMax: 5, yMin: -1, yMax: 4 }, { left: 40, top: 10, width: 500, height: 250 });
  assert.equal(t.toPx(-5), 40);
  assert.equal(t.toPx(5), 540);
  assert.equal(t.toPy(4), 10);
  assert.equal(t.toPy(-1), 260);
  assert.equal(t.toPx(0), 290);
  assert.ok(Math.abs(t.fromPx(t.toPx(1.25)) - 1.25) < 1e-12);
  assert.ok(Math.abs(t.fromPy(t.toPy(2.5)) - 2.5) < 1e-12);
});

test('the automatic y range holds every finite value and 0, with a margin', () => {
  const { yMin, yMax } = autoYRange([[0, 0, 5], [0, 1, NaN, Infinity]]);
  assert.ok(yMin < 0 && yMin > -1);
  assert.ok(yMax > 5 && yMax < 6);
  const flat = autoYRange([[0, 0, 0]]);
  assert.ok(flat.yMin < 0 && flat.yMax > 0);
  const positive = autoYRange([[2, 3]]);
  assert.ok(positive.yMin < 0, 'the x axis stays in view');
});
