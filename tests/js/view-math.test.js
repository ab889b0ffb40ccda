import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_TICKS, autoYRange, limitRange, minimumSpan, tidyBound, tidyView, formatTick, isValidView, makeTransform, niceStep, panView, ticks, zoomView } from '../../web/src/plot/view-math.js';

test('niceStep picks 1, 2 or 5 times a power of ten', () => {
  assert.equal(niceStep(10, 10).step, 1);
  assert.equal(niceStep(10, 4).step, 2);
  assert.equal(niceStep(10, 2).step, 5);
  assert.equal(niceStep(1, 10).step, 0.1);
  assert.equal(niceStep(2000, 8).step, 200);
  assert.equal(niceStep(0.003, 6).step, 0.0005);
  assert.deepEqual(niceStep(95, 10), { nice: 1, power: 1, step: 10 });
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

test('zoom stops at the smallest span, relative to the view\'s magnitude', () => {
  let v = view;
  for (let i = 0; i < 400; i++) v = zoomView(v, area, 100, 100, 10);
  assert.ok(isValidView(v));
  assert.ok(v.xMax - v.xMin >= minimumSpan(v.xMin, v.xMax) * 0.999);
  // Far from 0 the floor is relative: 50 presses of + at 1e7 stop at 1e-5.
  let far = { xMin: 9999995, xMax: 10000005, yMin: -1, yMax: 1 };
  for (let i = 0; i < 50; i++) far = zoomView(far, area, 290, 135, 1.5);
  assert.ok(far.xMax - far.xMin >= 1e-5 * 0.999, JSON.stringify(far));
  assert.ok(ticks(far.xMin, far.xMax, 8).values.length >= 2);
});

test('ticks are bounded for every finite range, however narrow or wide', () => {
  const ranges = [
    [1, 1.0000000000000002], [100, 100.00000000000003], [1e16, 1.0000000000000004e16], [-1e308, 1e308],
    [0, Number.MIN_VALUE], [-Number.MAX_VALUE, Number.MAX_VALUE], [1e300, 1e300 * (1 + 4e-16)], [-5e-324, 5e-324],
  ];
  for (const [low, high] of ranges) {
    const { values } = ticks(low, high, 8);
    assert.ok(values.length <= MAX_TICKS, `${low}, ${high}`);
    for (const v of values) assert.ok(v >= low - Math.abs(low) * 1e-12 && v <= high + Math.abs(high) * 1e-12, `${v} in [${low}, ${high}]`);
  }
  assert.deepEqual(ticks(NaN, 1).values, []);
  assert.deepEqual(ticks(2, 1).values, []);
  // Seeded random finite ranges, spans from a few ulps to the whole line.
  let seed = 12345;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  for (let i = 0; i < 2000; i++) {
    const centre = (random() - 0.5) * 10 ** (random() * 600 - 300);
    const span = Math.abs(centre) * 10 ** (-16 + random() * 20) + Number.MIN_VALUE;
    const { values } = ticks(centre - span, centre + span, 1 + Math.floor(random() * 30));
    assert.ok(values.length <= MAX_TICKS);
  }
});

test('a range too narrow or too wide is widened or narrowed about its centre', () => {
  const narrow = limitRange(1, 1.0000000000000002);
  assert.equal(narrow.adjusted, 'widened');
  assert.ok(narrow.high - narrow.low >= 1e-12 * 0.999);
  assert.equal(limitRange(-1e308, 1e308).adjusted, 'narrowed');
  assert.deepEqual(limitRange(1e-30, 2e-30), { low: 1e-30, high: 2e-30, adjusted: undefined });
  assert.equal(limitRange(2, 1), undefined);
  assert.equal(limitRange(0, Infinity), undefined);
});

test('tidy bounds keep a pixel\'s precision and tiny spans', () => {
  assert.equal(tidyBound(-6.335548387096774, 10), -6.3355483871);
  assert.equal(tidyBound(1e-30, 1e-30), 1e-30);
  assert.equal(tidyBound(10000000.12345678912, 10), 10000000.12345679);
  const tidied = tidyView({ xMin: 1e-30, xMax: 2e-30 });
  assert.deepEqual([tidied.xMin, tidied.xMax], [1e-30, 2e-30]);
});

test('isValidView rejects empty, inverted and non-finite views', () => {
  assert.ok(isValidView(view));
  assert.ok(!isValidView({ ...view, xMax: -5 }));
  assert.ok(!isValidView({ ...view, yMin: NaN }));
  assert.ok(!isValidView(null));
});
