// embed.html, the page an iframe embeds: the playground's URL format drawn
// by <activation-plot>, ignored values listed as text, never executed; in an
// iframe on another page; and the snippets the playground offers, pasted.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { CONTENT_SECURITY_POLICY } from '../../scripts/static-server.mjs';
import { loadActivations } from 'activation-playground';
import { parseState } from '../../web/src/playground/url-state.js';
import { embedSnippets } from '../../web/src/playground/embed-snippets.js';
import { canvasStats, launchWithTestPages, openRecordedPage, waitForElements } from './embed-support.js';

let env;

before(async () => {
  env = await launchWithTestPages();
});

after(async () => {
  await env?.close();
});

async function openEmbed(query, options) {
  const opened = await openRecordedPage(env.browser, env.url(`embed.html${query}`), { viewport: { width: 640, height: 400 }, ...options });
  await waitForElements(opened.page, 'activation-plot');
  return opened;
}

const attributes = (page) =>
  page.$eval('activation-plot', (e) => Object.fromEntries([...e.attributes].map((a) => [a.name, a.value])));

test('embed.html?fn=leaky_relu&negative_slope=0.2 draws that curve, filling the frame', async () => {
  const { page, context, problems } = await openEmbed('?fn=leaky_relu&negative_slope=0.2');
  try {
    const response = await page.request.get(env.url('embed.html'));
    assert.equal(response.headers()['content-security-policy'], CONTENT_SECURITY_POLICY);
    assert.deepEqual(await attributes(page), { fn: 'leaky_relu', 'negative-slope': '0.2', derivative: '' });
    assert.equal(await page.$eval('activation-plot', (e) => e.status), 'ready');
    const stats = await canvasStats(page, 'activation-plot');
    assert.ok(stats.differing > 2000);
    const box = await page.locator('activation-plot').boundingBox();
    assert.ok(box.height > 300, `the plot fills the frame's height (${box.height}px)`);
    assert.equal(await page.locator('#notices').isHidden(), true);
    assert.equal(await page.$eval('#open', (a) => a.getAttribute('href')), 'index.html?fn=leaky_relu&negative_slope=0.2');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('the same parameters as the playground: several curves, range, kink, inputs, theme', async () => {
  const { page, context, problems } = await openEmbed(
    '?fn=relu(df=0)&fn=leaky_relu(negative_slope=0.3)&x=-3,3&kink=right&inputs=-2,1&theme=dark',
  );
  try {
    assert.deepEqual(await attributes(page), {
      fn: 'relu leaky_relu(negative_slope=0.3, df=1)',
      kink: 'right',
      range: '-3 3',
      inputs: '-2 1',
      theme: 'dark',
    });
    assert.equal(await page.$eval('html', (h) => h.dataset.theme), 'dark');
    const rows = await page.$eval('activation-plot', (e) => e.shadowRoot.querySelectorAll('tbody tr').length);
    assert.equal(rows, 2);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('ignored URL values are listed as text, and hostile ones never run', async () => {
  const dialogs = [];
  const hostile = encodeURIComponent('<img src=x onerror=alert(1)>');
  const { page, context, problems } = await openEmbed(`?fn=${hostile}&fn=relu&x=5,1&inputs=1,abc&alpha=2`);
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    dialog.dismiss();
  });
  try {
    const notices = await page.$$eval('#notices li', (items) => items.map((li) => li.textContent));
    assert.ok(notices.some((n) => n.includes('Ignored fn="<img src=x onerror=alert(1)>"')), notices.join('\n'));
    assert.ok(notices.some((n) => n.startsWith('Ignored x="5,1"')), notices.join('\n'));
    assert.ok(notices.some((n) => n.startsWith('Ignored inputs="1,abc"')), notices.join('\n'));
    assert.ok(notices.some((n) => n.includes('"alpha"')), notices.join('\n'));
    assert.equal(await page.locator('img').count(), 0);
    assert.deepEqual(await attributes(page), { fn: 'relu', derivative: '' });
    assert.equal(await page.$eval('activation-plot', (e) => e.status), 'ready');
    assert.deepEqual(dialogs, []);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('in an iframe on another page, whatever that page\'s CSS', async () => {
  const { page, context, problems } = await openRecordedPage(env.browser, env.url('test-pages/iframe-host.html'));
  try {
    const frame = page.frameLocator('#frame');
    await frame.locator('activation-plot').waitFor();
    const inner = page.frames().find((f) => f.url().includes('embed.html'));
    await waitForElements(inner, 'activation-plot');
    assert.equal(await inner.$eval('activation-plot', (e) => e.status), 'ready');
    const stats = await canvasStats(inner, 'activation-plot', [[37, 99, 235], [220, 38, 38]]);
    assert.ok(stats.counts[0] > 200 && stats.counts[1] > 200, JSON.stringify(stats.counts));
    assert.equal(await inner.$eval('activation-plot', (e) => e.getAttribute('inputs')), '-2 1');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('the snippets the playground offers draw the same view when pasted', async () => {
  const act = await loadActivations();
  const list = act.list();
  const search = '?fn=relu&fn=leaky_relu(negative_slope=0.2)&x=-4,4&inputs=1.5';
  const { state } = parseState(search, list, act.checkParams);
  const { element, iframe } = embedSnippets(state, list, env.url('index.html'));

  const { page, context, problems } = await openRecordedPage(env.browser, env.url('test-pages/blank.html'));
  try {
    // The markup goes in as a parser would read it; the module script is
    // added as an element, since scripts in innerHTML do not run.
    await page.$eval('#target', (target, [element, iframe]) => {
      const [scriptTag, ...markup] = element.split('\n');
      target.innerHTML = `${markup.join('\n')}\n${iframe}`;
      const script = document.createElement('script');
      script.type = 'module';
      script.src = /src="([^"]*)"/.exec(scriptTag)[1];
      document.head.append(script);
    }, [element, iframe]);
    await waitForElements(page, 'activation-plot');
    assert.equal(await page.$eval('activation-plot', (e) => e.status), 'ready');
    assert.equal(await page.$eval('activation-plot', (e) => e.getAttribute('fn')), 'relu leaky_relu(negative_slope=0.2)');
    const inner = page.frames().find((f) => f.url().includes('embed.html'));
    await inner.waitForSelector('activation-plot');
    await waitForElements(inner, 'activation-plot');
    const framed = await inner.$eval('activation-plot', (e) => Object.fromEntries([...e.attributes].map((a) => [a.name, a.value])));
    const pasted = await page.$eval('activation-plot', (e) => Object.fromEntries([...e.attributes].map((a) => [a.name, a.value])));
    assert.deepEqual(framed, pasted);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('a 640 × 400 frame with three curves and six inputs keeps a plot of at least 200 px and shows its whole table', async () => {
  const { page, context, problems } = await openEmbed('?fn=relu&fn=leaky_relu(negative_slope=0.2)&fn=elu&x=-3,3&inputs=-3,-1,-0.5,0,1,2');
  try {
    const fit = await page.$eval('activation-plot', (element) => {
      const root = element.shadowRoot;
      const box = root.querySelector('.values-box').getBoundingClientRect();
      const rows = [...root.querySelectorAll('tr')].map((row) => row.getBoundingClientRect());
      return {
        plot: root.querySelector('canvas').getBoundingClientRect().height,
        rows: rows.length,
        rowsInside: rows.every((r) => r.top >= box.top - 0.5 && r.bottom <= box.bottom + 0.5 && r.bottom <= innerHeight),
        scrolls: document.documentElement.scrollHeight > innerHeight,
        link: document.getElementById('open').getBoundingClientRect().bottom <= innerHeight,
      };
    });
    assert.ok(fit.plot >= 200, `plot ${fit.plot}px`);
    assert.equal(fit.rows, 7);
    assert.equal(fit.rowsInside, true, 'every row of the table is in view');
    assert.equal(fit.scrolls, false);
    assert.equal(fit.link, true);
    // About six significant digits, printed as Python prints the float.
    const cells = await page.$eval('activation-plot', (e) => [...e.shadowRoot.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent)));
    assert.deepEqual(cells[0], ['-3', '0.0', '0.0', '-0.6', '0.2', '-0.950213', '0.0497871']);
    assert.deepEqual(cells[4], ['1', '1.0', '1.0', '1.0', '1.0', '1.0', '1.0']);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('a taller table than the frame can hold scrolls inside it, the plot keeping its 200 px', async () => {
  const { page, context } = await openEmbed('?fn=relu&fn=leaky_relu(negative_slope=0.2)&fn=elu&fn=gelu&inputs=-3,-2,-1,-0.5,0,0.5,1,2,3,4');
  try {
    const fit = await page.$eval('activation-plot', (element) => {
      const root = element.shadowRoot;
      const box = root.querySelector('.values-box');
      return {
        plot: root.querySelector('canvas').getBoundingClientRect().height,
        boxScrolls: box.scrollHeight > box.clientHeight,
        pageScrolls: document.documentElement.scrollHeight > innerHeight,
      };
    });
    assert.ok(fit.plot >= 200, `plot ${fit.plot}px`);
    assert.deepEqual([fit.boxScrolls, fit.pageScrolls], [true, false]);
  } finally {
    await context.close();
  }
});
