import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadActivations } from 'activation-playground';
import { CURVE_COUNT } from '../../web/src/plot/theme.js';
import { defaultState, parseState, serializeState } from '../../web/src/playground/url-state.js';

const act = await loadActivations();
const list = act.list();
const parse = (search) => parseState(search, list, act.checkParams);
const query = (state) => serializeState(state, list).query;

test('an empty query is the default view', () => {
  const { state, notices } = parse('');
  assert.deepEqual(state, defaultState());
  assert.deepEqual(notices, []);
  assert.equal(query(state), 'fn=relu');
});

test('curves, parameters and options round-trip', () => {
  const state = defaultState();
  state.curves = [
    { name: 'relu', params: {}, derivative: false, secondDerivative: true, visible: true },
    { name: 'leaky_relu', params: { negative_slope: 0.2 }, derivative: true, secondDerivative: false, visible: false },
    { name: 'gelu', params: { approximate: 'tanh' }, derivative: true, secondDerivative: true, visible: true },
  ];
  state.kink = 'right';
  state.view = { xMin: -2, xMax: 3.5, yMin: -1, yMax: 4 };
  state.inputs = '[1.0, -2, 3e-5]';
  state.theme = 'dark';
  state.stats = { source: 'normal', mean: -0.5, sd: 2, n: 500, seed: 7 };
  const { state: back, notices } = parse(`?${query(state)}`);
  assert.deepEqual(notices, []);
  assert.deepEqual(back, state);
  // f″ per curve, as ddf=1 in its fn.
  assert.deepEqual(new URLSearchParams(query(state)).getAll('fn'), ['relu(df=0,ddf=1)', 'leaky_relu(negative_slope=0.2,show=0)', 'gelu(approximate=tanh,ddf=1)']);
  const bad = parse('?fn=relu(ddf=yes)&fn=tanh(ddf=1)');
  assert.deepEqual(bad.notices, ['Ignored part of fn="relu(ddf=yes)": ddf="yes" for relu: expected ddf=1 or ddf=0.']);
  assert.deepEqual(bad.state.curves.map((c) => c.secondDerivative), [false, true]);
});

test('tiny and huge view bounds round-trip exactly', () => {
  for (const view of [
    { xMin: 1e-30, xMax: 2e-30, yMin: undefined, yMax: undefined },
    { xMin: 9999995.123456789, xMax: 10000005.987654321, yMin: -1e-300, yMax: 1e300 },
    { xMin: -0.1, xMax: 0.30000000000000004, yMin: undefined, yMax: undefined },
  ]) {
    const state = { ...defaultState(), view };
    const { state: back, notices } = parse(`?${query(state)}`);
    assert.deepEqual(notices, []);
    assert.deepEqual(back.view, view);
  }
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

test('a range too narrow or too wide to draw is widened or narrowed, with a notice', () => {
  const narrow = parse('?x=1,1.0000000000000002');
  assert.ok(narrow.state.view.xMax - narrow.state.view.xMin >= 1e-12 * 0.999);
  assert.match(narrow.notices[0], /too narrow to draw: widened/);
  const wide = parse('?x=-1e308,1e308&y=100,100.00000000000003');
  assert.ok(Number.isFinite(wide.state.view.xMax - wide.state.view.xMin));
  assert.equal(wide.notices.length, 2);
});

test('hostile or broken values are dropped with a notice, as text', () => {
  const { state, notices } = parse('?fn=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&kink=sideways&x=5,1&theme=%3Cb%3E&n=-3');
  assert.deepEqual(state.curves, defaultState().curves);
  assert.equal(state.kink, 'pytorch');
  assert.equal(state.view, null);
  assert.equal(state.theme, 'system');
  assert.equal(notices.length, 5);
  assert.equal(notices[0], 'Ignored fn="<img src=x onerror=alert(1)>": not an activation name.');
});

test('repeated keys and duplicate parameters are noticed, never silently resolved', () => {
  const { state, notices } = parse('?kink=left&kink=%3Cscript%3E&theme=dark&theme=%3Cb%3E&fn=leaky_relu(negative_slope=0.2,negative_slope=0.3)');
  assert.equal(state.kink, 'left');
  assert.equal(state.theme, 'dark');
  assert.ok(notices.some((n) => /kink is given 2 times/.test(n)), notices.join('\n'));
  assert.ok(notices.some((n) => /theme is given 2 times/.test(n)));
  assert.ok(notices.some((n) => /sets negative_slope twice/.test(n)));
});

test('parameters out of range are reported with the API\'s message', () => {
  const { state, notices } = parse('?fn=leaky_relu(negative_slope=abc)&fn=leaky_relu(slope=1)&fn=leaky_relu(negative_slope=1e999)');
  assert.equal(state.curves.length, 3);
  for (const curve of state.curves) assert.deepEqual(curve.params, {});
  assert.equal(notices.length, 3);
  assert.match(notices[0], /negative_slope must be a finite number, like 0.01; "abc" is not a number/);
  assert.match(notices[1], /no parameter "slope"/);
  assert.match(notices[2], /out of range/);
});

test('an ordering rule drops the parameter the API names', () => {
  const { state, notices } = parse('?fn=hardtanh(min_val=2,max_val=1)');
  assert.equal(notices.length, 1);
  assert.ok(Object.keys(state.curves[0].params).length < 2);
});

test('unknown top-level keys and too many curves are noticed', () => {
  const fns = Array.from({ length: CURVE_COUNT + 2 }, () => 'fn=relu').join('&');
  const { state, notices } = parse(`?${fns}&alpha=3`);
  assert.equal(state.curves.length, CURVE_COUNT);
  assert.ok(notices.some((n) => /Only the first 6 curves/.test(n)));
  assert.ok(notices.some((n) => /Ignored "alpha": no curve takes that parameter/.test(n)));
});

test('long inputs and bad sample settings are refused; a state\'s long inputs are not written', () => {
  const { state, notices } = parse(`?inputs=${'1,'.repeat(1500)}&sd=0&n=1.5&seed=x&stats=uniform`);
  assert.equal(state.inputs, defaultState().inputs);
  assert.deepEqual(state.stats, defaultState().stats);
  assert.equal(notices.length, 5);
  const long = { ...defaultState(), inputs: '1 '.repeat(5000) };
  const written = serializeState(long, list);
  assert.deepEqual(written.omitted, ['inputs']);
  assert.ok(written.query.length < 100);
});

test('a megabyte of URL is read, refused with short notices, and never throws', () => {
  const huge = `?fn=${'x'.repeat(1e6)}&inputs=${'1,'.repeat(5e5)}&negative_slope=${'9'.repeat(1e5)}`;
  const { notices } = parse(huge);
  assert.ok(notices.length >= 2);
  for (const notice of notices) assert.ok(notice.length < 400, notice.slice(0, 100));
});

test('the distribution and q-map settings round-trip and are left out at their defaults', () => {
  const state = defaultState();
  state.gaussian = { mean: -0.5, sd: 2.5 };
  state.layer = { weightVariance: 2, biasVariance: 0, start: 3.25 };
  const text = query(state);
  assert.match(text, /mu=-0\.5/);
  assert.match(text, /sigma=2\.5/);
  assert.match(text, /sw2=2(&|$)/);
  assert.match(text, /sb2=0(&|$)/);
  assert.match(text, /q0=3\.25/);
  const { state: back, notices } = parse(`?${text}`);
  assert.deepEqual(notices, []);
  assert.deepEqual(back, state);
  assert.equal(query(defaultState()), 'fn=relu');
});

test('hostile distribution and q-map values keep the defaults, each with a notice naming it', () => {
  const { state, notices } = parse('?mu=Infinity&sigma=0&sw2=-1&sb2=0x10&q0=%3Cscript%3E&sigma=3');
  assert.deepEqual(state.gaussian, defaultState().gaussian);
  assert.deepEqual(state.layer, defaultState().layer);
  assert.deepEqual(notices, [
    'Ignored mu="Infinity": expected a finite number.',
    'sigma is given 2 times: the first is used.',
    'Ignored sigma="0": expected a positive number.',
    'Ignored sw2="-1": expected a finite number ≥ 0.',
    'Ignored sb2="0x10": expected a finite number ≥ 0.',
    'Ignored q0="<script>": expected a finite number ≥ 0.',
  ]);
  const huge = parse(`?mu=${'9'.repeat(500)}&sigma=1e-400`);
  assert.deepEqual(huge.state.gaussian, defaultState().gaussian);
  assert.equal(huge.notices.length, 2);
});
