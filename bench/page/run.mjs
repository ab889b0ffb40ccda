// `npm run bench:page`: the playground page in headless Chromium against
// the built site (build/site), served as `npm start` serves it, with every
// row of the page-speed table: cold load to first plot (and its ratio to
// a static page with one canvas, loaded in the same run), the critical
// path and bytes from the browser's own network records, a warm reload,
// a slider drag, a pan with six curves at DPR 2, and 100,000 pasted
// numbers. See bench/README.md for the method and one run's figures.
//
//   node bench/page/run.mjs [--runs=15] [--quick] [--site=DIR] [--server=MODULE] [--profile=load|slider|paste|pasted-slider|pan]
//
// --site and --server measure another build and server (a module exporting
// startServer({ root }) like scripts/static-server.mjs): an older one, say.
import os from 'node:os';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { coldLoad, measureLoads } from './load.mjs';
import { openReady, pan, pastedNumbers, sliderSteps, typeInputs, typeKeys } from './interact.mjs';
import { profiled } from './profile.mjs';
import { kb, ms, spread, summarise } from './stats.mjs';

const option = (name, fallback) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const quick = process.argv.includes('--quick');
const runs = Number(option('runs', quick ? 3 : 15));
const site = option('site', fileURLToPath(new URL('../../build/site/', import.meta.url)));
const profile = option('profile', undefined);
const serverModule = option('server', fileURLToPath(new URL('../../scripts/static-server.mjs', import.meta.url)));
// Each server runs in a process of its own (serve.mjs).
const progress = (text) => process.stderr.write(`bench:page: ${text}\n`);

const TWO_CURVES = '?fn=leaky_relu&fn=relu';
const SIX_CURVES = '?fn=relu&fn=leaky_relu(negative_slope=0.1)&fn=elu&fn=gelu&fn=silu&fn=tanh';
const PASTED = 100_000;

// "3: / → a.js → b.wasm; 7 requests before the first plot, at depths 1, 2, 3".
function criticalPath({ chain, waited }) {
  const depths = waited.map((r) => r.chain.length);
  const counts = [...new Set(depths)].sort().map((d) => `${depths.filter((x) => x === d).length} at depth ${d}`);
  return `${chain.length}: ${chain.join(' → ')} (the first plot waited for ${waited.length} requests: ${counts.join(', ')})`;
}

function machineLine(browser) {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const cores = os.availableParallelism?.() ?? os.cpus().length;
  return `machine: ${cpu}, ${cores} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, load ${os.loadavg()[0].toFixed(1)}; ` +
    `Chromium ${browser.version()} headless; Node ${process.version}`;
}

// Starts `root`'s server in a child process; resolves to { url, close }.
function serve(root) {
  const child = spawn(process.execPath, [fileURLToPath(new URL('./serve.mjs', import.meta.url)), serverModule, root], { stdio: ['pipe', 'pipe', 'inherit'] });
  return new Promise((resolvePromise, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`the server for ${root} exited (${code})`)));
    child.stdout.once('data', (line) => resolvePromise({
      url: String(line).trim(),
      close: () => new Promise((done) => {
        child.removeAllListeners('exit');
        child.once('exit', done);
        child.stdin.end();
      }),
    }));
  });
}

async function main() {
  const server = await serve(site);
  const floor = await serve(fileURLToPath(new URL('./floor/', import.meta.url)));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    if (profile) return await profiled(browser, profile, { url: server.url, TWO_CURVES, SIX_CURVES, PASTED });
    const lines = [machineLine(browser), `site: ${site}; server: ${serverModule}`, ''];
    progress(`cold loads (${runs} of the floor, ${runs} of the playground)`);
    await coldLoad(browser, floor.url);  // warms the browser process, not measured
    const floorLoads = [];
    const pageLoads = [];
    // Interleaved, so load from elsewhere on the machine hits both alike.
    for (let i = 0; i < runs; i++) {
      floorLoads.push((await coldLoad(browser, floor.url)).firstPlot);
      pageLoads.push((await coldLoad(browser, server.url)).firstPlot);
    }
    const loads = await measureLoads(browser, server.url, 1);
    const floorTime = summarise(floorLoads);
    const pageTime = summarise(pageLoads);

    progress('slider steps, 2 curves');
    let opened = await openReady(browser, server.url + TWO_CURVES);
    const slider = await sliderSteps(opened.page, quick ? 20 : 120);
    await opened.context.close();

    progress('pan, 6 curves at DPR 2');
    opened = await openReady(browser, server.url + SIX_CURVES, { deviceScaleFactor: 2 });
    const panned = await pan(browser, opened.page, quick ? 40 : 240);
    await opened.context.close();

    progress(`${PASTED.toLocaleString('en')} numbers pasted`);
    opened = await openReady(browser, server.url + TWO_CURVES);
    const pasteRuns = quick ? 1 : 3;
    const pastes = [];
    const keystrokes = [];
    const text = pastedNumbers(PASTED);
    for (let i = 0; i < pasteRuns; i++) {
      pastes.push((await typeInputs(opened.page, text, '1.25')).response);
      keystrokes.push(...(await typeKeys(opened.page, ', 7')));
      if (i < pasteRuns - 1) await typeInputs(opened.page, '0.5', '0.5');
    }
    await typeInputs(opened.page, text, '1.25');
    const loadedSlider = await sliderSteps(opened.page, quick ? 5 : 30);
    await opened.context.close();

    const w = loads.warm.network;
    const n = loads.network;
    lines.push(
      '| what | measured | goal |',
      '|---|---|---|',
      `| cold load to first plot on screen | ${spread(pageTime)}; ${ms(pageTime.median / floorTime.median)}x the floor | ≤ 200 ms |`,
      `| the floor: a static page with one <canvas>, same server | ${spread(floorTime)} | |`,
      `| first contentful paint | ${ms(loads.fcp.median)} ms | |`,
      `| dependent requests on the critical path | ${criticalPath(loads)} | ≤ 3 |`,
      `| bytes on the wire, cold | ${kb(n.bytes)} in ${n.requests} requests, ${n.compressed} compressed | ≤ 130 KB, compressed |`,
      `| warm reload | ${kb(w.bytes)} in ${w.requests} requests: ${w.cached} from cache, ${w.validated} revalidated (headers only), ${w.downloaded} with a body | ≤ 5 KB |`,
      `| synchronous JS per slider input event, 2 curves | ${spread(slider.sync)} | ≤ 2 ms |`,
      `| plot redraw per slider step (animation frame) | ${spread(slider.frame)}; after the frame ${ms(slider.after.median)} ms | ≤ 4 ms |`,
      `| pan, 6 curves, DPR 2: render per frame | ${spread(panned.render)}; frame interval p90 ${ms(panned.interval.p90)} ms | ≤ 4 ms median |`,
      `| pan, 6 curves, DPR 2: garbage collections | ${panned.gcs} in ${panned.frames} frames | no per-point allocation |`,
      `| ${PASTED.toLocaleString('en')} numbers pasted: visible response | ${spread(summarise(pastes))} | ≤ 300 ms |`,
      `| each further keystroke (typed at the end: \", 7\") | ${spread(summarise(keystrokes))} | ≤ 100 ms |`,
      `| slider step with those inputs loaded | ${spread(loadedSlider.step)} (sync ${ms(loadedSlider.sync.median)}, frame ${ms(loadedSlider.frame.median)}, after ${ms(loadedSlider.after.median)}) | ≤ 16 ms |`,
      '',
      'cold requests:',
      ...loads.requests.map((r) => `  ${r.status ?? '---'} ${(r.encoding ?? '-').padEnd(4)} ${String(r.bytes ?? 0).padStart(7)} B  ${new URL(r.url).pathname}`),
      'warm reload requests:',
      ...loads.warm.requests.map((r) => `  ${r.status ?? '---'} ${r.memoryCache || r.fromDiskCache || r.fromMemoryCache ? 'cache' : '     '} ${String(r.bytes ?? 0).padStart(7)} B  ${new URL(r.url).pathname}`),
    );
    console.log(lines.join('\n'));
  } finally {
    await browser.close();
    await server.close();
    await floor.close();
  }
}

await main();
