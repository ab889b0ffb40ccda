// <activation-lab> in a tutorial page, in headless Chromium under the
// strict CSP: an element runs its experiment and draws it in its shadow
// root, hostile attributes give an inline message and the defaults, an
// unknown experiment falls back with a message, and two elements on one
// page do not clash.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchWithTestPages, openRecordedPage, waitForElements } from './embed-support.js';

let env;
let page;
let problems;

before(async () => {
  env = await launchWithTestPages();
  ({ page, problems } = await openRecordedPage(env.browser, env.url('test-pages/lab-element.html')));
  await waitForElements(page, 'activation-lab', 20000);
});

after(async () => {
  await env?.close();
});

const inShadow = (id, fn, arg) => page.evaluate(({ id, fn, arg }) => new Function('root', 'arg', `return (${fn})(root, arg)`)(document.getElementById(id).shadowRoot, arg), { id, fn: fn.toString(), arg });

test('an element with autorun runs its experiment and draws a chart and a table', async () => {
  await page.waitForFunction(() => /Done/.test(document.getElementById('good').shadowRoot.querySelector('.lab-status').textContent), null, { timeout: 60000 });
  await page.waitForFunction(() => document.getElementById('good').shadowRoot.querySelectorAll('.chart-table tbody tr').length > 0);
  const rows = await page.evaluate(() => document.getElementById('good').shadowRoot.querySelectorAll('.chart-table tbody tr').length);
  assert.equal(rows, 8);
  const inked = await page.evaluate(() => {
    const canvas = document.getElementById('good').shadowRoot.querySelector('canvas');
    const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
    let count = 0;
    for (let i = 0; i < data.length; i += 4) if (Math.abs(data[i] - data[0]) + Math.abs(data[i + 1] - data[1]) + Math.abs(data[i + 2] - data[2]) > 30) count++;
    return count;
  });
  assert.ok(inked > 1000);
  assert.deepEqual(await page.evaluate(() => document.getElementById('good').errors), []);
});

test('hostile attributes give inline messages and the defaults', async () => {
  const errors = await page.evaluate(() => document.getElementById('bad').errors);
  assert.equal(errors.length, 4, errors.join('\n'));
  assert.ok(errors.some((e) => e.startsWith('widths="<b>2</b>"')));
  assert.ok(errors.some((e) => e.startsWith('trials="-5"')));
  assert.ok(errors.some((e) => /Unknown attribute "colour"/.test(e)));
  assert.ok(errors.some((e) => /alpha/.test(e)));
  const shown = await page.evaluate(() => document.getElementById('bad').shadowRoot.querySelector('.error').textContent);
  assert.match(shown, /expected whole numbers/);
  assert.equal(await page.evaluate(() => document.getElementById('bad').shadowRoot.querySelectorAll('b').length), 0);
  const widths = await page.evaluate(() => document.getElementById('bad').shadowRoot.querySelector('input[id$="-widths"]').value);
  assert.equal(widths, '2 3 4 5 10');
});

test('an unknown experiment falls back to born-dead with a message', async () => {
  const errors = await page.evaluate(() => document.getElementById('unknown').errors);
  assert.equal(errors.length, 1);
  assert.match(errors[0], /experiment="dead-by-magic"/);
  const title = await page.evaluate(() => document.getElementById('unknown').shadowRoot.querySelector('h3').textContent);
  assert.match(title, /Born dead/);
});

test('a second experiment runs beside the first, and an attribute change rebuilds it', async () => {
  await page.evaluate(() => document.getElementById('collapse').shadowRoot.querySelector('.lab-run-button').click());
  await page.waitForFunction(() => /Done/.test(document.getElementById('collapse').shadowRoot.querySelector('.lab-status').textContent), null, { timeout: 60000 });
  const stats = await page.evaluate(() => document.getElementById('collapse').shadowRoot.querySelectorAll('.lab-stats dd').length);
  assert.equal(stats, 6);
  await page.evaluate(() => document.getElementById('collapse').setAttribute('width', '4'));
  await page.waitForFunction(() => document.getElementById('collapse').shadowRoot.querySelector('input[id$="-width"]')?.value === '4');
  // Ids stay unique across the elements' shadow roots' own documents.
  const ids = await page.evaluate(() => [...document.querySelectorAll('activation-lab')].flatMap((e) => [...e.shadowRoot.querySelectorAll('[id]')].map((n) => n.id)));
  assert.equal(new Set(ids).size, ids.length);
  assert.deepEqual(problems, []);
});
