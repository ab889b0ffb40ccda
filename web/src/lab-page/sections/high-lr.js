// Experiment 3, death at a high learning rate, on TensorFlow Playground's
// own problem (its circle data, 2-8-8-1, ReLU, tanh output, ½(o − t)², its
// initialisation, SGD with batch 10): the dead share against the learning
// rate over many seeds, ReLU beside leaky ReLU on the same seeds, when the
// units died, Pr[h > 0] per layer over the epochs, the accuracy; and one
// network live, drawn as the Playground draws it, with its dead units
// marked.
import { DEATH_SETTINGS } from '../death/death-settings.js';
import { deathCsv, deathJson, runDeathSweep } from '../death/death-sweep.js';
import { accuracyChart, activeChart, deadShareChart } from '../death/death-charts.js';
import { DeathRaster } from '../death/death-raster.js';
import { LivePanel } from '../live/live-panel.js';
import { make, para } from './common.js';
import { adoptFigureStyles } from '../figure-styles.js';

export const id = 'high-lr';
export const method = 'playgroundDeath';
export const title = '3. Death at a high learning rate';
export const settings = DEATH_SETTINGS;

const link = (href, text) => make('a', { href, textContent: text });

function intro() {
  return [
    para('TensorFlow Playground trains a small network in the browser; at a high learning rate its ReLU networks often stop learning, and its users’ reports are answered “expected behaviour”. This is its own problem, reproduced from its source: the circle data (500 points, half for training, no noise), inputs x and y, hidden ReLU units, a tanh output, the loss ½(o − t)², weights U(−0.5, 0.5) and biases 0.1, SGD on batches of 10, no reshuffling. A unit is ', make('strong', { textContent: 'dead' }), ' when its pre-activation is ≤ 0 on every training point: it outputs 0 and gets no gradient, so nothing can bring it back.'),
    para('Each network runs with the chosen activation and with leaky ReLU (slope 0.01) from the same seed: the same data and the same first weights.'),
  ];
}

function notes() {
  return [
    para('The articles say it in one line: “because the gradient is zero for negative values, some neurons can stop learning (the dying ReLU problem)”, and advise to “switch to leaky ReLU if you observe many inactive neurons”. Here both can be counted. At the Playground’s default rate (0.03) few units die; from about 1 upwards a large share of ReLU units dies within the first epochs, and the network’s accuracy falls towards chance. Leaky ReLU has no dead units by construction: a unit below zero on every point still gets 1 % of the gradient (drawn as “negative but learning”), and can come back.'),
    para('Counted on the training points, as the papers count it (Lu et al. 2019, ', link('https://arxiv.org/abs/1903.06733', 'arXiv 1903.06733'), '; Pr[h > 0] as Douglas and Yu measure it, ', link('https://arxiv.org/abs/1812.05981', 'arXiv 1812.05981'), '). The seeds are this lab’s generator, not the Playground’s seedrandom strings: the same statistics, different draws.'),
  ];
}

export function mountSection(root, context) {
  adoptFigureStyles(root);
  const layout = context.layout({ intro: intro(), notes: notes() });
  const charts = make('div', { className: 'lab-chart-grid' });
  const rasters = make('div', { className: 'lab-chart-grid death-rasters' });
  layout.results.append(charts, rasters);
  const deadChart = context.chart(charts, { label: 'Share of hidden units dead against the learning rate', height: 280 });
  const accChart = context.chart(charts, { label: 'Median test accuracy against the learning rate', height: 280 });
  const rasterViews = [new DeathRaster(rasters, 0), new DeathRaster(rasters, 1)];
  const activeView = context.chart(layout.results, { label: 'Pr[h > 0] per layer over the epochs', height: 280 });
  let sweep = null;

  layout.runBar.onRun(async () => {
    const result = await runDeathSweep(layout.runBar, context.values());
    if (!result) return;
    sweep = result;
    draw();
    layout.fresh();
    layout.exports.set({ name: `high-lr-seed${sweep.settings.seed}`, csv: () => deathCsv(sweep), json: () => deathJson(sweep) });
  });

  function draw() {
    deadChart.show(...chartArgs(deadShareChart(sweep)));
    accChart.show(...chartArgs(accuracyChart(sweep)));
    activeView.show(...chartArgs(activeChart(sweep)));
    const detail = Number(sweep.settings.detail);
    const r = sweep.rates.indexOf(detail);
    sweep.activations.forEach((activation, a) => rasterViews[a].show(sweep.results[a][r], { activation, hidden: sweep.settings.hidden, lr: detail }));
  }

  context.onThemeChange(() => rasterViews.forEach((view) => view.themeChanged()));
  mountLive(root, context);
}

const chartArgs = ({ spec, legend, summary, table }) => [spec, { legend, summary, table }];

// The live run, below the experiment: its panel builds once the lab has
// loaded, and follows the section's network settings.
function mountLive(root, context) {
  const box = make('section', { className: 'lab-live' });
  const heading = make('h3', { id: `${context.id}-live-title`, textContent: 'One network, live' });
  box.setAttribute('aria-labelledby', heading.id);
  const explain = para('The network of the experiment, trained while you watch, as the Playground draws it: each hidden unit’s output over the plane (x and y from −6 to 6), orange negative, blue positive, grey zero; the output (the decision surface) with the training points. A dead unit is grey everywhere, hatched and labelled. Changing the learning rate keeps the network, as in the Playground; changing the activation or the network (which seed) builds it anew from epoch 0.');
  const panelBox = make('div', { className: 'live-panel' });
  box.append(heading, explain, panelBox);
  root.append(box);

  const liveSettings = (values) => ({ lr: Number(values['live-lr']), activation: values['live-activation'], trial: values['live-network'] });
  const sectionSettings = (values) => ({ hidden: values.hidden, batch: values.batch, seed: values.seed });
  Promise.resolve(context.lab).then((lab) => {
    const panel = new LivePanel(panelBox, lab, {
      onChange: ({ lr, activation, trial }) => context.set({ 'live-lr': String(lr), 'live-activation': activation, 'live-network': trial }),
    });
    panel.update(liveSettings(context.values()), sectionSettings(context.values()));
    context.onChange((values) => panel.update(liveSettings(values), sectionSettings(values)));
    context.onThemeChange(() => panel.themeChanged());
  }, (error) => {
    panelBox.append(make('p', { className: 'error', textContent: `The live run could not start: ${error?.message ?? error}` }));
  });
}

