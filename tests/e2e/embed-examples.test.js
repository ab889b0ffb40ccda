// <activation-example> in headless Chromium under the strict CSP: it prints
// what the articles' Python prints, reruns on the reader's inputs, and names
// the attribute at fault when it cannot run.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { afterRender, launchWithTestPages, openRecordedPage, waitForElements } from './embed-support.js';

let env;
let page;
let problems;

before(async () => {
  env = await launchWithTestPages();
  ({ page, problems } = await openRecordedPage(env.browser, env.url('test-pages/examples.html')));
  await waitForElements(page, 'activation-example');
});

after(async () => {
  await env?.close();
});

const output = (id) => page.$eval(`#${id}`, (e) => e.shadowRoot.querySelector('pre.output').textContent);

test('the articles\' printed outputs', async () => {
  assert.equal(await output('percent'), [
    'Applying Relu on (1.0) gives 1.0',
    'Applying Relu on (-10.0) gives 0.0',
    'Applying Relu on (0.0) gives 0.0',
    'Applying Relu on (15.0) gives 15.0',
    'Applying Relu on (-20.0) gives 0.0',
  ].join('\n'));
  assert.equal(await output('plain'), '2.0\n0.0');
  assert.equal(await output('leaky'), '-0.003');
  assert.equal(await output('parens'), [
    'Applying Leaky Relu on (1.0) gives 1.0',
    'Applying Leaky Relu on (-10.0) gives -0.1',
    'Applying Leaky Relu on (0.0) gives 0.0',
    'Applying Leaky Relu on (15.0) gives 15.0',
    'Applying Leaky Relu on (-20.0) gives -0.2',
  ].join('\n'));
  assert.equal(await page.$eval('#percent', (e) => e.output), await output('percent'));
  assert.deepEqual(problems, []);
});

test('NumPy arrays, derivatives at kinks, named values and Python ints', async () => {
  assert.equal(await output('numpy'), '[0.  0.  3.5 7. ]');
  assert.equal(await output('derivative'), '0.01\n1.0\n1.0');
  assert.equal(await output('named'), "f(-1) = 0.0, f'(-1) = 0.0\nf(0) = 0.0, f'(0) = 0.0\nf(2) = 2.0, f'(2) = 1.0");
  assert.equal(await output('ints'), 'relu(3) = 3\nrelu(-2) = 0');
});

test('the author\'s code is shown above the inputs', async () => {
  const code = await page.$eval('#percent', (e) => e.shadowRoot.querySelector('slot').assignedElements().map((n) => n.textContent).join(''));
  assert.match(code, /print\('Applying Relu/);
  assert.ok(await page.locator('#percent pre code').isVisible());
});

test('the reader edits the inputs and runs them again', async () => {
  const input = page.locator('#percent').getByLabel('Inputs');
  assert.equal(await input.inputValue(), '1.0 -10.0 0.0 15.0 -20.0');
  await input.fill('2.5, -0.04');
  const detail = await afterRender(page, '#percent', () => page.locator('#percent').getByRole('button', { name: 'Run' }).click());
  assert.equal(detail.ok, true);
  assert.equal(await output('percent'), 'Applying Relu on (2.5) gives 2.5\nApplying Relu on (-0.0) gives 0.0');

  // Enter runs too.
  await input.fill('[7]');
  await afterRender(page, '#percent', () => input.press('Enter'));
  assert.equal(await output('percent'), 'Applying Relu on (7.0) gives 7.0');
});

test('a bad input is pointed at inline and the last output stays', async () => {
  const input = page.locator('#plain').getByLabel('Inputs');
  await input.fill('1.5, abc, 3');
  await page.locator('#plain').getByRole('button', { name: 'Run' }).click();
  const error = await page.$eval('#plain', (e) => {
    const box = e.shadowRoot.querySelector('.input-error');
    return { hidden: box.hidden, text: box.textContent, mark: box.querySelector('mark')?.textContent };
  });
  assert.equal(error.hidden, false);
  assert.match(error.text, /"abc" is not a number/);
  assert.equal(error.mark, 'abc');
  assert.equal(await input.getAttribute('aria-invalid'), 'true');
  assert.equal(await input.inputValue(), '1.5, abc, 3');
  assert.equal(await output('plain'), '2.0\n0.0');

  await input.fill('inf');
  await afterRender(page, '#plain', () => input.press('Enter'));
  assert.equal(await output('plain'), 'inf');
  assert.equal(await input.getAttribute('aria-invalid'), null);
});

test('a format Python would reject at run time is reported as Python reports it', async () => {
  await afterRender(page, '#ints', () => page.$eval('#ints', (e) => e.setAttribute('format', 'relu(%d) = %d')));
  const input = page.locator('#ints').getByLabel('Inputs');
  await input.fill('nan');
  await input.press('Enter');
  const message = await page.$eval('#ints', (e) => e.shadowRoot.querySelector('.input-error').textContent);
  assert.match(message, /ValueError: cannot convert float NaN to integer/);
});

test('bad attributes name themselves in place of the output', async () => {
  const errors = async (id) => page.$eval(`#${id}`, (e) => [e.status, e.shadowRoot.querySelector('.error').textContent]);
  let [status, text] = await errors('bad-format');
  assert.equal(status, 'error');
  assert.match(text, /format="%\.1f %\.1f %\.1f": has 3 conversions/);
  [, text] = await errors('bad-fn');
  assert.match(text, /fn="rleu": unknown activation "rleu"; did you mean "relu"\?/);
  [, text] = await errors('bad-param');
  assert.match(text, /negative-slope="abc": negative_slope must be a finite number/);
  [, text] = await errors('bad-inputs');
  assert.match(text, /inputs="1, two": "two" is not a number/);

  // Fixed, it runs.
  const detail = await afterRender(page, '#bad-fn', () => page.$eval('#bad-fn', (e) => e.setAttribute('fn', 'relu')));
  assert.equal(detail.ok, true);
  assert.equal(await output('bad-fn'), '1.0');
});

test('max(0.0, 5) is the int 5: keeps-int says where an int passes through', async () => {
  assert.equal(await output('keeps'), '5\n0.0\n7');
});

test('the code listing is rewritten to the reader\'s inputs on every run', async () => {
  const listing = () => page.$eval('#listing pre code', (code) => code.textContent);
  assert.match(await listing(), /for x in \[1\.0, -10\.0\]:/);
  const input = page.locator('#listing').getByLabel('Inputs');
  await input.fill('5, \u22125, 7');
  await afterRender(page, '#listing', () => input.press('Enter'));
  assert.equal(await output('listing'), '5\n0.0\n7');
  assert.match(await listing(), /for x in \[5, -5, 7\]:\n    print\(relu\(x\)\)$/);
  await input.fill('[2.5]');
  await afterRender(page, '#listing', () => input.press('Enter'));
  assert.match(await listing(), /for x in \[2\.5\]:/);
  // A bad input leaves the listing as it was.
  await input.fill('2.5, x');
  await input.press('Enter');
  assert.match(await listing(), /for x in \[2\.5\]:/);
});

test('a comma between digits is read as two numbers, and the element says so', async () => {
  const input = page.locator('#listing').getByLabel('Inputs');
  await input.fill('2,0');
  await afterRender(page, '#listing', () => input.press('Enter'));
  assert.equal(await output('listing'), '2\n0.0');
  const note = await page.$eval('#listing', (e) => e.shadowRoot.querySelector('.input-note'));
  const text = await page.$eval('#listing', (e) => [e.shadowRoot.querySelector('.input-note').hidden, e.shadowRoot.querySelector('.input-note').textContent]);
  assert.ok(note !== null);
  assert.deepEqual(text, [false, '"2,0" was read as two numbers, 2 and 0 (a decimal point is written "2.0")']);
  await input.fill('2.0');
  await afterRender(page, '#listing', () => input.press('Enter'));
  assert.equal(await page.$eval('#listing', (e) => e.shadowRoot.querySelector('.input-note').hidden), true);
});

test('%.* with a negative precision prints no decimals, as CPython 3.11', async () => {
  // (x, y): x is the precision; -3 counts as 0
  assert.equal(await output('star-precision'), '0\n2.00');
});

test('a huge width typed by the reader raises MemoryError at once; Python\'s own limits keep their errors', async () => {
  assert.equal(await output('star-width'), '[  3]');
  const input = page.locator('#star-width').getByLabel('Inputs');
  for (const [text, expected] of [
    ['300000000', /Python would stop here with MemoryError \(this page builds no field wider than 10,000 characters/],
    ['-10001', /MemoryError/],
    ['9223372036854775808', /OverflowError: Python int too large to convert to C ssize_t/],
  ]) {
    await input.fill(text);
    await input.press('Enter');
    await page.waitForFunction(() => !document.querySelector('#star-width').shadowRoot.querySelector('.input-error').hidden);
    assert.match(await page.$eval('#star-width', (e) => e.shadowRoot.querySelector('.input-error').textContent), expected);
    assert.match(await output('star-width'), /Traceback/);
    await input.fill('4');
    await afterRender(page, '#star-width', () => input.press('Enter'));
    assert.equal(await output('star-width'), '[   4]');
  }
});

test('%hhd and a bad keeps-int are refused as Python and the element word them', async () => {
  const text = (id) => page.$eval(`#${id}`, (e) => e.shadowRoot.querySelector('.error').textContent);
  assert.match(await text('bad-modifier'), /format="%hhd": ValueError: unsupported format character 'h' \(0x68\) at index 2/);
  assert.match(await text('bad-keeps'), /keeps-int="x is positive": "x is positive" is not a condition on x such as "x > 0"/);
});

test('100,000 typed numbers: every one is read, the output is bounded and says how many lines it leaves out', async () => {
  const result = await page.evaluate(async () => {
    const text = Array.from({ length: 100000 }, (_, i) => ((i % 41) - 20) / 4).join(', ');
    const element = document.querySelector('#listing');
    const input = element.shadowRoot.querySelector('input');
    input.value = text;
    const rendered = new Promise((resolve) => element.addEventListener('render', (event) => resolve(event.detail), { once: true }));
    element.shadowRoot.querySelector('form').requestSubmit();
    const detail = await rendered;
    const shown = element.shadowRoot.querySelector('pre.output').textContent.split('\n');
    const listing = element.querySelector('pre code').textContent;
    const list = /for x in \[([^\]]*)\]/.exec(listing)[1];
    return { ok: detail.ok, lines: shown.length, last: shown.at(-1), listed: list.split(', ').length };
  });
  assert.deepEqual(result, { ok: true, lines: 5001, last: '… 95,000 more lines not shown', listed: 100000 });
});
