// <activation-plot> on a page of its own, in headless Chromium under the
// strict CSP: three elements share one WASM load, each draws, attribute
// changes redraw, a bad attribute shows its error in place while the others
// keep working, and page CSS neither reaches in nor is reached.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { afterRender, canvasStats, launchWithTestPages, openRecordedPage, pixelDifference, waitForElements } from './embed-support.js';

const CURVE_1 = [37, 99, 235];   // --curve-1, light theme (#2563eb)
const CURVE_2 = [220, 38, 38];   // --curve-2, light theme (#dc2626)

let env;
let page;
let problems;
let requests;

before(async () => {
  env = await launchWithTestPages();
  ({ page, problems, requests } = await openRecordedPage(env.browser, env.url('test-pages/three-plots.html')));
  await waitForElements(page, 'activation-plot');
});

after(async () => {
  await env?.close();
});

const shadowText = (selector, inner) =>
  page.evaluate(({ selector, inner }) => document.querySelector(selector).shadowRoot.querySelector(inner)?.textContent ?? null, { selector, inner });
const isHidden = (selector, inner) =>
  page.evaluate(({ selector, inner }) => {
    const element = document.querySelector(selector).shadowRoot.querySelector(inner);
    return element.hidden || element.closest('[hidden]') !== null || getComputedStyle(element).display === 'none';
  }, { selector, inner });

test('three elements load the WASM module once and each draws its curves', async () => {
  // One WASM core (the SIMD or the scalar build) for the whole page.
  assert.equal(requests.filter((url) => /\/activations-core(-simd)?\.wasm$/.test(url)).length, 1);
  assert.equal(requests.filter((url) => /\/activations-core(-simd)?\.js$/.test(url)).length, 1);
  for (const id of ['a', 'b', 'c']) {
    assert.equal(await page.$eval(`#${id}`, (e) => e.status), 'ready', id);
    const stats = await canvasStats(page, `#${id}`, [CURVE_1, CURVE_2]);
    assert.ok(stats.visible, `${id}: canvas visible despite the page's canvas { display: none }`);
    assert.ok(stats.differing > 2000, `${id}: ${stats.differing} pixels drawn`);
    assert.ok(stats.counts[0] > 300, `${id}: the first curve's colour appears (${stats.counts[0]} pixels)`);
  }
  assert.ok((await canvasStats(page, '#c', [CURVE_1, CURVE_2])).counts[1] > 300, 'the second curve of #c is drawn in the second colour');
  assert.deepEqual(problems, []);
});

test('the canvas is an image whose label describes the curves', async () => {
  const label = await page.$eval('#b', (e) => e.shadowRoot.querySelector('canvas[role="img"]').getAttribute('aria-label'));
  assert.match(label, /Leaky ReLU \(negative_slope = 0\.2\)/);
  assert.match(label, /f\(x\) = /);
  assert.match(label, /x from −5 to 5/);
  assert.match(label, /Dashed: the derivative/);
  assert.match(label, /Marked points at x = -2, 1/);
  const legend = await shadowText('#c', '.legend');
  assert.match(legend, /ReLU.*Leaky ReLU \(negative_slope = 0\.3\)/);
});

test('marked points are listed with f and f′', async () => {
  const rows = await page.$eval('#b', (e) =>
    [...e.shadowRoot.querySelectorAll('table tbody tr')].map((tr) => [...tr.children].map((cell) => cell.textContent)),
  );
  assert.deepEqual(rows, [['-2', '-0.4', '0.2'], ['1', '1.0', '1.0']]);
});

test('an attribute change redraws the element', async () => {
  const before = await canvasStats(page, '#a');
  const detail = await afterRender(page, '#a', () => page.$eval('#a', (e) => e.setAttribute('range', '-1 1')));
  assert.equal(detail.ok, true);
  const after = await canvasStats(page, '#a');
  assert.notEqual(after.hash, before.hash);
  assert.match(await page.$eval('#a', (e) => e.shadowRoot.querySelector('canvas').getAttribute('aria-label')), /x from −1 to 1/);

  // A parameter attribute of an activation added later is observed too.
  await afterRender(page, '#a', () => page.$eval('#a', (e) => {
    e.setAttribute('fn', 'leaky_relu');
    e.setAttribute('negative-slope', '0.5');
  }));
  assert.match(await shadowText('#a', '.legend'), /Leaky ReLU \(negative_slope = 0\.5\)/);
  await afterRender(page, '#a', () => page.$eval('#a', (e) => {
    e.setAttribute('fn', 'relu');
    e.removeAttribute('negative-slope');
    e.setAttribute('range', '-3 3');
  }));
  assert.equal((await canvasStats(page, '#a')).hash, before.hash);
});

test('a bad attribute shows its error in place of the plot; the others still draw', async () => {
  const others = async () => [await canvasStats(page, '#a'), await canvasStats(page, '#c')];
  const [a, c] = await others();

  let detail = await afterRender(page, '#b', () => page.$eval('#b', (e) => e.setAttribute('negative-slope', 'abc')));
  assert.equal(detail.ok, false);
  assert.equal(await page.$eval('#b', (e) => e.status), 'error');
  const message = await shadowText('#b', '.error');
  assert.match(message, /negative-slope="abc"/);
  assert.match(message, /must be a finite number/);
  assert.equal(await page.$eval('#b', (e) => e.shadowRoot.querySelector('.error').getAttribute('role')), 'alert');
  assert.ok(await isHidden('#b', 'canvas'), 'no plot beside the error');

  detail = await afterRender(page, '#b', () => page.$eval('#b', (e) => e.setAttribute('fn', 'rleu')));
  assert.match(detail.errors.join('\n'), /fn="rleu": unknown activation "rleu"; did you mean "relu"\?/);

  // Out of range: the JS API's own check, attributed to the attribute.
  detail = await afterRender(page, '#b', () => page.$eval('#b', (e) => {
    e.setAttribute('fn', 'leaky_relu');
    e.setAttribute('negative-slope', '1e999');
  }));
  assert.match(detail.errors.join('\n'), /negative-slope="1e999"/);

  detail = await afterRender(page, '#b', () => page.$eval('#b', (e) => e.setAttribute('negative-slop', '0.2')));
  assert.ok(detail.errors.some((m) => /unknown attribute negative-slop="0\.2"; did you mean negative-slope\?/.test(m)), detail.errors.join('\n'));

  // The other two are untouched and still respond.
  const [a2, c2] = await others();
  assert.equal(a2.hash, a.hash);
  assert.equal(c2.hash, c.hash);
  assert.equal(await page.$eval('#c', (e) => e.status), 'ready');
  assert.equal((await afterRender(page, '#c', () => page.$eval('#c', (e) => e.setAttribute('range', '-2 2')))).ok, true);

  // Fixing the attributes brings the plot back.
  detail = await afterRender(page, '#b', () => page.$eval('#b', (e) => {
    e.removeAttribute('negative-slop');
    e.setAttribute('negative-slope', '0.2');
  }));
  assert.equal(detail.ok, true);
  assert.equal(await isHidden('#b', 'canvas'), false);
  assert.ok(await isHidden('#b', '.error'));
});

test('other bad attributes name themselves', async () => {
  const cases = [
    ['range', '5 -5', /range="5 -5": expected two increasing numbers/],
    ['kink', 'rigth', /kink="rigth": expected "pytorch", "left" or "right"; did you mean "right"\?/],
    ['theme', 'blue', /theme="blue"/],
    ['inputs', '1, two', /inputs="1, two": "two" is not a number/],
    ['height', 'tall', /height="tall"/],
    ['fn', 'relu(negative_slope=0.1)', /relu has no parameter "negative_slope"/],
    ['alpha', '1', /alpha="1": no activation here \(relu\) takes a parameter alpha/],
  ];
  for (const [name, value, expected] of cases) {
    const detail = await afterRender(page, '#a', () => page.$eval('#a', (e, [n, v]) => e.setAttribute(n, v), [name, value]));
    assert.equal(detail.ok, false, `${name}="${value}"`);
    assert.match(detail.errors.join('\n'), expected);
    const restored = await afterRender(page, '#a', () => page.$eval('#a', (e, n) => {
      if (n === 'fn') e.setAttribute('fn', 'relu');
      else if (n === 'range') e.setAttribute('range', '-3 3');
      else e.removeAttribute(n);
    }, name));
    assert.equal(restored.ok, true, `restored after ${name}`);
  }
});

test('controls: a slider and a number field per parameter, usable from the keyboard', async () => {
  const slider = page.locator('#b').locator('input[type="range"]');
  const number = page.locator('#b').locator('input[type="text"]');
  assert.equal(await slider.count(), 1);
  assert.equal(await number.inputValue(), '0.2');
  const label = await page.$eval('#b', (e) => e.shadowRoot.querySelector('.param label').textContent);
  assert.equal(label, 'negative_slope');

  await slider.focus();
  let detail = await afterRender(page, '#b', () => page.keyboard.press('ArrowRight'));
  assert.equal(detail.ok, true);
  assert.notEqual(await number.inputValue(), '0.2');

  detail = await afterRender(page, '#b', () => number.fill('0.5'));
  assert.match(await shadowText('#b', '.legend'), /negative_slope = 0\.5/);
  const rows = await page.$eval('#b', (e) => [...e.shadowRoot.querySelectorAll('tbody tr')].map((tr) => tr.children[1].textContent));
  assert.deepEqual(rows, ['-1.0', '1.0']);

  // The page restyling the element keeps what the reader set.
  await page.$eval('#b', (e) => e.classList.add('highlighted'));
  await page.evaluate(() => new Promise(requestAnimationFrame));
  assert.equal(await number.inputValue(), '0.5');
  assert.match(await shadowText('#b', '.legend'), /negative_slope = 0\.5/);

  // A value that is not a number is pointed at; the last plot stays.
  await number.fill('abc');
  assert.equal(await number.getAttribute('aria-invalid'), 'true');
  assert.match(await shadowText('#b', '.field-error'), /finite number/);
  assert.equal(await page.$eval('#b', (e) => e.status), 'ready');

  // Reset goes back to the attributes' values.
  await afterRender(page, '#b', () => page.locator('#b').getByRole('button', { name: 'Reset' }).click());
  assert.equal(await number.inputValue(), '0.2');
  assert.match(await shadowText('#b', '.legend'), /negative_slope = 0\.2/);

  // The registry's presets, where it has them, are one click away.
  const presets = await page.evaluate(async () => {
    const { loadActivations } = await import('../src/activations.js');
    return (await loadActivations()).list().find((a) => a.name === 'leaky_relu').params[0].presets ?? [];
  });
  const buttons = page.locator('#b').locator('.presets button');
  assert.equal(await buttons.count(), presets.length);
  if (presets.length) {
    const last = presets[presets.length - 1];
    await afterRender(page, '#b', () => buttons.nth(presets.length - 1).click());
    assert.equal(await number.inputValue(), String(last.value));
    assert.match(await shadowText('#b', '.legend'), new RegExp(`negative_slope = ${String(last.value).replace('.', '\\.')}`));
    await afterRender(page, '#b', () => page.locator('#b').getByRole('button', { name: 'Reset' }).click());
  }

  // The derivative switch.
  await afterRender(page, '#b', () => page.locator('#b').getByLabel('Show the derivative').uncheck());
  assert.doesNotMatch(await shadowText('#b', '.legend'), /derivative/);
  await afterRender(page, '#b', () => page.locator('#b').getByLabel('Show the derivative').check());
});

test('hovering reads out x and the curves\' values', async () => {
  await page.locator('#c').scrollIntoViewIfNeeded();
  const box = await page.locator('#c').boundingBox();
  await page.mouse.move(box.x + box.width * 0.75, box.y + box.height / 2);
  const readout = await shadowText('#c', '.readout');
  assert.match(readout, /^x = [\d.]+ · ReLU: f = [\d.]+, f′ = 1 · Leaky ReLU \(negative_slope = 0\.3\): f = [\d.]+, f′ = 1$/);
  await page.mouse.move(0, 0);
  assert.equal(await shadowText('#c', '.readout'), '');
});

test('the element sizes itself to its container', async () => {
  const before = await canvasStats(page, '#a');
  const detail = await afterRender(page, '#a', () => page.$eval('.column', (column) => { column.style.width = '400px'; }));
  assert.equal(detail.ok, true);
  const after = await canvasStats(page, '#a');
  assert.ok(after.width < before.width, `${after.width} < ${before.width}`);
  await afterRender(page, '#a', () => page.$eval('.column', (column) => { column.style.width = ''; }));
});

test('theme="dark" draws on a dark background; the system setting is the default', async () => {
  await afterRender(page, '#a', () => page.$eval('#a', (e) => e.setAttribute('theme', 'dark')));
  const corner = () => page.$eval('#a', (e) => [...e.shadowRoot.querySelector('canvas').getContext('2d').getImageData(1, 1, 1, 1).data].slice(0, 3));
  const dark = await corner();
  assert.ok(dark.every((v) => v < 60), `dark background ${dark}`);
  await afterRender(page, '#a', () => page.$eval('#a', (e) => e.removeAttribute('theme')));
  assert.deepEqual(await corner(), [255, 255, 255]);
  await afterRender(page, '#a', () => page.emulateMedia({ colorScheme: 'dark' }));
  assert.ok((await corner()).every((v) => v < 60));
  await afterRender(page, '#a', () => page.emulateMedia({ colorScheme: 'light' }));
});

test('page CSS does not change the elements, and theirs does not leak out', async () => {
  const clean = await openRecordedPage(env.browser, env.url('test-pages/clean-plots.html'));
  const hostile = await openRecordedPage(env.browser, env.url('test-pages/three-plots.html'));
  try {
    for (const p of [clean.page, hostile.page]) await waitForElements(p, 'activation-plot');
    // The element's pixels, inside its rounded corners (which show the page behind).
    const inside = async (p, id) => {
      const box = await p.locator(`#${id}`).boundingBox();
      return p.screenshot({ clip: { x: box.x + 8, y: box.y + 8, width: box.width - 16, height: Math.floor(box.height) - 16 }, fullPage: true });
    };
    for (const id of ['a', 'b', 'c']) {
      const [x, y] = await Promise.all([inside(clean.page, id), inside(hostile.page, id)]);
      assert.equal(await pixelDifference(env.browser, x, y), 0, `#${id} looks the same under the hostile page CSS`);
    }
    const colour = await hostile.page.$eval('#b', (e) => getComputedStyle(e.shadowRoot.querySelector('.legend li')).color);
    assert.notEqual(colour, 'rgb(255, 0, 0)');
    // A page element with the elements' internal class names keeps the page's own style.
    const outside = await clean.page.$eval('p.frame', (p) => {
      const style = getComputedStyle(p);
      return [style.borderTopWidth, style.paddingTop, style.backgroundColor, style.display];
    });
    assert.deepEqual(outside, ['0px', '0px', 'rgba(0, 0, 0, 0)', 'block']);
    assert.deepEqual([...clean.problems, ...hostile.problems], []);
  } finally {
    await clean.context.close();
    await hostile.context.close();
  }
});

test('an element added later reuses the loaded module', async () => {
  const wasmBefore = requests.filter((url) => url.endsWith('.wasm')).length;
  await page.$eval('.column', (column) => {
    const plot = document.createElement('activation-plot');
    plot.id = 'd';
    plot.setAttribute('fn', 'leaky_relu');
    plot.setAttribute('derivative', '');
    column.append(plot);
  });
  await waitForElements(page, '#d');
  assert.equal(await page.$eval('#d', (e) => e.status), 'ready');
  assert.equal(requests.filter((url) => url.endsWith('.wasm')).length, wasmBefore);
  assert.deepEqual(problems, []);
});
