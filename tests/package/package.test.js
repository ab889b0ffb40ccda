// The npm package as a user gets it: `npm pack` after the build, installed
// offline into an empty folder. A Node script imports it and computes relu;
// the typed consumer compiles against the installed types; a page served
// from that folder uses both elements in Chromium.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/static-server.mjs';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TSC = join(ROOT, 'node_modules/.bin/tsc');

let work;      // the temporary folder
let app;       // the consumer's project inside it
let packed;    // npm pack's report: { filename, files: [{ path }] }

before(async () => {
  work = await mkdtemp(join(tmpdir(), 'activation-package-'));
  // The build has run already (npm test builds first); pack what it made.
  const { stdout } = await run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], { cwd: ROOT });
  [packed] = JSON.parse(stdout.slice(stdout.indexOf('[')));
  app = join(work, 'app');
  await mkdir(app);
  await writeFile(join(app, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }, null, 2));
  await run('npm', ['install', '--offline', '--no-audit', '--no-fund', join(work, packed.filename)], { cwd: app });
});

after(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

test('the package holds what a user needs and nothing of the site', async () => {
  const files = packed.files.map((f) => f.path);
  for (const needed of ['package.json', 'README.md', 'LICENSE', 'build/site/src/activations.js', 'build/site/src/activations.d.ts',
    'build/site/src/activation-plot.js', 'build/site/src/activation-plot.d.ts', 'build/site/src/activation-example.js',
    'build/site/src/activation-example.d.ts', 'build/site/src/core/activations-core.wasm',
    'build/site/src/api/analysis.js', 'build/site/src/core/activations-analysis.js', 'build/site/src/core/activations-analysis.wasm']) {
    assert.ok(files.includes(needed), `${needed} is packed`);
  }
  for (const file of files) {
    assert.ok(!/(^|\/)(index|embed)\.html$|app\.js$|\/examples\/|^tests\/|^core\/|^web\//.test(file), `${file} is not for users`);
  }
  const manifest = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8'));
  assert.equal(manifest.license, 'MIT');
  assert.equal(manifest.type, 'module');
  for (const path of manifest.sideEffects) assert.ok(files.includes(posix.normalize(path)), `side effect ${path} is packed`);
});

// Every module reachable from the exports, following static imports and the
// './…' files named in code (the WASM builds a loader picks at run time).
test('every module the exports reach is in the package', async () => {
  const files = new Set(packed.files.map((f) => f.path));
  const manifest = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8'));
  const entries = Object.values(manifest.exports).flatMap((target) => (typeof target === 'string' ? [target] : Object.values(target)));
  const seen = new Set();
  const missing = [];
  const visit = async (path, from) => {
    const file = posix.normalize(path);
    if (seen.has(file)) return;
    seen.add(file);
    if (!files.has(file)) {
      missing.push(`${file} (from ${from})`);
      return;
    }
    if (!/\.(js|ts)$/.test(file)) return;
    const text = await readFile(join(ROOT, file), 'utf8');
    for (const [, spec] of text.matchAll(/['"](\.\.?\/[^'"\s]+\.(?:js|wasm))['"]/g)) {
      let target = posix.join(posix.dirname(file), spec);
      if (file.endsWith('.d.ts') && !files.has(target)) target = target.replace(/\.js$/, '.d.ts');
      await visit(target, file);
    }
  };
  for (const entry of entries) await visit(entry, 'package.json exports');
  assert.deepEqual(missing, []);
});

test('a Node script imports the installed package, computes relu, and loads the analysis module with it or later', async () => {
  const script = `
    import { loadActivations } from 'activation-playground';
    import 'activation-playground/activation-plot';     // defines nothing without a DOM, and throws nothing
    import 'activation-playground/activation-example';
    const later = await loadActivations({ build: 'scalar', analysis: 'later' });
    const loadedLater = later.analysisLoaded();
    const act = await loadActivations();
    console.log(JSON.stringify({
      apply: Array.from(act.apply('relu', new Float32Array([-1, 2, -0.5, 3]))),
      evaluate: act.evaluate('leaky_relu', -3, { negative_slope: 0.001 }),
      derivative: act.derivative('relu', 0),
      names: act.list().map((a) => a.name).slice(0, 2),
      meanSquare: act.moments('relu', { mean: 0, sd: 1 }).meanSquare,
      loadedLater,
      later: (await later.analysisReady()).moments('relu', { mean: 0, sd: 1 }).meanSquare,
    }));
  `;
  await writeFile(join(app, 'relu.mjs'), script);
  const { stdout } = await run(process.execPath, ['relu.mjs'], { cwd: app });
  assert.deepEqual(JSON.parse(stdout), {
    apply: [0, 2, 0, 3], evaluate: -0.003, derivative: 0, names: ['relu', 'leaky_relu'], meanSquare: 0.5, loadedLater: false, later: 0.5,
  });
});

test('the installed types compile a typed consumer', async () => {
  await cp(join(ROOT, 'tests/types/consumer.ts'), join(app, 'consumer.ts'));
  await cp(join(ROOT, 'tests/types/tsconfig.json'), join(app, 'tsconfig.json'));
  await run(TSC, ['-p', join(app, 'tsconfig.json')], { cwd: app }).catch((error) => {
    assert.fail(`tsc failed:\n${error.stdout}${error.stderr}`);
  });
});

test('a page served from that folder uses the elements', async () => {
  await writeFile(join(app, 'index.html'), `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Installed package</title>
  <link rel="icon" href="favicon.svg" type="image/svg+xml">
  <script type="module" src="node_modules/activation-playground/build/site/src/activation-plot.js"></script>
  <script type="module" src="node_modules/activation-playground/build/site/src/activation-example.js"></script>
</head>
<body>
  <activation-plot fn="leaky_relu" negative-slope="0.2" derivative range="-5 5"></activation-plot>
  <activation-example fn="relu" inputs="2.0 -3.0"></activation-example>
</body>
</html>
`);
  await writeFile(join(app, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"/>');
  const server = await startServer({ root: app });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const page = await browser.newPage();
    const problems = [];
    page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(server.url);
    await page.waitForFunction(() =>
      [...document.querySelectorAll('activation-plot, activation-example')].every((e) => e.status === 'ready' || e.status === 'error'),
    );
    assert.deepEqual(await page.$$eval('activation-plot, activation-example', (all) => all.map((e) => e.status)), ['ready', 'ready']);
    const drawn = await page.$eval('activation-plot', (plot) => {
      const canvas = plot.shadowRoot.querySelector('canvas');
      const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
      let count = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i] + data[i + 1] + data[i + 2] < 600) count++;
      return count;
    });
    assert.ok(drawn > 2000, `${drawn} pixels drawn`);
    assert.equal(await page.$eval('activation-example', (e) => e.output), '2.0\n0.0');
    assert.deepEqual(problems, []);
  } finally {
    await browser.close();
    await server.close();
  }
});
