// The page at phone and desktop sizes: no horizontal overflow from 320 px,
// the selected curve's parameters beside the plot on a phone, a vertical
// swipe on the plot left to the page, a skip link, values read at a typed
// x, marked inputs drawn as diamonds, and extreme values reported.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPlayground, settled } from './browser.js';

let env;
before(async () => {
  env = await launch();
});
after(async () => {
  await env?.close();
});

const open = (query, options) => openPlayground(env, query, options);

for (const width of [320, 360, 375]) {
  test(`no horizontal overflow at ${width} px`, async () => {
    const { page, context } = await open('fn=relu&fn=leaky_relu&inputs=1,-2,3', { viewport: { width, height: 800 } });
    const widths = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
    assert.equal(widths[0], widths[1], `scroll width ${widths[0]} at ${width}`);
    await context.close();
  });
}

test('on a phone the selected curve\'s parameters sit right under the plot', async () => {
  const { page, context } = await open('fn=leaky_relu', { viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true });
  const plot = await page.locator('#plot').boundingBox();
  const slider = page.locator('#quick-params input[type="range"]');
  assert.equal(await slider.isVisible(), true);
  const box = await slider.boundingBox();
  assert.ok(box.y - (plot.y + plot.height) < 60, `slider ${Math.round(box.y - plot.y - plot.height)} px below the plot`);
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  assert.notEqual(await page.inputValue('#quick-param-negative_slope'), '0.01');
  // One finger moving vertically scrolls the page: the canvas leaves it to the browser.
  assert.equal(await page.$eval('#plot', (canvas) => getComputedStyle(canvas).touchAction), 'pan-y');
  await context.close();
});

test('a skip link leads to the plot, and values can be read at a typed x', async () => {
  const { page, context } = await open('fn=relu&fn=leaky_relu');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Skip to the plot');
  await page.keyboard.press('Enter');
  await page.fill('#read-x', '-2');
  assert.match(await page.textContent('#readout'), /^x = −2 · ReLU: f = 0, f′ = 0 · Leaky ReLU: f = −0\.02, f′ = 0\.01$/);
  await page.fill('#read-x', '0x10');
  assert.equal(await page.getAttribute('#read-x', 'aria-invalid'), '');
  assert.match(await page.textContent('#readout'), /"0x10" is not a number/);
  await context.close();
});

test('marked inputs are diamonds, not the dots of a jump', async () => {
  const { page, context } = await open('fn=relu&inputs=2&x=-1,3&y=-1,3');
  const pixels = await page.evaluate(() => {
    const canvas = document.getElementById('plot');
    const { view, area } = JSON.parse(canvas.dataset.view);
    const ratio = canvas.width / canvas.getBoundingClientRect().width;
    const px = (area.left + ((2 - view.xMin) / (view.xMax - view.xMin)) * area.width) * ratio;
    const py = (area.top + ((view.yMax - 2) / (view.yMax - view.yMin)) * area.height) * ratio;
    const ctx = canvas.getContext('2d');
    // A diamond is as wide as it is tall at its centre and narrow at its tips.
    const row = (dy) => {
      const data = ctx.getImageData(Math.round(px) - 8 * ratio, Math.round(py + dy * ratio), 16 * ratio, 1).data;
      let coloured = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i + 2] > 150 && data[i] < 120) coloured++;
      return coloured / ratio;
    };
    return { centre: row(0), tip: row(4.5) };
  });
  assert.ok(pixels.centre >= 7, `wide at the centre: ${pixels.centre}`);
  assert.ok(pixels.tip < pixels.centre / 2, `narrow at the tip: ${pixels.tip}`);
  await context.close();
});

test('a value beyond any drawable range is said, and the plot stays finite', async () => {
  const { page, context } = await open('fn=relu&fn=leaky_relu(negative_slope=1e308)');
  assert.match(await page.textContent('#plot-notes'), /Leaky ReLU \(negative_slope = 1e\+308\): part of the curve is beyond ±1e305/);
  const { view } = await page.$eval('#plot', (canvas) => JSON.parse(canvas.dataset.view));
  assert.ok(Number.isFinite(view.yMax - view.yMin));
  await context.close();
});

test('typed inputs: how "2,0" was read is said, and the page\'s own minus sign is read', async () => {
  const { page, context } = await open('fn=relu');
  await page.fill('#inputs', '2,0 −3');
  await settled(page);  // typing updates the table and notes after the plot's frame
  assert.match(await page.textContent('#inputs-notes'), /"2,0" was read as two numbers, 2 and 0/);
  const rows = await page.locator('#results tbody th').allTextContents();
  assert.deepEqual(rows, ['2', '0', '−3']);
  assert.equal(await page.textContent('#results tbody tr:nth-child(3) td:nth-child(2)'), '0.0');
  await page.fill('#inputs', '2.0, 3');
  await settled(page);
  assert.equal(await page.textContent('#inputs-notes'), '');
  await context.close();
});
