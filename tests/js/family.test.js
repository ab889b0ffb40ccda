// The whole family through the JS API: names in PyTorch's terms, choice
// and ordered parameters, every out-of-range parameter named in a
// RangeError, and a few values PyTorch users know.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { loadActivations } from 'activation-playground';

const act = await loadActivations();
const throwsWith = (fn, type, pattern) => assert.throws(fn, (error) => error instanceof type && pattern.test(error.message));

// The reference generator lists the activations it writes data for, in its
// own order, independently of the core: both lists must name the same
// entries in the same order, so an entry added to one and not the other,
// or moved, fails here.
test('the registry and the reference generator list the same activations in the same order', async () => {
  const generator = await readFile(new URL('../reference/make_reference.py', import.meta.url), 'utf8');
  const listed = generator.slice(generator.indexOf('\nACTIVATIONS = ['), generator.indexOf('\nBY_NAME = '));
  const generatorNames = [...listed.matchAll(/^ {4}Activation\("(\w+)"/gm)].map((match) => match[1]);
  assert.ok(generatorNames.length > 0, 'make_reference.py lists its activations as ACTIVATIONS = [Activation("name", ...), ...]');
  assert.deepEqual(act.list().map((a) => a.name), generatorNames);
});

test('gelu takes approximate "none" or "tanh" by name', () => {
  const gelu = act.list().find((a) => a.name === 'gelu');
  assert.deepEqual(gelu.params, [{ name: 'approximate', default: 'none', choices: ['none', 'tanh'], description: gelu.params[0].description }]);
  const exact = act.evaluate('gelu', 1);
  const tanh = act.evaluate('gelu', 1, { approximate: 'tanh' });
  assert.ok(Math.abs(exact - 0.8413447460685429) < 1e-15);
  assert.ok(Math.abs(tanh - 0.8411919906082768) < 1e-15);
  throwsWith(() => act.evaluate('gelu', 1, { approximate: 'tahn' }), RangeError, /gelu parameter approximate = "tahn" is not allowed; did you mean "tanh"\? \(expected one of "none", "tanh"\)/);
  throwsWith(() => act.evaluate('gelu', 1, { approximate: 1 }), TypeError, /approximate must be one of "none", "tanh", got 1/);
});

test('parameters out of range name the parameter, the value and the range', () => {
  throwsWith(() => act.evaluate('softplus', 1, { beta: -1 }), RangeError, /softplus parameter beta = -1 is out of range \(expected a finite number in \(0, ∞\)\)/);
  throwsWith(() => act.evaluate('celu', 1, { alpha: 0 }), RangeError, /celu parameter alpha = 0 is out of range/);
  throwsWith(() => act.evaluate('softshrink', 1, { lambd: -0.5 }), RangeError, /softshrink parameter lambd = -0.5 is out of range \(expected a finite number in \[0, ∞\)\)/);
  throwsWith(() => act.evaluate('hardtanh', 1, { min_val: 2 }), RangeError, /hardtanh parameters min_val = 2 and max_val = 1 are out of order \(expected min_val < max_val\)/);
  throwsWith(() => act.evaluate('hardtanh', 1, { min_val: 1, max_val: 1 }), RangeError, /out of order/);
  throwsWith(() => act.evaluate('rrelu', 1, { lower: 0.5, upper: 0.25 }), RangeError, /rrelu parameters lower = 0.5 and upper = 0.25 are out of order \(expected lower ≤ upper\)/);
  assert.equal(act.evaluate('rrelu', -1, { lower: 0.25, upper: 0.25 }), -0.25);
});

test('values PyTorch users know', () => {
  const close = (a, b) => Math.abs(a - b) <= 1e-15 * Math.max(1, Math.abs(b));
  assert.equal(act.evaluate('relu6', 7), 6);
  assert.ok(close(act.evaluate('selu', -1), -1.1113307378125628));
  assert.ok(close(act.evaluate('elu', -1), -0.6321205588285577));
  assert.ok(close(act.evaluate('sigmoid', 0), 0.5));
  assert.ok(close(act.evaluate('silu', 1), 0.7310585786300049));
  assert.ok(close(act.evaluate('mish', 1), 0.8650983882673103));
  assert.ok(close(act.evaluate('softplus', 0), Math.LN2));
  assert.ok(close(act.evaluate('logsigmoid', 0), -Math.LN2));
  assert.equal(act.evaluate('hardswish', 3), 3);
  assert.equal(act.derivative('hardswish', -3), -0.5);
  assert.equal(act.derivative('hardswish', 3), 1.5);
  assert.equal(act.evaluate('threshold', 1), 0);
  assert.equal(act.evaluate('threshold', 1.5), 1.5);
  assert.equal(act.evaluate('hardshrink', 0.5), 0);
  assert.equal(act.evaluate('softshrink', 2), 1.5);
});

// Far out and at ±Infinity: no NaN, except at ±Infinity where the registry
// says f or f′ has no limit (spec.edges: sine oscillates).
test('no overflow or spurious NaN far out, and NaN in gives NaN out', () => {
  for (const { name, edges } of act.list()) {
    for (const x of [-3.4e38, -1e10, -100, 100, 1e10, 3.4e38, -Infinity, Infinity]) {
      const infinite = !Number.isFinite(x);
      assert.equal(Number.isNaN(act.evaluate(name, x)), infinite && !edges.valueLimits, `${name}(${x})`);
      assert.equal(Number.isNaN(act.derivative(name, x)), infinite && !edges.derivativeLimits, `${name}'(${x})`);
    }
    assert.ok(Number.isNaN(act.evaluate(name, NaN)), `${name}(NaN)`);
    assert.ok(Number.isNaN(act.derivative(name, NaN)), `${name}'(NaN)`);
  }
});

test('jumps come with their one-sided values', () => {
  const { breaks } = act.sample('threshold', { from: -2, to: 2, count: 5 }, { threshold: 1, value: -1 });
  assert.equal(breaks.length, 1);
  assert.deepEqual({ x: breaks[0].x, at: breaks[0].y.at, dy: breaks[0].dy }, { x: 1, at: -1, dy: { left: 0, at: 0, right: 1 } });
  assert.ok(Math.abs(breaks[0].y.right - 1) < 1e-15);
  assert.equal(breaks[0].y.left, -1);
});
