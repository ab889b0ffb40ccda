// What the lab page's end-to-end tests share: opening lab.html until its
// sections are ready, waiting for a section's run to end, and reading a
// canvas' pixels.
import { openPage } from './browser.js';

export async function openLab(env, query = '', options = {}) {
  const opened = await openPage(env.browser, `${env.server.url}lab.html${query}`, { viewport: { width: 1280, height: 800 }, ...options });
  await opened.page.waitForSelector('body[data-ready="true"]', { state: 'attached', timeout: 20000 });
  return opened;
}

// Resolves when the section's run has ended: done, cancelled or failed.
export const runDone = (page, section, timeout = 120000) =>
  page.waitForFunction((s) => {
    const root = document.getElementById(s);
    return !root.querySelector('.lab-run-button').disabled && /Done|Cancelled|failed/.test(root.querySelector('.lab-status').textContent);
  }, section, { timeout });

// Pixels of the index-th canvas matching `selector` that differ from its
// top-left corner (the background).
export const inkedPixels = (page, selector, index = 0) =>
  page.evaluate(({ s, index }) => {
    const canvas = document.querySelectorAll(s)[index];
    const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
    let count = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (Math.abs(data[i] - data[0]) + Math.abs(data[i + 1] - data[1]) + Math.abs(data[i + 2] - data[2]) > 30) count++;
    }
    return count;
  }, { s: selector, index });
