// The JS API against the built WASM module, loaded the way a Node user
// loads it: by package name, with no flags.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadActivations } from 'activation-playground';

const act = await loadActivations();

test('loadActivations is memoised', async () => {
  assert.equal(loadActivations(), loadActivations());
  assert.equal(await loadActivations(), act);
});

test('list() describes every activation from the registry', () => {
  const list = act.list();
  assert.deepEqual(list.map((a) => a.name).slice(0, 2), ['relu', 'leaky_relu']);
  assert.equal(new Set(list.map((a) => a.name)).size, list.length);
  const leaky = list.find((a) => a.name === 'leaky_relu');
  assert.equal(leaky.label, 'Leaky ReLU');
  assert.deepEqual(leaky.params.map((p) => [p.name, p.default, p.min, p.max]), [['negative_slope', 0.01, -Infinity, Infinity]]);
  for (const a of list) {
    assert.ok(a.formula.length > 0 && a.derivativeFormula.length > 0 && a.kinkConvention.length > 0);
  }
  list[1].params[0].default = 99;  // a copy: callers can't change the registry
  assert.equal(act.list()[1].params[0].default, 0.01);
  assert.deepEqual(leaky.orders, []);
});

test('evaluate and derivative follow PyTorch by default', () => {
  assert.equal(act.evaluate('relu', 2), 2);
  assert.equal(act.evaluate('relu', -3), 0);
  assert.ok(Math.abs(act.evaluate('leaky_relu', -3, { negative_slope: 0.001 }) - -0.003) < 1e-18);
  assert.equal(act.evaluate('leaky_relu', -3), -0.03);
  assert.equal(act.derivative('relu', 0), 0);
  assert.equal(act.derivative('leaky_relu', 0), 0.01);
  assert.equal(act.derivative('leaky_relu', 0, { negative_slope: 0.2 }), 0.2);
});

test('the kink option selects a one-sided derivative', () => {
  assert.equal(act.derivative('relu', 0, undefined, { kink: 'left' }), 0);
  assert.equal(act.derivative('relu', 0, undefined, { kink: 'right' }), 1);
  assert.equal(act.derivative('relu', 0, {}, { kink: 'pytorch' }), 0);
  assert.equal(act.derivative('leaky_relu', 0, {}, { kink: 'right' }), 1);
  assert.equal(act.derivative('leaky_relu', 0, {}, { kink: 'left' }), 0.01);
  // Away from the kink the option changes nothing.
  assert.equal(act.derivative('relu', -1, {}, { kink: 'right' }), 0);
});

test('IEEE edges: NaN in gives NaN out, infinities give the limits, signed zeros', () => {
  assert.ok(Number.isNaN(act.evaluate('relu', NaN)));
  assert.ok(Number.isNaN(act.derivative('relu', NaN)));
  assert.equal(act.evaluate('relu', Infinity), Infinity);
  assert.equal(act.evaluate('relu', -Infinity), 0);
  assert.equal(act.evaluate('leaky_relu', -Infinity), -Infinity);
  assert.ok(Object.is(act.evaluate('relu', -0), 0));
  assert.ok(Object.is(act.evaluate('leaky_relu', -0), -0));
});

test('apply keeps the input type and returns a new array', () => {
  const f32 = new Float32Array([-1, 2, -0.5]);
  const r32 = act.apply('relu', f32);
  assert.ok(r32 instanceof Float32Array);
  assert.deepEqual([...r32], [0, 2, 0]);
  assert.notEqual(r32, f32);
  assert.deepEqual([...f32], [-1, 2, -0.5]);

  const r64 = act.apply('leaky_relu', new Float64Array([-1, 2]));
  assert.ok(r64 instanceof Float64Array);
  assert.deepEqual([...r64], [-0.01, 2]);

  const plain = act.apply('relu', [-1, 2, 3.5]);
  assert.ok(Array.isArray(plain));
  assert.deepEqual(plain, [0, 2, 3.5]);
  assert.deepEqual(act.apply('relu', []), []);
  assert.equal(act.apply('relu', new Float32Array(0)).length, 0);
});

test('float32 inputs are computed in float32', () => {
  // -3 · float(0.01) rounded to float, not the double -0.03.
  const [y] = act.apply('leaky_relu', new Float32Array([-3]));
  assert.equal(y, Math.fround(Math.fround(-3) * Math.fround(0.01)));
});

test('apply and gradient write into out, in place too', () => {
  const input = new Float32Array([-2, 0, 3]);
  const out = new Float32Array(3);
  assert.equal(act.apply('leaky_relu', input, { negative_slope: 0.5 }, out), out);
  assert.deepEqual([...out], [-1, 0, 3]);
  assert.equal(act.gradient('relu', input, undefined, input), input);
  assert.deepEqual([...input], [0, 0, 1]);

  const arrayOut = [0, 0];
  act.apply('relu', [-1, 1], {}, arrayOut);
  assert.deepEqual(arrayOut, [0, 1]);
  const f64Out = new Float64Array(2);
  act.gradient('relu', [0, 0], {}, f64Out, { kink: 'right' });
  assert.deepEqual([...f64Out], [1, 1]);
});

test('gradient matches derivative element by element', () => {
  const xs = [-2, -0, 0, 1e-300, 5, NaN, -Infinity, Infinity];
  for (const kink of ['pytorch', 'left', 'right']) {
    for (const name of ['relu', 'leaky_relu']) {
      const grads = act.gradient(name, new Float64Array(xs), { }, undefined, { kink });
      xs.forEach((x, i) => assert.ok(Object.is(grads[i], act.derivative(name, x, {}, { kink })), `${name}'(${x}) ${kink}`));
    }
  }
});

test('long arrays are processed in chunks without growing memory per call', () => {
  const n = 300_001;  // several chunks and a ragged tail
  const input = new Float64Array(n).map((_, i) => (i % 2 ? -i : i));
  const out = act.apply('leaky_relu', input, { negative_slope: 0.5 });
  for (const i of [0, 1, 65535, 65536, 65537, 200000, n - 1]) {
    assert.equal(out[i], i % 2 ? -i * 0.5 : i, `index ${i}`);
  }
});

test('sample returns a grid, f, f\' and the breakpoints with their one-sided values', () => {
  const { x, y, dy, breaks } = act.sample('relu', { from: -2, to: 2, count: 5 });
  assert.deepEqual([...x], [-2, -1, 0, 1, 2]);
  assert.deepEqual([...y], [0, 0, 0, 1, 2]);
  assert.deepEqual([...dy], [0, 0, 0, 1, 1]);
  assert.equal(breaks.length, 1);
  assert.equal(breaks[0].x, 0);
  assert.deepEqual(breaks[0].dy, { left: 0, at: 0, right: 1 });
  assert.deepEqual(breaks[0].y, { left: 0, at: 0, right: Number.MIN_VALUE });

  const right = act.sample('relu', { from: -1, to: 1, count: 3 }, {}, { kink: 'right' });
  assert.deepEqual([...right.dy], [0, 1, 1]);
  assert.equal(right.breaks[0].dy.at, 1);
  assert.deepEqual(act.sample('relu', { from: 1, to: 2, count: 2 }).breaks, []);
  assert.equal(act.sample('relu', { from: 0, to: 1 }).x.length, 512);
});

const throwsWith = (fn, type, pattern) => assert.throws(fn, (error) => error instanceof type && pattern.test(error.message));

test('an unknown activation is a RangeError with a suggestion', () => {
  throwsWith(() => act.evaluate('rleu', 1), RangeError, /unknown activation "rleu"; did you mean "relu"\?/);
  throwsWith(() => act.evaluate('LeakyReLU', 1), RangeError, /did you mean "leaky_relu"/);
  throwsWith(() => act.evaluate('softmax', 1), RangeError, /unknown activation "softmax" \(expected one of: relu, leaky_relu/);
  throwsWith(() => act.apply(42, [1]), TypeError, /activation name must be a string, got 42/);
});

test('bad x is a TypeError naming the value', () => {
  throwsWith(() => act.evaluate('relu', '2'), TypeError, /x must be a number, got "2"/);
  throwsWith(() => act.derivative('relu', 2n), TypeError, /x must be a number, got 2n/);
  throwsWith(() => act.evaluate('relu'), TypeError, /got undefined/);
});

test('bad parameters name the parameter, the value and the range', () => {
  throwsWith(() => act.evaluate('leaky_relu', 1, { negative_slope: NaN }), RangeError, /negative_slope = NaN is out of range \(expected any finite number\)/);
  throwsWith(() => act.evaluate('leaky_relu', 1, { negative_slope: Infinity }), RangeError, /negative_slope = Infinity/);
  throwsWith(() => act.evaluate('leaky_relu', 1, { negative_slope: '0.1' }), TypeError, /negative_slope must be a number, got "0.1"/);
  throwsWith(() => act.evaluate('leaky_relu', 1, { negative_slope: undefined }), TypeError, /got undefined/);
  throwsWith(() => act.evaluate('leaky_relu', 1, { slope: 0.1 }), RangeError, /unknown parameter "slope" for leaky_relu; did you mean "negative_slope"\?/);
  throwsWith(() => act.evaluate('relu', 1, { alpha: 1 }), RangeError, /unknown parameter "alpha" for relu \(it takes no parameters\)/);
  throwsWith(() => act.evaluate('leaky_relu', 1, 0.1), TypeError, /must be a plain object like \{ negative_slope: 0.01 \}, got 0.1/);
});

test('bad options name the value', () => {
  throwsWith(() => act.derivative('relu', 0, {}, { kink: 'rigth' }), RangeError, /unknown kink convention "rigth"; did you mean "right"\?/);
  throwsWith(() => act.derivative('relu', 0, {}, { kink: 1 }), TypeError, /kink must be one of/);
  throwsWith(() => act.derivative('relu', 0, {}, { side: 'left' }), RangeError, /unknown option "side"/);
  throwsWith(() => act.derivative('relu', 0, {}, 'left'), TypeError, /options must be a plain object/);
});

test('bad arrays name the type, element or length', () => {
  throwsWith(() => act.apply('relu', new Int32Array(2)), TypeError, /input must be a Float32Array, a Float64Array or an array of numbers, got an Int32Array of length 2/);
  throwsWith(() => act.apply('relu', '1,2'), TypeError, /got "1,2"/);
  throwsWith(() => act.apply('relu', [1, '2']), TypeError, /input\[1\] must be a number, got "2"/);
  throwsWith(() => act.apply('relu', new Float32Array(3), {}, new Float32Array(2)), RangeError, /out has length 2 but the input has length 3/);
  throwsWith(() => act.apply('relu', new Float32Array(2), {}, new Float64Array(2)), TypeError, /out must be a Float32Array to match the input, got a Float64Array/);
  throwsWith(() => act.gradient('relu', [1], {}, new Float32Array(1)), TypeError, /out must be an array of numbers or a Float64Array/);
});

test('bad sample ranges name the field', () => {
  throwsWith(() => act.sample('relu', { from: 1, to: -1 }), RangeError, /range.from \(1\) must be less than range.to \(-1\)/);
  throwsWith(() => act.sample('relu', { from: -1, to: 1, count: 1 }), RangeError, /range.count = 1 must be an integer from 2/);
  throwsWith(() => act.sample('relu', { from: -1, to: 1, count: 2.5 }), RangeError, /range.count = 2.5/);
  throwsWith(() => act.sample('relu', { from: -Infinity, to: 1 }), RangeError, /range.from = -Infinity must be finite/);
  throwsWith(() => act.sample('relu', { from: '0', to: 1 }), TypeError, /range.from must be a number, got "0"/);
  throwsWith(() => act.sample('relu', { from: 0, to: 1, step: 1 }), RangeError, /unknown range field "step"/);
  throwsWith(() => act.sample('relu', [0, 1]), TypeError, /range must be a plain object/);
});

test('a failed call leaves the module working', () => {
  assert.throws(() => act.apply('relu', [1, 'x']));
  assert.equal(act.evaluate('relu', 3), 3);
});
