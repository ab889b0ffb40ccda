// The lab's experiments in module Web Workers, in headless Chromium under
// the strict CSP: the runner splits trials over the workers and its merged
// result is the one the same call gives on the page; progress, cancel and
// errors reach the caller.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchWithTestPages, openRecordedPage } from './embed-support.js';

let env;
let page;
let problems;

before(async () => {
  env = await launchWithTestPages();
  ({ page, problems } = await openRecordedPage(env.browser, env.url('test-pages/lab-runner.html')));
  await page.waitForSelector('body[data-ready="true"]');
});

after(async () => {
  await env?.close();
});

const both = (method, options) => page.evaluate(({ method, options }) => window.labRunner.both(method, options), { method, options });

test('one worker per core', async () => {
  const { workers, cores } = await page.evaluate(() => ({ workers: window.labRunner.workers, cores: window.labRunner.cores }));
  assert.equal(workers, Math.min(cores, 16));
});

test('bornDead through the workers equals the call on the page', async () => {
  const { viaWorkers, onPage, progress } = await both('bornDead', { widths: [2, 3], depths: 12, trials: 301, seed: 4 });
  assert.deepEqual(viaWorkers, onPage);
  assert.equal(progress.at(-1), 301);
  assert.deepEqual(problems, []);
});

test('collapse, playgroundDeath and signalDepth merge to the same results', async () => {
  for (const [method, options] of [
    ['collapse', { width: 2, depth: 5, trials: 37, steps: 40, seed: 2 }],
    ['playgroundDeath', { lr: 3, epochs: 3, seeds: 11, seed: 3 }],
    ['signalDepth', { width: 16, depth: 4, trials: 9 }],
  ]) {
    const { viaWorkers, onPage } = await both(method, options);
    assert.deepEqual(viaWorkers, onPage, method);
  }
});

test('an AbortSignal cancels a run in the workers; bad options reject with their message', async () => {
  assert.equal(await page.evaluate(() => window.labRunner.cancelled()), 'AbortError');
  assert.match(await page.evaluate(() => window.labRunner.badOptions()), /^RangeError: widths\[0\] = 0 is out of range/);
});
