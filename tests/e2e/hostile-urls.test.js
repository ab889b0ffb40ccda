// Hostile and extreme links, attributes and inputs: every page answers
// within a second of loading, shows a notice for what it changed or
// refused, and keeps working. A frozen main thread would never answer the
// probe below, so each test fails on a hang instead of waiting forever.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, openPlayground as openAt, settled } from './browser.js';

let env;
before(async () => {
  env = await launch();
});
after(async () => {
  await env?.close();
});

const ANSWER_MS = 1000;

// Resolves with the page's answer to `probe`, or fails after ANSWER_MS.
async function answers(page, probe) {
  let timer;
  const late = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the page did not answer within ${ANSWER_MS} ms`)), ANSWER_MS);
  });
  try {
    return await Promise.race([page.evaluate(probe), late]);
  } finally {
    clearTimeout(timer);
  }
}

const openPlayground = (query) => openAt(env, query, { viewport: { width: 1280, height: 900 } });

const CASES = [
  ['a span of one ulp', 'x=1,1.0000000000000002', /too narrow to draw/],
  ['a y span of two ulps at 100', 'y=100,100.00000000000003', /too narrow to draw/],
  ['a span of one ulp at 1e16', 'fn=relu&x=1e16,1.0000000000000004e16', /too narrow to draw/],
  ['an overflowing span', 'x=-1e308,1e308', /too wide to draw/],
  ['repeated keys', 'kink=left&kink=%3Cscript%3E&theme=dark&theme=%3Cb%3E', /kink is given 2 times/],
  ['a duplicate parameter', 'fn=leaky_relu(negative_slope=0.2,negative_slope=0.3)', /sets negative_slope twice/],
  ['a name longer than any activation\'s', `fn=${'x'.repeat(8000)}`, /longer than 2000 characters/],
  ['inputs too long for a link', `inputs=${'1,'.repeat(2000)}`, /Ignored inputs/],
];

for (const [what, query, notice] of CASES) {
  test(`the playground answers ${what} at once, with a notice`, async () => {
    const { page, context, problems } = await openPlayground(query);
    const text = await answers(page, () => document.getElementById('notices').textContent);
    assert.match(text, notice);
    const view = await answers(page, () => JSON.parse(document.getElementById('plot').dataset.view).view);
    assert.ok(Number.isFinite(view.xMax - view.xMin) && view.xMax > view.xMin && view.yMax > view.yMin, JSON.stringify(view));
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('fifty presses of + far from zero stop at the narrowest span, and the page still answers', async () => {
  const { page, context } = await openPlayground('x=9999995,10000005');
  await page.focus('#plot');
  for (let i = 0; i < 50; i++) await page.keyboard.press('+');
  const view = await answers(page, () => new Promise((done) => requestAnimationFrame(() => done(JSON.parse(document.getElementById('plot').dataset.view).view))));
  assert.ok(view.xMax - view.xMin >= 1e-5 * 0.999, JSON.stringify(view));
  await context.close();
});

test('the iframe page and the element answer a one-ulp range', async () => {
  const frame = await openPage(env.browser, `${env.server.url}embed.html?x=1,1.0000000000000002`);
  await frame.page.waitForSelector('activation-plot');
  await frame.page.waitForFunction(() => document.querySelector('activation-plot').status === 'ready', null, { timeout: 15000 });
  assert.match(await answers(frame.page, () => document.getElementById('notices').textContent), /too narrow to draw/);

  // embed.html has loaded the element's module: a new element with a one-ulp range.
  const status = await frame.page.evaluate(async () => {
    const plot = document.createElement('activation-plot');
    plot.setAttribute('fn', 'relu');
    plot.setAttribute('range', '1 1.0000000000000002');
    document.body.append(plot);
    await new Promise((done) => plot.addEventListener('render', done, { once: true }));
    return { status: plot.status, errors: plot.errors };
  });
  assert.equal(status.status, 'error');
  assert.match(status.errors.join('\n'), /range="1 1\.0000000000000002": the range is too narrow to draw/);
  await frame.context.close();
});

test('125,000 pasted numbers: no stack overflow, a virtual table, nothing stale shown as current', async () => {
  const { page, context, problems } = await openPlayground('fn=relu&fn=leaky_relu');
  const text = Array.from({ length: 125000 }, (_, i) => String((i % 7) - 3)).join(', ');
  await page.fill('#inputs', text);
  await settled(page);
  const rows = () => answers(page, () => {
    const shown = [...document.querySelectorAll('#results tbody tr:not(.spacer-row)')];
    return {
      rows: shown.length,
      count: document.getElementById('results').getAttribute('aria-rowcount'),
      last: shown.at(-1) && [shown.at(-1).getAttribute('aria-rowindex'), shown.at(-1).firstElementChild.textContent],
      more: document.getElementById('results-more').textContent,
      error: document.getElementById('inputs-error').hidden,
      shares: [...document.querySelectorAll('#dead-shares .share-value')].map((e) => e.textContent),
    };
  });
  const result = await rows();
  assert.ok(result.rows > 0 && result.rows <= 200, `${result.rows} rows in the DOM`);
  assert.equal(result.count, '125001', 'the table says it has every row (and its header)');
  assert.equal(result.more, '');
  assert.equal(result.error, true);
  assert.match(result.shares[0], /of 125000\)/);
  assert.equal(await page.inputValue('#inputs').then((v) => v.length), text.length, 'the text is kept');
  // Scrolled to the end, the last rows are in the DOM, the first are not.
  await page.$eval('.results-scroll', (box) => { box.scrollTop = box.scrollHeight; });
  await settled(page);
  const end = await rows();
  assert.ok(end.rows <= 200, `${end.rows} rows in the DOM at the end`);
  assert.deepEqual(end.last, ['125001', '-3']);
  // An error in the text marks both panels out of date, never as current.
  await page.fill('#inputs', `${text}, abc`);
  await settled(page);
  const stale = await answers(page, () => [document.getElementById('results').dataset.stale, document.getElementById('dead-shares').dataset.stale]);
  assert.deepEqual(stale, ['true', 'true']);
  assert.deepEqual(problems, []);
  await context.close();
});
