// Experiment 2, collapse during training (Lu, Shin, Su and Karniadakis,
// arXiv 1903.06733; Lu, Su and Karniadakis, "Collapse of deep and narrow
// neural nets", arXiv 1808.04947): many deep, narrow networks trained on
// |x| with Adam; how many are born dead, how many collapse to a constant
// (the "mean state"), and how small the final errors get.
import { OPTIMIZERS } from '../../api/lab/options.js';
import { toCsvInTasks, toJson } from '../export.js';
import { choiceSetting, integerSetting, numberSetting } from '../settings.js';
import { activation, activationName, bias, commonOptions, initialiser, make, para, percent, seed, short } from './common.js';
import { fitBounds } from '../../plot/chart-scale.js';

export const id = 'collapse';
export const title = '2. Collapse during training';
export const method = 'collapse';

// The collapsed test of the core: the output's range on the grid.
const COLLAPSED_RANGE = 1e-6;
const SOLVED_ERROR = 1e-3;

export const settings = [
  integerSetting('width', { label: 'Width N', min: 1, max: 64, default: 2 }),
  integerSetting('depth', { label: 'Depth (hidden layers)', min: 1, max: 100, default: 10 }),
  integerSetting('trials', { label: 'Trials (seeds)', min: 1, max: 5000, default: 1000 }),
  integerSetting('steps', { label: 'Training steps', min: 0, max: 20000, default: 3000, hint: 'Full batch: every step sees all the points.' }),
  choiceSetting('optimizer', { label: 'Optimiser', choices: [...OPTIMIZERS], labels: { sgd: 'SGD', adam: 'Adam' }, default: 'adam' }),
  numberSetting('lr', { label: 'Learning rate', min: 0, max: 10, minOpen: true, default: 1e-3 }),
  activation(),
  initialiser('he-normal'),
  bias('zero'),
  integerSetting('points', { label: 'Grid points on [−1, 1]', min: 2, max: 1024, default: 64 }),
  seed(),
];

export const options = (values) => ({
  ...commonOptions(values),
  width: values.width,
  depth: values.depth,
  trials: values.trials,
  steps: values.steps,
  points: values.points,
  optimizer: { name: values.optimizer, lr: values.lr },
});

function intro() {
  return [
    para('Deep and narrow networks can also die while they train. Each trial fits the target |x| on evenly spaced points of [−1, 1] with a network of one input, the chosen depth and width and a linear output, trained on the mean squared error (full batch). Lu, Su and Karniadakis call a network that ends up constant "collapsed": its best constant is the mean of the target, so its error is the variance of |x| on the grid, the "mean state".'),
  ];
}

function notes() {
  return [
    para(make('strong', { textContent: 'What it says about the articles\' claim. ' }), 'The tutorials suggest switching to leaky ReLU "if you observe many inactive neurons". In a width-2, depth-10 ReLU network the collapsed networks are mostly the born-dead ones: no learning rate revives a network whose every input lands on the flat side, so their errors pile up exactly at the mean state (the dashed line), while the live ones reach errors many decades smaller. Run it again with leaky_relu to compare: a negative input still passes a gradient, so no layer can silence the network for good.'),
  ];
}

function statsList(result) {
  const items = [
    ['Born dead (constant at initialisation)', percent(result.bornDead)],
    [`Collapsed (output range below ${short(COLLAPSED_RANGE)} at the end)`, percent(result.collapsed)],
    ['Median final error', short(result.medianError)],
    [`Share with final error below ${short(SOLVED_ERROR)}`, percent(result.shareSolved)],
    ['Mean state: the variance of |x| on the grid', short(result.targetVariance)],
    ['Mean final error of the collapsed networks', result.collapsed > 0 ? short(result.collapsedMeanError) : 'none collapsed'],
  ];
  const list = make('dl', { className: 'lab-stats' });
  for (const [term, value] of items) list.append(make('div', {}, [make('dt', { textContent: term }), make('dd', { textContent: value })]));
  return list;
}

// The non-empty bins, with one empty bin either side, as the chart's x range.
function histogramRange(result) {
  const { edges, counts } = result.histogram;
  const used = counts.map((c, i) => (c > 0 ? i : -1)).filter((i) => i >= 0);
  const first = Math.max(0, (used[0] ?? 0) - 1);
  const last = Math.min(counts.length - 1, (used.at(-1) ?? counts.length - 1) + 1);
  const bounds = fitBounds([[edges[first], edges[last + 1], result.targetVariance, SOLVED_ERROR]], { log: true });
  return bounds;
}

function chartSpec(result) {
  const { edges, counts } = result.histogram;
  const x = histogramRange(result);
  return {
    x: { ...x, log: true, label: 'Final error (mean squared, log scale)' },
    y: { min: 0, max: Math.max(1, ...counts) * 1.08, label: 'Trials' },
    layers: [
      { kind: 'bars', edges, heights: counts, colour: 0 },
      { kind: 'rule', axis: 'x', value: SOLVED_ERROR, colour: 2, dash: [2, 3], label: `${short(SOLVED_ERROR)}` },
      { kind: 'rule', axis: 'x', value: result.targetVariance, colour: 1, dash: [6, 4], label: 'mean state' },
    ],
  };
}

function table(result) {
  const { edges, counts } = result.histogram;
  const rows = counts.map((count, i) => [`${short(edges[i])} to ${short(edges[i + 1])}`, count]).filter((row) => row[1] > 0);
  return { caption: 'Trials by final error (half-decade bins; empty bins left out)', columns: ['Final error', 'Trials'], rows };
}

function summary(result) {
  return `${result.trials} networks trained: ${percent(result.bornDead)} born dead, ${percent(result.collapsed)} collapsed to a constant, median final error ${short(result.medianError)}, ${percent(result.shareSolved)} below ${short(SOLVED_ERROR)}. The mean state (dashed) is at ${short(result.targetVariance)}.`;
}

function perTrialCsv(result) {
  return toCsvInTasks(['trial', 'final_error', 'output_range', 'born_dead', 'collapsed'], result.errors.length,
    (t) => [t, result.errors[t], result.ranges[t], result.bornDeadTrials[t], result.ranges[t] < COLLAPSED_RANGE ? 1 : 0]);
}

export function mountSection(root, context) {
  const layout = context.layout({ intro: intro(), notes: notes() });
  const stats = make('div', { className: 'lab-stats-box' });
  layout.results.append(stats);
  const chart = context.chart(layout.results, { label: 'Histogram of the final errors on a log scale, with the mean state and 1e-3 marked', height: 300 });
  layout.runBar.onRun(async () => {
    const values = context.values();
    const result = await layout.runBar.run(method, options(values));
    if (!result) return;
    stats.replaceChildren(statsList(result));
    chart.show(chartSpec(result), {
      legend: [
        { label: 'trials per half decade of final error', colour: 0, mark: 'bar' },
        { label: `mean state, Var(|x|) = ${short(result.targetVariance)}`, colour: 1, mark: 'dashed' },
        { label: `error ${short(SOLVED_ERROR)}`, colour: 2, mark: 'dotted' },
      ],
      summary: summary(result),
      table: table(result),
    });
    layout.fresh();
    layout.exports.set({
      name: `collapse-${activationName(values.activation).replace(/[^\w.-]+/g, '_')}-N${values.width}-seed${values.seed}`,
      csv: () => perTrialCsv(result),
      json: () => toJson({ experiment: id, settings: options(values), summary: { trials: result.trials, bornDead: result.bornDead, collapsed: result.collapsed, medianError: result.medianError, shareSolved: result.shareSolved, targetVariance: result.targetVariance, collapsedMeanError: result.collapsedMeanError }, histogram: result.histogram, errors: result.errors, ranges: result.ranges, bornDead: result.bornDeadTrials }),
    });
  });
}
