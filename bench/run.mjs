// `npm run bench`: the library's float32 throughput against its peers and
// the machine's limits, in one run. Every contender's output is checked
// against the library's scalar reference before it is timed. See
// bench/README.md for what each row means and how it is timed.
import os from 'node:os';
import { libraryContenders } from './contenders/library.mjs';
import { jsLoop } from './contenders/js-loop.mjs';
import { buildNative, runNative } from './contenders/native.mjs';
import { typedArraySet } from './contenders/typed-array-set.mjs';
import { loadTf, tfContenders } from './contenders/tfjs.mjs';
import { FUNCTIONS, SIZES } from './functions.mjs';
import { checkOutput, reference } from './lib/check.mjs';
import { sizeLabel } from './lib/format.mjs';
import { makeInput } from './lib/inputs.mjs';
import { machineLines } from './lib/machine.mjs';
import { evaluateNs } from './lib/overhead.mjs';
import { ensurePeers, loadLibrary, siteCoreDir } from './lib/prepare.mjs';
import { Results, SHARED } from './lib/results.mjs';
import { activationTable } from './lib/table.mjs';
import { targetLines } from './lib/targets.mjs';
import { SETTINGS, measureTogether } from './lib/timing.mjs';

const progress = (text) => process.stderr.write(`bench: ${text}\n`);

// --quick: a smoke run (small sizes, short budgets) that checks every
// contender and prints the report's shape; its numbers are not the results.
const quick = process.argv.includes('--quick');
const sizes = quick ? SIZES.slice(0, 3) : SIZES;
const settings = quick ? { ...SETTINGS, warmupMs: 10, budgetMs: 20, minSamples: 3 } : SETTINGS;
// --build=simd|scalar: time that module of the library instead of the one
// it picks for this engine (auto).
const build = process.argv.find((arg) => arg.startsWith('--build='))?.slice('--build='.length) ?? 'auto';

// Prepares every contender for one activation and size, checks each one's
// output, then times them together; frees their buffers either way.
function checkAndTime(results, contenders, fn, input, want) {
  const prepared = [];
  try {
    for (const contender of contenders) {
      const call = contender.prepare(fn, input);
      prepared.push(call);
      call.before?.();
      call.run();
      const expected = contender === typedArraySet ? input : want;
      checkOutput(`${contender.label} (${fn.name})`, call.output(), expected, input, contender.tolerance);
    }
    const timings = measureTogether(prepared, settings);
    contenders.forEach((contender, i) => results.set(fn.name, contender.id, input.length, timings[i]));
  } finally {
    for (const call of prepared) call.dispose();
  }
}

async function main() {
  const started = performance.now();
  const loadAtStart = os.loadavg()[0];
  ensurePeers();
  let nativeCompiler;
  let nativeError;
  try {
    nativeCompiler = buildNative();
  } catch (error) {
    // The JS rows are still worth having; the report says why native is missing.
    nativeError = error.message;
    nativeCompiler = 'build failed';
    progress(`the native build failed; its rows will be missing:\n${nativeError}`);
  }
  const act = await loadLibrary(build);
  const tf = await loadTf();
  const contenders = [...libraryContenders(act), jsLoop, ...tfContenders(tf.tf)];
  const results = new Results();
  const registry = new Set(act.list().map((spec) => spec.name));
  const functions = FUNCTIONS.filter((fn) => registry.has(fn.name));
  for (const fn of FUNCTIONS) if (!registry.has(fn.name)) results.skip(fn.name, "not in the library's registry");

  const full = makeInput(Math.max(...sizes));
  for (const fn of functions) {
    const want = reference(act, fn, full);
    const supported = contenders.filter((contender) => {
      const answer = contender.supports(fn);
      if (answer !== true) results.skip(`${contender.label} for ${fn.name}`, answer);
      return answer === true;
    });
    for (const n of sizes) {
      // The yardstick is timed with each activation's contenders, in the
      // same rounds, so the ratios to it share their conditions.
      checkAndTime(results, [...supported, typedArraySet], fn, full.slice(0, n), want.subarray(0, n));
      progress(`${fn.name} at ${sizeLabel(n)} measured`);
    }
  }

  // The native program runs alone, after the JS timings: on two cores, the
  // two would share the memory bandwidth they are measuring.
  if (!nativeError) {
    progress('running the native build');
    const native = runNative(sizes, functions.map((fn) => fn.name), settings);
    for (const row of native.rows) {
      if (row.name === 'memcpy') results.set(SHARED, 'native-memcpy', row.n, row);
      else results.set(row.name, 'native', row.n, row);
    }
    for (const name of native.skipped) results.skip(`native ${name}`, "not in the library's registry");
  }

  const evaluate = evaluateNs(act, settings);

  const rows = [
    ...contenders.map(({ id, label }) => ({ id, label })),
    { id: 'native', label: 'native build (g++ -O3 -march=native)' },
    { id: 'dst.set', label: typedArraySet.label },
    { id: 'native-memcpy', label: 'native memcpy, bandwidth yardstick' },
  ];
  const report = [
    ...machineLines({ siteCoreDir, libraryBuild: act.build, tf, nativeCompiler }),
    `load: 1-minute load average ${loadAtStart.toFixed(1)} at the start, ${os.loadavg()[0].toFixed(1)} at the end, on ${os.availableParallelism?.() ?? os.cpus().length} cores`,
    `inputs: float32 uniform in [-6, 6); medians of ≥ ${settings.minSamples} samples after ${settings.warmupMs} ms warm-up` +
      (quick ? ' (--quick: a smoke run, not results)' : ''),
    '',
    ...functions.flatMap((fn) => [activationTable(results, fn.name, rows, sizes), '']),
    'per-call overhead (medians)',
    `  evaluate('relu', x), one number: ${evaluate.toFixed(0)} ns per call`,
    ...['zero-copy', 'out', 'tf-op', 'tf-e2e'].map((id) => {
      const timing = results.get('relu', id, 2 ** 10);
      return `  relu on 2^10 elements, ${rows.find((row) => row.id === id).label}: ${timing ? (timing.seconds * 1e6).toFixed(2) : '—'} µs per call`;
    }),
    '',
    'performance targets',
    ...targetLines(results, evaluate).map((line) => `  ${line}`),
  ];
  const skips = results.skips;
  if (nativeError) skips.unshift(`native build: ${nativeError}`);
  if (skips.length) report.push('', 'skipped', ...skips.map((line) => `  ${line}`));
  const noisy = results.noisy(0.1);
  if (noisy.length) {
    const worst = noisy.sort((a, b) => b.spread - a.spread).slice(0, 8);
    const described = worst.map(({ fn, row, n, spread }) => `${fn === SHARED ? '' : `${fn} `}${row} ${sizeLabel(n)} ±${Math.round(spread * 100)}%`);
    report.push('', `noisy: ${noisy.length} timings with an interquartile range over 10% of the median; the widest: ${described.join(', ')}`);
  }
  report.push('', `run took ${((performance.now() - started) / 60000).toFixed(1)} min`);
  console.log(report.join('\n'));
}

main().catch((error) => {
  console.error(`bench: FAILED: ${error.message}`);
  process.exitCode = 1;
});
