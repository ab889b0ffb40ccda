// How the playground loads, from Chromium's own network records: what the
// first plot waits for, that it arrives compressed, that a reload only
// revalidates, and what the page shows while it loads. Structure only, no
// timings (those are bench/page's).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { NetworkLog } from '../../bench/page/network.mjs';
import { launch } from './browser.js';

const INSTRUMENT = new URL('../../bench/page/instrument.js', import.meta.url).pathname;
const bundle = JSON.parse(readFileSync(new URL('../../build/site-bundle.json', import.meta.url), 'utf8'));
// The outputs holding the tutorial examples or Python formatting.
const LATER_OUTPUTS = Object.entries(bundle.outputs)
  .filter(([, output]) => Object.keys(output.inputs ?? {}).some((module) => /tutorial-articles|examples-panel|python-format|exact-decimal|export\.js/.test(module)))
  .map(([name]) => `/${name.replace(/^build\/site\//, '')}`);

let env;
before(async () => {
  env = await launch();
});
after(async () => {
  await env?.close();
});

async function openRecorded() {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript({ path: INSTRUMENT });
  const page = await context.newPage();
  const log = await NetworkLog.attach(context, page);
  await page.goto(env.server.url);
  await page.waitForFunction(() => window.__pageBench?.drawnAt !== undefined);
  const drawnAt = await page.evaluate(() => performance.timeOrigin + window.__pageBench.drawnAt);
  await page.waitForSelector('body[data-ready="true"]');
  return { context, page, log, drawnAt };
}

test('the first plot waits for no chain of requests: the HTML asks for all of it at once, compressed', async () => {
  const { context, log, drawnAt } = await openRecorded();
  const chain = log.criticalChain(drawnAt / 1000);
  assert.ok(chain.length <= 2, `requests before the first plot form a chain of ${chain.length}: ${chain.join(' → ')}`);
  assert.ok(LATER_OUTPUTS.length >= 2, LATER_OUTPUTS.join(' '));
  const list = log.list();
  const offset = list[0].wallTime - list[0].started;
  const beforePlot = list.filter((r) => r.started + offset <= drawnAt / 1000).map((r) => new URL(r.url).pathname);
  for (const path of LATER_OUTPUTS) assert.ok(!beforePlot.includes(path), `${path} is not requested before the first plot`);
  const later = list.map((r) => new URL(r.url).pathname);
  assert.ok(LATER_OUTPUTS.some((path) => later.includes(path)), 'the examples are loaded after the first plot');
  for (const record of list) {
    if (/\.(js|wasm|css|html)$|\/$/.test(record.url)) assert.match(record.encoding ?? '', /^(br|gzip)$/, `${record.url} is compressed`);
  }
  await context.close();
});

test('a reload downloads nothing again: hashed bundles from the cache, the rest revalidated', async () => {
  const { context, page } = await openRecorded();
  const log = await NetworkLog.attach(context, page);
  await page.reload();
  await page.waitForSelector('body[data-ready="true"]');
  await page.waitForTimeout(200);
  for (const record of log.list()) {
    const cached = record.memoryCache || record.fromDiskCache || record.fromMemoryCache;
    assert.ok(cached || record.status === 304 || record.bytes < 1000, `${record.url}: ${record.status}, ${record.bytes} bytes`);
  }
  await context.close();
});

test('while the core loads, the plot box shows a placeholder and the controls are inactive', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  let release;
  const held = new Promise((resolve) => {
    release = resolve;
  });
  await page.route('**/activations-core-simd.wasm', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(env.server.url);
  const loading = await page.evaluate(() => ({
    ready: document.body.dataset.ready,
    placeholder: getComputedStyle(document.getElementById('plot')).backgroundImage,
    addCurve: [document.getElementById('add-curve').disabled, getComputedStyle(document.getElementById('add-curve')).opacity],
    inputs: [document.getElementById('inputs').readOnly, getComputedStyle(document.getElementById('inputs')).opacity],
    zoom: getComputedStyle(document.getElementById('zoom-in')).opacity,
    status: document.getElementById('status').textContent,
  }));
  assert.equal(loading.ready, undefined);
  assert.match(loading.placeholder, /linear-gradient/);
  assert.deepEqual(loading.addCurve, [true, '0.5']);
  assert.deepEqual(loading.inputs, [true, '0.5']);
  assert.equal(loading.zoom, '0.5');
  assert.match(loading.status, /Loading/);
  release();
  await page.waitForSelector('body[data-ready="true"]');
  const ready = await page.evaluate(() => [
    getComputedStyle(document.getElementById('plot')).backgroundImage,
    document.getElementById('inputs').readOnly,
    getComputedStyle(document.getElementById('zoom-in')).opacity,
  ]);
  assert.deepEqual(ready, ['none', false, '1']);
  await context.close();
});
