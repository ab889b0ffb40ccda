// <activation-plot>'s fallback content and its printed form: the light-DOM
// children show with JavaScript off (on screen and on paper) and stay
// hidden while the element draws; printed, the element keeps its drawn
// plot and its whole table and drops what only a pointer can use.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { canvasStats, launchWithTestPages, openRecordedPage, waitForElements } from './embed-support.js';

let env;
before(async () => {
  env = await launchWithTestPages();
});
after(async () => {
  await env?.close();
});

const FALLBACK = 'Plot of ReLU and Leaky ReLU (negative_slope = 0.2) for x from −3 to 3: f solid, f′ dashed.';

test('with JavaScript off the fallback text shows, on screen and in print', async () => {
  const context = await env.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  try {
    await page.goto(env.url('test-pages/fallback.html'));
    const fallback = page.locator('#fallback');
    assert.equal(await fallback.isVisible(), true);
    assert.equal(await fallback.textContent(), FALLBACK);
    await page.emulateMedia({ media: 'print' });
    assert.equal(await fallback.isVisible(), true);
    const box = await fallback.boundingBox();
    assert.ok(box.width > 100 && box.height > 10, JSON.stringify(box));
  } finally {
    await context.close();
  }
});

// What shows of the element: its parts' display and the table's overflow.
const parts = (page) =>
  page.$eval('#plot', (element) => {
    const root = element.shadowRoot;
    const shown = (selector) => root.querySelector(selector).checkVisibility();
    const box = root.querySelector('.values-box');
    return {
      canvas: shown('canvas'),
      canvasHeight: root.querySelector('canvas').getBoundingClientRect().height,
      legend: shown('.legend'),
      table: shown('table'),
      tableScrolls: box.scrollHeight > box.clientHeight + 1,
      controls: shown('.controls'),
      fallback: document.getElementById('fallback').checkVisibility(),
    };
  });

test('while the element draws, its fallback stays hidden; in print the plot and the whole table stay, the controls go', async () => {
  const { page, context, problems } = await openRecordedPage(env.browser, env.url('test-pages/fallback.html'));
  try {
    await waitForElements(page, 'activation-plot');
    assert.equal(await page.$eval('#plot', (e) => e.status), 'ready');
    const screen = await parts(page);
    assert.deepEqual({ ...screen, canvasHeight: undefined }, {
      canvas: true, canvasHeight: undefined, legend: true, table: true, tableScrolls: false, controls: true, fallback: false,
    });

    await page.emulateMedia({ media: 'print' });
    const paper = await parts(page);
    assert.deepEqual({ ...paper, canvasHeight: undefined }, {
      canvas: true, canvasHeight: undefined, legend: true, table: true, tableScrolls: false, controls: false, fallback: false,
    });
    assert.ok(paper.canvasHeight >= 200, `the plot keeps its height: ${paper.canvasHeight}`);
    const stats = await canvasStats(page, '#plot', [[37, 99, 235], [220, 38, 38]]);
    assert.ok(stats.counts[0] > 200 && stats.counts[1] > 200, `the printed canvas holds the curves: ${stats.counts}`);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});
