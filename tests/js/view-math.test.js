import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MIN_SPAN, autoYRange, formatTick, isValidView, makeTransform, niceStep, panView, ticks, zoomView } from '../../web/src/view-math.js';

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

const area = { left: 40, top: 10, width: 500, height: 250 };
const view = { xMin: -5, xMax: 5, yMin: -1, yMax: 4 };
const close = (a, b) => Math.abs(a - b) < 1e-9;

test('panning moves the data with the pointer', () => {
  const moved = panView(view, area, 50, -25);  // right by a tenth, up by a tenth
  assert.ok(close(moved.xMin, -6) && close(moved.xMax, 4));
  assert.ok(close(moved.yMin, -1.5) && close(moved.yMax, 3.5));
});

test('zooming keeps the point under the pointer fixed', () => {
  const t = makeTransform(view, area);
  const px = t.toPx(2);
  const py = t.toPy(1);
  const zoomed = zoomView(view, area, px, py, 2);
  assert.ok(close(zoomed.xMax - zoomed.xMin, 5));
  assert.ok(close(zoomed.yMax - zoomed.yMin, 2.5));
  const t2 = makeTransform(zoomed, area);
  assert.ok(close(t2.fromPx(px), 2));
  assert.ok(close(t2.fromPy(py), 1));
  const out = zoomView(zoomed, area, px, py, 0.5);
  assert.ok(close(out.xMin, view.xMin) && close(out.yMax, view.yMax));
});

test('zoom stops at the smallest span', () => {
  let v = view;
  for (let i = 0; i < 200; i++) v = zoomView(v, area, 100, 100, 10);
  assert.ok(v.xMax - v.xMin >= MIN_SPAN * 0.999);
  assert.ok(isValidView(v));
});

test('isValidView rejects empty, inverted and non-finite views', () => {
  assert.ok(isValidView(view));
  assert.ok(!isValidView({ ...view, xMax: -5 }));
  assert.ok(!isValidView({ ...view, yMin: NaN }));
  assert.ok(!isValidView(null));
});
