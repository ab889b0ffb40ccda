// The pages' scripts as the site serves them: esbuild bundles each page's
// script (the playground's web/src/playground/main.js, the lab's
// web/src/lab-page/main.js) and everything it imports statically into one
// minified module (the first plot's whole graph in one request), and each
// dynamic import() (examples, Python formatting, exports, embed snippets:
// what the page loads after the first plot) into chunks of their own, in
// one esbuild run per page (no chunk is shared between pages). Names
// carry a hash of the content, so the server lets browsers keep them for a
// year. The source stays plain ES modules, and src/ keeps the unbundled
// modules that the package, the elements and the iframe page use.
//
// The bundle lives in src/bundle/, a sibling of src/api/, so the relative
// URL of the core's loader in api/load-core.js ('../core/…', resolved
// against the importing module) points at src/core/ from there too.
//
//   node scripts/bundle-site.mjs [site directory, default build/site]
//
// The lab's Workers are not bundled: lab-worker.js and the modules it
// imports stay in src/, where the page finds them by a URL relative to its
// own module ('../lab-worker.js' from src/lab-page/ and from src/bundle/).
//
// Beside the site it writes site-bundle.json: esbuild's record of which
// source modules each output holds (tests/js/site.test.js reads it).
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const site = resolve(process.argv[2] ?? resolve(root, 'build/site'));
// Each page: its HTML, the module script it names, and that script's source.
const PAGES = {
  playground: { page: 'index.html', script: 'src/playground/main.js', entry: 'web/src/playground/main.js' },
  lab: { page: 'lab.html', script: 'src/lab-page/main.js', entry: 'web/src/lab-page/main.js' },
};

let esbuild;
try {
  esbuild = await import('esbuild');
} catch {
  throw new Error('bundle-site: esbuild is missing: run `npm ci` (or `npm run setup`) first');
}

// One build per page, so a page's first load is its own entry and the few
// chunks it shares with its own lazy parts, not chunks cut to fit another
// page too: every response costs its headers, and small files compress
// worse than one.
const results = await Promise.all(Object.entries(PAGES).map(([name, { entry }]) => esbuild.build({
  absWorkingDir: root,
  entryPoints: { [name]: entry },
  bundle: true,
  splitting: true,
  format: 'esm',
  target: 'es2022',
  minify: !process.env.BUNDLE_NAMES,
  minifySyntax: true,
  minifyWhitespace: true,
  sourcemap: 'linked',
  legalComments: 'none',
  outdir: resolve(site, 'src/bundle'),
  entryNames: '[name]-[hash]',
  chunkNames: '[name]-[hash]',
  external: ['node:*'],  // only loaded under Node, never by the page
  metafile: true,
  logLevel: 'warning',
})));

const outputs = Object.assign({}, ...results.map((result) => result.metafile.outputs));
const sitePath = (output) => relative(site, resolve(root, output)).split('\\').join('/');

// The chunks an entry imports statically, directly or not: code it shares
// with other chunks. Each gets a modulepreload, so the browser fetches them
// all beside the entry instead of one import after another.
function staticChunks(entryOutput) {
  const chunks = [];
  const visit = (output) => {
    for (const { path, kind } of outputs[output].imports) {
      if (kind !== 'import-statement' || chunks.includes(path) || !outputs[path]) continue;
      chunks.push(path);
      visit(path);
    }
  };
  visit(entryOutput);
  return chunks;
}

// Each page is rewritten from its source, so bundling twice is harmless.
const record = {};
for (const [name, { page, script, entry }] of Object.entries(PAGES)) {
  const [entryOutput] = Object.entries(outputs).find(([, output]) => output.entryPoint === entry);
  const sharedChunks = staticChunks(entryOutput);
  const html = await readFile(resolve(root, 'web', page), 'utf8');
  const tag = `<script type="module" src="${script}"></script>`;
  if (!html.includes(tag)) throw new Error(`bundle-site: ${page} has no ${tag} to point at the bundle`);
  const preloads = sharedChunks.map((chunk) => `<link rel="modulepreload" href="${sitePath(chunk)}">\n  `).join('');
  await writeFile(resolve(site, page), html.replace(tag, `${preloads}<script type="module" src="${sitePath(entryOutput)}"></script>`));
  record[name] = { page, entry: entryOutput, sharedChunks };
}
// What went into each output, for the tests (beside the site, not in it);
// entry and sharedChunks at the top are the playground's.
await writeFile(resolve(site, '..', 'site-bundle.json'), JSON.stringify({ ...record.playground, pages: record, outputs }, null, 1));
// The Emscripten loaders (src/core/*.js, not bundled: the API imports the
// one it picks at run time) minified in place, their local names
// shortened as Emscripten's optional Closure pass would: a third fewer
// bytes on the wire. Idempotent, so bundling twice is harmless.
for (const file of await readdir(resolve(site, 'src/core'))) {
  if (!file.endsWith('.js')) continue;
  const path = resolve(site, 'src/core', file);
  const { code } = await esbuild.transform(await readFile(path, 'utf8'), { minify: true, format: 'esm', target: 'es2022', legalComments: 'none' });
  await writeFile(path, code);
}
const sizes = Object.entries(outputs).filter(([name]) => name.endsWith('.js'))
  .map(([name, output]) => `${name.split('/').pop()} ${(output.bytes / 1024).toFixed(1)} KB`);
console.log(`bundle-site: ${Object.values(record).map(({ page, entry }) => `${page} loads ${sitePath(entry)}`).join(', ')}; ${sizes.join(', ')}`);
