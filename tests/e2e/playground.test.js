// The playground page in headless Chromium, served with the strict CSP.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { CONTENT_SECURITY_POLICY } from '../../scripts/static-server.mjs';
import { launch, openPage } from './browser.js';

let env;
let page;
let problems;

before(async () => {
  env = await launch();
  ({ page, problems } = await openPage(env.browser, env.server.url, { viewport: { width: 1280, height: 900 } }));
  await page.waitForSelector('body[data-ready="true"]', { timeout: 15000 });
});

after(async () => {
  await env?.close();
});

test('the page loads under the strict CSP with no console error', async () => {
  const response = await page.request.get(env.server.url);
  assert.equal(response.headers()['content-security-policy'], CONTENT_SECURITY_POLICY);
  assert.deepEqual(problems, []);
  assert.equal(await page.locator('#status').isVisible(), false);
});

test('Chromium gets the SIMD build', async () => {
  const build = await page.evaluate(async () => {
    const { loadActivations } = await import('./src/activations.js');
    return (await loadActivations()).build;
  });
  assert.equal(build, 'simd');
});

test('the picker lists the registry', async () => {
  const names = await page.locator('#activation option').evaluateAll((options) => options.map((o) => o.value));
  const registry = await page.evaluate(async () => {
    const { loadActivations } = await import('./src/activations.js');
    return (await loadActivations()).list().map((a) => a.name);
  });
  assert.deepEqual(names, registry);
});

test('typing 2.0, -3.0 shows f(x) 2.0 and 0.0', async () => {
  await page.selectOption('#activation', 'relu');
  await page.fill('#inputs', '2.0, -3.0');
  await settled(page);  // typing updates the table after the plot's frame
  const rows = await page.locator('#results tbody tr').evaluateAll((trs) =>
    trs.map((tr) => [...tr.children].map((cell) => cell.textContent)),
  );
  assert.deepEqual(rows, [
    ['2.0', '2.0', '1.0'],
    ['-3.0', '0.0', '0.0'],
  ]);
});

test('a bad token gets an inline message and the text is kept', async () => {
  await page.fill('#inputs', '1.5, abc, 3');
  const error = page.locator('#inputs-error');
  await error.waitFor({ state: 'visible' });
  assert.match(await error.textContent(), /"abc" is not a number/);
  assert.equal(await error.locator('mark').textContent(), 'abc');
  assert.equal(await page.inputValue('#inputs'), '1.5, abc, 3');
  assert.equal(await page.getAttribute('#inputs', 'aria-invalid'), 'true');
  await page.fill('#inputs', '1.5, 3');
  await settled(page);
  assert.equal(await error.isHidden(), true);
  assert.equal(await page.locator('#results tbody tr').count(), 2);
});

// Redraws happen on the next animation frame.
const settled = () => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

// The colour of the canvas pixel nearest to data point (x, y), and of its
// neighbours within `radius` device pixels.
async function pixelsAround(x, y, radius = 2) {
  await settled();
  return page.evaluate(
    ({ x, y, radius }) => {
      const canvas = document.getElementById('plot');
      const { view, area } = JSON.parse(canvas.dataset.view);
      const ratio = canvas.width / canvas.getBoundingClientRect().width;
      const px = (area.left + ((x - view.xMin) / (view.xMax - view.xMin)) * area.width) * ratio;
      const py = (area.top + ((view.yMax - y) / (view.yMax - view.yMin)) * area.height) * ratio;
      const data = canvas.getContext('2d').getImageData(Math.round(px) - radius, Math.round(py) - radius, 2 * radius + 1, 2 * radius + 1).data;
      const colours = [];
      for (let i = 0; i < data.length; i += 4) colours.push([data[i], data[i + 1], data[i + 2]]);
      return colours;
    },
    { x, y, radius },
  );
}

const cssColour = (name) =>
  page.evaluate((name) => {
    const probe = document.createElement('div');
    probe.style.color = getComputedStyle(document.getElementById('plot')).getPropertyValue(name);
    document.body.append(probe);
    const [r, g, b] = getComputedStyle(probe).color.match(/\d+/g).map(Number);
    probe.remove();
    return [r, g, b];
  }, name);

const near = (a, b, tolerance = 40) => a.every((v, i) => Math.abs(v - b[i]) <= tolerance);

test('the relu curve passes through the expected pixels', async () => {
  await page.selectOption('#activation', 'relu');
  const f = await cssColour('--curve-1');
  for (const [x, y] of [[2, 2], [4, 4], [0.5, 0.5]]) {
    assert.ok((await pixelsAround(x, y)).some((c) => near(c, f)), `f passes through (${x}, ${y})`);
  }
  // On x < 0 the dashed f′ = 0 is drawn over f = 0: look between dashes.
  for (const x of [-3, -1]) {
    const stretch = (await Promise.all([0, 0.05, 0.1, 0.15].map((dx) => pixelsAround(x + dx, 0)))).flat();
    assert.ok(stretch.some((c) => near(c, f)), `f passes through (${x}, 0)`);
  }
  for (const [x, y] of [[2, 4], [-3, 2], [3, 0.5]]) {
    assert.ok(!(await pixelsAround(x, y)).some((c) => near(c, f)), `f does not pass through (${x}, ${y})`);
  }
});

test('the derivative jump at 0 is drawn as a jump with open and closed dots', async () => {
  const df = await cssColour('--curve-1');
  const background = await cssColour('--plot-background');
  // f′ = 1 on the right (dashed: look along a short stretch for a dash).
  const right = (await Promise.all([2, 2.1, 2.2].map((x) => pixelsAround(x, 1)))).flat();
  assert.ok(right.some((c) => near(c, df)));
  // No vertical segment between the two pieces.
  for (const y of [0.3, 0.5, 0.7]) {
    assert.ok(!(await pixelsAround(0, y, 1)).some((c) => near(c, df)), `no line at (0, ${y})`);
  }
  // Closed dot at f′(0) = 0; open dot (hollow centre, coloured ring) at 1.
  assert.ok((await pixelsAround(0, 0, 0)).every((c) => near(c, df)), 'closed dot at (0, 0)');
  assert.ok((await pixelsAround(0, 1, 0)).every((c) => near(c, background, 10)), 'hollow centre at (0, 1)');
  assert.ok((await pixelsAround(0, 1, 6)).some((c) => near(c, df)), 'ring at (0, 1)');
});

test('the right-sided convention moves the closed dot and says so', async () => {
  await page.selectOption('#kink', 'right');
  const df = await cssColour('--curve-1');
  const background = await cssColour('--plot-background');
  assert.ok((await pixelsAround(0, 1, 0)).every((c) => near(c, df)), 'closed dot at (0, 1)');
  assert.ok((await pixelsAround(0, 0, 0)).every((c) => near(c, background, 10)), 'hollow centre at (0, 0)');
  assert.match(await page.textContent('#convention'), /right-sided derivative/);
  await page.fill('#inputs', '0');
  await settled(page);
  assert.equal(await page.textContent('#results tbody td:nth-child(3)'), '1.0');
  await page.selectOption('#kink', 'pytorch');
  assert.equal(await page.textContent('#results tbody td:nth-child(3)'), '0.0');
});

// The table's first cell in column `n` once it reads `text`: typing a
// parameter is a continuous edit, during which the table (off screen here)
// waits for the typing to pause.
async function firstCell(n, text) {
  const selector = `#results tbody td:nth-child(${n})`;
  await page.waitForFunction(([cell, want]) => document.querySelector(cell)?.textContent === want, [selector, text], { timeout: 5000 }).catch(() => {});
  return page.textContent(selector);
}

test('parameter controls come from the registry and bad values are reported inline', async () => {
  await page.selectOption('#activation', 'leaky_relu');
  const number = page.locator('#param-negative_slope');
  assert.equal(await number.inputValue(), '0.01');
  await page.fill('#inputs', '-3');
  await number.fill('0.001');
  await settled(page);
  assert.equal(await firstCell(2, '-0.003'), '-0.003');
  await number.fill('abc');
  await settled(page);
  const error = page.locator('#param-negative_slope-error');
  await error.waitFor({ state: 'visible' });
  assert.match(await error.textContent(), /negative_slope: "abc" is not a number/);
  assert.equal(await number.inputValue(), 'abc');
  assert.equal(await page.textContent('#results tbody td:nth-child(2)'), '-0.003', 'the last valid value stays in use');
  await number.fill('1e999');
  assert.match(await error.textContent(), /negative_slope = Infinity is out of range/);
  await number.fill('0.2');
  await settled(page);
  assert.equal(await error.isHidden(), true);
  assert.equal(await firstCell(2, '-0.6000000000000001'), '-0.6000000000000001');
});

async function runCard(id) {
  // The cards load when their section comes near the screen, as a reader scrolls there.
  await page.locator('#examples').scrollIntoViewIfNeeded();
  const card = page.locator(`#${id}`);
  await card.locator('button.run').click();
  return {
    output: await card.locator('pre.output').textContent(),
    verdict: await card.locator('.verdict').textContent(),
  };
}

test('seed 001 cards print the article outputs', async () => {
  assert.deepEqual(await runCard('seed-001-relu'), { output: '2.0\n0.0', verdict: "✓ Matches the article's output" });
  assert.deepEqual(await runCard('seed-001-leaky'), { output: '-0.003', verdict: "✓ Matches the article's output" });
});

test('seed 002 cards print the article outputs', async () => {
  assert.deepEqual(await runCard('seed-002-relu'), {
    output: [
      'Applying Relu on (1.0) gives 1.0',
      'Applying Relu on (-10.0) gives 0.0',
      'Applying Relu on (0.0) gives 0.0',
      'Applying Relu on (15.0) gives 15.0',
      'Applying Relu on (-20.0) gives 0.0',
    ].join('\n'),
    verdict: "✓ Matches the article's output",
  });
  const leaky = await runCard('seed-002-leaky');
  assert.equal(leaky.verdict, "✓ Matches the article's output");
  assert.match(leaky.output, /Applying Leaky Relu on \(-20\.0\) gives -0\.2$/);
});

test('seed 000 cards print what Python and NumPy would', async () => {
  const card = page.locator('#seed-000-relu');
  await card.locator('input').fill('[-2, 0.0, 3.5, 7]');
  assert.match(await card.locator('pre.code').textContent(), /for x in \[-2, 0\.0, 3\.5, 7\]:/);
  const { output } = await runCard('seed-000-relu');
  assert.equal(output, ['0.0', '0.0', '3.5', '7', '[0.  0.  3.5 7. ]'].join('\n'));
  const derivative = await runCard('seed-000-relu-derivative');
  assert.equal(derivative.output, ['0.0', '0.0', '1.0', '[0. 0. 1.]'].join('\n'));
  const leakyDerivative = await runCard('seed-000-leaky-derivative');
  assert.equal(leakyDerivative.output, ['0.01', '1.0', '1.0'].join('\n'));
});

test('a card with a bad input explains it and keeps the text', async () => {
  const card = page.locator('#seed-001-relu');
  await card.locator('input').fill('2.0, two');
  await card.locator('button.run').click();
  assert.match(await card.locator('.error').textContent(), /"two" is not a number/);
  assert.equal(await card.locator('input').inputValue(), '2.0, two');
  await card.locator('input').fill('nan');
  await card.locator('button.run').click();
  assert.match(await card.locator('.error').textContent(), /"nan" is not a finite number/);
  assert.deepEqual(problems, []);
});
