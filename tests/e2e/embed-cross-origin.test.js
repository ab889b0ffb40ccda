// Embedding from another origin: a host page on one loopback port with the
// Content-Security-Policy the README asks for, the site on another. The
// element draws across origins (and shows its fallback when the CORS header
// is missing or the host forbids WebAssembly); iframes size themselves to
// their content through the snippet's line of script.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { join, normalize } from 'node:path';
import { loadActivations } from 'activation-playground';
import { parseState } from '../../web/src/playground/url-state.js';
import { embedSnippets, resizeScript } from '../../web/src/playground/embed-snippets.js';
import { HEIGHT_MESSAGE } from '../../web/src/playground/embed-height.js';
import { SITE_ROOT, launch } from './browser.js';
import { canvasStats, hostPage, openRecordedPage, startHostServer, waitForElements } from './embed-support.js';

let env;
let host;
let site;      // the site's origin, http://127.0.0.1:<port>
let snippets;  // the playground's snippets for a three-curve view with six inputs
let plain;     // and for ReLU alone

const VIEW = '?fn=relu&fn=leaky_relu(negative_slope=0.2)&fn=elu&x=-3,3&inputs=-2,-1,-0.5,0,1,2';
const DESCRIPTION = 'Plot of ReLU, Leaky ReLU and ELU for x from −3 to 3.';

before(async () => {
  env = await launch();
  site = new URL(env.server.url).origin;
  const act = await loadActivations();
  const list = act.list();
  const stateOf = (search) => parseState(search, list, act.checkParams).state;
  snippets = embedSnippets(stateOf(VIEW), list, `${site}/index.html`, { description: DESCRIPTION });
  plain = embedSnippets(stateOf('?fn=relu'), list, `${site}/index.html`);
  const script = /<script>(.*)<\/script>/.exec(resizeScript(site))[1];
  const scriptHash = `'sha256-${createHash('sha256').update(script).digest('base64')}'`;
  const elementPolicy = `default-src 'self'; script-src 'self' ${site} 'wasm-unsafe-eval'; connect-src 'self' ${site}; style-src 'self'`;
  host = await startHostServer({
    '/element.html': { html: hostPage('An article with a plot from another site', snippets.element), csp: elementPolicy },
    '/no-wasm.html': {
      html: hostPage('A host that forbids WebAssembly', snippets.element),
      csp: `default-src 'self'; script-src 'self' ${site}; connect-src 'self' ${site}; style-src 'self'`,
    },
    '/iframes.html': {
      html: hostPage('An article with two framed plots', `<p>Before</p>\n${snippets.iframe}\n<p>Between</p>\n${plain.iframe}\n<p>After</p>`),
      csp: `default-src 'self'; frame-src ${site}; script-src ${scriptHash}; style-src 'self'`,
    },
  });
});

after(async () => {
  await host?.close();
  await env?.close();
});

test('the two servers are two origins, and the site sends CORS headers with its modules and .wasm', async () => {
  assert.notEqual(new URL(host.url('/')).origin, site);
  for (const path of ['src/activation-plot.js', 'src/core/activations-core.wasm', 'src/core/activations-core-simd.js']) {
    const response = await fetch(`${site}/${path}`);
    assert.equal(response.headers.get('access-control-allow-origin'), '*', path);
  }
  assert.equal((await fetch(`${site}/src/core/activations-core.wasm`)).headers.get('content-type'), 'application/wasm');
});

test('the element snippet draws on a page of another origin under the documented CSP', async () => {
  const { page, context, problems, requests } = await openRecordedPage(env.browser, host.url('/element.html'));
  try {
    await waitForElements(page, 'activation-plot');
    assert.equal(await page.$eval('activation-plot', (e) => e.status), 'ready');
    const stats = await canvasStats(page, 'activation-plot', [[37, 99, 235], [220, 38, 38], [5, 150, 105]]);
    assert.ok(stats.counts.every((n) => n > 100), `three curves drawn: ${stats.counts}`);
    assert.ok(requests.some((url) => url.startsWith(site) && url.endsWith('.wasm')), 'the core came from the site');
    // The fallback is not shown once the element runs.
    assert.equal(await page.locator('activation-plot > p').isVisible(), false);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('without the CORS header the module is blocked and the fallback text shows instead', async () => {
  // The site again, from a server that sends no CORS header, and a host
  // page pointing at it.
  const bare = createServer(async (request, response) => {
    const path = join(SITE_ROOT, normalize(new URL(request.url, 'http://localhost').pathname));
    const body = await readFile(path).catch(() => null);
    response.writeHead(body ? 200 : 404, { 'Content-Type': path.endsWith('.wasm') ? 'application/wasm' : 'text/javascript' });
    response.end(body ?? '');
  });
  await new Promise((resolve) => bare.listen(0, '127.0.0.1', resolve));
  const bareSite = `http://127.0.0.1:${bare.address().port}`;
  const bareHost = await startHostServer({
    '/element.html': {
      html: hostPage('A plot from a site without CORS', snippets.element.replaceAll(site, bareSite)),
      csp: `default-src 'self'; script-src 'self' ${bareSite} 'wasm-unsafe-eval'; connect-src 'self' ${bareSite}; style-src 'self'`,
    },
  });
  const context = await env.browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(bareHost.url('/element.html'));
    await page.waitForLoadState('networkidle');
    assert.equal(await page.evaluate(() => customElements.get('activation-plot') === undefined), true);
    const fallback = page.locator('activation-plot > p');
    assert.equal(await fallback.isVisible(), true);
    assert.match(await fallback.textContent(), /^Plot of ReLU, Leaky ReLU and ELU for x from −3 to 3\. Open it in Activation Playground\.$/);
  } finally {
    await context.close();
    await bareHost.close();
    await new Promise((done) => bare.close(done));
  }
});

test('a host that forbids WebAssembly gets the error and the fallback text in place of the plot', async () => {
  const { page, context } = await openRecordedPage(env.browser, host.url('/no-wasm.html'));
  try {
    await waitForElements(page, 'activation-plot');
    assert.equal(await page.$eval('activation-plot', (e) => e.status), 'error');
    assert.equal(await page.locator('activation-plot > p').isVisible(), true, 'the slotted fallback shows');
    assert.equal(await page.$eval('activation-plot', (e) => e.shadowRoot.querySelector('canvas').checkVisibility()), false);
  } finally {
    await context.close();
  }
});

// The frames' heights and how their content fits: per iframe, its height,
// its page's viewport and content heights, and the plot's height.
// The frames' fit once every frame is as tall as its content laid out at
// its own height (the height messages have arrived), or the last fit seen
// after `timeout` ms: the frames size themselves asynchronously, later on
// a loaded machine. (A frame's scrollHeight alone would not do: content
// that fills the frame fits any frame height.)
async function settledFits(page, timeout = 10000) {
  const until = Date.now() + timeout;
  let last;
  do {
    last = await frameFits(page);
    if (last.fits.every((fit) => Math.abs(fit.viewport - fit.natural) <= 1)) return last;
    await page.waitForTimeout(100);
  } while (Date.now() < until);
  return last;
}

async function frameFits(page) {
  const heights = await page.$$eval('iframe', (frames) => frames.map((f) => f.getBoundingClientRect().height));
  const inner = page.frames().filter((f) => f.url().includes('embed.html'));
  const fits = [];
  for (const frame of inner) {
    fits.push(await frame.evaluate(() => ({
      url: location.search,
      viewport: innerHeight,
      content: document.documentElement.scrollHeight,
      natural: (() => {
        document.documentElement.classList.add('measuring');
        const height = Math.ceil(document.body.getBoundingClientRect().height);
        document.documentElement.classList.remove('measuring');
        return height;
      })(),
      plot: document.querySelector('activation-plot').shadowRoot.querySelector('.plot').getBoundingClientRect().height,
      tableScrolls: (() => {
        const box = document.querySelector('activation-plot').shadowRoot.querySelector('.values-box');
        return !box.hidden && box.scrollHeight > box.clientHeight + 1;
      })(),
    })));
  }
  return { heights, fits };
}

test('iframes size themselves to their content through the snippet\'s line of script, each its own', async () => {
  const { page, context, problems } = await openRecordedPage(env.browser, host.url('/iframes.html'), { viewport: { width: 900, height: 1400 } });
  try {
    // Both frames navigate to embed.html in their own time.
    const embeds = () => page.frames().filter((f) => f.url().includes('embed.html'));
    for (let tries = 0; embeds().length < 2 && tries < 200; tries++) await page.waitForTimeout(50);
    assert.equal(embeds().length, 2);
    for (const frame of embeds()) await waitForElements(frame, 'activation-plot');
    await page.waitForFunction(() => [...document.querySelectorAll('iframe')].every((f) => f.style.height !== ''));
    const { heights, fits } = await settledFits(page);
    // Each frame is as tall as its content, the plot at its own height
    // (300 px), the table whole: nothing scrolls.
    for (const fit of fits) {
      assert.ok(Math.abs(fit.viewport - fit.content) <= 1, JSON.stringify(fit));
      assert.ok(Math.abs(fit.plot - 300) <= 1, JSON.stringify(fit));
      assert.equal(fit.tableScrolls, false);
    }
    const [withTable, alone] = heights;
    assert.ok(withTable > alone + 100, `the frame with a table is taller: ${heights}`);
    assert.ok(alone > 300 && alone < 400, `ReLU alone: ${alone}`);

    // A narrower frame wraps the legend and the table: it grows to fit.
    await page.$eval('iframe', (f) => (f.width = '360'));
    await page.waitForFunction((before) => document.querySelector('iframe').getBoundingClientRect().height !== before, withTable);
    const narrow = await settledFits(page);
    assert.ok(Math.abs(narrow.fits[0].viewport - narrow.fits[0].content) <= 1, JSON.stringify(narrow.fits[0]));

    // Messages from anything but the frames' own windows are ignored.
    await page.evaluate((type) => window.postMessage({ type, height: 50 }, '*'), HEIGHT_MESSAGE);
    await page.waitForTimeout(100);
    assert.deepEqual((await frameFits(page)).heights, narrow.heights);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});
