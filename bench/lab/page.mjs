// Experiment 1 on the lab page in headless Chromium: from the click on Run
// to the frame that shows the drawn curve, for N = 2, L = 1…50, T = 2,000
// (the "under 2 s"), and the main thread's longest task meanwhile
// (the page must never block for more than 50 ms: the runner's workers
// check, compute, merge and summarise; the page only draws).
//
// The first run includes starting the workers and their loading the lab's
// module; later runs reuse them, as a reader's second click does. Both are
// reported. Serves build/site in this process (127.0.0.1, a free port).
import { chromium } from 'playwright-core';
import { fileURLToPath } from 'node:url';
import { startServer } from '../../scripts/static-server.mjs';
import { summarise } from '../page/stats.mjs';

const SITE = fileURLToPath(new URL('../../build/site/', import.meta.url));
const QUERY = '?born-dead.widths=2&born-dead.depths=50&born-dead.trials=2000&born-dead.seed=1';

// Clicks Run and resolves, in the page, with the milliseconds to the first
// frame after the run has finished and its chart has been drawn.
function runOnce(page) {
  return page.evaluate(() => new Promise((resolve, reject) => {
    const root = document.getElementById('born-dead');
    const button = root.querySelector('.lab-run-button');
    const status = root.querySelector('.lab-status');
    const t0 = performance.now();
    button.click();
    const deadline = t0 + 60000;
    const poll = () => {
      if (performance.now() > deadline) return reject(new Error(`no result after 60 s: ${status.textContent}`));
      if (!button.disabled && /Done/.test(status.textContent)) return requestAnimationFrame(() => resolve(performance.now() - t0));
      if (/failed|Cancelled/.test(status.textContent)) return reject(new Error(status.textContent));
      requestAnimationFrame(poll);
    };
    requestAnimationFrame(poll);
  }));
}

export async function labPageSpeed({ runs = 5 } = {}) {
  const server = await startServer({ root: SITE });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${server.url}lab.html${QUERY}`);
    await page.waitForSelector('body[data-ready="true"]', { state: 'attached', timeout: 30000 });
    // Long tasks (over 50 ms) on the page's thread from here on.
    await page.evaluate(() => {
      window.__longTasks = [];
      new PerformanceObserver((list) => window.__longTasks.push(...list.getEntries().map((e) => e.duration))).observe({ type: 'longtask' });
    });
    const first = await runOnce(page);
    const later = [];
    for (let i = 1; i < runs; i++) later.push(await runOnce(page));
    const longTasks = await page.evaluate(() => window.__longTasks);
    const workers = await page.evaluate(() => navigator.hardwareConcurrency);
    await context.close();
    return { first, later: summarise(later), longTasks, workers };
  } finally {
    await browser.close();
    await server.close();
  }
}
