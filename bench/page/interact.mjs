// What a visitor does after the load, measured inside the page: a slider
// drag, a pan, and a paste of many numbers into the inputs. Every timing
// comes from performance.now() in the page: the synchronous part of an
// event (its dispatch), the animation frames that follow (each callback
// timed by instrument.js), and the end of the first task after the next
// frame, by which the frame is painted and work queued for after it done.
import { summarise } from './stats.mjs';

const INSTRUMENT = new URL('./instrument.js', import.meta.url);

export async function openReady(browser, url, contextOptions = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...contextOptions });
  await context.addInitScript({ path: INSTRUMENT.pathname });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 30000 });
  await page.waitForFunction(() => window.__pageBench?.firstPlotAt !== undefined, null, { polling: 10 });
  await afterNextFrame(page);
  return { context, page };
}

const afterNextFrame = (page) => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0))));

// `steps` input events on the selected curve's first parameter slider,
// sweeping it back and forth, then one change event (the release).
export async function sliderSteps(page, steps) {
  const rows = await page.evaluate(async (count) => {
    const slider = document.querySelector('#params input[type="range"]');
    if (!slider) throw new Error('no parameter slider on the page');
    const probe = window.__pageBench;
    const min = Number(slider.min);
    const max = Number(slider.max);
    const measured = [];
    for (let i = 0; i < count; i++) {
      const phase = (i % 40) / 40;
      const fraction = phase < 0.5 ? 0.2 + phase : 1.2 - phase;  // 0.2 … 0.7 … 0.2
      const frameCount = probe.frames.length;
      const t0 = performance.now();
      slider.value = String(min + (max - min) * fraction);
      slider.dispatchEvent(new Event('input', { bubbles: true }));
      const t1 = performance.now();
      let frameEnd = t1;
      await new Promise((done) => requestAnimationFrame(() => {
        frameEnd = performance.now();
        setTimeout(done, 0);
      }));
      const t2 = performance.now();
      const frames = probe.frames.slice(frameCount, -1);  // the page's own callbacks, not ours
      measured.push({
        sync: t1 - t0,
        frame: frames.reduce((sum, f) => sum + f.duration, 0),
        after: t2 - frameEnd,
      });
    }
    slider.dispatchEvent(new Event('change', { bubbles: true }));
    return measured;
  }, steps);
  return {
    sync: summarise(rows.map((r) => r.sync)),
    frame: summarise(rows.map((r) => r.frame)),
    after: summarise(rows.map((r) => r.after)),
    step: summarise(rows.map((r) => r.sync + r.frame + r.after)),
  };
}

// A mouse drag across the plot: `moves` pointer moves, one every
// `intervalMs`, with a trace recording garbage collections.
export async function pan(browser, page, moves, intervalMs = 8) {
  const box = await page.locator('#plot').boundingBox();
  const y = box.y + box.height / 2;
  const x0 = box.x + box.width * 0.75;
  await page.mouse.move(x0, y);
  const before = await page.evaluate(() => window.__pageBench.frames.length);
  await browser.startTracing(page, { categories: ['devtools.timeline', 'v8', 'disabled-by-default-v8.gc'] });
  await page.mouse.down();
  for (let i = 1; i <= moves; i++) {
    await page.mouse.move(x0 - (i % 200) * 2, y + Math.sin(i / 10) * 20);
    await page.waitForTimeout(intervalMs);
  }
  await page.mouse.up();
  await afterNextFrame(page);
  const trace = JSON.parse((await browser.stopTracing()).toString());
  const frames = await page.evaluate((from) => window.__pageBench.frames.slice(from, -1), before);
  const gcs = trace.traceEvents.filter((e) => (e.name === 'MinorGC' || e.name === 'MajorGC') && e.ph !== 'E').length;
  const intervals = frames.slice(1).map((f, i) => f.start - frames[i].start);
  return {
    render: summarise(frames.map((f) => f.duration)),
    interval: summarise(intervals),
    frames: frames.length,
    gcs,
  };
}

// Numbers a visitor might paste: `count` of them, spread over [-10, 10],
// the first one distinctive so the table's first row shows it arrived.
export function pastedNumbers(count) {
  const values = ['1.25'];
  for (let i = 1; i < count; i++) values.push(((((i * 7919) % 2001) - 1000) / 100).toFixed(2));
  return values.join(', ');
}

// Sets the inputs to `text` with one input event; resolves when the table
// shows `firstCell` in its first row and the next frame is painted.
export async function typeInputs(page, text, firstCell) {
  return page.evaluate(async ({ text, firstCell }) => {
    const input = document.getElementById('inputs');
    const table = document.getElementById('results');
    const shows = () => {
      const cell = table.querySelector('tbody tr > *');
      return cell?.textContent === firstCell && !table.hasAttribute('data-stale');
    };
    const t0 = performance.now();
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    const sync = performance.now() - t0;
    for (let frames = 0; frames < 10000; frames++) {
      const ready = shows();
      await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
      if (ready || shows()) break;
    }
    return { sync, response: performance.now() - t0 };
  }, { text, firstCell });
}

// Types `keys` one at a time at the end of the inputs, as a keystroke
// does (an editing command, so the field's text changes in place); each
// resolves when the next frame is painted and the work queued for after it
// is done. Returns the time of each keystroke.
export async function typeKeys(page, keys) {
  return page.evaluate(async (typed) => {
    const input = document.getElementById('inputs');
    const times = [];
    for (const key of typed) {
      input.focus();
      input.setSelectionRange(input.value.length, input.value.length);
      const t0 = performance.now();
      document.execCommand('insertText', false, key);
      await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
      times.push(performance.now() - t0);
    }
    return times;
  }, [...keys]);
}
