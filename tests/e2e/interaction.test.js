// The playground's interactive parts in headless Chromium: pan, zoom,
// hover, URL state, exports, keyboard use, themes, comparisons and the
// zero-gradient panel.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { launch, openPlayground, settled } from './browser.js';

let env;
before(async () => {
  env = await launch();
});
after(async () => {
  await env?.close();
});

const open = (query = '', options = {}) => openPlayground(env, query, { viewport: { width: 1280, height: 900 }, acceptDownloads: true, ...options });
const plotState = (page) => page.$eval('#plot', (canvas) => JSON.parse(canvas.dataset.view));
const query = (page) => new URL(page.url()).searchParams;

// Page coordinates of data point (x, y) on the plot.
async function pagePoint(page, x, y) {
  const { view, area } = await plotState(page);
  const box = await page.locator('#plot').boundingBox();
  return {
    x: box.x + area.left + ((x - view.xMin) / (view.xMax - view.xMin)) * area.width,
    y: box.y + area.top + ((view.yMax - y) / (view.yMax - view.yMin)) * area.height,
  };
}

const close = (a, b, tolerance) => Math.abs(a - b) <= tolerance;

test('dragging pans the plot and the URL follows', async () => {
  const { page, context, problems } = await open();
  const before = (await plotState(page)).view;
  const { area } = await plotState(page);
  const start = await pagePoint(page, 0, 1);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x + 50, start.y + 20, { steps: 5 });
  await page.mouse.move(start.x + 100, start.y + 40, { steps: 5 });
  await page.mouse.up();
  await settled(page);
  const after = (await plotState(page)).view;
  const dx = (100 / area.width) * (before.xMax - before.xMin);
  const dy = (40 / area.height) * (before.yMax - before.yMin);
  assert.ok(close(after.xMin, before.xMin - dx, 1e-6), `xMin ${after.xMin}`);
  assert.ok(close(after.yMax, before.yMax + dy, 1e-6), `yMax ${after.yMax}`);
  // The link keeps the range to a ten-thousandth of its span.
  const [xMin, xMax] = query(page).get('x').split(',').map(Number);
  const span = after.xMax - after.xMin;
  assert.ok(close(xMin, after.xMin, span * 1e-4) && close(xMax, after.xMax, span * 1e-4));
  assert.deepEqual(problems, []);
  await context.close();
});

test('the wheel zooms about the pointer', async () => {
  // With y fixed by the link, both axes zoom about the pointer.
  const { page, context } = await open('x=-5,5&y=-1,5');
  const before = (await plotState(page)).view;
  const point = await pagePoint(page, 2, 1);
  await page.mouse.move(point.x, point.y);
  await page.mouse.wheel(0, -300);
  await page.waitForFunction((span) => {
    const { view } = JSON.parse(document.getElementById('plot').dataset.view);
    return view.xMax - view.xMin < span * 0.9;
  }, before.xMax - before.xMin);
  await settled(page);
  const after = (await plotState(page)).view;
  assert.ok(after.xMax - after.xMin < before.xMax - before.xMin);
  const again = await pagePoint(page, 2, 1);
  // Within a pixel: the browser rounds the pointer's position to whole pixels.
  assert.ok(close(again.x, point.x, 1) && close(again.y, point.y, 1), `the point under the pointer stays put: ${JSON.stringify([point, again])}`);
  await page.mouse.wheel(0, 300);
  await context.close();

  // With y fitted to the curves, the wheel zooms x about the pointer and y
  // is fitted again to what is in view.
  const fitted = await open('fn=relu');
  const start = await pagePoint(fitted.page, 2, 1);
  await fitted.page.mouse.move(start.x, start.y);
  await fitted.page.mouse.wheel(0, -300);
  await fitted.page.waitForFunction(() => JSON.parse(document.getElementById('plot').dataset.view).view.xMax < 4.9);
  await settled(fitted.page);
  const view = (await plotState(fitted.page)).view;
  assert.ok(close((await pagePoint(fitted.page, 2, 1)).x, start.x, 1), 'x under the pointer stays put');
  assert.ok(view.yMax < 5 && view.yMax > view.xMax, `y fitted to relu on [${view.xMin}, ${view.xMax}]: ${view.yMax}`);
  assert.equal(query(fitted.page).get('y'), null);
  await fitted.context.close();
});

test('zoom buttons, keyboard and reset view', async () => {
  const { page, context } = await open();
  const span = async () => {
    await settled(page);
    const { view } = await plotState(page);
    return view.xMax - view.xMin;
  };
  const initial = await span();
  await page.click('#zoom-in');
  assert.ok(close(await span(), initial / 1.5, 1e-9));
  await page.click('#zoom-out');
  await page.click('#zoom-out');
  assert.ok(close(await span(), initial * 1.5, 1e-9));
  await page.focus('#plot');
  const before = (await plotState(page)).view;
  await page.keyboard.press('ArrowRight');
  await settled(page);
  assert.ok((await plotState(page)).view.xMin > before.xMin, 'ArrowRight pans right');
  await page.keyboard.press('+');
  assert.ok(close(await span(), initial, 1e-9));
  await page.click('#reset-view');
  await settled(page);
  const reset = (await plotState(page)).view;
  assert.deepEqual([reset.xMin, reset.xMax], [-5, 5]);
  assert.equal(query(page).get('x'), null);
  await context.close();
});

test('hovering reads out x, f(x) and f′(x) for every visible curve', async () => {
  const { page, context } = await open('fn=relu&fn=leaky_relu(negative_slope=0.5)');
  const point = await pagePoint(page, -2, 0);
  await page.mouse.move(point.x, point.y);
  const text = await page.textContent('#readout');
  const number = (text) => Number(text.replace('−', '-'));  // the readout prints a true minus
  const x = number(/^x = (\S+)/.exec(text)[1]);
  assert.ok(close(x, -2, 0.05), text);
  assert.match(text, /ReLU: f = 0, f′ = 0/);
  const leaky = /Leaky ReLU \(negative_slope = 0\.5\): f = (\S+), f′ = (\S+)/.exec(text);
  assert.ok(close(number(leaky[1]), 0.5 * x, 1e-5), text);
  assert.equal(leaky[2], '0.5');
  await context.close();
});

test('a touch tap reads out values too', async () => {
  const { page, context } = await open('', { hasTouch: true });
  const point = await pagePoint(page, 3, 3);
  await page.touchscreen.tap(point.x, point.y);
  await settled(page);
  assert.match(await page.textContent('#readout'), /ReLU: f = 2\.9\d*|ReLU: f = 3(\.0\d*)?,/);
  await context.close();
});

test('the view round-trips through the URL and back/forward', async () => {
  const { page, context } = await open();
  await page.selectOption('#activation', 'leaky_relu');
  await page.fill('#param-negative_slope', '0.2');
  await page.click('#add-curve');
  await page.selectOption('#kink', 'right');
  await page.fill('#inputs', '1, -4');
  await page.selectOption('#theme', 'dark');
  const search = new URL(page.url()).search;
  assert.match(search, /fn=leaky_relu%28negative_slope%3D0\.2%29/);
  assert.match(search, /kink=right/);
  await page.reload();
  await page.waitForSelector('body[data-ready="true"]');
  assert.equal(new URL(page.url()).search, search);
  assert.equal(await page.locator('#curves li').count(), 2);
  assert.equal(await page.inputValue('#kink'), 'right');
  assert.equal(await page.inputValue('#inputs'), '1, -4');
  assert.equal(await page.getAttribute('html', 'data-theme'), 'dark');
  await page.click('#curves li:first-child button');
  assert.equal(await page.inputValue('#param-negative_slope'), '0.2');

  await page.goBack();  // before the theme change
  await page.waitForFunction(() => !document.documentElement.dataset.theme);
  await page.goBack();  // before the kink change
  await page.waitForFunction(() => document.getElementById('kink').value === 'pytorch');
  await page.goForward();
  await page.waitForFunction(() => document.getElementById('kink').value === 'right');
  await context.close();
});

test('a hostile URL is shown as a notice and never executed', async () => {
  const { page, context, problems } = await open();
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs++;
    dialog.dismiss();
  });
  const hostile = new URLSearchParams({ fn: '<img src=x onerror=alert(1)>', inputs: '<script>alert(2)</script>', negative_slope: '"><svg onload=alert(3)>' });
  await page.goto(`${env.server.url}?${hostile}`);
  await page.waitForSelector('body[data-ready="true"]');
  const notices = await page.locator('#notices p').allTextContents();
  assert.ok(notices.some((n) => n.includes('Ignored fn="<img src=x onerror=alert(1)>": not an activation name.')), notices.join('\n'));
  assert.equal(await page.locator('img, svg, script:not([src])').count(), 0);
  assert.match(await page.textContent('#inputs-error'), /is not a number/);
  assert.equal(await page.inputValue('#inputs'), '<script>alert(2)</script>');
  await page.waitForTimeout(200);
  assert.equal(dialogs, 0);
  assert.deepEqual(problems, []);
  await context.close();
});

async function downloaded(page, click) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(click)]);
  return { name: download.suggestedFilename(), data: await readFile(await download.path()) };
}

test('the input table exports as CSV', async () => {
  const { page, context } = await open('fn=relu&fn=leaky_relu(negative_slope=0.5)&inputs=2.0,-3.0');
  const table = await downloaded(page, '#export-table');
  // Every visible curve's columns.
  assert.equal(table.data.toString(), "x,ReLU f(x),ReLU f'(x),Leaky ReLU (negative_slope = 0.5) f(x),Leaky ReLU (negative_slope = 0.5) f'(x)\n2,2,1,2,1\n-3,0,0,-1.5,0.5\n");
  await context.close();
});

test('the legend toggles curves and the URL keeps it', async () => {
  const { page, context } = await open('fn=relu&fn=leaky_relu');
  const items = page.locator('#curves .curve-toggle');
  assert.equal(await items.count(), 2);
  await items.nth(1).click();
  assert.equal(await items.nth(1).getAttribute('aria-pressed'), 'false');
  assert.match(query(page).getAll('fn')[1], /show=0/);
  // The plot (and its label) redraws on the next animation frame.
  await page.waitForFunction(() => !document.getElementById('plot').getAttribute('aria-label').includes('Leaky'));
  assert.equal(await page.locator('#dead-shares li').count(), 1);
  await items.nth(1).click();
  await page.waitForFunction(() => /ReLU, Leaky ReLU/.test(document.getElementById('plot').getAttribute('aria-label')));
  await context.close();
});

test('starting views and example cards set up comparisons', async () => {
  const { page, context } = await open();
  const label = await page.locator('#starting-view option', { hasText: 'ReLU vs leaky ReLU' }).textContent();
  await page.selectOption('#starting-view', { label });
  await page.waitForFunction(() => document.querySelectorAll('#curves li').length === 2);
  assert.deepEqual(query(page).getAll('fn'), ['relu', 'leaky_relu']);
  // A card's Plot adds its curve and inputs to the comparison on screen
  // (the cards load when their section comes near the screen).
  await page.locator('#examples').scrollIntoViewIfNeeded();
  await page.locator('#seed-001-leaky button.send-to-plot').click();
  await page.waitForFunction(() => document.querySelectorAll('#curves li').length === 3);
  assert.deepEqual(query(page).getAll('fn'), ['relu', 'leaky_relu', 'leaky_relu(negative_slope=0.001)']);
  assert.equal(await page.inputValue('#inputs'), '-3');
  assert.equal(await page.textContent('#results tbody td:nth-child(6)'), '-0.003');
  // The zero-gradient panel counts the card's inputs.
  assert.equal(await page.isChecked('input[name="stats-source"][value="inputs"]'), true);
  await context.close();
});

test('the zero-gradient panel counts dead inputs per curve', async () => {
  const { page, context } = await open('fn=relu&fn=leaky_relu&inputs=-1,-2,3,0');
  const shares = () => page.locator('#dead-shares li .share-value').allTextContents();
  assert.deepEqual(await shares(), ['75.0% (3 of 4)', '0.0% (0 of 4)']);
  await page.selectOption('#kink', 'right');
  assert.deepEqual(await shares(), ['50.0% (2 of 4)', '0.0% (0 of 4)']);
  await page.check('input[name="stats-source"][value="normal"]');
  const [relu] = await shares();
  const percent = Number(/^([\d.]+)%/.exec(relu)[1]);
  assert.ok(percent > 45 && percent < 55, relu);
  await page.fill('#stats-mean', '-2');
  await settled(page);  // typing updates the statistics after the plot's frame
  assert.ok(Number(/^([\d.]+)%/.exec((await shares())[0])[1]) > 95);
  await page.fill('#stats-sd', '-1');
  assert.match(await page.textContent('#stats-error'), /sd: "-1" is not a positive number/);
  // The link follows typed text a few times a second.
  await page.waitForFunction(() => new URL(location.href).searchParams.get('mean') === '-2');
  await context.close();
});

// Presses Tab until `selector` has focus; fails if it never does.
async function tabTo(page, selector) {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s), selector)) return;
  }
  assert.fail(`${selector} is not reachable with Tab`);
}

test('keyboard only: picker, sliders and the plot', async () => {
  const { page, context } = await open();
  await tabTo(page, '#activation');
  await page.keyboard.press('ArrowDown');
  await page.waitForFunction(() => document.getElementById('activation').value === 'leaky_relu');
  await tabTo(page, '#params input[type="range"]');
  const before = Number(await page.inputValue('#param-negative_slope'));
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  const after = Number(await page.inputValue('#param-negative_slope'));
  assert.ok(after > before, `${before} -> ${after}`);
  assert.match(query(page).get('fn'), /leaky_relu\(negative_slope=/);
  await tabTo(page, '#plot');
  const focusVisible = await page.$eval('#plot', (canvas) => getComputedStyle(canvas).outlineStyle);
  assert.notEqual(focusVisible, 'none');
  await context.close();
});

test('dark theme: from the system setting and from the toggle', async () => {
  const background = async (page) => {
    await settled(page);
    return page.$eval('#plot', (canvas) => [...canvas.getContext('2d').getImageData(2, 2, 1, 1).data].slice(0, 3));
  };
  const dark = await open('', { colorScheme: 'dark' });
  assert.ok((await background(dark.page)).every((v) => v < 60), 'dark canvas');
  await dark.page.selectOption('#theme', 'light');
  assert.ok((await background(dark.page)).every((v) => v > 200), 'light canvas');
  await dark.context.close();

  const light = await open('theme=dark', { colorScheme: 'light' });
  assert.ok((await background(light.page)).every((v) => v < 60));
  const bodyColour = await light.page.$eval('body', (b) => getComputedStyle(b).backgroundColor);
  assert.equal(bodyColour, 'rgb(15, 17, 21)');
  await light.context.close();
});

test('a phone-sized screen needs no sideways scrolling', async () => {
  const { page, context } = await open('fn=relu&fn=leaky_relu(negative_slope=0.2)', { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
  const widths = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  assert.ok(widths[0] <= widths[1], `page ${widths[0]}px wide in a ${widths[1]}px window`);
  const box = await page.locator('#plot').boundingBox();
  assert.ok(box.width > 250 && box.x >= 0 && box.x + box.width <= 360);
  await context.close();
});

test('loading: a clear state, no layout shift, and a clear failure', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  let release;
  const gate = new Promise((resolve) => (release = resolve));
  await page.route('**/activations-core*.wasm', async (route) => {
    await gate;
    await route.continue();
  });
  await page.goto(env.server.url);
  await page.waitForSelector('#plot');
  assert.match(await page.textContent('#status'), /Loading the WebAssembly core/);
  const before = await page.locator('#plot').boundingBox();
  release();
  await page.waitForSelector('body[data-ready="true"]');
  const after = await page.locator('#plot').boundingBox();
  assert.equal(after.y, before.y, 'the plot does not move when loading ends');
  await context.close();

  const failing = await env.browser.newContext();
  const broken = await failing.newPage();
  await broken.route('**/activations-core*.wasm', (route) => route.fulfill({ status: 404, body: 'missing' }));
  await broken.goto(env.server.url);
  await broken.waitForSelector('#status.error');
  assert.match(await broken.textContent('#status'), /The playground could not start: could not load the activations WASM module/);
  await failing.close();
});

test('copy link puts the current URL on the clipboard', async () => {
  const { page, context } = await open('fn=leaky_relu', { permissions: ['clipboard-read', 'clipboard-write'] });
  await page.click('#copy-link');
  await page.waitForFunction(() => document.getElementById('copied').textContent !== '');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), page.url());
  await context.close();
});

test('presets offer the libraries\' values where they disagree', async () => {
  const { page, context } = await open('fn=leaky_relu&inputs=-10');
  const labels = await page.locator('#param-negative_slope-presets button').allTextContents();
  assert.deepEqual(labels, [
    'PyTorch: 0.01',
    'Keras leaky_relu and tf.leakyRelu: 0.2',
    'Keras / TF.js LeakyReLU layer: 0.3',
    '“ReLu Function with Examples” code: 0.001',
  ]);
  await page.locator('#param-negative_slope-presets button', { hasText: ': 0.3' }).click();
  assert.equal(await page.inputValue('#param-negative_slope'), '0.3');
  assert.equal(await page.textContent('#results tbody td:nth-child(2)'), '-3.0');
  assert.match(query(page).get('fn'), /negative_slope=0\.3/);
  await context.close();
});

test('copy embed code offers the element and the iframe for the view', async () => {
  const { page, context } = await open('fn=leaky_relu(negative_slope=0.2)&x=-3,3', { permissions: ['clipboard-read', 'clipboard-write'] });
  await page.click('#copy-embed');
  await page.waitForSelector('#embed-dialog[open]');
  const element = await page.inputValue('#embed-element');
  const iframe = await page.inputValue('#embed-iframe');
  assert.match(element, /^<script type="module" src="http:\/\/127\.0\.0\.1:\d+\/src\/activation-plot\.js"><\/script>\n<activation-plot fn="leaky_relu" negative-slope="0\.2" derivative range="-3 3">\n/);
  // The fallback is the plot's text alternative, as on the page.
  const description = await page.getAttribute('#plot', 'aria-label');
  assert.ok(element.includes(`<p>${description.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;')} <a href="`), element);
  assert.match(element, /<\/p>\n<\/activation-plot>$/);
  assert.match(iframe, /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/embed\.html\?fn=leaky_relu%28negative_slope%3D0\.2%29&amp;x=-3%2C3" title="Plot of Leaky ReLU"/);
  assert.match(iframe, /\n<script>addEventListener\("message",.*"http:\/\/127\.0\.0\.1:\d+"/);
  assert.match(await page.textContent('#embed-dialog .embed-notes'), /script-src http:\/\/127\.0\.0\.1:\d+ 'wasm-unsafe-eval'/);
  await page.click('[data-copy="embed-iframe"]');
  await page.waitForFunction(() => document.getElementById('embed-copied').textContent === 'Copied.');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), iframe);
  await page.keyboard.press('Escape');
  assert.equal(await page.locator('#embed-dialog').isVisible(), false);
  await context.close();
});
