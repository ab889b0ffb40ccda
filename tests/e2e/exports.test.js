// The playground's exports in headless Chromium: the figure as PNG at a
// chosen size and as SVG (parsed in the page: a path per curve piece in
// the curve's colour, the title and legend texts, the data area's clip),
// and the samples as CSV on a grid the user chooses, the same file on
// every screen.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { loadActivations } from 'activation-playground';
import { launch, openPage } from './browser.js';

let env;
let act;
before(async () => {
  env = await launch();
  act = await loadActivations();
});
after(async () => {
  await env?.close();
});

const COMPARISON = 'fn=relu&fn=leaky_relu(negative_slope=0.5)&inputs=2.0,-3.0';

async function open(query, options = {}) {
  const opened = await openPage(env.browser, `${env.server.url}?${query}`, { viewport: { width: 1280, height: 900 }, acceptDownloads: true, ...options });
  await opened.page.waitForSelector('body[data-ready="true"]', { timeout: 15000 });
  await opened.page.click('#export-open');
  await opened.page.waitForSelector('#export-dialog[open]');
  return opened;
}

async function downloaded(page, click) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(click)]);
  return { name: download.suggestedFilename(), data: await readFile(await download.path()) };
}

const pngSize = (data) => [data.readUInt32BE(16), data.readUInt32BE(20)];

// Pixel counts of a PNG, decoded in the page: how many pixels are near
// each colour ([r, g, b]), and the colour of the top-left corner.
// (A blank page: the playground's CSP rightly refuses data: images.)
async function pngColours(data, colours) {
  const page = await env.browser.newPage();
  try {
    return await decodeColours(page, data, colours);
  } finally {
    await page.close();
  }
}

function decodeColours(page, data, colours) {
  return page.evaluate(async ([base64, colours]) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const ctx = canvas.getContext('2d');
    ctx.drawImage(image, 0, 0);
    const { data } = ctx.getImageData(0, 0, image.width, image.height);
    const near = (i, [r, g, b]) => Math.abs(data[i] - r) + Math.abs(data[i + 1] - g) + Math.abs(data[i + 2] - b) < 40;
    const all = colours.map(() => 0);
    for (let i = 0; i < data.length; i += 4) {
      colours.forEach((colour, k) => {
        if (near(i, colour)) all[k]++;
      });
    }
    return { all, corner: [data[0], data[1], data[2]] };
  }, [data.toString('base64'), colours]);
}

const BLUE = [37, 99, 235];
const RED = [220, 38, 38];

test('PNG: 1200 × 800 and the same figure at 2×', async () => {
  const { page, context, problems } = await open(COMPARISON);
  assert.equal(await page.inputValue('#export-title-text'), 'ReLU and Leaky ReLU');
  const small = await downloaded(page, '#export-png');
  assert.equal(small.name, 'activation-plot.png');
  assert.deepEqual([...small.data.subarray(0, 8)], [137, 80, 78, 71, 13, 10, 26, 10]);
  assert.deepEqual(pngSize(small.data), [1200, 800]);
  const colours = await pngColours(small.data, [BLUE, RED]);
  assert.deepEqual(colours.corner, [255, 255, 255]);
  assert.ok(colours.all[0] > 1000 && colours.all[1] > 2000, `both curves drawn: ${colours.all}`);

  await page.selectOption('#export-size', '2400x1600');
  const large = await downloaded(page, '#export-png');
  assert.deepEqual(pngSize(large.data), [2400, 1600]);
  const largeColours = await pngColours(large.data, [BLUE, RED]);
  // The same figure with four times the pixels: each colour's share is about the same.
  for (const k of [0, 1]) {
    const ratio = largeColours.all[k] / colours.all[k];
    assert.ok(ratio > 3 && ratio < 5, `curve ${k}: ${largeColours.all[k]} pixels at 2× against ${colours.all[k]}`);
  }
  assert.deepEqual(problems, []);
  await context.close();
});

// The exported SVG, parsed by the browser: its texts, the data area's
// clip, and the stroked paths by colour and dash inside that clip.
function readSvg(page, text) {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    if (doc.querySelector('parsererror')) return { error: doc.querySelector('parsererror').textContent };
    const svg = doc.documentElement;
    const clipPaths = [...svg.querySelectorAll('clipPath')].map((clip) => ({ id: clip.id, d: clip.querySelector('path').getAttribute('d') }));
    // Curve pieces: open polylines (marker diamonds close, jump dots are
    // arcs) stroked at a curve's width, in the data area's clip (an inset's
    // curves are in a second clip within it).
    const clips = (node) => { let n = 0; for (let e = node.parentElement; e; e = e.parentElement) if (e.matches('g[clip-path]')) n++; return n; };
    const strokes = [...svg.querySelectorAll('g[clip-path] path')]
      .filter((p) => p.getAttribute('fill') === 'none' && Number(p.getAttribute('stroke-width')) >= 2 && !/[AZ]/.test(p.getAttribute('d')) && clips(p) === 1)
      .map((p) => ({ stroke: p.getAttribute('stroke'), dashed: p.hasAttribute('stroke-dasharray'), d: p.getAttribute('d') }));
    return {
      name: svg.localName,
      size: [svg.getAttribute('width'), svg.getAttribute('height')],
      title: svg.querySelector('title')?.textContent,
      texts: [...svg.querySelectorAll('text')].map((t) => t.textContent),
      positions: Object.fromEntries([...svg.querySelectorAll('text')].map((t) => [t.textContent, [Number(t.getAttribute('x')), Number(t.getAttribute('y'))]])),
      background: svg.querySelector('rect').getAttribute('fill'),
      clips: clipPaths,
      strokes,
    };
  }, text);
}

test('SVG: a vector figure that parses, with a path per curve piece, the legend texts and the data area clipped', async () => {
  const { page, context, problems } = await open(`${COMPARISON}&x=-4,4`);
  await page.fill('#export-title-text', 'ReLU <vs> "leaky" & co');
  const file = await downloaded(page, '#export-svg');
  assert.equal(file.name, 'activation-plot.svg');
  const svg = await readSvg(page, file.data.toString());
  assert.equal(svg.error, undefined);
  assert.equal(svg.name, 'svg');
  assert.deepEqual(svg.size, ['1200', '800']);
  assert.equal(svg.title, 'ReLU <vs> "leaky" & co');
  for (const text of ['ReLU <vs> "leaky" & co', 'ReLU', 'Leaky ReLU (negative_slope = 0.5)', 'f(x)', 'f′(x)', 'x', 'marked input']) {
    assert.ok(svg.texts.includes(text), `"${text}" in ${JSON.stringify(svg.texts)}`);
  }
  assert.ok(svg.texts.some((t) => /^−4(\.0)?$/.test(t)) && svg.texts.some((t) => /^4(\.0)?$/.test(t)), `the x axis labels: ${svg.texts}`);
  // The first clip is the data area; the legend's labels are outside it.
  const corners = svg.clips[0].d.match(/-?[\d.]+/g).map(Number);
  const [left, right] = [Math.min(...corners.filter((_, i) => i % 2 === 0)), Math.max(...corners.filter((_, i) => i % 2 === 0))];
  const [top, bottom] = [Math.min(...corners.filter((_, i) => i % 2 === 1)), Math.max(...corners.filter((_, i) => i % 2 === 1))];
  assert.ok(right - left > 300 && bottom - top > 200, `the data area ${corners}`);
  for (const label of ['ReLU', 'Leaky ReLU (negative_slope = 0.5)', 'f′(x)', 'marked input']) {
    const [x, y] = svg.positions[label];
    assert.ok(x > right || y > bottom, `${label} at ${x}, ${y} is outside the data area ${[left, top, right, bottom]}`);
  }

  // Both curves break at their kink at 0: two pieces of f and two of f′
  // each, in the curve's colour, f solid and f′ dashed.
  const blue = 'rgb(37, 99, 235)';
  const red = 'rgb(220, 38, 38)';
  const count = (stroke, dashed) => svg.strokes.filter((s) => s.stroke === stroke && s.dashed === dashed).length;
  assert.deepEqual([count(blue, false), count(blue, true), count(red, false), count(red, true)], [2, 2, 2, 2]);
  const breaks = act.sample('relu', { from: -4, to: 4, count: 9 }).breaks;
  assert.equal(breaks.length + 1, 2);
  assert.deepEqual(problems, []);
  await context.close();
});

test('SVG in the light theme from a dark page; hidden curves are not exported', async () => {
  const { page, context } = await open(`fn=relu(show=0)&fn=elu&theme=dark`);
  let svg = await readSvg(page, (await downloaded(page, '#export-svg')).data.toString());
  assert.equal(svg.background, 'rgb(24, 27, 33)', 'as on screen: dark');
  await page.selectOption('#export-theme', 'light');
  svg = await readSvg(page, (await downloaded(page, '#export-svg')).data.toString());
  assert.equal(svg.background, '#ffffff');
  assert.ok(svg.texts.includes('ELU') && !svg.texts.includes('ReLU'), JSON.stringify(svg.texts));
  // ELU is second in the list: its colour is the second curve colour.
  assert.ok(svg.strokes.every((s) => s.stroke === '#dc2626'), JSON.stringify(svg.strokes.map((s) => s.stroke)));
  await context.close();
});

const csvRows = (data) => data.toString().trim().split('\n').slice(1).map((line) => line.split(',').map(Number));

test('CSV: the view\'s x range at 201 points by default, the same file on a phone and a desktop', async () => {
  const desktop = await open(`${COMPARISON}&x=-3,5`);
  assert.equal(await desktop.page.inputValue('#export-from'), '-3');
  assert.equal(await desktop.page.inputValue('#export-to'), '5');
  assert.equal(await desktop.page.inputValue('#export-count'), '201');
  const wide = await downloaded(desktop.page, '#export-csv');
  assert.equal(wide.name, 'activation-samples.csv');
  const lines = wide.data.toString().trim().split('\n');
  assert.equal(lines[0], "x,ReLU f(x),ReLU f'(x),Leaky ReLU (negative_slope = 0.5) f(x),Leaky ReLU (negative_slope = 0.5) f'(x)");
  const rows = csvRows(wide.data);
  assert.equal(rows.length, 201);
  assert.deepEqual([rows[0][0], rows[100][0], rows[200][0]], [-3, 1, 5]);
  const expected = act.sample('leaky_relu', { from: -3, to: 5, count: 201 }, { negative_slope: 0.5 });
  rows.forEach(([x, f, df, g, dg], i) => {
    assert.equal(x, expected.x[i]);
    assert.equal(f, Math.max(0, x));
    assert.equal(df, x > 0 ? 1 : 0);
    assert.equal(g, expected.y[i]);
    assert.equal(dg, expected.dy[i]);
  });
  await desktop.context.close();

  const phone = await open(`${COMPARISON}&x=-3,5`, { viewport: { width: 375, height: 812 }, deviceScaleFactor: 3 });
  const narrow = await downloaded(phone.page, '#export-csv');
  assert.equal(narrow.data.toString(), wide.data.toString());
  await phone.context.close();
});

test('CSV: a grid the user chooses, and bad fields named inline', async () => {
  const { page, context, problems } = await open(COMPARISON);
  await page.fill('#export-from', '−1');  // the minus sign the page prints
  await page.fill('#export-to', '1');
  await page.fill('#export-count', '5');
  const file = await downloaded(page, '#export-csv');
  assert.deepEqual(csvRows(file.data).map((row) => row[0]), [-1, -0.5, 0, 0.5, 1]);
  assert.deepEqual(csvRows(file.data).map((row) => row[3]), [-0.5, -0.25, 0, 0.5, 1]);

  let downloads = 0;
  page.on('download', () => downloads++);
  for (const [field, value, message] of [
    ['#export-from', 'abc', /x from: "abc" is not a number/],
    ['#export-to', '-2', /expected finite numbers with from < to/],
    ['#export-count', '1', /points: expected a whole number from 2 to 100001/],
    ['#export-count', '2.5', /points: expected a whole number/],
    ['#export-count', '1e9', /points: expected a whole number/],
  ]) {
    await page.fill('#export-from', '-1');
    await page.fill('#export-to', '1');
    await page.fill('#export-count', '5');
    await page.fill(field, value);
    await page.click('#export-csv');
    assert.match(await page.textContent('#export-error'), message);
    assert.equal(await page.isVisible('#export-error'), true);
    assert.equal(await page.getAttribute(field, 'aria-invalid'), 'true');
  }
  await page.waitForTimeout(200);
  assert.equal(downloads, 0);
  assert.deepEqual(problems, []);
  await context.close();
});
