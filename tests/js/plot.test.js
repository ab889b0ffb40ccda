// The shared plot's pure parts: the jump splitting of sampled curves.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadActivations } from 'activation-playground';
import { tracePieces } from '../../web/src/plot/draw-curves.js';
import { normalSample } from '../../web/src/playground/normal-sample.js';

const act = await loadActivations();

// The pieces a pen draws: arrays of [x, y] between moves.
function pieces(sample, side) {
  const drawn = [];
  tracePieces(sample.x, sample[side], sample.breaks, side, {
    move: (x, y) => drawn.push([[x, y]]),
    line: (x, y) => drawn.at(-1).push([x, y]),
  });
  return drawn;
}

test('a jump of f′ splits the curve at the break, each side ending at its limit', () => {
  const sample = act.sample('relu', { from: -1, to: 1, count: 5 });  // x = -1, -0.5, 0, 0.5, 1
  assert.deepEqual(pieces(sample, 'dy'), [
    [[-1, 0], [-0.5, 0], [0, 0]],
    [[0, 1], [0.5, 1], [1, 1]],
  ]);
  // f is continuous: the same split; its right limit is f at the next
  // double above 0, the least subnormal.
  assert.deepEqual(pieces(sample, 'y'), [[[-1, 0], [-0.5, 0], [0, 0]], [[0, Number.MIN_VALUE], [0.5, 0.5], [1, 1]]]);
});

test('a jump of f itself (hardshrink) ends each piece at its own limit', () => {
  const sample = act.sample('hardshrink', { from: -1, to: 1, count: 3 });  // breaks at ±0.5
  const drawn = pieces(sample, 'y');
  assert.equal(drawn.length, 3);
  assert.deepEqual(drawn[0].at(-1)[0], -0.5);
  assert.ok(Math.abs(drawn[0].at(-1)[1] + 0.5) < 1e-15, 'left of −0.5, f tends to −0.5');
  assert.deepEqual(drawn[1][0], [-0.5, 0]);
});

test('non-finite values break the line instead of drawing to them', () => {
  const drawn = [];
  tracePieces(Float64Array.of(0, 1, 2, 3), Float64Array.of(0, NaN, 2, 3), [], 'y', {
    move: (x, y) => drawn.push([[x, y]]),
    line: (x, y) => drawn.at(-1).push([x, y]),
  });
  assert.deepEqual(drawn, [[[0, 0]], [[2, 2], [3, 3]]]);
});

test('the seeded normal sample is reproducible and has the asked moments', () => {
  const a = normalSample(20001, 2, 3, 7);
  assert.deepEqual(a, normalSample(20001, 2, 3, 7));
  assert.notDeepEqual(a, normalSample(20001, 2, 3, 8));
  const mean = a.reduce((s, v) => s + v, 0) / a.length;
  const variance = a.reduce((s, v) => s + (v - mean) ** 2, 0) / a.length;
  assert.ok(Math.abs(mean - 2) < 0.1, String(mean));
  assert.ok(Math.abs(Math.sqrt(variance) - 3) < 0.1, String(variance));
  assert.equal(a.length, 20001);
  assert.ok(a.every(Number.isFinite));
});
