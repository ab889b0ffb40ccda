import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadActivations } from 'activation-playground';
import { MAX_CURVES, defaultState, parseState, serializeState } from '../../web/src/state.js';

const act = await loadActivations();
const list = act.list();
const validate = (name, params) => act.evaluate(name, 0, params);
const parse = (search) => parseState(search, list, validate);

test('an empty query is the default view', () => {
  const { state, notices } = parse('');
  assert.deepEqual(state, defaultState());
  assert.deepEqual(notices, []);
  assert.equal(serializeState(state, list), 'fn=relu');
});

test('curves, parameters and options round-trip', () => {
  const state = defaultState();
  state.curves = [
    { name: 'relu', params: {}, derivative: false, visible: true },
    { name: 'leaky_relu', params: { negative_slope: 0.2 }, derivative: true, visible: false },
  ];
  state.kink = 'right';
  state.view = { xMin: -2, xMax: 3.5, yMin: -1, yMax: 4 };
  state.inputs = '[1.0, -2, 3e-5]';
  state.theme = 'dark';
  state.stats = { source: 'normal', mean: -0.5, sd: 2, n: 500, seed: 7 };
  const query = serializeState(state, list);
  const { state: back, notices } = parse(`?${query}`);
  assert.deepEqual(notices, []);
  assert.deepEqual(back, state);
});

test('the embed form: a top-level parameter applies to curves that take it', () => {
  const { state, notices } = parse('?fn=leaky_relu&negative_slope=0.001');
  assert.deepEqual(notices, []);
  assert.deepEqual(state.curves[0].params, { negative_slope: 0.001 });
  const both = parse('?fn=leaky_relu(negative_slope=0.3)&fn=leaky_relu&negative_slope=0.2').state;
  assert.deepEqual(both.curves.map((c) => c.params.negative_slope), [0.3, 0.2]);
});

test('an x range alone leaves y to be fitted', () => {
  const { state } = parse('?x=-1,1');
  assert.deepEqual(state.view, { xMin: -1, xMax: 1, yMin: undefined, yMax: undefined });
});

test('hostile or broken values are dropped with a notice, as text', () => {
  const { state, notices } = parse('?fn=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&kink=sideways&x=5,1&theme=%3Cb%3E&n=-3');
  assert.deepEqual(state.curves, defaultState().curves);
  assert.equal(state.kink, 'pytorch');
  assert.equal(state.view, null);
  assert.equal(state.theme, 'system');
  assert.equal(notices.length, 5);
  assert.match(notices[0], /^Ignored fn="<img src=x onerror=alert\(1\)>": not an activation name\.$/);
});

test('parameters out of range are reported with the API\'s message', () => {
  const { state, notices } = parse('?fn=leaky_relu(negative_slope=abc)&fn=leaky_relu(slope=1)&fn=leaky_relu(negative_slope=1e999)');
  assert.equal(state.curves.length, 3);
  for (const curve of state.curves) assert.deepEqual(curve.params, {});
  assert.equal(notices.length, 3);
  assert.match(notices[0], /negative_slope=abc/);
  assert.match(notices[1], /slope=1/);
});

test('unknown top-level keys and too many curves are noticed', () => {
  const fns = Array.from({ length: MAX_CURVES + 2 }, () => 'fn=relu').join('&');
  const { state, notices } = parse(`?${fns}&alpha=3`);
  assert.equal(state.curves.length, MAX_CURVES);
  assert.ok(notices.some((n) => /Only the first 6 curves/.test(n)));
  assert.ok(notices.some((n) => /Ignored "alpha": no curve takes that parameter/.test(n)));
});

test('long inputs and bad sample settings are refused', () => {
  const { state, notices } = parse(`?inputs=${'1,'.repeat(1500)}&sd=0&n=1.5&seed=x&stats=uniform`);
  assert.equal(state.inputs, defaultState().inputs);
  assert.deepEqual(state.stats, defaultState().stats);
  assert.equal(notices.length, 5);
});
