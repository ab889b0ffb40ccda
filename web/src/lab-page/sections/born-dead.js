// Experiment 1, born dead by depth (Lu, Shin, Su and Karniadakis, "Dying
// ReLU and Initialization: Theory and Numerical Examples", arXiv
// 1903.06733): the share of freshly initialised networks [1, N × L, 1] that
// are constant on [−1, 1], against L for each width N, with binomial 95 %
// intervals and the single-point value 1 − (1 − 2⁻ᴺ)ᴸ overlaid.
import { toCsvInTasks, toJson } from '../export.js';
import { integerListSetting, integerSetting } from '../settings.js';
import { activation, activationName, bias, commonOptions, initialiser, make, para, prob, seed } from './common.js';

export const id = 'born-dead';
export const title = '1. Born dead, by depth';
export const method = 'bornDead';

export const settings = [
  integerListSetting('widths', { label: 'Widths N', min: 1, max: 64, maxLength: 6, default: [2, 3, 4, 5, 10], hint: 'Up to six widths, separated by spaces.' }),
  integerSetting('depths', { label: 'Depths L from 1 to', min: 1, max: 100, default: 50 }),
  integerSetting('trials', { label: 'Trials per width', min: 1, max: 10000, default: 2000 }),
  activation(),
  initialiser('he-normal'),
  bias('zero'),
  seed(),
];

export const options = (values) => ({ ...commonOptions(values), widths: values.widths, depths: values.depths, trials: values.trials });

function intro() {
  return [
    para('A deep, narrow ReLU network can be dead before it sees a single example: some hidden layer outputs zero for every input, so the network is a constant function and no gradient reaches the layers below it. Lu, Shin, Su and Karniadakis (2019) show that this becomes certain as depth grows at fixed width. Here each trial draws a network with one input on [−1, 1], L hidden layers of N units and one output, and asks whether it is constant on the whole interval.'),
    para(make('strong', { textContent: 'Why two points decide it. ' }), 'With zero biases each layer is h ↦ ReLU(W h), which is positively homogeneous: scaling its input by c ≥ 0 scales its output by c. Every x in [−1, 1] is |x| times +1 or −1, so the last hidden layer at x is |x| times its value at x = +1 or at x = −1. It is zero on the whole interval exactly when it is zero at both ends, and then the output is the constant output bias. With other biases or activations the core tests a grid of 201 points instead.'),
  ];
}

function notes() {
  return [
    para(make('strong', { textContent: 'What it says about the articles\' claim. ' }), 'The tutorials say that because ReLU\'s gradient is zero for negative inputs "some neurons can stop learning". Here whole networks are dead at initialisation, before any learning rate or training step: the dashed line 1 − (1 − 2⁻ᴺ)ᴸ is the exact chance that, at one input, some layer is all zero (each layer is, with probability 2⁻ᴺ, given a non-zero input); being constant on the whole interval needs more, so it is an upper bound. Width, not a leaky slope, is the first remedy: at N = 10 almost no network is born dead at depth 50, at N = 2 most are. A leaky unit outputs zero only where its pre-activation is exactly zero, so a leaky network has no all-zero layer to be born dead from: choose leaky_relu above to compare.'),
    para('A self-check from the paper\'s setting (He-normal weights, zero biases, N = 2): P is about 0.154 at L = 2, 0.336 at L = 3, 0.618 at L = 5 and 0.909 at L = 10.'),
  ];
}

function chartSpec(result) {
  const layers = [];
  result.widths.forEach((_, w) => {
    layers.push({ kind: 'band', x: result.depths, low: result.interval[w].map((i) => i[0]), high: result.interval[w].map((i) => i[1]), colour: w });
  });
  result.widths.forEach((_, w) => {
    layers.push({ kind: 'line', x: result.depths, y: result.bound[w], colour: w, dash: [5, 4], width: 1.25 });
    layers.push({ kind: 'line', x: result.depths, y: result.probability[w], colour: w, width: 2, points: result.depths.length <= 25 });
  });
  return {
    x: { min: result.depths.length > 1 ? 1 : 0.5, max: result.depths.length > 1 ? result.depths.length : 1.5, integer: true, label: 'Depth L (hidden layers)' },
    y: { min: 0, max: 1, label: 'P(born dead)' },
    layers,
  };
}

function summary(result) {
  const last = result.depths.length;
  const parts = result.widths.map((n, w) => {
    const p = result.probability[w];
    const half = p.findIndex((v) => v >= 0.5);
    return `N = ${n}: ${prob(p[last - 1])} at L = ${last}${half >= 0 ? `, above one half from L = ${half + 1}` : ''}`;
  });
  return `Share of ${result.trials} networks per width that are constant on [−1, 1] at initialisation. ${parts.join('; ')}.`;
}

function table(result) {
  const columns = ['L'];
  for (const n of result.widths) columns.push(`N = ${n}: P`, `N = ${n}: 95 % interval`, `N = ${n}: bound`);
  const rows = result.depths.map((depth, l) => {
    const row = [depth];
    result.widths.forEach((_, w) => {
      const [low, high] = result.interval[w][l];
      row.push(prob(result.probability[w][l]), `${prob(low)}–${prob(high)}`, prob(result.bound[w][l]));
    });
    return row;
  });
  return { caption: 'P(born dead) by depth and width, with its 95 % Wilson interval and the bound 1 − (1 − 2⁻ᴺ)ᴸ', columns, rows };
}

// One row per width and trial: whether its depth-L network is born dead.
function perTrialCsv(result) {
  const columns = ['width', 'trial', ...result.depths.map((d) => `dead_L${d}`)];
  const depth = result.depths.length;
  return toCsvInTasks(columns, result.widths.length * result.trials, (i) => {
    const w = Math.floor(i / result.trials);
    const t = i % result.trials;
    return [result.widths[w], t, ...result.dead[w].subarray(t * depth, (t + 1) * depth)];
  });
}

// Per width, per trial, its flags by depth as a string ("0001111…": the
// k-th character is 1 when the depth-k network is born dead): compact, and
// quick to write however many trials there are.
function flagStrings(result) {
  const depth = result.depths.length;
  const decoder = new TextDecoder();
  return result.widths.map((_, w) => {
    const digits = result.dead[w].map((flag) => 48 + flag);
    return Array.from({ length: result.trials }, (_, t) => decoder.decode(digits.subarray(t * depth, (t + 1) * depth)));
  });
}

export function mountSection(root, context) {
  const layout = context.layout({ intro: intro(), notes: notes() });
  const chart = context.chart(layout.results, { label: 'P(born dead) against depth L, one line per width N, with 95 % bands and the bound dashed', height: 340 });
  layout.runBar.onRun(async () => {
    const values = context.values();
    const result = await layout.runBar.run(method, options(values));
    if (!result) return;
    const legend = result.widths.flatMap((n, w) => [{ label: `N = ${n}`, colour: w, mark: 'line' }]);
    legend.push({ label: '95 % interval', colour: 'axis', mark: 'band' }, { label: 'bound 1 − (1 − 2⁻ᴺ)ᴸ', colour: 'axis', mark: 'dashed' });
    chart.show(chartSpec(result), { legend, summary: summary(result), table: table(result) });
    layout.fresh();
    const name = `born-dead-${activationName(values.activation).replace(/[^\w.-]+/g, '_')}-seed${values.seed}`;
    layout.exports.set({
      name,
      csv: () => perTrialCsv(result),
      json: () => toJson({ experiment: id, settings: options(values), widths: result.widths, depths: result.depths, trials: result.trials, probability: result.probability, interval: result.interval, bound: result.bound, dead: flagStrings(result) }),
    });
  });
}
