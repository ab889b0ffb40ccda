// The SVG recording context (plot/svg-context.js) and the figure painted on
// it (plot/figure.js): the same painter as the PNG, recorded as SVG.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadActivations } from 'activation-playground';
import { SvgContext, escapeXml } from '../../web/src/plot/svg-context.js';
import { FIGURE_WIDTH, figureSize, figureSvg, paintFigure } from '../../web/src/plot/figure.js';
import { paletteColours } from '../../web/src/plot/theme.js';

const act = await loadActivations();

// A measure with no canvas: 7 units per character, the baseline 9 below
// the top, 4 below the middle, 3 above the bottom.
const BASELINES = { top: -9, middle: -4, bottom: 3, alphabetic: 0, hanging: -9, ideographic: 3 };
const measure = (text, font, baseline) => ({ width: 7 * text.length, alphabeticBaseline: BASELINES[baseline] });

// Tags in order, checking they nest: [{ name, attributes, text }].
function elements(svg) {
  const found = [];
  const open = [];
  for (const match of svg.matchAll(/<(\/?)([a-zA-Z]+)([^>]*?)(\/?)>([^<]*)/g)) {
    const [, closing, name, attributeText, selfClosing, text] = match;
    if (closing) {
      assert.equal(open.pop(), name, `</${name}> closes what it opened`);
      continue;
    }
    const attributes = Object.fromEntries([...attributeText.matchAll(/([\w:-]+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
    found.push({ name, attributes, text, depth: open.length, parents: [...open] });
    if (!selfClosing) open.push(name);
  }
  assert.deepEqual(open, [], 'every element is closed');
  return found;
}

test('text is escaped for content and attributes, and characters XML forbids are dropped', () => {
  assert.equal(escapeXml('a < b & "c" > d'), 'a &lt; b &amp; &quot;c&quot; &gt; d');
  assert.equal(escapeXml('bell\u0007 tab\t'), 'bell tab\t');
  const ctx = new SvgContext(100, 50, { measure });
  ctx.fillStyle = 'red" onload="alert(1)';
  ctx.fillText('<script>alert(1)</script>', 10, 20);
  const svg = ctx.toSvg({ title: 'x < y' });
  assert.doesNotMatch(svg, /<script|onload="/);
  const text = elements(svg).find((e) => e.name === 'text');
  assert.equal(text.text, '&lt;script&gt;alert(1)&lt;/script&gt;');
  assert.match(svg, /<title>x &lt; y<\/title>/);
});

test('each stroked subpath is its own <path>; a fill is one path; dashes, widths and joins carry over', () => {
  const ctx = new SvgContext(200, 100, { measure });
  ctx.strokeStyle = 'rgb(37, 99, 235)';
  ctx.lineWidth = 2.5;
  ctx.lineJoin = 'round';
  ctx.setLineDash([7, 5]);
  ctx.beginPath();
  ctx.moveTo(0, 0);
  ctx.lineTo(10, 10.123);
  ctx.moveTo(20, 20);
  ctx.lineTo(30, 20);
  ctx.moveTo(40, 40);  // a lone point draws nothing, as on a canvas
  ctx.stroke();
  ctx.setLineDash([]);
  ctx.fillStyle = '#fff';
  ctx.fill();
  const paths = elements(ctx.toSvg()).filter((e) => e.name === 'path');
  assert.deepEqual(paths.map((p) => p.attributes.d), ['M0 0L10 10.12', 'M20 20L30 20', 'M0 0L10 10.12M20 20L30 20']);
  assert.equal(paths[0].attributes.stroke, 'rgb(37, 99, 235)');
  assert.equal(paths[0].attributes['stroke-width'], '2.5');
  assert.equal(paths[0].attributes['stroke-dasharray'], '7 5');
  assert.equal(paths[0].attributes['stroke-linejoin'], 'round');
  assert.equal(paths[0].attributes.fill, 'none');
  assert.equal(paths[2].attributes.fill, '#fff');
});

test('translate and scale apply to points, radii, widths and fonts; save/restore bring them back', () => {
  const ctx = new SvgContext(400, 400, { measure });
  ctx.save();
  ctx.translate(10, 20);
  ctx.scale(2, 2);
  ctx.lineWidth = 1.5;
  ctx.font = '600 12px system-ui, sans-serif';
  ctx.beginPath();
  ctx.arc(5, 5, 3, 0, 2 * Math.PI);
  ctx.stroke();
  ctx.fillRect(1, 1, 4, 5);
  ctx.textAlign = 'center';
  ctx.textBaseline = 'top';
  ctx.fillText('A', 0, 0);
  ctx.restore();
  ctx.fillRect(1, 1, 4, 5);
  const found = elements(ctx.toSvg());
  const circle = found.find((e) => e.name === 'path');
  // A whole turn: two half arcs of radius 6 around (20, 30).
  assert.equal(circle.attributes.d, 'M26 30A6 6 0 0 1 14 30A6 6 0 0 1 26 30');
  assert.equal(circle.attributes['stroke-width'], '3');
  const [scaled, plain] = found.filter((e) => e.name === 'rect');
  assert.deepEqual([scaled.attributes.x, scaled.attributes.y, scaled.attributes.width, scaled.attributes.height], ['12', '22', '8', '10']);
  assert.deepEqual([plain.attributes.x, plain.attributes.width], ['1', '4']);
  const text = found.find((e) => e.name === 'text');
  // The top of the text at y = 20: its baseline 9 layout units lower, doubled.
  assert.deepEqual([text.attributes.x, text.attributes.y], ['10', '38']);
  assert.equal(text.attributes['text-anchor'], 'middle');
  assert.equal(text.attributes['font-size'], '24');
  assert.equal(text.attributes['font-weight'], '600');
  assert.equal(text.attributes['font-family'], 'system-ui, sans-serif');
});

test('a quarter arc, counterclockwise arcs and arcs joined to the current point', () => {
  const ctx = new SvgContext(100, 100, { measure });
  ctx.beginPath();
  ctx.moveTo(0, 50);
  ctx.arc(50, 50, 10, 0, Math.PI / 2);
  ctx.arc(50, 50, 10, Math.PI, Math.PI / 2, true);
  ctx.stroke();
  const [path] = elements(ctx.toSvg()).filter((e) => e.name === 'path');
  assert.equal(path.attributes.d, 'M0 50L60 50A10 10 0 0 1 50 60L40 50A10 10 0 0 0 50 60');
});

test('a clip opens a group that the matching restore closes, nested clips nest', () => {
  const ctx = new SvgContext(100, 100, { measure });
  ctx.save();
  ctx.beginPath();
  ctx.rect(10, 10, 50, 40);
  ctx.clip();
  ctx.save();
  ctx.beginPath();
  ctx.rect(20, 20, 5, 5);
  ctx.clip();
  ctx.fillRect(0, 0, 100, 100);
  ctx.restore();
  ctx.fillRect(1, 1, 2, 2);
  ctx.restore();
  ctx.fillRect(3, 3, 2, 2);
  const found = elements(ctx.toSvg());
  const clips = found.filter((e) => e.name === 'clipPath');
  assert.deepEqual(clips.map((c) => c.attributes.id), ['clip-1', 'clip-2']);
  assert.equal(found.find((e) => e.parents.includes('clipPath')).attributes.d, 'M10 10L60 10L60 50L10 50Z');
  const rects = found.filter((e) => e.name === 'rect');
  assert.deepEqual(rects.map((r) => r.parents.filter((p) => p === 'g').length), [2, 1, 0]);
});

// A figure of two curves with the playground's painter options.
function figureOf(curves, { title = 'ReLU and Leaky ReLU', inputs = [] } = {}) {
  const colours = paletteColours('light');
  const view = { xMin: -3, xMax: 3, yMin: -1, yMax: 3 };
  const drawn = curves.map((curve, i) => ({
    sample: act.sample(curve.name, { from: view.xMin, to: view.xMax, count: 301 }, curve.params),
    colour: colours.curves[i],
    showDerivative: curve.showDerivative,
  }));
  const markers = inputs.flatMap((x) => drawn.map((c, i) => ({ x, y: act.evaluate(curves[i].name, x, curves[i].params), colour: c.colour })));
  return {
    title,
    entries: curves.map((curve, i) => ({ label: curve.label, colour: colours.curves[i], showDerivative: curve.showDerivative })),
    plot: { view, curves: drawn, markers },
    colours,
  };
}

const RELU_AND_HARDSHRINK = [
  { name: 'relu', params: {}, label: 'ReLU', showDerivative: true },
  { name: 'hardshrink', params: {}, label: 'Hardshrink <λ = 0.5>', showDerivative: false },
];

test('a figure: title, axis titles, a legend outside the data area, a key, and one path per curve piece in its colour', () => {
  const figure = figureOf(RELU_AND_HARDSHRINK, { inputs: [1] });
  const size = { width: 800, height: 520 };
  const ctx = new SvgContext(size.width, size.height, { measure });
  const boxes = paintFigure(ctx, size, figure);
  const found = elements(ctx.toSvg({ title: figure.title }));
  const texts = found.filter((e) => e.name === 'text').map((e) => e.text);
  for (const text of ['ReLU and Leaky ReLU', 'ReLU', 'Hardshrink &lt;λ = 0.5&gt;', 'f(x)', 'f′(x)', 'x', 'marked input']) {
    assert.ok(texts.includes(text), `"${text}" in ${JSON.stringify(texts)}`);
  }

  // The legend lies beside the data area, not on it.
  const { area, legend } = boxes;
  assert.ok(legend.left >= area.left + area.width, JSON.stringify({ area, legend }));
  const legendTexts = found.filter((e) => e.name === 'text' && Number(e.attributes.x) >= legend.left);
  assert.ok(legendTexts.some((e) => e.text === 'ReLU'));

  // The data area's clip path, and the curves drawn inside it.
  const clip = found.find((e) => e.name === 'clipPath');
  const clipRect = found[found.indexOf(clip) + 1].attributes.d.match(/-?[\d.]+/g).map(Number);
  const corners = [area.left, area.top, area.left + area.width, area.top, area.left + area.width, area.top + area.height, area.left, area.top + area.height];
  assert.equal(clipRect.length, corners.length);
  clipRect.forEach((v, i) => assert.ok(Math.abs(v - corners[i]) <= 0.005, `${clipRect} is the data area ${corners}`));
  const strokedIn = (colour, dashed) =>
    found.filter((e) => e.name === 'path' && e.attributes.stroke === colour && e.attributes.fill === 'none'
      && e.parents.includes('g') && ('stroke-dasharray' in e.attributes) === dashed && e.attributes['stroke-width'] !== '1.5');
  const [blue, red] = figure.colours.curves;
  // relu: a break at 0, so f and f′ are two pieces each; hardshrink: breaks
  // at ±0.5, three pieces of f and no f′.
  assert.equal(strokedIn(blue, false).length, 2);
  assert.equal(strokedIn(blue, true).length, 2);
  assert.equal(strokedIn(red, false).length, 3);
  assert.equal(strokedIn(red, true).length, 0);
});

test('a long legend goes under the plot of a narrow figure, and long text is cut with an ellipsis', () => {
  const long = [{ name: 'leaky_relu', params: { negative_slope: 0.2 }, label: `Leaky ReLU (${'negative_slope = 0.2, '.repeat(20)})`, showDerivative: true }];
  const figure = figureOf(long, { title: 'T'.repeat(300) });
  const size = { width: 500, height: 500 };
  const ctx = new SvgContext(size.width, size.height, { measure });
  const { area, legend } = paintFigure(ctx, size, figure);
  assert.ok(legend.top >= area.top + area.height, JSON.stringify({ area, legend }));
  const texts = elements(ctx.toSvg()).filter((e) => e.name === 'text');
  for (const text of texts) assert.ok(Number(text.attributes.x) + 7 * text.text.length <= size.width + 1, text.text);
  assert.ok(texts.some((t) => /^T+…$/.test(t.text)));
});

test('figure sizes: laid out 800 units wide, painted at width / 800 pixels per unit', () => {
  assert.deepEqual(figureSize(1200, 800), { width: FIGURE_WIDTH, height: 800 / 1.5, ratio: 1.5 });
  assert.deepEqual(figureSize(2400, 1600), { width: FIGURE_WIDTH, height: 800 / 1.5, ratio: 3 });
  assert.deepEqual(figureSize(640, 480), { width: 640, height: 480, ratio: 1 });
  const svg = figureSvg(figureOf(RELU_AND_HARDSHRINK), 2400, 1600, { measure });
  assert.match(svg, /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="2400" height="1600" viewBox="0 0 800 533.33"/);
});

test('the export grid is read strictly and bounded, and table values round to 6 significant digits', async () => {
  const { readGrid } = await import('../../web/src/playground/export.js');
  const { roundForTable } = await import('../../web/src/elements/marked-points.js');
  assert.deepEqual(readGrid({ from: '−2', to: '2e0', count: ' 201 ' }), { from: -2, to: 2, count: 201 });
  assert.equal(readGrid({ from: '0x10', to: '1', count: '5' }).field, 'from');
  assert.equal(readGrid({ from: '1', to: '1', count: '5' }).field, 'to');
  assert.equal(readGrid({ from: '1', to: 'Infinity', count: '5' }).field, 'to');
  assert.equal(readGrid({ from: '-1e308', to: '1e309', count: '5' }).field, 'to');
  for (const count of ['1', '2.5', '100002', 'abc', '']) assert.equal(readGrid({ from: '0', to: '1', count }).field, 'count', count);
  assert.deepEqual(
    [-0.6000000000000001, 1, 0.1 + 0.2, 123456789, 1e-7, -0, 0, NaN, Infinity].map(roundForTable),
    [-0.6, 1, 0.3, 123457000, 1e-7, -0, 0, NaN, Infinity],
  );
});
