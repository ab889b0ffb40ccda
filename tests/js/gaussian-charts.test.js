// The small charts of the Gaussian panels (plot/density-chart.js,
// cobweb-chart.js, trajectory-chart.js) and the panels' data and CSV
// (playground/gaussian-data.js, gaussian-csv.js), without a browser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadActivations } from 'activation-playground';
import { cobwebPoints, cobwebView } from '../../web/src/plot/cobweb-chart.js';
import { densityView } from '../../web/src/plot/density-chart.js';
import { describeCobweb, describeDensity } from '../../web/src/plot/describe-distribution.js';
import { trajectoryView } from '../../web/src/plot/trajectory-chart.js';
import { gainsCsv, momentsCsv, qmapCsv } from '../../web/src/playground/gaussian-csv.js';
import { regime, visibleCurves } from '../../web/src/playground/gaussian-data.js';
import { defaultState } from '../../web/src/playground/url-state.js';

const act = await loadActivations();
const byName = new Map(act.list().map((a) => [a.name, a]));
const format = (v) => String(Number(v.toPrecision(6)));

test('a density view spans the density and the point masses, from 0 to a fitted height', () => {
  const y = Float64Array.from({ length: 101 }, (_, i) => i / 25);
  const density = Float64Array.from(y, (v) => Math.exp(-v * v / 2) / Math.sqrt(2 * Math.PI));
  const view = densityView([{ y, density, masses: [{ value: -1, probability: 0.5 }] }]);
  assert.ok(view.xMin < -1 && view.xMax > 4);
  assert.equal(view.yMin, 0);
  assert.ok(view.yMax > 0.39 && view.yMax < 0.5);
  assert.equal(view.clipped, false);
  // An integrable singularity (f′ = 0 at an extremum) is clipped, not fitted.
  const spike = Float64Array.from(density, (d, i) => (i === 100 ? Infinity : i === 99 ? 1e6 : d));
  const clipped = densityView([{ y, density: spike, masses: [] }]);
  assert.ok(clipped.yMax < 1 && clipped.clipped);
  // A constant f: one atom and no density still gets a drawable view.
  const atom = densityView([{ y: new Float64Array(2), density: new Float64Array(2), masses: [{ value: 3, probability: 1 }] }]);
  assert.ok(atom.xMin < 3 && atom.xMax > 3 && atom.yMax > 0);
});

test('a cobweb climbs to the map and across to the identity', () => {
  assert.deepEqual(cobwebPoints([1, 0.5, 0.25]), [[1, 0], [1, 0.5], [0.5, 0.5], [0.5, 0.25], [0.25, 0.25]]);
  assert.deepEqual(cobwebPoints([]), []);
  assert.deepEqual(cobwebView({ iterates: [1, 0.8], fixedPoint: 0.2 }), { xMin: 0, xMax: 1.25, yMin: 0, yMax: 1.25 });
  assert.equal(cobwebView({ iterates: [0, 0], fixedPoint: 0 }).xMax, 1.25);
  const paths = trajectoryView([[{ x: 0.5, y: 2 }, { x: 0, y: 1 }]], { x: 0, y: 1 });
  assert.ok(paths.xMin < 0 && paths.xMax > 0.5 && paths.yMin < 1 && paths.yMax > 2);
});

test('words for the charts', () => {
  const relu = act.density('relu', { mean: 0, sd: 1 });
  assert.match(describeDensity('ReLU', { mean: 0, sd: 1 }, relu, format), /^Distribution of ReLU of z, z ~ N\(0, 1²\): a point mass of 0\.5 at 0; a density from 0/);
  assert.match(describeCobweb('ReLU', [1, 0.8], 0.2, format), /iterates 1, 0\.8 reach the fixed point q\* = 0\.2/);
  assert.match(describeCobweb('ReLU', [1, 3.05, 9.2], undefined, format), /grow without bound/);
});

test('χ names its regime, with 1 ± 1e-9 the edge of chaos', () => {
  assert.equal(regime(0.75), 'ordered');
  assert.equal(regime(1 + 1e-12), 'edge of chaos');
  assert.equal(regime(1.01), 'chaotic');
  assert.equal(act.fixedPoint('relu', { weightVariance: 2, biasVariance: 0 }).chi, 1);
});

test('the CSV files hold the core\'s numbers, the selected curve first, errors in their column', () => {
  const state = { ...defaultState(), curves: [{ name: 'tanh', params: {}, derivative: true, visible: true }, { name: 'relu', params: {}, derivative: true, visible: true }], selected: 1 };
  assert.deepEqual(visibleCurves(state, byName).map((c) => c.name), ['relu', 'tanh']);
  const moments = momentsCsv(act, state, byName).trim().split('\n');
  assert.equal(moments[1].split(',').slice(0, 6).join(','), 'ReLU,0,1,0.3989422804014327,0.5,0.3408450569081046'.split(',').slice(0, 6).join(','));
  const gains = gainsCsv(act, state, byName);
  assert.match(gains, /\nReLU,1\.414213562373095\d*,1\.414213562373095\d*,/);
  const diverging = qmapCsv(act, { ...state, layer: { weightVariance: 3, biasVariance: 0, start: 1 } }, byName);
  assert.match(diverging, /\nReLU,3,0,0,1,,,,[^\n]*no finite fixed point/);
});
