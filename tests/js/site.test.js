// The built site as it is served: what the playground's first plot loads
// (and what it leaves for later), the precompressed files, validators,
// caching and the headers every response carries. Structure only: how
// fast it loads is bench/page's business.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { CONTENT_SECURITY_POLICY, startServer } from '../../scripts/static-server.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const site = join(root, 'build/site');
const bundle = JSON.parse(readFileSync(join(root, 'build/site-bundle.json'), 'utf8'));
const sitePath = (output) => output.replace(/^build\/site\//, '');

// Modules the first plot must not wait for: the tutorial examples, Python
// formatting, exports, embed snippets and the panels on Gaussian inputs.
const LATER = [
  'web/src/playground/tutorial-articles.js',
  'web/src/playground/examples-panel.js',
  'web/src/python/python-format.js',
  'web/src/python/python-printf.js',
  'web/src/python/exact-decimal.js',
  'web/src/python/tutorial-runner.js',
  'web/src/playground/export.js',
  'web/src/playground/embed-snippets.js',
  'web/src/playground/panels/evaluate-panel.js',
  'web/src/curves/code-export.js',
  'web/src/playground/panels/gaussian-panels.js',
  'web/src/playground/panels/distribution-panel.js',
  'web/src/playground/panels/qmap-panel.js',
  'web/src/playground/gaussian-data.js',
  'web/src/plot/density-chart.js',
  'web/src/plot/cobweb-chart.js',
];

let server;
before(async () => {
  server = await startServer({ root: site });
});
after(() => server?.close());

// A raw GET (no decompression): { status, headers, body }.
function get(path, headers = {}) {
  return new Promise((resolve, reject) => {
    const req = request(new URL(path, server.url), { method: headers.method ?? 'GET', headers }, (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode, headers: response.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

test('the first plot loads one bundle and its shared chunks; examples, Python formatting and exports come later', () => {
  const firstPlot = [bundle.entry, ...bundle.sharedChunks];
  const modules = new Set(firstPlot.flatMap((output) => Object.keys(bundle.outputs[output].inputs)));
  assert.ok(modules.has('web/src/playground/main.js') && modules.has('web/src/playground/panels/plot-panel.js'));
  for (const module of LATER) assert.ok(!modules.has(module), `${module} is not on the first plot's path`);
  const later = new Set(Object.values(bundle.outputs).flatMap((output) => Object.keys(output.inputs ?? {})));
  for (const module of LATER.filter((name) => !name.endsWith('python-printf.js'))) assert.ok(later.has(module), `${module} is bundled, in a later chunk`);
});

test('the page asks for everything the first plot needs at once: bundle, shared chunks, the core loader and its .wasm', () => {
  const html = readFileSync(join(site, 'index.html'), 'utf8');
  assert.match(html, new RegExp(`<script type="module" src="${sitePath(bundle.entry)}"></script>`));
  for (const chunk of bundle.sharedChunks) assert.match(html, new RegExp(`<link rel="modulepreload" href="${sitePath(chunk)}">`));
  assert.match(html, /<link rel="preload" href="src\/core\/activations-core-simd\.wasm" as="fetch" crossorigin>/);
  assert.match(html, /<link rel="modulepreload" href="src\/core\/activations-core-simd\.js">/);
  // Every static import of the entry is preloaded: nothing is discovered
  // one import after another.
  for (const output of [bundle.entry, ...bundle.sharedChunks]) {
    for (const { path, kind } of bundle.outputs[output].imports) {
      if (kind === 'import-statement') assert.ok(bundle.sharedChunks.includes(path), `${path} is preloaded`);
    }
  }
});

test('every compressible file has a brotli and a gzip copy that decompress to it', () => {
  const walk = (dir) => readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
  const files = walk(site).filter((path) => /\.(html|js|css|svg|wasm|json)$/.test(path));
  assert.ok(files.length > 20);
  for (const path of files) {
    const data = readFileSync(path);
    for (const [suffix, decompress] of [['.br', brotliDecompressSync], ['.gz', gunzipSync]]) {
      if (existsSync(path + suffix)) assert.ok(decompress(readFileSync(path + suffix)).equals(data), `${path}${suffix}`);
      else assert.ok(data.length < 200, `${path}${suffix} exists (only tiny files may lack one)`);
    }
  }
});

test('responses are compressed by Accept-Encoding, with validators, caching by kind and the strict CSP', async () => {
  const html = await get('/', { 'Accept-Encoding': 'gzip, deflate, br' });
  assert.equal(html.status, 200);
  assert.equal(html.headers['content-encoding'], 'br');
  assert.equal(html.headers.vary, 'Accept-Encoding');
  assert.match(html.headers['content-type'], /^text\/html/);
  assert.equal(html.headers['cache-control'], 'no-cache');
  assert.ok(html.headers.etag && html.headers['last-modified'], 'ETag and Last-Modified');
  assert.equal(html.headers['content-security-policy'], CONTENT_SECURITY_POLICY);
  assert.ok(brotliDecompressSync(html.body).equals(readFileSync(join(site, 'index.html'))));

  const wasm = await get('/src/core/activations-core-simd.wasm', { 'Accept-Encoding': 'gzip' });
  assert.equal(wasm.headers['content-encoding'], 'gzip');
  assert.equal(wasm.headers['content-type'], 'application/wasm');
  assert.ok(gunzipSync(wasm.body).equals(readFileSync(join(site, 'src/core/activations-core-simd.wasm'))));

  const plain = await get('/styles.css');
  assert.equal(plain.headers['content-encoding'], undefined);
  assert.ok(plain.body.equals(readFileSync(join(site, 'styles.css'))));

  const entry = await get(`/${sitePath(bundle.entry)}`, { 'Accept-Encoding': 'br' });
  assert.equal(entry.headers['cache-control'], 'public, max-age=31536000, immutable', 'content-hashed names are kept a year');
  assert.match(entry.headers['content-type'], /^text\/javascript/);

  const again = await get('/', { 'Accept-Encoding': 'gzip, deflate, br', 'If-None-Match': html.headers.etag });
  assert.equal(again.status, 304);
  assert.equal(again.body.length, 0);
  assert.equal(again.headers['content-security-policy'], CONTENT_SECURITY_POLICY);
});

test('a page on another origin may load the modules and the .wasm (CORS), and nothing else is served', async () => {
  for (const path of ['/src/activation-plot.js', '/src/core/activations-core-simd.js', '/src/core/activations-core-simd.wasm', '/embed.html']) {
    const response = await get(path, { Origin: 'https://blog.example' });
    assert.equal(response.status, 200, path);
    assert.equal(response.headers['access-control-allow-origin'], '*', path);
    assert.equal(response.headers['cross-origin-resource-policy'], 'cross-origin', path);
  }
  assert.match((await get('/src/activations.d.ts')).headers['content-type'], /^text\/plain/);
  const missing = await get('/nothing-here.js');
  assert.equal(missing.status, 404);
  assert.equal(missing.headers['content-security-policy'], CONTENT_SECURITY_POLICY);
  assert.equal((await get('/../package.json')).status, 404);
  assert.equal((await get('/%2e%2e/package.json')).status, 404);
  assert.equal((await get('/', { method: 'POST' })).status, 405);
});
