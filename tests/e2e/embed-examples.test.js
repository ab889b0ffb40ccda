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
