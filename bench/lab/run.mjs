// The lab's part of `npm run bench`: training speed against its peers and
// experiment 2 against the NumPy reference, as ratios measured in one run.
//
// 1. SGD steps per second on TensorFlow Playground's network (2-8-8-1, ReLU,
//    tanh output, ½(o − t)², batch 10, the circle data): the lab's live run
//    one step per call (stepBatch) and one epoch of 25 steps per call
//    (train), against the plain-JS port of the Playground's nn.ts and
//    TensorFlow.js on its WASM backend (bench/contenders/), interleaved by
//    measureTogether so that load from elsewhere slows them alike.
// 2. Experiment 2 at N = 2 (1,000 networks × 3,000 Adam steps, depth 10, 64
//    points) in this process on one thread, against the NumPy reference
//    (tests/lab/reference/collapse.py --time-only, one BLAS thread) run by
//    /usr/bin/python3 right after: wall and CPU seconds of each.
// 3. Experiment 1 (N = 2, L = 1…50, T = 2,000) on the lab page in headless
//    Chromium: Run to the drawn curve, and the page thread's long tasks
//    (bench/lab/page.mjs).
// --quick: small sizes, to check that everything runs; not the results.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createTrainer as playgroundPort } from '../contenders/playground-nn.mjs';
import { createTrainer as tfjsTrainer } from '../contenders/tfjs-train.mjs';
import { ensurePeers, root } from '../lib/prepare.mjs';
import { labPageSpeed } from './page.mjs';
import { SETTINGS, measureTogether } from '../lib/timing.mjs';

const quick = process.argv.includes('--quick');
const progress = (text) => process.stderr.write(`bench (lab): ${text}\n`);
const STEPS_PER_EPOCH = 25;  // 250 training points, batch 10

async function loadLab() {
  const require = createRequire(path.join(root, 'package.json'));
  const entry = require.resolve('activation-playground/lab');
  const { loadLab: load } = await import(pathToFileURL(entry).href);
  return load();
}

const rate = ({ seconds }) => 1 / seconds;
const fixed = (value, digits = 0) => value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

async function trainingSpeed(lab) {
  const run = lab.createPlaygroundRun({ hidden: [8, 8], activation: 'relu', lr: 0.03, batch: 10, seed: 1 });
  const port = await playgroundPort({ seed: 1, lr: 0.03 });
  const tf = await tfjsTrainer({ seed: 1, lr: 0.03 });
  const settings = quick ? { ...SETTINGS, warmupMs: 10, budgetMs: 30, minSamples: 3 } : { ...SETTINGS, budgetMs: 1000 };
  const rows = [
    { label: 'lab, one step per call (stepBatch)', run: () => run.stepBatch(), steps: 1 },
    { label: 'lab, one epoch per call (train)', run: () => run.train({ epochs: 1 }), steps: STEPS_PER_EPOCH },
    { label: port.name, run: () => port.trainBatch(), steps: 1 },
    { label: tf.name, run: () => tf.trainBatch(), steps: 1 },
  ];
  const timings = measureTogether(rows.map(({ run: call }) => ({ run: call })), settings);
  run.dispose();
  tf.dispose?.();
  return rows.map((row, i) => ({ ...row, stepsPerSecond: rate(timings[i]) * row.steps, spread: timings[i].spread }));
}

function cpuSeconds(start) {
  const { user, system } = process.cpuUsage(start);
  return (user + system) / 1e6;
}

async function collapseSpeed(lab) {
  const trials = quick ? 16 : 1000;
  const steps = quick ? 100 : 3000;
  // V8 first runs WebAssembly in its baseline compiler and switches to
  // optimised code after a while: a short run first, so the timed one
  // measures the optimised code (NumPy's figure likewise excludes Python's
  // start-up and imports).
  await lab.collapse({ width: 2, depth: 10, trials: 16, steps: quick ? 10 : 300, seed: 2 });
  progress(`experiment 2, the lab: ${trials} networks × ${steps} Adam steps on one thread`);
  const cpu = process.cpuUsage();
  const t0 = performance.now();
  const result = await lab.collapse({ width: 2, depth: 10, trials, steps, seed: 1 });
  const lab2 = { seconds: (performance.now() - t0) / 1000, cpuSeconds: cpuSeconds(cpu), result };
  progress('experiment 2, the NumPy reference (/usr/bin/python3 tests/lab/reference/collapse.py --time-only)');
  const python = spawnSync('/usr/bin/python3', [
    path.join(root, 'tests/lab/reference/collapse.py'),
    '--width', '2', '--trials', String(trials), '--steps', String(steps), '--time-only',
  ], { encoding: 'utf8', env: { ...process.env, OMP_NUM_THREADS: '1', OPENBLAS_NUM_THREADS: '1', MKL_NUM_THREADS: '1' } });
  if (python.status !== 0) throw new Error(`the NumPy reference failed: ${python.stderr}`);
  const numpy = JSON.parse(python.stdout.trim().split('\n').at(-1));
  return { trials, steps, lab: lab2, numpy };
}

async function main() {
  ensurePeers();
  const lab = await loadLab();
  const load = os.loadavg()[0];
  progress('training steps per second, four trainers interleaved');
  const training = await trainingSpeed(lab);
  const collapse = await collapseSpeed(lab);
  progress('experiment 1 on the lab page in Chromium');
  const page = await labPageSpeed({ runs: quick ? 2 : 7 });
  const [perStep, perEpoch, port, tf] = training;
  const longest = Math.max(0, ...page.longTasks);
  const lines = [
    `# The lab (${lab.build} build), ${new Date().toISOString()}${quick ? ' — QUICK RUN, not results' : ''}`,
    `machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}, load average ${load.toFixed(1)} at start`,
    '',
    '## SGD steps per second, 2-8-8-1, batch 10, tanh output, ½(o − t)², ReLU',
    '',
    '| trainer | steps/s | spread (IQR / median) |',
    '| --- | ---: | ---: |',
    ...training.map((row) => `| ${row.label} | ${fixed(row.stepsPerSecond)} | ${fixed(row.spread * 100, 1)} % |`),
    '',
    `lab per epoch ÷ TF.js: ${fixed(perEpoch.stepsPerSecond / tf.stepsPerSecond, 1)}× (target ≥ 30×); per step ÷ TF.js: ${fixed(perStep.stepsPerSecond / tf.stepsPerSecond, 1)}×`,
    `lab per epoch ÷ the nn.ts port: ${fixed(perEpoch.stepsPerSecond / port.stepsPerSecond, 1)}× (target ≥ 3×); per step ÷ the port: ${fixed(perStep.stepsPerSecond / port.stepsPerSecond, 1)}×`,
    '',
    `## Experiment 2, N = 2: ${collapse.trials} networks × ${collapse.steps} Adam steps, one thread`,
    '',
    '| implementation | wall s | CPU s |',
    '| --- | ---: | ---: |',
    `| lab (WASM ${lab.build}) | ${fixed(collapse.lab.seconds, 2)} | ${fixed(collapse.lab.cpuSeconds, 2)} |`,
    `| NumPy reference (${collapse.numpy.numpy}, ${collapse.numpy.threads} thread) | ${fixed(collapse.numpy.seconds, 2)} | ${fixed(collapse.numpy.cpuSeconds, 2)} |`,
    '',
    `NumPy ÷ lab: ${fixed(collapse.numpy.seconds / collapse.lab.seconds, 1)}× wall, ${fixed(collapse.numpy.cpuSeconds / collapse.lab.cpuSeconds, 1)}× CPU (target ≥ 3×)`,
    `lab figures: born dead ${collapse.lab.result.bornDead}, collapsed ${collapse.lab.result.collapsed}, median error ${collapse.lab.result.medianError.toPrecision(6)}, share < 1e-3 ${collapse.lab.result.shareSolved}`,
    '',
    `## Experiment 1 on lab.html in Chromium: N = 2, L = 1…50, T = 2,000, ${page.workers} workers`,
    '',
    `Run to drawn curve: first run ${fixed(page.first)} ms (starts the workers and loads the lab's module in them); later runs median ${fixed(page.later.median)} ms (min ${fixed(page.later.min)}, max ${fixed(page.later.max)}, n ${page.later.n}) (target < 2,000 ms)`,
    `Page thread: ${page.longTasks.length} tasks over 50 ms during the runs, the longest ${fixed(longest)} ms (target: none over 50 ms)`,
  ];
  console.log(lines.join('\n'));
}

await main();
