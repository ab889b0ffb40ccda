// The properties line per curve: on the playground under the plot (at
// 1280×800 and 375×812), following the curves and their parameters (the
// core's properties at them, or the defaults' said to be so), and
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

const setParam = async (page, value) => {
  const field = page.locator('#params input.param-number').first();
  await field.fill(value);
  await field.press('Enter');
  await settled(page);
};

test('parameters: the line follows them where the core computes properties, else names the defaults it describes', async () => {
  const { page, context, problems } = await openPlayground(env, 'fn=relu&fn=leaky_relu');
  await page.click('#curves li:nth-child(2) .curve-select');
  await setParam(page, '-0.5');
  await page.waitForFunction(() => /not monotonic/.test(document.querySelector('#curve-properties li:nth-child(2)').textContent));
  let [relu, leaky] = await items(page);
  assert.equal(relu.line, RELU);
  assert.equal(leaky.name, 'Leaky ReLU (negative_slope = -0.5):');
  // A negative slope: f falls for x < 0 to its minimum 0, computed by the core for this slope.
  assert.equal(leaky.line, 'range [0, ∞) · unbounded above · not monotonic: decreasing for x < 0 · not zero-centred (f ≥ 0) · f continuous, f′ jumps at 0 · no saturation · no zero-gradient region');
  assert.deepEqual([leaky.scope, leaky.note], ['', '']);
  await page.waitForFunction(() => /Leaky ReLU \(negative_slope = -0\.5\): [^.]*; range \[0, ∞\) · unbounded above · not monotonic/.test(document.getElementById('plot').getAttribute('aria-label')));

  await setParam(page, '0.2');
  await page.waitForFunction(() => /monotonic \(increasing\)/.test(document.querySelector('#curve-properties li:nth-child(2)').textContent));
  [relu, leaky] = await items(page);
  assert.equal(leaky.line, LEAKY);
  assert.equal(leaky.scope, '');

  // softplus's are stated at its defaults only: away from them the line says so and shows the registry's note.
  await page.selectOption('#activation', 'softplus');
  await page.waitForFunction(() => document.querySelector('#curve-properties li:nth-child(2)')?.dataset.activation === 'softplus');
  assert.equal((await items(page))[1].scope, '');
  await setParam(page, '2');
  await page.waitForFunction(() => document.querySelectorAll('#curve-properties li .properties-scope').length === 1);
  const softplus = (await items(page))[1];
  assert.equal(softplus.scope, 'at the default parameters (beta = 1, threshold = 20), not the ones shown: ');
  assert.match(softplus.line, /^range \(0, ∞\) · unbounded above/);
  assert.match(softplus.note, /^How the parameters change this: beta = 1, threshold = 20 here\. Below the cut-off/);
  assert.match(await page.getAttribute('#plot', 'aria-label'), /; at the default parameters \(beta = 1, threshold = 20\), not the ones shown: range/);

  // A curve removed loses its line.
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
    // negative-slope="0.2": computed by the core for that slope.
    assert.ok((await label('#b')).includes(`; ${LEAKY}.`));
    const c = await label('#c');
    assert.ok(c.includes(RELU) && c.includes(LEAKY), c);
    assert.deepEqual(problems, []);
  } finally {
    await pages.close();
  }
});
