// One line saying what the numbers were measured on, since they mean
// nothing without it.
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import os from 'node:os';

// The model name, with family and model numbers when the name is generic
// (a virtual machine may report only "AMD EPYC"), and the cache sizes that
// decide where the sizes fall out of cache.
function cpuModel() {
  let text = '';
  try {
    text = readFileSync('/proc/cpuinfo', 'utf8');
  } catch {}
  const field = (name) => text.match(new RegExp(`^${name}\\s*:\\s*(.*)$`, 'm'))?.[1].trim();
  const name = field('model name') ?? os.cpus()[0]?.model ?? 'unknown CPU';
  const family = field('cpu family');
  const model = field('model');
  return family ? `${name} (family ${family}, model ${model})` : name;
}

function caches() {
  const sizes = [];
  for (let index = 0; index < 8; index++) {
    try {
      const dir = `/sys/devices/system/cpu/cpu0/cache/index${index}`;
      const level = readFileSync(`${dir}/level`, 'utf8').trim();
      const type = readFileSync(`${dir}/type`, 'utf8').trim();
      if (type !== 'Instruction') sizes.push(`L${level} ${readFileSync(`${dir}/size`, 'utf8').trim()}`);
    } catch {
      break;
    }
  }
  return sizes.length ? `, caches ${sizes.join(' ')}` : '';
}

// The version of the emcc on PATH, the one scripts/build.sh builds with.
function emscriptenVersion() {
  const result = spawnSync('emcc', ['--version'], { encoding: 'utf8' });
  return result.stdout?.match(/emcc \([^)]*\) (\S+)/)?.[1] ?? 'unknown';
}

// The WASM modules the library's build ships (a scalar one, and a SIMD one
// where it exists), and whether this engine has WebAssembly SIMD: the
// library picks its module at load time.
function libraryModules(siteCoreDir) {
  let modules = 'unknown';
  try {
    modules = readdirSync(siteCoreDir).filter((name) => name.endsWith('.wasm')).join(' + ');
  } catch {}
  return `ships ${modules}; engine SIMD ${simdSupported() ? 'supported' : 'not supported'}`;
}

// A module whose one function uses a v128 instruction (i32.const 0;
// i8x16.splat; drop), as WebAssembly feature detection does.
function simdSupported() {
  return WebAssembly.validate(
    new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 3, 2, 1, 0, 10, 9, 1, 7, 0, 65, 0, 253, 15, 26, 11]),
  );
}

export function machineLines({ siteCoreDir, libraryBuild, tf, nativeCompiler }) {
  const cores = os.availableParallelism?.() ?? os.cpus().length;
  return [
    `machine: ${cpuModel()}${caches()}, ${cores} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.platform()} ${os.release()}`,
    `runtime: Node ${process.version}, V8 ${process.versions.v8}; library: ${libraryBuild ?? 'its only'} build running, ` +
      `Emscripten ${emscriptenVersion()} (${libraryModules(siteCoreDir)}); ${tf.version} (${tf.build}); native: ${nativeCompiler}`,
  ];
}
