// lab.initMoments: each initialiser's formula (core/include/activations/
// lab/init.hpp) as the moments of one layer's draws, which experiment 4's
// mean-field line takes; and its checks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadLab } from 'activation-playground/lab';

const lab = await loadLab();
const close = (a, b) => Math.abs(a - b) <= 1e-15 * Math.max(1, Math.abs(b));

test('the weights\' variance of each initialiser', () => {
  const n = 64, m = 32;
  const expected = {
    'he-normal': 2 / n,
    'he-uniform': 2 / n,  // U(±√(6/n)): a²/3
    'xavier-normal': 2 / (n + m),
    'xavier-uniform': 2 / (n + m),
    'lecun-normal': 1 / n,
    pytorch: 1 / (3 * n),  // U(±1/√n)
    playground: 1 / 12,    // U(−0.5, 0.5)
  };
  for (const [init, variance] of Object.entries(expected)) {
    const got = lab.initMoments({ init, bias: 'zero', fanIn: n, fanOut: m });
    assert.ok(close(got.weightVariance, variance), `${init}: ${got.weightVariance} vs ${variance}`);
    assert.deepEqual([got.biasMean, got.biasVariance], [0, 0]);
  }
});

test('the biases: the initialiser\'s own, drawn, or a constant', () => {
  assert.deepEqual(lab.initMoments({ init: 'playground', fanIn: 8 }), { weightVariance: 1 / 12, biasMean: 0.1, biasVariance: 0 });
  const pytorch = lab.initMoments({ init: 'pytorch', fanIn: 8 });
  assert.ok(close(pytorch.biasVariance, 1 / 24));
  assert.equal(pytorch.biasMean, 0);
  assert.deepEqual(lab.initMoments({ init: 'he-normal', fanIn: 8 }), { weightVariance: 0.25, biasMean: 0, biasVariance: 0 });
  assert.deepEqual(lab.initMoments({ init: 'he-normal', bias: 'drawn', fanIn: 8 }), { weightVariance: 0.25, biasMean: 0, biasVariance: 0.25 });
  assert.deepEqual(lab.initMoments({ init: 'lecun-normal', bias: 0.5, fanIn: 4 }), { weightVariance: 0.25, biasMean: 0.5, biasVariance: 0 });
});

test('bad options name the value', () => {
  assert.throws(() => lab.initMoments({ init: 'he_normal' }), /he_normal/);
  assert.throws(() => lab.initMoments({ fanIn: 0 }), RangeError);
  assert.throws(() => lab.initMoments({ fanIn: 1.5 }), /fanIn/);
  assert.throws(() => lab.initMoments({ fanIn: 8, depth: 3 }), /depth/);
  assert.throws(() => lab.initMoments('he-normal'), TypeError);
});
