// Experiment 4, signal through depth (He et al. 2015; Hanin and Rolnick,
// NeurIPS 2018): a network of `depth` hidden layers of width n drawn by
// each initialiser, fed points x ~ N(0, I); per layer the mean and median
// over networks of E[h²]/E[x²], the share of dead units and the gradient
// norm, with the mean-field line from the activation's Gaussian moments.
import { SIGNAL_SETTINGS } from '../signal/signal-settings.js';
import { runSignal, signalCsv, signalJson } from '../signal/signal-run.js';
import { deadChart, gradientChart, ratioChart } from '../signal/signal-charts.js';
import { make, para } from './common.js';
import { adoptFigureStyles } from '../figure-styles.js';

export const id = 'signal-depth';
export const title = '4. Signal through depth';
export const method = 'signalDepth';
export const settings = SIGNAL_SETTINGS;

const link = (href, text) => make('a', { href, textContent: text });

function intro() {
  return [
    para('Why ReLU networks use He initialisation: a ReLU zeroes half of a symmetric input, so E[h²] = ½·E[z²], and weights of variance 2/n give it back, layer after layer. Smaller weights (Xavier, LeCun, PyTorch’s default) halve the signal’s second moment or worse at every layer; larger ones blow it up. Each network here has ', make('em', { textContent: 'depth' }), ' hidden layers of width n and a linear read-out; E[h²]/E[x²] is measured on its input points.'),
  ];
}

function notes() {
  return [
    para('The dotted line is the mean-field value for an infinitely wide network: z ~ N(μ_b, σ_w²·n·E[h²] + σ_b²) at every layer, with E f(z)² from the activation’s Gaussian moments (computed by the core, closed form for the ReLU family). At finite width the mean follows it but the median falls below, and the spread grows with the ratio depth / width: Hanin and Rolnick (', link('https://arxiv.org/abs/1801.03744', 'arXiv 1801.03744'), ') show that the log of E[h²] fluctuates with variance proportional to the sum of 1/width over the layers, so a deep, narrow network can lose or blow up its signal even when initialised “correctly”. He et al.: ', link('https://arxiv.org/abs/1502.01852', 'arXiv 1502.01852'), '.'),
    para('With square layers Xavier’s variance 2/(n + n) is LeCun’s 1/n, so their lines coincide. A dead unit here is zero on every input point drawn for that network: with few points and a narrow network, whole layers die at initialisation (experiment 1 counts exactly that). Leaky ReLU keeps a gradient through every unit, so its gradient norm does not collapse with them.'),
  ];
}

const chartArgs = ({ spec, legend, summary, table }) => [spec, { legend, summary, table }];

export function mountSection(root, context) {
  adoptFigureStyles(root);
  const layout = context.layout({ intro: intro(), notes: notes() });
  const grid = make('div', { className: 'lab-chart-grid' });
  layout.results.append(grid);
  const ratioView = context.chart(grid, { label: 'E[h²]/E[x²] per layer, per initialiser', height: 300 });
  const deadView = context.chart(grid, { label: 'Share of dead units per layer, per initialiser', height: 260 });
  const gradientView = context.chart(grid, { label: 'Gradient norm per layer, per initialiser', height: 300 });

  layout.runBar.onRun(async () => {
    const lab = await context.lab;
    const run = await runSignal(layout.runBar, context.values(), lab);
    if (!run) return;
    ratioView.show(...chartArgs(ratioChart(run)));
    deadView.show(...chartArgs(deadChart(run)));
    gradientView.show(...chartArgs(gradientChart(run)));
    layout.fresh();
    layout.exports.set({ name: `signal-depth-seed${run.settings.seed}`, csv: () => signalCsv(run), json: () => signalJson(run) });
  });
}
