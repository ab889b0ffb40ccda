// f″ on the shared plot: sampled beside f and f′, drawn dotted and split at
// breakpoints, with f″'s point mass where f′ jumps drawn as a labelled
// arrow (never a spike); said in the text alternative and the readout,
// keyed in the figure exports and written to the CSV.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadActivations } from 'activation-playground';
import { addSecondDerivative } from '../../web/src/plot/curve-plot.js';
import { LINE_STYLES, jumpText, tracePieces } from '../../web/src/plot/draw-curves.js';
import { describeFrame, readoutText } from '../../web/src/plot/describe.js';
import { paintFigure } from '../../web/src/plot/figure.js';
import { SvgContext } from '../../web/src/plot/svg-context.js';
import { paletteColours } from '../../web/src/plot/theme.js';
import { curvesCsv } from '../../web/src/playground/export.js';
import { formatReadout } from '../../web/src/curves/curve.js';

const act = await loadActivations();

const sampled = (name, params, range, kink = 'pytorch') =>
  addSecondDerivative(act, { name, params }, act.sample(name, range, params, { kink }), kink);

function pieces(sample, side) {
  const drawn = [];
  tracePieces(sample.x, sample[side], sample.breaks, side, {
    move: (x, y) => drawn.push([[x, y]]),
    line: (x, y) => drawn.at(-1).push([x, y]),
  });
  return drawn;
}

test('relu: f″ is 0 on both sides of its kink, split there, and the jump of f′ is data, not a spike', () => {
  const sample = sampled('relu', {}, { from: -1, to: 1, count: 5 });
  assert.deepEqual(Array.from(sample.ddy), [0, 0, 0, 0, 0]);
  assert.deepEqual(pieces(sample, 'ddy'), [[[-1, 0], [-0.5, 0], [0, 0]], [[0, 0], [0.5, 0], [1, 0]]]);
  assert.equal(sample.breaks.length, 1);
  assert.equal(sample.breaks[0].derivativeJump, 1);
  assert.deepEqual(sample.breaks[0].ddy, { left: 0, at: 0, right: 0 });
  // With a grid point exactly at the kink the largest |f″| is still 0: no
  // finite-difference spike anywhere.
  const fine = sampled('relu', {}, { from: -2, to: 2, count: 401 });
  assert.equal(Math.max(...fine.ddy.map(Math.abs)), 0);
});

test('smooth and jumping f″: gelu matches the scalar call, celu jumps in f″ only, hardtanh has two point masses', () => {
  const gelu = sampled('gelu', {}, { from: -3, to: 3, count: 61 });
  gelu.x.forEach((x, i) => assert.equal(gelu.ddy[i], act.secondDerivative('gelu', x)));
  assert.equal(gelu.breaks.length, 0);
  const celu = sampled('celu', { alpha: 0.5 }, { from: -1, to: 1, count: 11 });
  assert.equal(celu.breaks[0].derivativeJump, 0);
  assert.equal(celu.breaks[0].ddy.left, 2);
  assert.equal(celu.breaks[0].ddy.right, 0);
  const hardtanh = sampled('hardtanh', {}, { from: -2, to: 2, count: 9 });
  assert.deepEqual(hardtanh.breaks.map((b) => [b.x, b.derivativeJump]), [[-1, 1], [1, -1]]);
  assert.equal(jumpText(-1), 'Δf′ = −1');
  assert.equal(jumpText(0.123456), 'Δf′ = 0.1235');
});

function frameOf(curves, view = { xMin: -2, xMax: 2, yMin: -1.5, yMax: 2.5 }) {
  const samples = curves.map((curve) => {
    const sample = act.sample(curve.name, { from: view.xMin, to: view.xMax, count: 201 }, curve.params);
    return curve.showSecondDerivative ? addSecondDerivative(act, curve, sample, 'pytorch') : sample;
  });
  return { scene: { curves, kink: 'pytorch', view, markers: [] }, view, samples };
}

const RELU_F2 = { name: 'relu', params: {}, label: 'ReLU', formula: 'f(x) = max(0, x)', showDerivative: true, showSecondDerivative: true };
const TANH = { name: 'tanh', params: {}, label: 'Tanh', formula: 'f(x) = tanh(x)', showDerivative: false, showSecondDerivative: false };

test('the text alternative and the readout say f″ is dotted and where its point masses are', () => {
  const text = describeFrame(frameOf([RELU_F2, TANH]), formatReadout);
  assert.match(text, /f solid, f′ dashed, f″ dotted/);
  assert.match(text, /Dotted: the second derivative f″ of ReLU\./);
  assert.match(text, /Where f′ jumps, f″ is a point mass, drawn as an arrow: ReLU at x = 0 \(f′ jumps by 1\)/);
  assert.doesNotMatch(describeFrame(frameOf([TANH]), formatReadout), /f″/);
  const readout = readoutText(0.5, [{ curve: RELU_F2, f: 0.5, df: 1, ddf: 0 }, { curve: TANH, f: 0.46, df: 0.79 }], formatReadout);
  assert.equal(readout, 'x = 0.5 · ReLU: f = 0.5, f′ = 1, f″ = 0 · Tanh: f = 0.46, f′ = 0.79');
});

test('a figure keys f″ as dotted and draws the point mass as a labelled arrow; the CSV has an f″ column', () => {
  const colours = paletteColours('light');
  const frame = frameOf([RELU_F2, TANH]);
  const curves = frame.scene.curves.map((curve, i) => ({ sample: frame.samples[i], colour: colours.curves[i], showDerivative: curve.showDerivative, showSecondDerivative: curve.showSecondDerivative }));
  const entries = frame.scene.curves.map((curve, i) => ({ label: curve.label, colour: colours.curves[i], showDerivative: curve.showDerivative, showSecondDerivative: curve.showSecondDerivative }));
  const measure = (text) => ({ width: 7 * text.length, alphabeticBaseline: 0 });
  const ctx = new SvgContext(800, 520, { measure });
  paintFigure(ctx, { width: 800, height: 520 }, { title: 'f″', entries, plot: { view: frame.view, curves, markers: [] }, colours });
  const svg = ctx.toSvg({ title: 'f″' });
  assert.match(svg, />f″\(x\)</);
  assert.match(svg, />Δf′ = 1</);
  const dotted = LINE_STYLES.ddf.dash.join(',');
  assert.ok(svg.includes(`stroke-dasharray="${dotted}"`) || svg.includes(`stroke-dasharray="${LINE_STYLES.ddf.dash.join(' ')}"`), 'a dotted stroke');

  const csv = curvesCsv(frame.scene.curves.map((curve, i) => ({ label: curve.label, sample: frame.samples[i] })));
  assert.equal(csv.split('\n')[0], "x,ReLU f(x),ReLU f'(x),ReLU f''(x),Tanh f(x),Tanh f'(x)");
});
