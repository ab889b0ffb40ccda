// Runs the lab's experiments 1–3 through the JS API (Node, one thread) at
// the settings of reference/RESULTS.md and prints, as Markdown, the lab's
// figures beside the NumPy reference's (reference/results/*.json), with 95 %
// Wilson intervals for every share. Writes the lab's figures (per-trial
// values included) to tests/lab/results/*.json.
//
//   node --no-experimental-fetch tests/lab/compare_reference.mjs [born-dead] [collapse] [playground]
//   (no argument: all three; `--widths 2 3` limits experiment 2's widths)
//
// The two implementations draw their random numbers differently, so their
// figures are independent estimates of the same probabilities: they should
// agree within sampling error, not digit for digit.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadLab } from 'activation-playground/lab';

const here = path.dirname(fileURLToPath(import.meta.url));
const reference = (name) => JSON.parse(fs.readFileSync(path.join(here, 'reference/results', name), 'utf8'));
const outDir = path.join(here, 'results');
const args = process.argv.slice(2);
const widthsAt = args.indexOf('--widths');
const collapseWidths = widthsAt >= 0 ? args.slice(widthsAt + 1).map(Number) : [2, 3, 4, 5, 10];
const wanted = args.filter((a, i) => !a.startsWith('--') && (widthsAt < 0 || i < widthsAt));
const runs = wanted.length ? wanted : ['born-dead', 'collapse', 'playground'];
const log = (text) => process.stderr.write(`${text}\n`);

const lab = await loadLab();
fs.mkdirSync(outDir, { recursive: true });
const save = (name, value) =>
  fs.writeFileSync(path.join(outDir, name), JSON.stringify(value, (k, v) => (ArrayBuffer.isView(v) ? Array.from(v) : v)));

// The 95 % Wilson score interval of k successes in n (the core's).
function wilson(k, n) {
  const z = 1.959963984540054, p = k / n, z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}
const f3 = (x) => x.toFixed(3);
const share = (k, n) => {
  const [low, high] = wilson(k, n);
  return `${f3(k / n)} [${f3(low)}, ${f3(high)}]`;
};
// Two independent binomial estimates agree when |p1 − p2| is within about
// 1.96 standard errors of the difference.
const agree = (k1, n1, k2, n2) => {
  const p1 = k1 / n1, p2 = k2 / n2, p = (k1 + k2) / (n1 + n2);
  const se = Math.sqrt(p * (1 - p) * (1 / n1 + 1 / n2));
  return se === 0 ? (p1 === p2 ? 'yes' : 'NO') : Math.abs(p1 - p2) <= 1.96 * se ? 'yes' : `no (${(Math.abs(p1 - p2) / se).toFixed(1)} σ)`;
};
const timed = async (label, run) => {
  const t0 = performance.now();
  const result = await run();
  const seconds = (performance.now() - t0) / 1000;
  log(`${label}: ${seconds.toFixed(1)} s`);
  return { result, seconds };
};

async function bornDead() {
  const ref = reference('born_dead.json');
  const { result, seconds } = await timed('experiment 1', () =>
    lab.bornDead({ widths: ref.widths, depths: 50, trials: ref.trials, init: 'he-normal', bias: 'zero', seed: 1 }));
  save('born_dead.json', { ...result, seconds });
  const depths = [2, 3, 5, 10, 20, 30, 50];
  const lines = [
    `### Experiment 1: born dead by depth (T = ${ref.trials} per width, lab ${seconds.toFixed(1)} s for all widths)`,
    '',
    'Cells: lab [95 % interval] / reference [95 % interval]; a cell is marked ✗ when the two differ by more than 1.96 standard errors of their difference.',
    '',
    `| N \\ L | ${depths.join(' | ')} |`,
    `|---|${depths.map(() => '---').join('|')}|`,
  ];
  let cells = 0, disagreeing = 0;
  ref.widths.forEach((width, w) => {
    const row = depths.map((L) => {
      const ours = Math.round(result.probability[w][L - 1] * result.trials);
      const theirs = ref.count[w][L - 1];
      const ok = agree(ours, result.trials, theirs, ref.trials) === 'yes';
      cells += 1;
      disagreeing += ok ? 0 : 1;
      return `${share(ours, result.trials)} / ${share(theirs, ref.trials)}${ok ? '' : ' ✗'}`;
    });
    lines.push(`| ${width} | ${row.join(' | ')} |`);
  });
  // Over all 250 cells, about 5 % should differ at 1.96 σ by chance.
  let all = 0, off = 0;
  ref.widths.forEach((_, w) => {
    for (let L = 1; L <= 50; ++L) {
      all += 1;
      if (agree(Math.round(result.probability[w][L - 1] * result.trials), result.trials, ref.count[w][L - 1], ref.trials) !== 'yes') off += 1;
    }
  });
  lines.push('', `Shown: ${disagreeing} of ${cells} cells differ beyond 1.96 σ; over all ${all} (width, depth) cells: ${off} (about 5 % are expected by chance).`);
  return lines;
}

async function collapse() {
  const lines = [
    '### Experiment 2: collapse during training (T = 1,000 per width, 3,000 Adam steps)',
    '',
    '| N | born dead: lab / reference | collapsed: lab / reference | agree? | median final MSE: lab / reference | share MSE < 1e-3: lab / reference | lab time |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const width of collapseWidths) {
    const ref = reference(`collapse_w${width}.json`);
    const { result, seconds } = await timed(`experiment 2, N = ${width}`, () =>
      lab.collapse({ width, depth: 10, trials: ref.trials, steps: ref.steps, optimizer: { name: 'adam', lr: ref.lr }, points: ref.points, seed: 1 }));
    save(`collapse_w${width}.json`, { width, ...result, seconds });
    const n = result.trials, k = (p) => Math.round(p * n), rk = (p) => Math.round(p * ref.trials);
    const fmtError = (e) => (Math.abs(e - result.targetVariance) < 1e-9 ? `${e.toPrecision(6)} (= variance)` : e.toPrecision(2));
    lines.push(`| ${width} | ${share(k(result.bornDead), n)} / ${share(rk(ref.bornDead), ref.trials)} | ${share(k(result.collapsed), n)} / ${share(rk(ref.collapsed), ref.trials)} | ${agree(k(result.bornDead), n, rk(ref.bornDead), ref.trials)}, ${agree(k(result.collapsed), n, rk(ref.collapsed), ref.trials)} | ${fmtError(result.medianError)} / ${fmtError(ref.medianError)} | ${share(k(result.shareSolved), n)} / ${share(rk(ref.shareSolved), ref.trials)} | ${seconds.toFixed(1)} s |`);
    let maxOff = 0;
    result.errors.forEach((e, t) => {
      if (result.ranges[t] < 1e-6) maxOff = Math.max(maxOff, Math.abs(e - result.targetVariance));
    });
    lines.push(`|  | mean state: collapsed networks' final MSE within ${maxOff.toExponential(1)} of the target's variance ${result.targetVariance.toPrecision(6)} |  |  |  |  |  |`);
  }
  return lines;
}

async function playground() {
  const ref = reference('playground_death.json');
  const lines = [
    `### Experiment 3: death at a high learning rate (Playground circle, 2-8-8-1, ${ref.seeds} seeds, ${ref.epochs} epochs)`,
    '',
    'Dead share: units (of 16 per seed) whose pre-activation is ≤ 0 on every training point at the end (leaky ReLU: "negative everywhere", still learning). Intervals treat the units as independent, so they are too narrow (units of one seed die together); seeds with a whole layer dead are counted per seed.',
    '',
    '| lr | ReLU dead: lab / reference | ReLU median accuracy: lab / reference | seeds with a dead layer: lab / reference | leaky negative: lab / reference | leaky median accuracy: lab / reference |',
    '|---|---|---|---|---|---|',
  ];
  const ours = { relu: [], leaky_relu: [] };
  let seconds = 0;
  for (const activation of ['relu', 'leaky_relu']) {
    for (const lr of ref.learningRates) {
      const params = activation === 'leaky_relu' ? { negative_slope: ref.negative_slope } : {};
      const run = await timed(`experiment 3, ${activation}, lr ${lr}`, () =>
        lab.playgroundDeath({ hidden: [8, 8], activation, params, lr, epochs: ref.epochs, batch: ref.batch, seeds: ref.seeds, seed: ref.seed }));
      seconds += run.seconds;
      ours[activation].push(run.result);
    }
  }
  // Seeds with a hidden layer whose 8 units are all in `state` at the end.
  const wholeLayer = (result, state) =>
    result.finalState.filter((units) => [0, 8].some((start) => units.subarray(start, start + 8).every((s) => s === state))).length;
  ref.learningRates.forEach((lr, i) => {
    const relu = ours.relu[i], leaky = ours.leaky_relu[i];
    const rRelu = ref.results.relu[i], rLeaky = ref.results.leaky_relu[i];
    const units = relu.seeds * relu.units, refUnits = ref.seeds * 16;
    const dead = Math.round(relu.deadShare * units), refDead = Math.round(rRelu.deadShare * refUnits);
    const negative = Math.round(leaky.negativeShare * units), refNegative = Math.round(rLeaky.deadShare * refUnits);
    lines.push(`| ${lr} | ${share(dead, units)} / ${share(refDead, refUnits)} | ${f3(relu.medianAccuracy)} / ${f3(rRelu.medianAccuracy)} | ${wholeLayer(relu, 1)} / ${rRelu.seedsWithADeadLayer} | ${share(negative, units)} / ${share(refNegative, refUnits)} | ${f3(leaky.medianAccuracy)} / ${f3(rLeaky.medianAccuracy)} |`);
  });
  lines.push('', `Lab run time, both activations × 11 rates: ${seconds.toFixed(1)} s.`);
  save('playground_death.json', {
    learningRates: ref.learningRates,
    seconds,
    results: Object.fromEntries(Object.entries(ours).map(([name, list]) => [name, list.map((r) => ({
      deadShare: r.deadShare, negativeShare: r.negativeShare, medianAccuracy: r.medianAccuracy, activeProbability: r.activeProbability,
      finalAccuracy: r.finalAccuracy, deathEpoch: r.perTrial.deathEpoch, finalState: r.perTrial.finalState,
    }))])),
  });
  return lines;
}

const sections = { 'born-dead': bornDead, collapse, playground };
const out = [];
for (const name of runs) {
  if (!sections[name]) throw new RangeError(`unknown experiment ${JSON.stringify(name)} (expected born-dead, collapse or playground)`);
  out.push(...(await sections[name]()), '');
}
console.log(out.join('\n'));
