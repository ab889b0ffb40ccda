// f″ on the page, in headless Chromium: the playground's per-curve f″
// toggle (keyboard, screen-reader names, the URL, the Evaluate table and its
// CSV, the text alternative), and <activation-plot>'s second-derivative
// attribute and ddf=1 in its fn.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { launch, openPlayground, settled } from './browser.js';
import { afterRender, launchWithTestPages, openRecordedPage, waitForElements } from './embed-support.js';

let env;
before(async () => {
  env = await launch();
});
after(async () => {
  await env?.close();
});

const open = (query = '') => openPlayground(env, query, { viewport: { width: 1280, height: 900 }, acceptDownloads: true });
const query = (page) => new URL(page.url()).searchParams;
const label = (page) => page.$eval('#plot', (canvas) => canvas.getAttribute('aria-label'));

test('the curve list toggles f″ per curve from the keyboard; the URL, table, CSV and text alternative follow', async () => {
  const { page, context, problems } = await open('fn=relu&fn=tanh&inputs=2.0,-3.0');
  const toggles = page.locator('#curves .curve-second');
  assert.equal(await toggles.count(), 2);
  assert.equal(await toggles.nth(1).getAttribute('aria-pressed'), 'false');
  assert.equal(await toggles.nth(1).getAttribute('aria-label'), 'Show the second derivative f″ of Tanh (dotted)');
  await toggles.nth(1).focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => /f″ dotted/.test(document.getElementById('plot').getAttribute('aria-label')));
  assert.equal(await page.locator('#curves .curve-second').nth(1).getAttribute('aria-pressed'), 'true');
  assert.deepEqual(query(page).getAll('fn'), ['relu', 'tanh(ddf=1)']);
  assert.match(await label(page), /Dotted: the second derivative f″ of Tanh\./);
  assert.doesNotMatch(await label(page), /point mass/);

  // The Evaluate table gains tanh's f″ column; its CSV holds the core's values.
  await page.waitForFunction(() => document.querySelectorAll('#results thead th').length === 6);
  const headers = await page.$$eval('#results thead th', (cells) => cells.map((c) => c.textContent));
  assert.deepEqual(headers, ['x', 'ReLU f(x)', 'ReLU f′(x)', 'Tanh f(x)', 'Tanh f′(x)', 'Tanh f″(x)']);
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-table')]);
  const lines = (await readFile(await download.path(), 'utf8')).trim().split('\n');
  assert.equal(lines[0], "x,ReLU f(x),ReLU f'(x),Tanh f(x),Tanh f'(x),Tanh f''(x)");
  const tanh2 = Math.tanh(2);
  const second = Number(lines[1].split(',')[5]);
  assert.ok(Math.abs(second - -2 * tanh2 * (1 - tanh2 * tanh2)) < 1e-15, lines[1]);

  // Space toggles it off again.
  await page.locator('#curves .curve-second').nth(1).focus();
  await page.keyboard.press('Space');
  await page.waitForFunction(() => !/f″/.test(document.getElementById('plot').getAttribute('aria-label')));
  assert.deepEqual(query(page).getAll('fn'), ['relu', 'tanh']);
  assert.deepEqual(problems, []);
  await context.close();
});

test('until the analysis module arrives, a curve\'s f″ is pressed, said to be loading and not drawn; then it is drawn', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(error.message));
  let release;
  const held = new Promise((resolve) => {
    release = resolve;
  });
  await page.route('**/activations-analysis.wasm', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(`${env.server.url}?fn=tanh`);
  await page.waitForSelector('body[data-ready="true"]');
  await page.locator('#curves .curve-second').first().click();
  await page.waitForFunction(() => /f″ is loading/.test(document.getElementById('plot-notes').textContent));
  assert.equal(await page.locator('#curves .curve-second').first().getAttribute('aria-pressed'), 'true');
  assert.doesNotMatch(await label(page), /f″/);
  release();
  await page.waitForFunction(() => /f″ dotted/.test(document.getElementById('plot').getAttribute('aria-label')));
  assert.equal(await page.isHidden('#plot-notes'), true);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a link with ddf=1 restores f″; at ReLU\'s kink the text says f″ is a point mass drawn as an arrow', async () => {
  const { page, context, problems } = await open('fn=relu(ddf=1)&x=-2,2');
  await settled(page);
  assert.equal(await page.locator('#curves .curve-second').first().getAttribute('aria-pressed'), 'true');
  assert.match(await label(page), /Where f′ jumps, f″ is a point mass, drawn as an arrow: ReLU at x = 0 \(f′ jumps by 1\)/);
  // The readout at a typed x gives f″ too.
  await page.fill('#read-x', '0.5');
  await page.waitForFunction(() => /f″ = 0/.test(document.getElementById('readout').textContent));
  assert.deepEqual(problems, []);
  await context.close();
});

test('<activation-plot second-derivative> draws f″ for every curve; ddf=1 in fn for one', async () => {
  const pages = await launchWithTestPages();
  try {
    const { page, problems } = await openRecordedPage(pages.browser, pages.url('test-pages/blank.html'));
    await page.evaluate(async () => {
      await import('../src/activation-plot.js');
      const all = document.createElement('activation-plot');
      all.id = 'all';
      all.setAttribute('fn', 'relu gelu');
      all.setAttribute('second-derivative', '');
      const one = document.createElement('activation-plot');
      one.id = 'one';
      one.setAttribute('fn', 'relu(ddf=1) gelu');
      one.setAttribute('inputs', '0.5');
      const bad = document.createElement('activation-plot');
      bad.id = 'bad';
      bad.setAttribute('fn', 'relu');
      bad.setAttribute('second-derivative', 'maybe');
      const controlled = document.createElement('activation-plot');
      controlled.id = 'controlled';
      controlled.setAttribute('fn', 'elu');
      controlled.setAttribute('controls', '');
      document.body.append(all, one, bad, controlled);
    });
    await waitForElements(page, 'activation-plot');
    const alt = (id) => page.$eval(`#${id}`, (e) => e.shadowRoot.querySelector('canvas[role="img"]').getAttribute('aria-label'));
    assert.match(await alt('all'), /Dotted: the second derivative f″ of ReLU and GELU\./);
    assert.match(await alt('one'), /Dotted: the second derivative f″ of ReLU\./);
    assert.match(await alt('one'), /ReLU at x = 0 \(f′ jumps by 1\)/);
    // The marked points' table has ReLU's f″ column, and none for GELU.
    const heads = await page.$eval('#one', (e) => [...e.shadowRoot.querySelectorAll('table thead th')].map((th) => th.textContent));
    assert.deepEqual(heads, ['x', 'ReLU f(x)', 'ReLU f″(x)', 'GELU f(x)']);
    const legend = await page.$eval('#all', (e) => [...e.shadowRoot.querySelectorAll('.legend-item')].map((item) => item.title));
    assert.deepEqual(legend, ['ReLU: f solid, f″ dotted', 'GELU: f solid, f″ dotted']);
    // The controls switch f″ on for the element's curves.
    assert.doesNotMatch(await alt('controlled'), /Dotted: the second derivative/);
    await afterRender(page, '#controlled', () => page.locator('#controlled').getByLabel('Show the second derivative f″').check());
    assert.match(await alt('controlled'), /Dotted: the second derivative f″ of ELU/);
    assert.equal(await page.$eval('#bad', (e) => e.status), 'error');
    assert.match((await page.$eval('#bad', (e) => e.errors)).join(' '), /second-derivative="maybe"/);
    assert.deepEqual(problems, []);
  } finally {
    await pages.close();
  }
});
