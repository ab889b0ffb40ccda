// The same C++ core compiled natively for this CPU (g++ -O3 -march=native),
// as the machine's limit: what the code reaches without WASM and without a
// JS boundary. Built with CMake into build/bench-native from
// bench/native/CMakeLists.txt; timed by bench/native/bench.cpp with the
// settings of lib/timing.mjs, on the same inputs.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const buildDir = path.join(root, 'build/bench-native');
const binary = path.join(buildDir, 'bench_native');

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 });
  if (result.status !== 0) {
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}${result.error?.message ?? ''}`.trim();
    throw new Error(`${command} ${args.join(' ')} failed:\n${output.split('\n').slice(-15).join('\n')}`);
  }
  return result.stdout;
}

// Configures and builds (incrementally); returns the compiler's version line.
export function buildNative() {
  run('cmake', ['-S', path.join(root, 'bench/native'), '-B', buildDir]);
  run('cmake', ['--build', buildDir, '--target', 'bench_native', '-j2']);
  const cache = readFileSync(path.join(buildDir, 'CMakeCache.txt'), 'utf8');
  const compiler = cache.match(/^CMAKE_CXX_COMPILER:\w+=(.*)$/m)?.[1] ?? 'c++';
  return run(compiler, ['--version']).split('\n')[0];
}

// Runs the native program over `sizes` and `names`; returns its rows as
// { name, n, seconds, spread } ("memcpy" is the yardstick) and the names it
// skipped. The program checks its outputs before timing and fails if one
// is wrong.
export function runNative(sizes, names, settings) {
  const args = [
    '--warmup-ms', settings.warmupMs, '--budget-ms', settings.budgetMs, '--min-sample-ms', settings.minSampleMs,
    '--min-samples', settings.minSamples, '--max-samples', settings.maxSamples, '--sizes', sizes.join(','), ...names,
  ].map(String);
  const rows = [];
  const skipped = [];
  for (const line of run(binary, args).trim().split('\n')) {
    const [name, n, seconds, spread] = line.split('\t');
    if (name === 'skip') skipped.push(n);
    else rows.push({ name, n: Number(n), seconds: Number(seconds), spread: Number(spread) });
  }
  return { rows, skipped };
}
