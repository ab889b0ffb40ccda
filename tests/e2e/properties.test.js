// The properties line per curve: on the playground under the plot (at
// 1280×800 and 375×812), following the curves and their parameters, and
// in the text alternative of the playground's canvas and of
// <activation-plot>.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPlayground, settled } from './browser.js';
import { launchWithTestPages, openRecordedPage, waitForElements } from './embed-support.js';

let env;
before(async () => {
  env = await launch();
});
after(async () => {
  await env?.close();
});

const RELU = 'range [0, ∞) · unbounded above · monotonic (non-decreasing) · not zero-centred (f ≥ 0) · f continuous, f′ jumps at 0 · saturates as x → −∞ · zero gradient for x < 0';
const LEAKY = 'range (−∞, ∞) · unbounded · monotonic (increasing) · f(0) = 0, not odd · f continuous, f′ jumps at 0 · no saturation · no zero-gradient region';

const items = (page) =>
  page.$$eval('#curve-properties li', (lis) =>
    lis.map((li) => ({
      activation: li.dataset.activation,
      name: li.querySelector('.properties-name').textContent,
      scope: li.querySelector('.properties-scope')?.textContent ?? '',
      line: li.querySelector('.properties-line').textContent,
      note: li.querySelector('.properties-note')?.textContent ?? '',
      text: li.textContent,
    })),
  );

for (const viewport of [{ width: 1280, height: 800 }, { width: 375, height: 812 }]) {
  test(`ReLU vs leaky ReLU: a line each saying what differs (${viewport.width}×${viewport.height})`, async () => {
    const { page, context, problems } = await openPlayground(env, 'fn=relu&fn=leaky_relu', { viewport });
    const [relu, leaky] = await items(page);
    assert.equal(relu.name, 'ReLU:');
    assert.equal(relu.line, RELU);
    assert.equal(leaky.name, 'Leaky ReLU:');
    assert.equal(leaky.line, LEAKY);
    // The slope 0.01 is the default: the line is about the curve shown.
    assert.equal(leaky.scope, '');
    assert.equal(leaky.note, '');

    // Real text, under a heading, visible and inside the page's width.
    assert.equal(await page.$eval('#curve-properties', (ul) => document.getElementById(ul.getAttribute('aria-labelledby')).textContent), 'Properties of each curve');
    const boxes = await page.$$eval('#curve-properties li', (lis) => lis.map((li) => li.getBoundingClientRect().toJSON()));
    for (const box of boxes) {
      assert.ok(box.height > 10 && box.left >= 0 && box.right <= viewport.width, JSON.stringify(box));
    }
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth) <= viewport.width);

    const label = await page.getAttribute('#plot', 'aria-label');
    assert.ok(label.includes(`ReLU: f(x) = max(0, x); ${RELU}.`), label);
    assert.ok(label.includes(`; ${LEAKY}.`), label);
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('other parameters: the line says it describes the defaults and shows how the parameters change it', async () => {
  const { page, context, problems } = await openPlayground(env, 'fn=relu&fn=leaky_relu');
  await page.click('#curves li:nth-child(2) .curve-select');
  await page.fill('#params input.param-number', '0.2');
  await page.locator('#params input.param-number').press('Enter');
  await settled(page);
  await page.waitForFunction(() => document.querySelectorAll('#curve-properties li .properties-scope').length === 1);
  const [relu, leaky] = await items(page);
  assert.equal(relu.scope, '');
  assert.equal(leaky.name, 'Leaky ReLU (negative_slope = 0.2):');
  assert.equal(leaky.scope, 'at the default parameters (negative_slope = 0.01), not the ones shown: ');
  assert.equal(leaky.line, LEAKY);
  assert.match(leaky.note, /Any positive slope keeps f increasing with range \(−∞, ∞\)/);
  assert.match(await page.getAttribute('#plot', 'aria-label'), /Leaky ReLU \(negative_slope = 0\.2\): .*; at the default parameters \(negative_slope = 0\.01\), not the ones shown: range/);

  // Back at the default, the line is about the curve again.
  await page.fill('#params input.param-number', '0.01');
  await page.locator('#params input.param-number').press('Enter');
  await page.waitForFunction(() => document.querySelectorAll('#curve-properties li .properties-scope').length === 0);

  // A curve given another function gets that line; one removed loses it.
  await page.selectOption('#activation', 'tanh');
  await page.waitForFunction(() => document.querySelector('#curve-properties li:nth-child(2)')?.dataset.activation === 'tanh');
  assert.match((await items(page))[1].line, /^range \(−1, 1\) · bounded · .* zero-centred \(odd\) · smooth · saturates both ways/);
  await page.click('#remove-curve');
  await page.waitForFunction(() => document.querySelectorAll('#curve-properties li').length === 1);
  assert.deepEqual(problems, []);
  await context.close();
});

test('<activation-plot>: the text alternative carries each curve\'s properties', async () => {
  const pages = await launchWithTestPages();
  try {
    const { page, problems } = await openRecordedPage(pages.browser, pages.url('test-pages/three-plots.html'));
    await waitForElements(page, 'activation-plot');
    const label = (id) => page.$eval(id, (e) => e.shadowRoot.querySelector('canvas[role="img"]').getAttribute('aria-label'));
    assert.ok((await label('#a')).includes(`ReLU: f(x) = max(0, x); ${RELU}.`));
    // negative-slope="0.2": not the registry's default, and it says so.
    assert.match(await label('#b'), /; at the default parameters \(negative_slope = 0\.01\), not the ones shown: range \(−∞, ∞\) · /);
    const c = await label('#c');
    assert.ok(c.includes(RELU) && c.includes(LEAKY), c);
    assert.deepEqual(problems, []);
  } finally {
    await pages.close();
  }
});
