// The dying-ReLU lab page (lab.html) in headless Chromium under the strict
// CSP: it loads with every section, a small run of experiment 1 draws a
// chart and its table, Cancel stops a long run, the setup round-trips
// through the URL (and back/forward), and a hostile URL gives notices and
// defaults without hanging.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage } from './browser.js';
import { inkedPixels, openLab, runDone } from './lab-support.js';

let env;

before(async () => {
  env = await launch();
});

after(async () => {
  await env?.close();
});

test('the page loads with its four sections', async () => {
  const { page, problems, context } = await openLab(env);
  const titles = await page.$$eval('.lab-section > h2', (hs) => hs.map((h) => h.textContent));
  assert.equal(titles.length, 4);
  assert.match(titles[0], /Born dead/);
  assert.match(titles[2], /high learning rate/);
  assert.match(titles[3], /Signal through depth/);
  assert.equal(await page.$$eval('.lab-not-yet', (notes) => notes.length), 0);
  assert.equal(await page.isHidden('#notices'), true);
  // Every generated control has a label.
  const unlabelled = await page.$$eval('.lab-form input, .lab-form select', (fields) =>
    fields.filter((f) => !f.labels?.length && !f.getAttribute('aria-label')).map((f) => f.id));
  assert.deepEqual(unlabelled, []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a small run of experiment 1 draws a chart, a legend and a table, and enables the exports', async () => {
  const { page, problems, context } = await openLab(env, '?born-dead.widths=2+3&born-dead.depths=10&born-dead.trials=400');
  // From the keyboard: Run is a button like any other.
  await page.focus('#born-dead .lab-run-button');
  await page.keyboard.press('Enter');
  await runDone(page, 'born-dead');
  assert.match(await page.textContent('#born-dead .lab-status'), /Done/);
  assert.ok(await inkedPixels(page, '#born-dead canvas') > 2000);
  const legend = await page.$$eval('#born-dead .chart-legend li', (items) => items.map((i) => i.textContent));
  assert.deepEqual(legend.slice(0, 2), ['N = 2', 'N = 3']);
  await page.waitForSelector('#born-dead .chart-table tbody tr', { state: 'attached' });
  const rows = await page.$$eval('#born-dead .chart-table tbody tr', (trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent)));
  assert.equal(rows.length, 10);
  // N = 2: P(L) rises with L and stays under the bound 1 − (3/4)^L (within its interval).
  const p = rows.map((row) => Number(row[1]));
  assert.ok(p[9] > p[0]);
  for (const [l, row] of rows.entries()) assert.ok(Number(row[1]) <= 1 - 0.75 ** (l + 1) + 0.05, `L = ${l + 1}: ${row}`);
  assert.match(await page.textContent('#born-dead .chart-summary'), /400 networks/);
  assert.equal(await page.isDisabled('#born-dead .lab-exports button:has-text("CSV")'), false);
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#born-dead .lab-exports button:has-text("CSV")')]);
  const csv = await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString());
  const lines = csv.trim().split('\n');
  assert.equal(lines[0], `width,trial,${Array.from({ length: 10 }, (_, i) => `dead_L${i + 1}`).join(',')}`);
  assert.equal(lines.length, 1 + 2 * 400);
  assert.match(lines[1], /^2,0,[01](,[01]){9}$/);
  const [jsonDownload] = await Promise.all([page.waitForEvent('download'), page.click('#born-dead .lab-exports button:has-text("JSON")')]);
  const json = JSON.parse(await (await jsonDownload.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString()));
  assert.deepEqual(json.settings.widths, [2, 3]);
  assert.equal(json.dead[1].length, 400);
  assert.ok(json.dead[1].every((flags) => /^[01]{10}$/.test(flags)));
  // The CSV's flags are the JSON's.
  assert.equal(lines[401].split(',').slice(2).join(''), json.dead[1][0]);
  // The theme repaints the chart in the other palette.
  const corner = () => page.evaluate(() => [...document.querySelector('#born-dead canvas').getContext('2d').getImageData(2, 2, 1, 1).data].slice(0, 3));
  assert.deepEqual(await corner(), [255, 255, 255]);
  await page.selectOption('#theme', 'dark');
  assert.deepEqual(await corner(), [0x18, 0x1b, 0x21]);
  assert.match(page.url(), /theme=dark/);
  // Changing a setting marks the result as stale.
  await page.fill('#born-dead-setting-trials', '500');
  await page.press('#born-dead-setting-trials', 'Enter');
  assert.equal(await page.isVisible('#born-dead .lab-stale'), true);
  assert.deepEqual(problems, []);
  await context.close();
});

test('Cancel stops a long run and says so', async () => {
  const { page, problems, context } = await openLab(env, '?collapse.trials=5000');
  await page.click('#collapse .lab-run-button');
  await page.waitForFunction(() => document.querySelector('#collapse progress').value > 0, null, { timeout: 60000 });
  await page.click('#collapse .lab-cancel');
  await runDone(page, 'collapse');
  assert.match(await page.textContent('#collapse .lab-status'), /Cancelled/);
  assert.equal(await page.isHidden('#collapse .chart'), true);
  assert.equal(await page.isDisabled('#collapse .lab-exports button:has-text("CSV")'), true);
  // The runner still works afterwards.
  await page.fill('#collapse-setting-trials', '8');
  await page.press('#collapse-setting-trials', 'Enter');
  await page.fill('#collapse-setting-steps', '50');
  await page.press('#collapse-setting-steps', 'Enter');
  await page.click('#collapse .lab-run-button');
  await runDone(page, 'collapse');
  assert.match(await page.textContent('#collapse .lab-status'), /Done/);
  assert.equal(await page.isVisible('#collapse .chart'), true);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the setup round-trips through the URL, and back restores it', async () => {
  const query = '?theme=dark&born-dead.widths=2+5&born-dead.activation=leaky_relu%28negative_slope%3D0.2%29&born-dead.bias=drawn&collapse.lr=0.01';
  const { page, problems, context } = await openLab(env, query);
  assert.equal(await page.inputValue('#born-dead-setting-widths'), '2 5');
  assert.equal(await page.inputValue('#born-dead-setting-activation'), 'leaky_relu');
  assert.equal(await page.inputValue('#born-dead-setting-bias'), 'drawn');
  assert.equal(await page.inputValue('#collapse-setting-lr'), '0.01');
  assert.equal(await page.getAttribute('html', 'data-theme'), 'dark');
  assert.equal(new URL(page.url()).search, query);
  await page.fill('#born-dead-setting-depths', '20');
  await page.press('#born-dead-setting-depths', 'Enter');
  assert.match(page.url(), /born-dead\.depths=20/);
  await page.goBack();
  await page.waitForFunction(() => document.getElementById('born-dead-setting-depths').value === '50');
  assert.equal(new URL(page.url()).search, query);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a hostile URL gives notices and defaults, never a hang', async () => {
  const hostile = [
    'born-dead.widths=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
    'born-dead.trials=1e9',
    'born-dead.depths=Infinity',
    'born-dead.activation=leaky_relu(negative_slope=NaN)',
    'collapse.lr=-1',
    'theme=%22%3E%3Cscript%3E',
    `junk=${'x'.repeat(3000)}`,
  ].join('&');
  const { page, problems, context } = await openLab(env, `?${hostile}`);
  const notices = await page.$$eval('#notices p', (ps) => ps.map((p) => p.textContent));
  assert.equal(notices.length, 7);
  assert.ok(notices.every((n) => n.startsWith('Ignored')), notices.join('\n'));
  assert.equal(await page.$$eval('img', (imgs) => imgs.length), 0);
  assert.equal(await page.inputValue('#born-dead-setting-widths'), '2 3 4 5 10');
  assert.equal(await page.inputValue('#born-dead-setting-trials'), '2000');
  // A typed bad value is refused beside its field, and the last valid value kept.
  await page.fill('#born-dead-setting-widths', '2 abc');
  await page.press('#born-dead-setting-widths', 'Enter');
  assert.match(await page.textContent('#born-dead-setting-widths-error'), /not allowed/);
  assert.equal(await page.getAttribute('#born-dead-setting-widths', 'aria-invalid'), 'true');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the playground links to the lab from its header and its dying-ReLU panel', async () => {
  const { page, problems, context } = await openPage(env.browser, env.server.url, { viewport: { width: 1280, height: 800 } });
  await page.waitForSelector('body[data-ready="true"]', { state: 'attached', timeout: 20000 });
  assert.equal(await page.$$eval('.site-nav a[href="lab.html"]', (a) => a.length), 1);
  assert.match(await page.textContent('.dead'), /not yet a dead unit/);
  assert.equal(await page.$$eval('.dead a[href="lab.html"]', (a) => a.length), 1);
  assert.deepEqual(problems, []);
  await context.close();
});
