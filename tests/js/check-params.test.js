// act.checkParams: the same checks as evaluate, with no computation, and
// errors that say which parameter is wrong as a property.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadActivations } from 'activation-playground';

const act = await loadActivations();

// The error `fn` throws, asserting its type.
function errorOf(fn, type) {
  try {
    fn();
  } catch (error) {
    assert.ok(error instanceof type, `${error?.constructor?.name}: ${error?.message}`);
    return error;
  }
  assert.fail('expected a throw');
}

test('returns every parameter, defaults filled in, as plain values', () => {
  assert.deepEqual(act.checkParams('leaky_relu'), { negative_slope: 0.01 });
  assert.deepEqual(act.checkParams('leaky_relu', { negative_slope: 0.2 }), { negative_slope: 0.2 });
  assert.deepEqual(act.checkParams('hardtanh', { max_val: 3 }), { min_val: -1, max_val: 3 });
  assert.deepEqual(act.checkParams('gelu', { approximate: 'tanh' }), { approximate: 'tanh' });
  assert.deepEqual(act.checkParams('gelu', null), { approximate: 'none' });
  assert.deepEqual(act.checkParams('relu', {}), {});
  const resolved = act.checkParams('softplus', { beta: 2 }, { kink: 'right' });
  assert.deepEqual(resolved, { beta: 2, threshold: 20 });
  assert.equal(Object.getPrototypeOf(resolved), Object.prototype);
});

test('every activation accepts its own defaults and returns them', () => {
  for (const spec of act.list()) {
    const defaults = Object.fromEntries(spec.params.map((p) => [p.name, p.default]));
    assert.deepEqual(act.checkParams(spec.name), defaults, spec.name);
    assert.deepEqual(act.checkParams(spec.name, defaults), defaults, spec.name);
  }
});

test('a bad name says which activation, as a property', () => {
  const unknown = errorOf(() => act.checkParams('rleu'), RangeError);
  assert.equal(unknown.activation, 'rleu');
  assert.equal(unknown.param, undefined);
  assert.match(unknown.message, /did you mean "relu"/);
  assert.equal(errorOf(() => act.checkParams(7), TypeError).activation, 7);
});

test('each kind of bad parameter names it in error.param', () => {
  const cases = [
    ['leaky_relu', { negative_slope: NaN }, RangeError, 'negative_slope'],
    ['leaky_relu', { negative_slope: '0.1' }, TypeError, 'negative_slope'],
    ['leaky_relu', { slope: 0.1 }, RangeError, 'slope'],
    ['celu', { alpha: 0 }, RangeError, 'alpha'],
    ['softshrink', { lambd: -1 }, RangeError, 'lambd'],
    ['gelu', { approximate: 'fast' }, RangeError, 'approximate'],
    ['gelu', { approximate: 1 }, TypeError, 'approximate'],
  ];
  for (const [name, params, type, param] of cases) {
    const error = errorOf(() => act.checkParams(name, params), type);
    assert.equal(error.param, param, `${name} ${JSON.stringify(params)}`);
    assert.equal(error.activation, name);
  }
});

test('an ordering rule names the parameter the caller set, and both in error.params', () => {
  const both = errorOf(() => act.checkParams('hardtanh', { min_val: 2, max_val: 1 }), RangeError);
  assert.equal(both.param, 'max_val');
  assert.deepEqual(both.params, ['min_val', 'max_val']);
  assert.equal(errorOf(() => act.checkParams('hardtanh', { min_val: 5 }), RangeError).param, 'min_val');
  assert.equal(errorOf(() => act.checkParams('hardtanh', { max_val: -5 }), RangeError).param, 'max_val');
  assert.equal(errorOf(() => act.checkParams('rrelu', { lower: 0.5, upper: 0.25 }), RangeError).param, 'upper');
  assert.deepEqual(act.checkParams('rrelu', { lower: 0.25, upper: 0.25 }), { lower: 0.25, upper: 0.25 });
});

test('bad options are checked as derivative checks them', () => {
  const error = errorOf(() => act.checkParams('relu', {}, { kink: 'rigth' }), RangeError);
  assert.equal(error.option, 'kink');
  assert.equal(errorOf(() => act.checkParams('relu', {}, { side: 1 }), RangeError).option, 'side');
});

test('checkParams and evaluate agree on what they accept', () => {
  const attempts = [
    ['hardtanh', { min_val: 1, max_val: 1 }],
    ['softplus', { beta: 1e-300 }],
    ['leaky_relu', { negative_slope: -0 }],
    ['leaky_relu', new Map([['negative_slope', 1]])],
    ['relu', []],
    ['threshold', { threshold: 1, value: Infinity }],
  ];
  for (const [name, params] of attempts) {
    let viaCheck;
    let viaEvaluate;
    try { act.checkParams(name, params); } catch (error) { viaCheck = error; }
    try { act.evaluate(name, 0.5, params); } catch (error) { viaEvaluate = error; }
    assert.equal(viaCheck?.constructor, viaEvaluate?.constructor, `${name}: ${viaCheck?.message} / ${viaEvaluate?.message}`);
    assert.equal(viaCheck?.message, viaEvaluate?.message);
    assert.equal(viaCheck?.param, viaEvaluate?.param);
  }
});

test('evaluate\'s errors carry the same properties', () => {
  const error = errorOf(() => act.evaluate('leaky_relu', 1, { negative_slope: Infinity }), RangeError);
  assert.equal(error.param, 'negative_slope');
  assert.equal(error.activation, 'leaky_relu');
});
