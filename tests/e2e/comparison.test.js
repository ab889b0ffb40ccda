// What a learner comes for, visible: the ReLU vs leaky ReLU view separates
// the curves on screen (measured from the canvas' pixels), zooms keep the
// kink and fit y, and Back undoes one action at a time.
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

const open = (query, viewport) => openPlayground(env, query, viewport && { viewport });
const plotState = (page) => page.$eval('#plot', (canvas) => JSON.parse(canvas.dataset.view));
const query = (page) => new URL(page.url()).searchParams;
const href = (page) => page.evaluate(() => location.href);

// Rows (CSS px from the canvas top) where each of `colours` is drawn in
// the columns over data x in [from, to] of the inset.
function colourRows(page, from, to, colours) {
  return page.evaluate(({ from, to, colours }) => {
    const canvas = document.getElementById('plot');
    const { inset, insetArea } = JSON.parse(canvas.dataset.view);
    const ratio = canvas.width / canvas.getBoundingClientRect().width;
    const ctx = canvas.getContext('2d');
    const rows = colours.map(() => new Set());
    const toPx = (x) => insetArea.left + ((x - inset.xMin) / (inset.xMax - inset.xMin)) * insetArea.width;
    for (let px = Math.round(toPx(from) * ratio); px <= Math.round(toPx(to) * ratio); px += 2) {
      const data = ctx.getImageData(px, Math.round(insetArea.top * ratio), 1, Math.round(insetArea.height * ratio)).data;
      for (let i = 0; i < data.length; i += 4) {
        colours.forEach(([r, g, b], k) => {
          if (Math.abs(data[i] - r) + Math.abs(data[i + 1] - g) + Math.abs(data[i + 2] - b) < 60) rows[k].add(Math.round(insetArea.top + i / 4 / ratio));
        });
      }
    }
    return rows.map((set) => [...set].sort((a, b) => a - b));
  }, { from, to, colours });
}

const curveColour = (page, n) => page.evaluate((n) => {
  const probe = document.createElement('span');
  probe.style.color = `var(--curve-${n})`;
  document.body.append(probe);
  const rgb = getComputedStyle(probe).color.match(/\d+/g).slice(0, 3).map(Number);
  probe.remove();
  return rgb;
}, n);

// Groups of rows at least 3 px apart: the distinct lines in a column band.
const lines = (rows) => rows.reduce((groups, row) => {
  if (groups.length && row - groups.at(-1).at(-1) <= 3) groups.at(-1).push(row);
  else groups.push([row]);
  return groups;
}, []).map((group) => group.reduce((s, r) => s + r, 0) / group.length);

for (const viewport of [{ width: 1280, height: 800 }, { width: 375, height: 812 }]) {
  test(`ReLU vs leaky ReLU: the f curves and the f′ curves are each 12 px apart at ${viewport.width}×${viewport.height}`, async () => {
    const { page, context } = await open('', viewport);
    const label = await page.locator('#starting-view option', { hasText: 'ReLU vs leaky ReLU' }).textContent();
    await page.selectOption('#starting-view', { label });
    await page.waitForFunction(() => JSON.parse(document.getElementById('plot').dataset.view).inset);
    await settled(page);
    const [relu, leaky] = await colourRows(page, -1.6, -0.4, [await curveColour(page, 1), await curveColour(page, 2)]);
    const reluLines = lines(relu);
    const leakyLines = lines(leaky);
    // ReLU: f = f′ = 0, one line. Leaky ReLU: f = 0.01x below it, f′ = 0.01 above it.
    assert.equal(reluLines.length, 1, `ReLU rows ${relu}`);
    const below = leakyLines.filter((row) => row > reluLines[0] + 12);
    const above = leakyLines.filter((row) => row < reluLines[0] - 12);
    assert.ok(below.length >= 1, `leaky f at least 12 px below ReLU's f: ${leakyLines} vs ${reluLines}`);
    assert.ok(above.length >= 1, `leaky f′ at least 12 px above ReLU's f′: ${leakyLines} vs ${reluLines}`);
    assert.match(await page.textContent('#plot-caption'), /ReLU has f = 0, f′ = 0; Leaky ReLU has f = −0\.01, f′ = 0\.01/);
    await context.close();
  });
}

test('+ zooms about the kink with y fitted; Fit y and Zoom to kink; a way back when no curve is in view', async () => {
  const { page, context } = await open('fn=relu&fn=leaky_relu&fn=elu&x=-2,6');
  await page.focus('#plot');
  for (let i = 0; i < 3; i++) await page.keyboard.press('+');
  await settled(page);
  const { view } = await plotState(page);
  assert.ok(view.xMin < 0 && view.xMax > 0, `the kink at 0 stays in view: ${JSON.stringify(view)}`);
  assert.ok(Math.abs(-view.xMin / (view.xMax - view.xMin) - 0.25) < 1e-6, 'zoomed about x = 0, which keeps its place');
  assert.ok(view.yMin < 0 && view.yMax > 0, 'y fitted around the kink');
  assert.equal(query(page).get('y'), null);

  // Dragging up moves y; Fit y fits it again.
  const box = await page.locator('#plot').boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2 - 80, { steps: 5 });
  await page.mouse.up();
  assert.notEqual(query(page).get('y'), null);
  await page.click('#fit-y');
  assert.equal(query(page).get('y'), null);

  await page.click('#zoom-kink');
  await settled(page);
  const kink = (await plotState(page)).view;
  assert.ok(Math.abs(kink.xMin + kink.xMax) < 1e-9 && kink.xMax - kink.xMin <= 2 + 1e-9, JSON.stringify(kink));
  await context.close();

  const lost = await open('fn=relu&x=-5,-4&y=10,20');
  assert.equal(await lost.page.isVisible('#plot-empty'), true);
  await lost.page.click('#empty-fit');
  await settled(lost.page);
  assert.equal(await lost.page.isVisible('#plot-empty'), false);
  await lost.context.close();
});

test('the readout follows a wheel zoom', async () => {
  const { page, context } = await open('fn=relu');
  const box = await page.locator('#plot').boundingBox();
  await page.mouse.move(box.x + box.width * 0.8, box.y + box.height / 2);
  const before = await page.textContent('#readout');
  await page.mouse.wheel(0, -400);
  await page.waitForFunction((text) => document.getElementById('readout').textContent !== text, before);
  assert.notEqual(await page.textContent('#readout'), before);
  await context.close();
});

test('Back undoes one action at a time: a slider drag, a zoom, a pan', async () => {
  const { page, context } = await open('fn=leaky_relu');
  const slider = page.locator('#params input[type="range"]');
  const box = await slider.boundingBox();
  await page.mouse.move(box.x + box.width * 0.5, box.y + box.height / 2);
  await page.mouse.down();
  for (let i = 1; i <= 5; i++) await page.mouse.move(box.x + box.width * (0.5 + i * 0.06), box.y + box.height / 2);
  await page.mouse.up();
  await page.waitForFunction(() => new URL(location.href).searchParams.get('fn') === `leaky_relu(negative_slope=${document.getElementById('param-negative_slope').value})`);
  const dragged = new URL(await href(page)).searchParams.get('fn');
  await page.click('#zoom-in');
  const zoomed = await href(page);
  await page.focus('#plot');
  await page.keyboard.press('ArrowRight');
  await page.goBack();
  await page.waitForFunction((url) => location.href === url, zoomed);
  await page.goBack();
  await page.waitForFunction(() => !new URL(location.href).searchParams.get('x'));
  assert.equal(new URL(await href(page)).searchParams.get('fn'), dragged, 'the whole drag is one entry');
  await page.goBack();
  await page.waitForFunction(() => new URL(location.href).searchParams.get('fn') === 'leaky_relu');
  assert.equal(await page.inputValue('#param-negative_slope'), '0.01');
  await context.close();
});
