// What the run needs before it can time anything: the benchmark's peer
// packages and the built library.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url));
const benchDir = path.join(root, 'bench');

// TF.js and its WASM backend go into bench/node_modules from bench's own
// lock file, so users of the library never install them. `npm ci` runs
// when they are absent or the lock file is newer than the install.
export function ensurePeers() {
  const installed = path.join(benchDir, 'node_modules/.package-lock.json');
  const lock = path.join(benchDir, 'package-lock.json');
  if (existsSync(installed) && statSync(installed).mtimeMs >= statSync(lock).mtimeMs) return;
  console.error('bench: installing the peer packages (npm ci --prefix bench)');
  const result = spawnSync('npm', ['ci', '--prefix', benchDir, '--no-audit', '--no-fund'], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error('npm ci --prefix bench failed');
}

export const siteCoreDir = path.join(root, 'build/site/src/core');

// The library through its package name, resolved from the repository root
// as a user's import would be (bench/package.json makes bench/ a package of
// its own, where the name would not resolve).
// `build` ('auto', 'simd' or 'scalar') picks the library's WASM module.
export async function loadLibrary(build) {
  const require = createRequire(path.join(root, 'package.json'));
  let entry;
  try {
    entry = require.resolve('activation-playground');
  } catch {}
  if (!entry || !existsSync(entry)) throw new Error('the library is not built: run `npm run build` (or `npm run bench`, which builds)');
  const { loadActivations } = await import(pathToFileURL(entry).href);
  return loadActivations({ build });
}
