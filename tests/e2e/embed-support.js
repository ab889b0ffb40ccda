// Set-up for the embedding tests: the built site plus the test pages of
// tests/e2e/pages (under /test-pages/), served together with the strict
// CSP from a temporary folder, and Debian's Chromium.
import { createServer } from 'node:http';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../../scripts/static-server.mjs';
import { SITE_ROOT, launch } from './browser.js';

const PAGES = fileURLToPath(new URL('./pages/', import.meta.url));

export async function launchWithTestPages() {
  const root = await mkdtemp(join(tmpdir(), 'activation-embed-'));
  await cp(SITE_ROOT, root, { recursive: true });
  await cp(PAGES, join(root, 'test-pages'), { recursive: true });
  const env = await launch();
  const server = await startServer({ root });
  return {
    browser: env.browser,
    url: (path) => new URL(path, server.url).href,
    async close() {
      await env.close();
      await server.close();
      await rm(root, { recursive: true, force: true });
    },
  };
}

// A page that records console errors, page errors and every request, for
// tests that count module loads or assert a clean console.
export async function openRecordedPage(browser, url, options = {}) {
  const context = await browser.newContext({ viewport: { width: 900, height: 1200 }, ...options });
  const page = await context.newPage();
  const problems = [];
  const requests = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(url);
  return { page, context, problems, requests };
}

// Waits until every element matching `selector` has left the loading state.
export async function waitForElements(page, selector, timeout = 15000) {
  await page.waitForFunction(
    (s) => {
      const elements = [...document.querySelectorAll(s)];
      return elements.length > 0 && elements.every((e) => e.status === 'ready' || e.status === 'error');
    },
    selector,
    { timeout },
  );
}

// Statistics of an <activation-plot>'s canvas: how many pixels differ from
// the background colour, a hash of the pixels, and the count of each curve
// colour (`colours`, as [r, g, b]) within a small tolerance.
export async function canvasStats(page, selector, colours = []) {
  return page.evaluate(
    ({ selector, colours }) => {
      const element = document.querySelector(selector);
      const canvas = element.shadowRoot.querySelector('canvas');
      const { width, height } = canvas;
      const data = canvas.getContext('2d').getImageData(0, 0, width, height).data;
      const [br, bg, bb] = [data[0], data[1], data[2]];  // the corner is background
      let differing = 0;
      let hash = 0;
      const counts = colours.map(() => 0);
      for (let i = 0; i < data.length; i += 4) {
        const [r, g, b] = [data[i], data[i + 1], data[i + 2]];
        if (Math.abs(r - br) + Math.abs(g - bg) + Math.abs(b - bb) > 30) differing++;
        hash = (hash * 31 + r * 7 + g * 3 + b) >>> 0;
        colours.forEach(([cr, cg, cb], k) => {
          if (Math.abs(r - cr) + Math.abs(g - cg) + Math.abs(b - cb) < 40) counts[k]++;
        });
      }
      const visible = getComputedStyle(canvas).display !== 'none' && canvas.getBoundingClientRect().width > 0;
      return { width, height, differing, hash, counts, visible };
    },
    { selector, colours },
  );
}

// The detail of an element's next `render` event, after `change()` (run in
// Node: an attribute set, a click, typing) has changed it.
export async function afterRender(page, selector, change) {
  await page.evaluate((s) => {
    const element = document.querySelector(s);
    window.nextRender = new Promise((resolve) => {
      element.addEventListener('render', (event) => resolve(event.detail), { once: true });
    });
  }, selector);
  await change();
  return page.evaluate(() => window.nextRender);
}

// How many pixels of two same-sized PNG screenshots differ by more than
// `tolerance` in some channel (native form controls may antialias a pixel
// or two differently at different page offsets).
export async function pixelDifference(browser, first, second, tolerance = 16) {
  const page = await browser.newPage();
  try {
    return await page.evaluate(
      async ([a, b, tolerance]) => {
        const load = (base64) =>
          new Promise((resolve, reject) => {
            const image = new Image();
            image.onload = () => resolve(image);
            image.onerror = reject;
            image.src = `data:image/png;base64,${base64}`;
          });
        const pixels = (image) => {
          const canvas = document.createElement('canvas');
          canvas.width = image.width;
          canvas.height = image.height;
          const ctx = canvas.getContext('2d');
          ctx.drawImage(image, 0, 0);
          return ctx.getImageData(0, 0, image.width, image.height).data;
        };
        const [x, y] = await Promise.all([load(a), load(b)]);
        if (x.width !== y.width || x.height !== y.height) return Infinity;
        const [p, q] = [pixels(x), pixels(y)];
        let count = 0;
        for (let i = 0; i < p.length; i += 4) {
          if (Math.abs(p[i] - q[i]) > tolerance || Math.abs(p[i + 1] - q[i + 1]) > tolerance || Math.abs(p[i + 2] - q[i + 2]) > tolerance) count++;
        }
        return count;
      },
      [first.toString('base64'), second.toString('base64'), tolerance],
    );
  } finally {
    await page.close();
  }
}

// A second origin for cross-origin tests: a server on another loopback
// port that serves `pages` ({ '/path': { html, csp } }) with the
// Content-Security-Policy each names, and an icon so the browser asks for
// nothing it lacks. Resolves to { url(path), close }.
export function startHostServer(pages) {
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url, 'http://localhost');
    if (pathname === '/favicon.ico') {
      response.writeHead(204);
      response.end();
      return;
    }
    const page = pages[pathname];
    if (!page) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end('Not found\n');
      return;
    }
    response.writeHead(200, {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-cache',
      ...(page.csp ? { 'Content-Security-Policy': page.csp } : {}),
    });
    response.end(page.html);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const base = `http://127.0.0.1:${server.address().port}/`;
      resolve({ url: (path) => new URL(path, base).href, origin: base.slice(0, -1), close: () => new Promise((done) => server.close(done)) });
    });
  });
}

// A host page around `body`, with no icon request.
export const hostPage = (title, body) =>
  `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<link rel="icon" href="/favicon.ico">\n<title>${title}</title>\n</head>\n<body>\n${body}\n</body>\n</html>\n`;
