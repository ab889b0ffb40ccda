// The playground's tutorial cards (web/src/playground/examples-panel.js) in
// headless Chromium: the three articles told apart by title and author, a
// single word that an article prints nothing, and cards printing through
// the one tutorial runner.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPlayground } from './browser.js';

let env;
let page;
let problems;

before(async () => {
  env = await launch();
  ({ page, problems } = await openPlayground(env));
  // The cards load when their section comes near the screen.
  await page.locator('#examples').scrollIntoViewIfNeeded();
  await page.waitForSelector('#examples .card');
});

after(async () => {
  await env?.close();
});

test('each article is headed by its title and the author it names', async () => {
  const headings = await page.locator('#examples .article-group > h3').allTextContents();
  assert.deepEqual(headings, [
    '“ReLu Function in Python” by Drake Nguyen',
    '“ReLu Function with Examples in Python”',
    '“ReLu Function in Python With Examples” by admin',
  ]);
});

test('that an article printed nothing is said once, not on every card', async () => {
  const section = page.locator('#seed-000');
  assert.equal(await section.locator('.prints-nothing').count(), 1);
  assert.match(await section.locator('.prints-nothing').textContent(), /prints no output of its own/);
  const verdicts = await section.locator('.card .verdict').allTextContents();
  assert.equal(verdicts.length, 4);
  assert.deepEqual(verdicts, ['', '', '', '']);
  assert.equal(await page.locator('#examples').getByText('The article prints nothing here').count(), 0);
  // The articles with outputs still compare on every card.
  assert.deepEqual(await page.locator('#seed-001 .card .verdict').allTextContents(), ["✓ Matches the article's output", "✓ Matches the article's output"]);
});

test('cards print through the tutorial runner: ints, %-formats and notes', async () => {
  const card = page.locator('#seed-001-relu');
  await card.locator('input').fill('5, -5, 7');
  await card.locator('button.run').click();
  assert.equal(await card.locator('pre.output').textContent(), '5\n0.0\n7');
  const percent = page.locator('#seed-002-relu');
  await percent.locator('input').fill('0.25, 2,5');
  await percent.locator('button.run').click();
  assert.equal(await percent.locator('pre.output').textContent(),
    'Applying Relu on (0.2) gives 0.2\nApplying Relu on (2.0) gives 2.0\nApplying Relu on (5.0) gives 5.0');
  assert.equal(await percent.locator('.input-note').textContent(), '"2,5" was read as two numbers, 2 and 5 (a decimal point is written "2.5")');
  assert.match(await percent.locator('pre.code').textContent(), /x = 0\.25\n.*\nx = 2\n.*\nx = 5\n/);
  await percent.locator('input').fill('\u22121.5');
  await percent.locator('button.run').click();
  assert.equal(await percent.locator('pre.output').textContent(), 'Applying Relu on (-1.5) gives 0.0');
  assert.equal(await percent.locator('.input-note').isHidden(), true);
  assert.match(await percent.locator('pre.code').textContent(), /x = -1\.5\n/);
  assert.deepEqual(problems, []);
});
