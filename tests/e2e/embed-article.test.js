// The sample article, web/examples/relu-article.html: it loads with no
// console error under the strict CSP, every live plot draws, and its
// examples print what the seed articles' Python prints.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchWithTestPages, openRecordedPage, waitForElements } from './embed-support.js';

let env;
let page;
let problems;
let requests;
const warnings = [];

before(async () => {
  env = await launchWithTestPages();
  ({ page, problems, requests } = await openRecordedPage(env.browser, env.url('examples/relu-article.html')));
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  await waitForElements(page, 'activation-plot, activation-example');
});

after(async () => {
  await env?.close();
});

const outputs = () => page.$$eval('activation-example', (elements) => elements.map((e) => e.output));

test('the article loads with no console error, and its elements with no warning', async () => {
  assert.equal(await page.title(), 'ReLU and leaky ReLU in Python, with live plots · Activation Playground');
  assert.deepEqual(problems, []);
  assert.deepEqual(warnings.filter((w) => w.includes('<activation-')), []);
  const statuses = await page.$$eval('activation-plot, activation-example', (elements) => elements.map((e) => `${e.localName}: ${e.status} ${e.errors.join('; ')}`));
  assert.ok(statuses.length >= 15, `${statuses.length} live elements`);
  assert.ok(statuses.every((s) => s.includes(': ready')), statuses.join('\n'));
  // One core and one analysis module for the whole article, however many elements it has.
  assert.equal(requests.filter((url) => /\/activations-core(-simd)?\.wasm$/.test(url)).length, 1);
  assert.equal(requests.filter((url) => url.endsWith('.wasm')).length, 2);
});

test('every plot draws its curves', async () => {
  assert.ok((await page.locator('activation-plot').count()) >= 6);
  const all = await page.$$eval('activation-plot', (plots) =>
    plots.map((plot) => {
      const canvas = plot.shadowRoot.querySelector('canvas');
      const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
      let drawn = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i] + data[i + 1] + data[i + 2] < 600) drawn++;
      return { drawn, label: canvas.getAttribute('aria-label') };
    }),
  );
  for (const plot of all) assert.ok(plot.drawn > 2000, `${plot.label}: ${plot.drawn} pixels`);
});

test('the examples print the seed articles\' outputs', async () => {
  const printed = await outputs();
  const expected = [
    '2.0\n0.0',                                       // seed 001: ReLu(2.0), ReLu(-3.0)
    'Applying Relu on (1.0) gives 1.0\nApplying Relu on (-10.0) gives 0.0\nApplying Relu on (0.0) gives 0.0\n' +
      'Applying Relu on (15.0) gives 15.0\nApplying Relu on (-20.0) gives 0.0',    // seed 002
    'Applying Leaky Relu on (1.0) gives 1.0\nApplying Leaky Relu on (-10.0) gives -0.1\nApplying Leaky Relu on (0.0) gives 0.0\n' +
      'Applying Leaky Relu on (15.0) gives 15.0\nApplying Leaky Relu on (-20.0) gives -0.2',   // seed 002, leaky
    '-0.003',                                         // seed 001: Relu_fun(-3)
    '0.01\n1.0\n1.0',                                 // seed 000: leaky_relu_derivative, 1 at 0
    '[0.  0.  3.5 7. ]',                              // seed 000: relu_numpy
    '0.0\n0.0\n1.0',                                  // seed 000: relu_derivative, 0 at 0
  ];
  for (const text of expected) assert.ok(printed.includes(text), `missing output:\n${text}\n\nprinted:\n${printed.join('\n--\n')}`);
});

test('every example\'s listing holds its inputs, so each is rewritten when they change', async () => {
  const lists = await page.$$eval('activation-example', (elements) =>
    elements.map((e) => [e.getAttribute('inputs'), e.querySelector('pre code').textContent]));
  for (const [inputs, code] of lists) {
    const values = inputs.split(/[\s,]+/).filter(Boolean).join(', ');
    assert.ok(code.includes(`[${values}]`), `the listing of inputs="${inputs}" holds [${values}]:\n${code}`);
  }
});

test('an example in the article reruns on the reader\'s inputs', async () => {
  const example = page.locator('activation-example').nth(1);
  await example.getByLabel('Inputs').fill('0.5, -0.25');
  await example.getByRole('button', { name: 'Run' }).click();
  await page.waitForFunction(() => document.querySelectorAll('activation-example')[1].output.startsWith('Applying Relu on (0.5)'));
  assert.equal(await example.evaluate((e) => e.output), 'Applying Relu on (0.5) gives 0.5\nApplying Relu on (-0.2) gives 0.0');
  assert.match(await example.locator('pre code').textContent(), /for x in \[0\.5, -0\.25\]:/);
});

test('"ReLU in plain Python" prints what Python prints for ints, and its listing follows the inputs', async () => {
  const example = page.locator('activation-example').first();
  assert.match(await example.locator('pre code').textContent(), /for x in \[2\.0, -3\.0\]:/);
  await example.getByLabel('Inputs').fill('5, -5, 7');
  await example.getByRole('button', { name: 'Run' }).click();
  await page.waitForFunction(() => document.querySelector('activation-example').output.startsWith('5'));
  assert.equal(await example.evaluate((e) => e.output), '5\n0.0\n7');
  assert.match(await example.locator('pre code').textContent(), /for x in \[5, -5, 7\]:\n    print\(relu\(x\)\)/);
});

test('the article fits a phone screen', async () => {
  const phone = await openRecordedPage(env.browser, env.url('examples/relu-article.html'), { viewport: { width: 360, height: 740 } });
  try {
    await waitForElements(phone.page, 'activation-plot, activation-example');
    const overflow = await phone.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `${overflow}px of horizontal overflow`);
    assert.deepEqual(phone.problems, []);
  } finally {
    await phone.context.close();
  }
});
