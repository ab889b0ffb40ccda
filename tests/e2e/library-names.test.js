// Every library's names on the page: in links, in the search box beside
// the picker, in an element's fn attribute; and the selected curve as
// code in each library.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, openPlayground } from './browser.js';

let env;
before(async () => {
  env = await launch();
});
after(async () => {
  await env?.close();
});

test('a link may name a curve as another library does, with its defaults', async () => {
  const { page, context, problems } = await openPlayground(env, 'fn=keras:leaky_relu&fn=jax:gelu&fn=keras:LeakyReLU(negative_slope=0.5)');
  const notices = await page.locator('#notices p').allTextContents();
  assert.ok(notices.includes('keras:leaky_relu is leaky_relu with negative_slope = 0.2.'), notices.join('\n'));
  assert.ok(notices.includes('jax:gelu is gelu with approximate = tanh.'), notices.join('\n'));
  const labels = await page.locator('#curves .curve-select .label').allTextContents();
  assert.deepEqual(labels, ['Leaky ReLU (negative_slope = 0.2)', 'GELU (approximate = tanh)', 'Leaky ReLU (negative_slope = 0.5)']);
  const unknown = await openPlayground(env, 'fn=keras:leaky_rel');
  assert.match((await unknown.page.locator('#notices p').allTextContents()).join('\n'), /did you mean/);
  await unknown.context.close();
  assert.deepEqual(problems, []);
  await context.close();
});

test('the search box finds any library\'s name and says what it is here', async () => {
  const { page, context } = await openPlayground(env, 'fn=relu');
  const options = await page.locator('#activation-names option').count();
  assert.ok(options > 150, `${options} names offered`);
  await page.fill('#activation-search', 'gelu_new');
  await page.press('#activation-search', 'Enter');
  assert.match(await page.textContent('#search-mapping'), /Hugging Face transformers gelu_new = gelu, approximate = tanh/);
  assert.equal(await page.inputValue('#activation'), 'gelu');
  assert.equal(await page.inputValue('#param-approximate'), 'tanh');
  await page.fill('#activation-search', 'keras:LeakyReLU');
  await page.press('#activation-search', 'Enter');
  assert.equal(await page.inputValue('#param-negative_slope'), '0.3');
  await page.fill('#activation-search', 'kears:relu');
  await page.press('#activation-search', 'Enter');
  assert.match(await page.textContent('#search-mapping'), /unknown library "kears"; did you mean "keras"/);
  await context.close();
});

test('the selected curve as code, in each library', async () => {
  const { page, context } = await openPlayground(env, 'fn=leaky_relu(negative_slope=0.2)');
  await page.click('.code-export summary');
  await page.click('#code-targets button[data-target="pytorch"]');
  assert.match(await page.textContent('#code-snippet'), /F\.leaky_relu\(x, negative_slope=0\.2\)/);
  await page.click('#code-targets button[data-target="tfjs"]');
  assert.match(await page.textContent('#code-snippet'), /@tensorflow\/tfjs/);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.click('#copy-code');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await page.textContent('#code-snippet'));
  await context.close();
});

test('an element\'s fn may name another library\'s function', async () => {
  const { page, context } = await openPage(env.browser, `${env.server.url}embed.html?fn=relu`);
  const result = await page.evaluate(async () => {
    await customElements.whenDefined('activation-plot');
    const plot = document.createElement('activation-plot');
    plot.setAttribute('fn', 'keras:leaky_relu tfjs:layers.leakyReLU');
    document.body.append(plot);
    await new Promise((done) => plot.addEventListener('render', done, { once: true }));
    return { status: plot.status, legend: plot.shadowRoot.querySelector('.legend').textContent };
  });
  assert.equal(result.status, 'ready');
  assert.match(result.legend, /negative_slope = 0\.2.*negative_slope = 0\.3/);
  await context.close();
});
