// act.sample's `into` option: the samples written into the caller's arrays,
// so a plot redrawn every frame allocates nothing per point.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadActivations } from 'activation-playground';

const act = await loadActivations();
const arrays = (count) => ({ x: new Float64Array(count), y: new Float64Array(count), dy: new Float64Array(count) });

test('into receives the same samples a fresh call returns, in the given arrays', () => {
  const into = arrays(9);
  for (const [name, params, kink] of [['relu', {}, 'pytorch'], ['leaky_relu', { negative_slope: 0.2 }, 'right'], ['gelu', {}, 'left']]) {
    const fresh = act.sample(name, { from: -3, to: 2, count: 9 }, params, { kink });
    const reused = act.sample(name, { from: -3, to: 2, count: 9 }, params, { kink, into });
    assert.equal(reused.x, into.x);
    assert.equal(reused.y, into.y);
    assert.equal(reused.dy, into.dy);
    assert.deepEqual([...reused.x], [...fresh.x]);
    assert.deepEqual([...reused.y], [...fresh.y]);
    assert.deepEqual([...reused.dy], [...fresh.dy]);
    assert.deepEqual(reused.breaks, fresh.breaks);
  }
});

test('into works past one chunk of the scratch block and keeps -0 at the start', () => {
  const count = 100_000;
  const into = arrays(count);
  const reused = act.sample('elu', { from: -0, to: 4, count }, {}, { into });
  const fresh = act.sample('elu', { from: -0, to: 4, count });
  assert.ok(Object.is(reused.x[0], -0));
  assert.deepEqual(reused.y, fresh.y);
  assert.deepEqual(reused.dy, fresh.dy);
});

test('a bad into is a TypeError or RangeError naming the field, and nothing is written', () => {
  const range = { from: -1, to: 1, count: 4 };
  const cases = [
    [{ into: null }, TypeError, /options.into must be \{ x, y, dy \} of Float64Arrays, got null/],
    [{ into: [] }, TypeError, /options.into must be a plain object/],
    [{ into: { ...arrays(4), y: new Float32Array(4) } }, TypeError, /options.into.y must be a Float64Array, got a Float32Array of length 4/],
    [{ into: { x: new Float64Array(4), y: new Float64Array(4) } }, TypeError, /options.into.dy must be a Float64Array, got undefined/],
    [{ into: { ...arrays(4), dy: new Float64Array(5) } }, RangeError, /options.into.dy has length 5 but range.count is 4/],
    [{ into: { ...arrays(4), extra: 1 } }, RangeError, /unknown field "extra" of options.into/],
    [{ inot: arrays(4) }, RangeError, /unknown option "inot"; did you mean "into"\?/],
  ];
  const shared = new Float64Array(8);
  cases.push([{ into: { x: shared.subarray(0, 4), y: shared.subarray(2, 6), dy: new Float64Array(4) } }, RangeError, /options.into.x and options.into.y share memory/]);
  const same = new Float64Array(4);
  cases.push([{ into: { x: new Float64Array(4), y: same, dy: same } }, RangeError, /options.into.y and options.into.dy share memory/]);
  for (const [options, Type, message] of cases) {
    assert.throws(() => act.sample('relu', range, {}, options), (error) => error instanceof Type && message.test(error.message) && error.option !== undefined, message.source);
    for (const array of Object.values(options.into ?? options.inot ?? {})) {
      if (array instanceof Float64Array) assert.ok(array.every((v) => v === 0), `${message.source}: nothing written`);
    }
  }
  // Separate views of one buffer are fine when they do not overlap.
  const buffer = new Float64Array(12);
  const into = { x: buffer.subarray(0, 4), y: buffer.subarray(4, 8), dy: buffer.subarray(8, 12) };
  act.sample('relu', range, {}, { into });
  assert.deepEqual([...buffer.subarray(4, 8)], [...act.sample('relu', range).y]);
});
