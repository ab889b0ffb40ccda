// Experiments 3 and 4 of the lab page in headless Chromium under the strict
// CSP: a small learning-rate sweep draws its charts, rasters and tables;
// Cancel stops a long one; the live run steps, plays and pauses, changes
// its decision surface and marks dead units at a high learning rate; a
// small signal-through-depth run draws its charts with the theory line.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, settled } from './browser.js';
import { inkedPixels, openLab, runDone } from './lab-support.js';

let env;

before(async () => {
  env = await launch();
});

after(async () => {
  await env?.close();
});

// A fingerprint of a canvas' pixels, to tell whether a drawing changed.
const fingerprint = (page, selector) =>
  page.evaluate((s) => {
    const canvas = document.querySelector(s);
    const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
    let hash = 0;
    for (let i = 0; i < data.length; i += 7) hash = (hash * 31 + data[i]) >>> 0;
    return hash;
  }, selector);

test('experiment 3: a small sweep draws dead share, accuracy, rasters and Pr[h > 0], with tables and exports', async () => {
  const { page, problems, context } = await openLab(env, '?high-lr.seeds=6&high-lr.epochs=8&high-lr.rates=0.03+10&high-lr.detail=10');
  await page.click('#high-lr .lab-run-button');
  await runDone(page, 'high-lr');
  assert.match(await page.textContent('#high-lr .lab-status'), /Done/);
  const charts = await page.$$eval('#high-lr .lab-results .chart:not([hidden]) .chart-canvas', (c) => c.length);
  assert.equal(charts, 5, 'dead share, accuracy, two rasters, Pr[h > 0]');
  for (let i = 0; i < charts; i++) assert.ok((await inkedPixels(page, '#high-lr .lab-results .chart-canvas', i)) > 500, `chart ${i} is drawn`);
  // The dead-share table: one row per rate, ReLU beside leaky ReLU.
  const rows = await page.$$eval('#high-lr .lab-results .chart-table', (tables) => tables[0].querySelectorAll('tbody tr').length);
  assert.equal(rows, 2);
  const header = await page.$eval('#high-lr .lab-results .chart-table', (t) => t.querySelector('thead').textContent);
  assert.match(header, /relu/);
  assert.match(header, /leaky_relu\(negative_slope=0\.01\)/);
  // Raster tables: one row per hidden unit (8 + 8).
  assert.equal(await page.$$eval('#high-lr .death-raster table', (t) => t[0].querySelectorAll('tr').length - 1), 16);
  assert.equal(await page.isDisabled('#high-lr .lab-exports button >> nth=0'), false);
  const download = page.waitForEvent('download');
  await page.click('#high-lr .lab-exports button >> nth=0');
  const csv = await (await download).createReadStream().then((s) => s.toArray()).then((chunks) => Buffer.concat(chunks).toString());
  const lines = csv.trim().split('\n');
  assert.match(lines[0], /^activation,learning_rate,seed,trial,test_accuracy/);
  assert.equal(lines.length, 1 + 2 * 2 * 6, 'a row per activation, rate and seed');
  assert.deepEqual(problems, []);
  await context.close();
});

test('experiment 3: Cancel stops a long sweep and says so', async () => {
  const { page, problems, context } = await openLab(env, '?high-lr.seeds=2000&high-lr.epochs=200');
  await page.click('#high-lr .lab-run-button');
  await page.waitForFunction(() => document.querySelector('#high-lr .lab-progress').value > 0, null, { timeout: 30000 });
  await page.click('#high-lr .lab-cancel');
  await runDone(page, 'high-lr');
  assert.match(await page.textContent('#high-lr .lab-status'), /Cancelled/);
  assert.equal(await page.$$eval('#high-lr .lab-results .chart:not([hidden])', (c) => c.length), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the live run: steps and play change the surface; at learning rate 10 dead units are marked; the URL keeps its settings', async () => {
  const { page, problems, context } = await openLab(env, '?high-lr.live-lr=10');
  const units = '#high-lr .live-units';
  await page.waitForSelector(`${units}[data-epoch="0"]`);
  const before = await fingerprint(page, '#high-lr .live-output');
  await page.getByRole('button', { name: 'Step a point' }).click();
  assert.match(await page.textContent('#high-lr .live-status'), /Epoch 0 \(\+1 point\)/);
  // A batch step finishes the batch under way: points 2 … 10, one update.
  await page.getByRole('button', { name: 'Step a batch' }).click();
  assert.match(await page.textContent('#high-lr .live-status'), /\(\+10 points\) · 1 update ·/);
  for (let i = 0; i < 4; i++) await page.getByRole('button', { name: 'Step an epoch' }).click();
  assert.equal(await page.getAttribute(units, 'data-epoch'), '4');
  assert.notEqual(await fingerprint(page, '#high-lr .live-output'), before, 'the decision surface changed');
  const dead = Number(await page.getAttribute(units, 'data-dead'));
  assert.ok(dead > 0, 'ReLU units die at learning rate 10');
  assert.match(await page.textContent('#high-lr .live-status'), new RegExp(`${dead} of 16 hidden units dead`));
  assert.match(await page.textContent('#high-lr .live-table'), /dead: zero on every training point/);

  // Play (from the keyboard), then pause: epochs advance, the button says so.
  const play = page.getByRole('button', { name: 'Play' });
  await play.focus();
  await page.keyboard.press('Enter');
  assert.equal(await page.getAttribute('#high-lr .live-controls button >> nth=0', 'aria-pressed'), 'true');
  await page.waitForFunction((s) => Number(document.querySelector(s).dataset.epoch) >= 10, units, { timeout: 20000 });
  await page.getByRole('button', { name: 'Pause' }).click();
  const paused = await page.getAttribute(units, 'data-epoch');
  await settled(page);
  assert.equal(await page.getAttribute(units, 'data-epoch'), paused, 'pause stops training');

  // Leaky ReLU rebuilds the network from epoch 0 and goes into the URL.
  await page.selectOption('#high-lr select[name="live-activation"]', 'leaky_relu');
  assert.equal(await page.getAttribute(units, 'data-epoch'), '0');
  await page.waitForFunction(() => location.search.includes('high-lr.live-activation=leaky_relu'));
  assert.deepEqual(problems, []);
  await context.close();
});

test('experiment 4: a small run draws E[h²]/E[x²] with the theory line, the dead share and the gradient norm', async () => {
  const { page, problems, context } = await openLab(env, '?signal-depth.width=16&signal-depth.depth=6&signal-depth.trials=4&signal-depth.inits=he-normal+lecun-normal');
  await page.click('#signal-depth .lab-run-button');
  await runDone(page, 'signal-depth');
  assert.match(await page.textContent('#signal-depth .lab-status'), /Done/);
  const charts = await page.$$eval('#signal-depth .lab-results .chart:not([hidden]) .chart-canvas', (c) => c.length);
  assert.equal(charts, 3);
  for (let i = 0; i < charts; i++) assert.ok((await inkedPixels(page, '#signal-depth .lab-results .chart-canvas', i)) > 500, `chart ${i} is drawn`);
  // The ratio table: 6 layers; He normal's theory is 1 at every layer for
  // ReLU (the mean-field line), LeCun's halves at each.
  const theory = await page.$eval('#signal-depth .lab-results .chart-table', (t) =>
    [...t.querySelectorAll('tbody tr')].map((row) => [...row.children].map((c) => c.textContent)));
  assert.equal(theory.length, 6);
  // (Printed to 4 significant digits.)
  assert.ok(Math.abs(Number(theory[0][3]) - 1) < 1e-3);
  assert.ok(Math.abs(Number(theory[5][3]) - 1) < 1e-3);
  assert.ok(Math.abs(Number(theory[5][6]) - 0.5 ** 6) < 1e-5);
  assert.deepEqual(problems, []);
  await context.close();
});
