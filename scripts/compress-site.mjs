// Writes a brotli (.br) and a gzip (.gz) copy beside every compressible
// file of the built site, at the highest levels, once per build, so a
// server sends them without compressing on each request: sirv does (see
// static-server.mjs), and so can any static host that serves precompressed
// files. A copy that would not be smaller is not written.
//
//   node scripts/compress-site.mjs [site directory, default build/site]
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const site = resolve(process.argv[2] ?? fileURLToPath(new URL('../build/site', import.meta.url)));
const TEXT = /\.(html|js|mjs|css|svg|json|map|ts|txt)$/;
const BINARY = /\.wasm$/;

async function* files(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (entry.isFile()) yield path;
  }
}

let before = 0;
let after = 0;
let count = 0;
for await (const path of files(site)) {
  if (!TEXT.test(path) && !BINARY.test(path)) continue;
  const data = await readFile(path);
  const br = brotliCompressSync(data, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_MODE]: TEXT.test(path) ? constants.BROTLI_MODE_TEXT : constants.BROTLI_MODE_GENERIC,
      [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
    },
  });
  const gz = gzipSync(data, { level: constants.Z_BEST_COMPRESSION });
  if (br.length < data.length) await writeFile(`${path}.br`, br);
  if (gz.length < data.length) await writeFile(`${path}.gz`, gz);
  before += data.length;
  after += Math.min(br.length, data.length);
  count += 1;
}
console.log(`compress-site: ${count} files, ${(before / 1024).toFixed(0)} KB -> ${(after / 1024).toFixed(0)} KB as brotli`);

