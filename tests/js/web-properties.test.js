// Property-based tests of the page's pure modules (fast-check, fixed seed,
// bounded runs): every state the playground can hold writes a link that
// reads back to the same state; reading any query never throws and keeps
// its notices short; ticks stay bounded on any finite range; the curve
// grammar reads back what it writes and never throws.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { loadActivations } from 'activation-playground';
import { curveFromParsed, curveText } from '../../web/src/curves/curve.js';
import { parseCurve, parseCurveList } from '../../web/src/curves/grammar.js';
import { CURVE_COUNT, THEMES } from '../../web/src/plot/theme.js';
import { MAX_TICKS, limitRange, ticks, tidyView, zoomView } from '../../web/src/plot/view-math.js';
import { MAX_INPUT_LENGTH, MAX_SAMPLE_SIZE, parseState, serializeState } from '../../web/src/playground/url-state.js';

const SEED = Number(process.env.FC_SEED ?? 20261129);
const run = (property, numRuns) => fc.assert(property, { seed: SEED, numRuns });

const act = await loadActivations();
const list = act.list();
const byName = new Map(list.map((a) => [a.name, a]));
const finite = fc.double({ noNaN: true, noDefaultInfinity: true });

// A parameter value the registry allows (the API checks ordering rules).
const paramValue = (param) => {
  if (param.choices) return fc.constantFrom(...param.choices);
  const min = Number.isFinite(param.min) ? param.min : -1e300;
  const max = Number.isFinite(param.max) ? param.max : 1e300;
  return fc.oneof(fc.constantFrom(param.default, ...(param.presets ?? []).map((p) => p.value)), fc.double({ min, max, noNaN: true }))
    .filter((v) => (param.minInclusive ? v >= param.min : v > param.min) && (param.maxInclusive ? v <= param.max : v < param.max));
};

// A curve as the page holds one: valid parameters only (the store keeps
// the last valid ones), defaults left out.
const curve = fc.constantFrom(...list).chain((spec) =>
  fc.record({
    params: fc.record(Object.fromEntries(spec.params.map((p) => [p.name, paramValue(p)])), { requiredKeys: [] }),
    derivative: fc.boolean(),
    secondDerivative: fc.boolean(),
    visible: fc.boolean(),
  }).map(({ params, ...flags }) => {
    const kept = Object.fromEntries(Object.entries(params).filter(([key, value]) => value !== spec.params.find((p) => p.name === key).default));
    return { name: spec.name, params: kept, ...flags };
  }).filter(({ name, params }) => {
    try {
      act.checkParams(name, params);
      return true;
    } catch {
      return false;
    }
  }),
);

// A view the page can reach: x (and maybe y) within the span limits.
const range = fc.tuple(finite, finite).filter(([a, b]) => limitRange(Math.min(a, b), Math.max(a, b))?.adjusted === undefined && a !== b)
  .map(([a, b]) => [Math.min(a, b), Math.max(a, b)]);
const view = fc.option(fc.tuple(range, fc.option(range)).map(([[xMin, xMax], y]) => ({ xMin, xMax, yMin: y?.[0], yMax: y?.[1] })), { nil: null });

const state = fc.record({
  curves: fc.array(curve, { minLength: 1, maxLength: CURVE_COUNT }),
  kink: fc.constantFrom('pytorch', 'left', 'right'),
  view,
  inset: fc.option(fc.tuple(range, range).map(([[xMin, xMax], [yMin, yMax]]) => ({ xMin, xMax, yMin, yMax })), { nil: null }),
  inputs: fc.string({ maxLength: 200, unit: fc.constantFrom(...'0123456789., -−[]eE+abc ()\u00e9') }),
  derivatives: fc.boolean(),
  theme: fc.constantFrom(...THEMES),
  stats: fc.record({
    source: fc.constantFrom('inputs', 'normal'),
    mean: finite,
    sd: fc.double({ min: Number.MIN_VALUE, max: 1e300, noNaN: true }),
    n: fc.integer({ min: 1, max: MAX_SAMPLE_SIZE }),
    seed: fc.integer({ min: 0, max: 2 ** 32 - 1 }),
  }).map((stats) => ({ ...stats })),  // plain objects, as the page's
  gaussian: fc.record({ mean: finite, sd: fc.double({ min: Number.MIN_VALUE, max: 1e300, noNaN: true }) }).map((g) => ({ ...g })),
  layer: fc.record({
    weightVariance: fc.double({ min: 0, max: 1e300, noNaN: true }),
    biasVariance: fc.double({ min: 0, max: 1e300, noNaN: true }),
    start: fc.double({ min: 0, max: 1e300, noNaN: true }),
  }).map((layer) => ({ ...layer })),
}).map((s) => ({ ...s }));

test('every state the page can hold reads back from its link as the same state', () => {
  run(fc.property(state, (original) => {
    const { query, omitted } = serializeState(original, list);
    assert.deepEqual(omitted, []);
    const { state: back, notices } = parseState(`?${query}`, list, act.checkParams);
    assert.deepEqual(notices, []);
    assert.deepEqual(back, original);
  }), 400);
});

test('reading any query never throws, and notices stay short', () => {
  const keys = fc.constantFrom('fn', 'kink', 'x', 'y', 'inputs', 'derivative', 'theme', 'stats', 'mean', 'sd', 'n', 'seed', 'mu', 'sigma', 'sw2', 'sb2', 'q0', 'negative_slope', 'alpha', 'zzz');
  const value = fc.oneof(fc.string({ maxLength: 3000 }), fc.constantFrom('1,1.0000000000000002', '-1e308,1e308', 'leaky_relu(negative_slope=1e999)', 'relu(', 'hardtanh(min_val=2,max_val=1)'));
  run(fc.property(fc.array(fc.tuple(keys, value), { maxLength: 12 }), (pairs) => {
    const query = new URLSearchParams(pairs).toString();
    const { state: read, notices } = parseState(`?${query}`, list, act.checkParams);
    for (const notice of notices) assert.ok(notice.length < 600, notice.slice(0, 80));
    assert.ok(read.curves.length >= 1 && read.curves.length <= CURVE_COUNT);
    if (read.view) assert.equal(limitRange(read.view.xMin, read.view.xMax)?.adjusted, undefined);
    assert.ok(read.inputs.length <= MAX_INPUT_LENGTH);
  }), 300);
});

test('ticks are bounded on any finite range, from a few ulps at 1e300 or near 0 to the whole line', () => {
  const ulpsAt = fc.tuple(fc.constantFrom(1e300, -1e300, 1, 1e-300, 5e-324, 0, 1e16), fc.integer({ min: 1, max: 64 }))
    .map(([centre, ulps]) => [centre, centre + ulps * Math.max(Number.MIN_VALUE, Math.abs(centre) * Number.EPSILON)]);
  const anyRange = fc.tuple(finite, finite).filter(([a, b]) => a !== b).map(([a, b]) => [Math.min(a, b), Math.max(a, b)]);
  run(fc.property(fc.oneof(ulpsAt, anyRange), fc.integer({ min: 0, max: 200 }), ([low, high], target) => {
    const { values } = ticks(low, high, target);
    assert.ok(values.length <= MAX_TICKS);
    for (let i = 1; i < values.length; i++) assert.ok(values[i] > values[i - 1], 'increasing');
  }), 2000);
});

test('zooming and tidying keep every view drawable', () => {
  const area = { left: 48, top: 12, width: 900, height: 500 };
  run(fc.property(range, range, fc.array(fc.double({ min: 1e-3, max: 1e3, noNaN: true }), { maxLength: 60 }), ([xMin, xMax], [yMin, yMax], factors) => {
    let v = { xMin, xMax, yMin, yMax };
    for (const factor of factors) v = tidyView(zoomView(v, area, 300, 200, factor));
    assert.ok(v.xMin < v.xMax && v.yMin < v.yMax && Number.isFinite(v.xMax - v.xMin) && Number.isFinite(v.yMax - v.yMin), JSON.stringify(v));
    assert.ok(ticks(v.xMin, v.xMax, 12).values.length <= MAX_TICKS);
  }), 300);
});

test('the curve grammar reads back what it writes, and never throws on any text', () => {
  run(fc.property(curve, fc.boolean(), (original, compact) => {
    const text = curveText(original, byName.get(original.name), { compact });
    const { curve: back, problems } = curveFromParsed(parseCurve(text).curve, byName);
    assert.deepEqual(problems, []);
    assert.deepEqual(back, original);
  }), 400);
  run(fc.property(fc.string({ maxLength: 300, unit: fc.constantFrom(...'relu_ak()=,. -"\'0123456789e') }), (text) => {
    const one = parseCurve(text);
    const many = parseCurveList(text);
    assert.ok(one.curve || one.error.message);
    assert.ok(many.curves || many.error.message);
  }), 1000);
});
