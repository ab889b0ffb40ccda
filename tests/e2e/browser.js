// Shared set-up for the end-to-end tests: the built site served on a free
// loopback port with the strict CSP, and Debian's Chromium driven by
// playwright-core with no network of its own.
import { chromium } from 'playwright-core';
import { fileURLToPath } from 'node:url';
import { startServer } from '../../scripts/static-server.mjs';

export const SITE_ROOT = fileURLToPath(new URL('../../build/site/', import.meta.url));

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export async function launch() {
  const server = await startServer({ root: SITE_ROOT });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  return {
    server,
    browser,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

// A new page that records console errors, page errors and CSP violations,
// so a test can assert that none happened.
export async function openPage(browser, url, options = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await page.goto(url);
  return { page, context, problems };
}

// Resolves once the page has drawn its next frame and run the work queued
// for after it (the playground updates its table, statistics and lists
// after the plot's frame during a continuous action such as typing).
export const settled = (page) =>
  page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(() => requestAnimationFrame(() => done()), 0))));

// The playground at `query`, loaded and drawn.
export async function openPlayground(env, query = '', options = {}) {
  const opened = await openPage(env.browser, `${env.server.url}${query ? `?${query}` : ''}`, { viewport: { width: 1280, height: 800 }, ...options });
  await opened.page.waitForSelector('body[data-ready="true"]', { timeout: 15000 });
  await settled(opened.page);
  return opened;
}
