// Other libraries' names: every name in the registry's table resolves, with
// its library's defaults, and works as a name in every call (one test per
// name, generated from the table); the defaults the libraries document, as
// an independent check of the table; and the errors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadActivations } from 'activation-playground';

const act = await loadActivations();
const list = act.list();
const throwsWith = (fn, type, pattern) => assert.throws(fn, (error) => error instanceof type && pattern.test(error.message));

const XS = [-3, -1, -0.5, 0, 0.5, 2];

for (const spec of list) {
  for (const entry of spec.libraryNames) {
    const qualified = `${entry.library}:${entry.name}`;
    test(`${qualified} resolves to ${spec.name} with its defaults, in every call`, () => {
      assert.deepEqual(act.resolve(entry.library, entry.name), { name: spec.name, params: entry.params });
      const xs = Float64Array.from(XS);
      assert.deepEqual(act.apply(qualified, xs), act.apply(spec.name, xs, entry.params));
      assert.deepEqual(act.gradient(qualified, xs), act.gradient(spec.name, xs, entry.params));
      for (const x of XS) {
        assert.equal(act.evaluate(qualified, x), act.evaluate(spec.name, x, entry.params));
        assert.equal(act.derivative(qualified, x, {}, { kink: 'right' }), act.derivative(spec.name, x, entry.params, { kink: 'right' }));
      }
      const range = { from: -2, to: 2, count: 5 };
      assert.deepEqual(act.sample(qualified, range), act.sample(spec.name, range, entry.params));
    });
  }
}

test('the defaults the libraries document', () => {
  const expected = [
    ['pytorch', 'leaky_relu', 'leaky_relu', { negative_slope: 0.01 }],
    ['pytorch', 'GELU', 'gelu', { approximate: 'none' }],
    ['pytorch', 'Softplus', 'softplus', { beta: 1, threshold: 20 }],
    ['keras', 'leaky_relu', 'leaky_relu', { negative_slope: 0.2 }],
    ['keras', 'LeakyReLU', 'leaky_relu', { negative_slope: 0.3 }],
    ['keras', 'PReLU', 'prelu', { weight: 0 }],
    ['keras', 'gelu', 'gelu', { approximate: 'none' }],
    ['keras', 'swish', 'silu', {}],
    ['keras', 'silu', 'silu', {}],
    ['keras', 'hard_swish', 'hardswish', {}],
    ['keras', 'hard_silu', 'hardswish', {}],
    ['keras', 'hard_sigmoid', 'hardsigmoid', {}],
    ['keras', 'squareplus', 'squareplus', { b: 4 }],
    ['keras', 'sparse_plus', 'sparse_plus', {}],
    ['keras', 'sparse_sigmoid', 'sparse_sigmoid', {}],
    ['tfjs', 'leakyRelu', 'leaky_relu', { negative_slope: 0.2 }],
    ['tfjs', 'layers.leakyReLU', 'leaky_relu', { negative_slope: 0.3 }],
    ['tfjs', 'hardSigmoid', 'linear_sigmoid', { slope: 0.2 }],
    ['tfjs', 'step', 'step', { alpha: 0 }],
    ['jax', 'gelu', 'gelu', { approximate: 'tanh' }],
    ['jax', 'leaky_relu', 'leaky_relu', { negative_slope: 0.01 }],
    ['huggingface', 'gelu_new', 'gelu', { approximate: 'tanh' }],
    ['huggingface', 'gelu_fast', 'gelu', { approximate: 'tanh' }],
    ['huggingface', 'gelu_pytorch_tanh', 'gelu', { approximate: 'tanh' }],
    ['huggingface', 'quick_gelu', 'quick_gelu', {}],
    ['huggingface', 'relu2', 'relu2', {}],
    ['huggingface', 'xielu', 'xielu', { alpha_p: 0.8, alpha_n: 0.8, beta: 0.5, eps: -1e-6 }],
  ];
  for (const [library, name, activation, params] of expected) {
    assert.deepEqual(act.resolve(library, name), { name: activation, params }, `${library}:${name}`);
  }
  // TF.js layers' hardSigmoid is 0.2x + 0.5, not x/6 + 1/2.
  assert.equal(act.evaluate('tfjs:hardSigmoid', 1), 0.7);
  assert.equal(act.evaluate('keras:hard_sigmoid', 1.5), 0.75);
});

test('the caller\'s parameters override the library\'s defaults', () => {
  assert.equal(act.evaluate('keras:leaky_relu', -1), -0.2);
  assert.equal(act.evaluate('keras:leaky_relu', -1, { negative_slope: 0.5 }), -0.5);
  assert.equal(act.evaluate('jax:gelu', 1, { approximate: 'none' }), act.evaluate('gelu', 1));
  assert.deepEqual(act.checkParams('keras:leaky_relu', {}), { negative_slope: 0.2 });
  assert.deepEqual(act.checkParams('keras:leaky_relu', { negative_slope: 0.1 }), { negative_slope: 0.1 });
  throwsWith(() => act.evaluate('keras:leaky_relu', 1, { negative_slop: 1 }), RangeError, /unknown parameter "negative_slop" for leaky_relu; did you mean "negative_slope"\?/);
  throwsWith(() => act.evaluate('keras:leaky_relu', 1, 5), TypeError, /parameters of leaky_relu must be a plain object/);
});

test('module paths and library aliases are accepted', () => {
  assert.deepEqual(act.resolve('torch', 'torch.nn.functional.gelu'), { name: 'gelu', params: { approximate: 'none' } });
  assert.deepEqual(act.resolve('pytorch', 'nn.LeakyReLU'), { name: 'leaky_relu', params: { negative_slope: 0.01 } });
  assert.deepEqual(act.resolve('tf', 'tf.layers.leakyReLU'), { name: 'leaky_relu', params: { negative_slope: 0.3 } });
  assert.deepEqual(act.resolve('jax', 'jax.nn.gelu'), { name: 'gelu', params: { approximate: 'tanh' } });
  assert.deepEqual(act.resolve('hf', 'gelu_new'), act.resolve('huggingface', 'gelu_new'));
  assert.deepEqual(act.resolve('Keras', 'leaky_relu'), act.resolve('keras', 'leaky_relu'));
});

test('unknown libraries and names: RangeErrors with a suggestion, also across libraries', () => {
  throwsWith(() => act.resolve('kerass', 'relu'), RangeError, /unknown library "kerass"; did you mean "keras"\? \(expected one of: pytorch, keras, tfjs, jax, huggingface\)/);
  throwsWith(() => act.resolve('keras', 'leaky_rel'), RangeError, /unknown Keras 3 name "leaky_rel"; did you mean "leaky_relu"\?/);
  throwsWith(() => act.resolve('jax', 'hardSigmoid'), RangeError, /unknown JAX name "hardSigmoid"; did you mean "hard_sigmoid"\?/);
  throwsWith(() => act.resolve('jax', 'thresholdedReLU'), RangeError, /did you mean "tfjs:thresholdedReLU"\?|did you mean "tfjs:layers.thresholdedReLU"\?/);
  throwsWith(() => act.evaluate('keras:leaky_rel', 1), RangeError, /unknown Keras 3 name "leaky_rel"; did you mean "leaky_relu"\?/);
  throwsWith(() => act.evaluate('kears:relu', 1), RangeError, /unknown library "kears"; did you mean "keras"\?/);
  throwsWith(() => act.resolve('huggingface', 'gelu_10'), RangeError, /"gelu_10" is not one of the registry's activations: clip\(gelu\(x\), −10, 10\)/);
  throwsWith(() => act.resolve('keras', 'exponential'), RangeError, /is not one of the registry's activations/);
  throwsWith(() => act.resolve(1, 'relu'), TypeError, /library must be a string, got 1/);
  assert.throws(() => act.evaluate('keras:leaky_rel', 1), (error) => error.activation === 'keras:leaky_rel' && error.library === 'keras');
  throwsWith(() => act.resolve('keras', null), TypeError, /Keras 3 name must be a string, got null/);
});

test('long names are refused in bounded time', () => {
  const long = 'x'.repeat(1 << 20);
  const started = process.hrtime.bigint();
  throwsWith(() => act.resolve('pytorch', long), RangeError, /unknown PyTorch name "x{40}…"$/);
  throwsWith(() => act.resolve(long, 'relu'), RangeError, /unknown library "x{40}…"/);
  throwsWith(() => act.evaluate(`keras:${long}`, 1), RangeError, /unknown Keras 3 name/);
  assert.ok(process.hrtime.bigint() - started < 5_000_000_000n);
});

test('list() carries each activation\'s names; libraries() the libraries', () => {
  const leaky = list.find((a) => a.name === 'leaky_relu');
  assert.ok(leaky.libraryNames.some((entry) => entry.library === 'keras' && entry.name === 'LeakyReLU' && entry.params.negative_slope === 0.3));
  leaky.libraryNames[0].params.negative_slope = 99;  // a copy
  assert.notEqual(act.list().find((a) => a.name === 'leaky_relu').libraryNames[0].params.negative_slope, 99);
  assert.deepEqual(act.libraries().map((library) => library.key), ['pytorch', 'keras', 'tfjs', 'jax', 'huggingface']);
});
