// The playground page's scripts as the site serves them: esbuild bundles
// web/src/playground/main.js and everything it imports statically into one
// minified module (the first plot's whole graph in one request), and each
// dynamic import() (examples, Python formatting, exports, embed snippets:
// what the page loads after the first plot) into chunks of their own. Names
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
// Beside the site it writes site-bundle.json: esbuild's record of which
// source modules each output holds (tests/js/site.test.js reads it).
import { readFile, writeFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const site = resolve(process.argv[2] ?? resolve(root, 'build/site'));
const ENTRY = 'web/src/playground/main.js';
const PAGE = 'index.html';
const SCRIPT = 'src/playground/main.js';

let esbuild;
try {
  esbuild = await import('esbuild');
} catch {
  throw new Error('bundle-site: esbuild is missing: run `npm ci` (or `npm run setup`) first');
}

const result = await esbuild.build({
  absWorkingDir: root,
  entryPoints: { playground: ENTRY },
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
});

const { outputs } = result.metafile;
const sitePath = (output) => relative(site, resolve(root, output)).split('\\').join('/');
const [entryOutput] = Object.entries(outputs).find(([, output]) => output.entryPoint === ENTRY);

// The chunks the entry imports statically, directly or not: code it shares
// with the later chunks. Each gets a modulepreload, so the browser fetches
// them all beside the entry instead of one import after another.
const sharedChunks = [];
const visit = (output) => {
  for (const { path, kind } of outputs[output].imports) {
    if (kind !== 'import-statement' || sharedChunks.includes(path) || !outputs[path]) continue;
    sharedChunks.push(path);
    visit(path);
  }
};
visit(entryOutput);

// The page is rewritten from its source, so bundling twice is harmless.
const html = await readFile(resolve(root, 'web', PAGE), 'utf8');
const tag = `<script type="module" src="${SCRIPT}"></script>`;
if (!html.includes(tag)) throw new Error(`bundle-site: ${PAGE} has no ${tag} to point at the bundle`);
const preloads = sharedChunks.map((chunk) => `<link rel="modulepreload" href="${sitePath(chunk)}">\n  `).join('');
const bundled = sitePath(entryOutput);
await writeFile(resolve(site, PAGE), html.replace(tag, `${preloads}<script type="module" src="${bundled}"></script>`));
// What went into each output, for the tests (beside the site, not in it).
await writeFile(resolve(site, '..', 'site-bundle.json'), JSON.stringify({ entry: entryOutput, sharedChunks, outputs }, null, 1));
const sizes = Object.entries(result.metafile.outputs).filter(([name]) => name.endsWith('.js'))
  .map(([name, output]) => `${name.split('/').pop()} ${(output.bytes / 1024).toFixed(1)} KB`);
console.log(`bundle-site: ${PAGE} loads ${bundled}; ${sizes.join(', ')}`);
