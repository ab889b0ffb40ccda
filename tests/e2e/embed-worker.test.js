// The JS API inside a module Web Worker, in headless Chromium under the
// strict CSP (the worker's own response carries it too).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchWithTestPages, openRecordedPage } from './embed-support.js';

let env;
let page;
let problems;

before(async () => {
  env = await launchWithTestPages();
  ({ page, problems } = await openRecordedPage(env.browser, env.url('test-pages/worker.html')));
  await page.waitForSelector('body[data-ready="true"]');
});

after(async () => {
  await env?.close();
});

const ask = (call, ...args) => page.evaluate((request) => window.askWorker(request), { call, args });

test('a worker imports the API and computes relu', async () => {
  const answer = await ask('apply', 'relu', { float32: [-1, 2, -0.5, 3] });
  assert.deepEqual(answer.result, { type: 'Float32Array', values: [0, 2, 0, 3] });
  assert.equal(answer.sameApi, true, 'loadActivations is memoised inside the worker too');
  assert.equal((await ask('evaluate', 'leaky_relu', -3, { negative_slope: 0.001 })).result, -0.003);
  assert.equal((await ask('derivative', 'relu', 0)).result, 0);
  assert.equal((await ask('derivative', 'relu', 0, {}, { kink: 'right' })).result, 1);
  assert.deepEqual(problems, []);
});

test('errors reach the page with their message', async () => {
  const answer = await ask('evaluate', 'rleu', 1);
  assert.match(answer.error, /^RangeError: unknown activation "rleu"; did you mean "relu"\?/);
});
