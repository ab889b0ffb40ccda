// Cold loads, the critical path and warm reloads of a page, each in a new
// browser context (an empty cache), as a first-time visitor meets them.
import { NetworkLog } from './network.mjs';
import { summarise } from './stats.mjs';

const INSTRUMENT = new URL('./instrument.js', import.meta.url);

// Waits until the page has drawn its first plot and then until no request
// has started or been under way for `quietMs`, so lazy loads count too.
async function settle(page, log, quietMs = 400, limitMs = 30000) {
  await page.waitForFunction(() => window.__pageBench?.firstPlotAt !== undefined, null, { timeout: limitMs, polling: 10 });
  const deadline = Date.now() + limitMs;
  let seen = -1;
  while (Date.now() < deadline) {
    const list = log.list();
    const busy = list.some((r) => r.finished === undefined);
    if (!busy && list.length === seen) return;
    seen = busy ? -1 : list.length;
    await new Promise((done) => setTimeout(done, busy ? 50 : quietMs));
  }
}

// One cold load: { firstPlot, drawn, fcp, network summary, chain, page }.
export async function coldLoad(browser, url, { keep = false, viewport = { width: 1280, height: 800 } } = {}) {
  const context = await browser.newContext({ viewport });
  await context.addInitScript({ path: INSTRUMENT.pathname });
  const page = await context.newPage();
  const log = await NetworkLog.attach(context, page);
  await page.goto(url);
  await settle(page, log);
  const timing = await page.evaluate(() => ({
    firstPlot: window.__pageBench.firstPlotAt,
    drawn: window.__pageBench.drawnAt,
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
    firstPlotWall: performance.timeOrigin + window.__pageBench.drawnAt,
  }));
  const result = { ...timing, network: log.summary(), chain: log.criticalChain(timing.firstPlotWall / 1000), waited: log.requestsBefore(timing.firstPlotWall / 1000), log };
  if (!keep) await context.close();
  else Object.assign(result, { context, page });
  return result;
}

// `runs` cold loads of `url`, then one warm reload of the last one.
export async function measureLoads(browser, url, runs) {
  const loads = [];
  for (let i = 0; i < runs; i++) loads.push(await coldLoad(browser, url, { keep: i === runs - 1 }));
  const last = loads[loads.length - 1];
  const warm = await warmReload(last.context, last.page);
  await last.context.close();
  return {
    firstPlot: summarise(loads.map((l) => l.firstPlot)),
    fcp: summarise(loads.map((l) => l.fcp)),
    network: last.network,
    chain: last.chain,
    waited: last.waited,
    requests: last.log.list(),
    warm,
  };
}

// A reload in the same context: what a returning visitor downloads again.
async function warmReload(context, page) {
  const log = await NetworkLog.attach(context, page);
  await page.reload();
  await settle(page, log);
  const firstPlot = await page.evaluate(() => window.__pageBench.firstPlotAt);
  return { firstPlot, network: log.summary(), requests: log.list() };
}
