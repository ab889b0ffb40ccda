// Where the time goes: a CPU profile of one scenario (the cold load, slider
// steps, a paste of many numbers, or slider steps with them loaded) from Chromium's own sampling profiler
// through the DevTools protocol, summarised as the functions with the most
// self time. The whole profile is written to build/page-<scenario>.cpuprofile
// (DevTools' Performance panel opens it).
import { writeFile } from 'node:fs/promises';
import { openReady, pan, pastedNumbers, sliderSteps, typeInputs } from './interact.mjs';

const INSTRUMENT = new URL('./instrument.js', import.meta.url);

function selfTimes(profile) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const totals = new Map();
  profile.samples.forEach((id, i) => {
    const { callFrame } = byId.get(id);
    const where = callFrame.url ? `${callFrame.url.replace(/^.*\/\/[^/]+/, '')}:${callFrame.lineNumber + 1}` : '';
    const key = `${callFrame.functionName || '(anonymous)'} ${where}`.trim();
    totals.set(key, (totals.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return [...totals.entries()].sort((a, b) => b[1] - a[1]);
}

// Allocation during a pan with six curves at DPR 2, after a first pan has
// warmed the code up: V8's sampling heap profiler, summarised as the
// functions that allocated the most bytes.
async function allocationsOfPan(browser, url) {
  const { context, page } = await openReady(browser, url, { deviceScaleFactor: 2 });
  await pan(browser, page, 300);  // warm-up: the optimising compiler has run
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.startSampling', { samplingInterval: 1024, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
  const result = await pan(browser, page, 120);
  const { profile } = await cdp.send('HeapProfiler.stopSampling');
  const totals = new Map();
  const walk = (node) => {
    const { functionName, url: where, lineNumber } = node.callFrame;
    const key = `${functionName || '(anonymous)'} ${where.replace(/^.*\/\/[^/]+/, '')}:${lineNumber + 1}:${node.callFrame.columnNumber + 1}`;
    totals.set(key, (totals.get(key) ?? 0) + node.selfSize);
    node.children.forEach(walk);
  };
  walk(profile.head);
  const rows = [...totals.entries()].sort((a, b) => b[1] - a[1]);
  const total = rows.reduce((sum, [, bytes]) => sum + bytes, 0);
  console.log(`allocation during a pan of ${result.frames} frames: ${(total / 1024).toFixed(0)} KB sampled, ${(total / 1024 / Math.max(1, result.frames)).toFixed(1)} KB per frame; ${result.gcs} garbage collections`);
  for (const [name, bytes] of rows.slice(0, 20)) console.log(`${(bytes / 1024).toFixed(1).padStart(9)} KB  ${name}`);
  await context.close();
}

export async function profiled(browser, scenario, { url, TWO_CURVES, SIX_CURVES, PASTED }) {
  if (scenario === 'pan') return allocationsOfPan(browser, url + SIX_CURVES);
  let context;
  let page;
  let cdp;
  const start = async () => {
    cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
  };
  if (scenario === 'load') {
    context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript({ path: INSTRUMENT.pathname });
    page = await context.newPage();
    await start();
    await page.goto(url);
    await page.waitForFunction(() => window.__pageBench?.firstPlotAt !== undefined, null, { polling: 10 });
  } else {
    ({ context, page } = await openReady(browser, url + TWO_CURVES));
    if (scenario === 'pasted-slider') {
      await typeInputs(page, pastedNumbers(PASTED), '1.25');
      await start();
      await sliderSteps(page, 30);
    } else if (scenario === 'paste') {
      await start();
      await typeInputs(page, pastedNumbers(PASTED), '1.25');
      await typeInputs(page, `${pastedNumbers(PASTED)}, 3`, '1.25');
    } else {
      await start();
      await sliderSteps(page, 60);
    }
  }
  const { profile } = await cdp.send('Profiler.stop');
  const file = new URL(`../../build/page-${scenario}.cpuprofile`, import.meta.url);
  await writeFile(file, JSON.stringify(profile));
  const rows = selfTimes(profile);
  const total = rows.reduce((sum, [, t]) => sum + t, 0);
  console.log(`CPU profile of "${scenario}": ${total.toFixed(1)} ms sampled; the whole profile is in ${file.pathname}`);
  for (const [name, time] of rows.slice(0, 25)) console.log(`${time.toFixed(2).padStart(9)} ms  ${(100 * time / total).toFixed(1).padStart(5)}%  ${name}`);
  await context.close();
}
