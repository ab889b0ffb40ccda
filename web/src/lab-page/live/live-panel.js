// The live run's panel: its buttons and menus, the two canvases and their
// text alternative. One network on TensorFlow Playground's circle, trained
// while the reader watches: play / pause, a step of a point, a batch or an
// epoch, the learning rate from the Playground's menu and the hidden
// activation from its menu plus leaky ReLU. The settings the panel owns
// (learning rate, activation, which network) go into the URL through
// onChange; the shape, batch and data seed come from the section.
import { PLAYGROUND_LEARNING_RATES } from '../../api/lab/options.js';
import { ColourCache } from '../../plot/theme.js';
import { shadeTable } from '../../plot/heat-scale.js';
import { LiveController } from './live-controller.js';
import { LiveDrawing } from './live-drawing.js';
import { liveSummary, unitTable } from './live-text.js';
import { LIVE_ACTIVATIONS, LIVE_LIMITS } from './live-activations.js';

const DENSITY = 50;

function element(tag, properties = {}, children = []) {
  const node = Object.assign(document.createElement(tag), properties);
  node.append(...children);
  return node;
}

function menu(name, entries, label) {
  const select = element('select', { name });
  for (const [value, text] of entries) select.append(element('option', { value: String(value), textContent: text }));
  return { select, label: element('label', {}, [`${label} `, select]) };
}

export class LivePanel {
  #controller;
  #drawing = new LiveDrawing();
  #colours;
  #table = null;
  #parts;
  #section = null;
  #onChange;

  // `lab`: the loaded lab API; `onChange(settings)` after the reader
  // changes the learning rate, activation or network.
  constructor(container, lab, { onChange = () => {} } = {}) {
    this.#onChange = onChange;
    this.#parts = this.#build(container);
    this.#colours = new ColourCache(this.#parts.units);
    this.#controller = new LiveController(lab, {
      onFrame: (run, reason) => (reason === 'build' ? this.#drawSoon(run) : this.#draw(run, reason)),
      onState: (playing) => this.#showPlaying(playing),
    });
    // A new width (a phone turned, a window resized) re-lays the squares.
    let width = 0;
    new ResizeObserver(([entry]) => {
      const next = Math.round(entry.contentRect.width);
      if (next === width) return;
      width = next;
      if (this.#controller.run && !this.#controller.playing) this.#draw(this.#controller.run, 'resize');
    }).observe(this.#parts.units.parentElement.parentElement);
  }

  #build(container) {
    const button = (text) => element('button', { type: 'button', textContent: text });
    const play = button('Play');
    play.setAttribute('aria-pressed', 'false');
    const steps = [['point', 'Step a point'], ['batch', 'Step a batch'], ['epoch', 'Step an epoch']].map(([unit, text]) => {
      const b = button(text);
      b.addEventListener('click', () => this.#controller.step(unit));
      return b;
    });
    const reset = button('Reset');
    const lr = menu('live-lr', PLAYGROUND_LEARNING_RATES.map((v) => [v, String(v)]), 'Learning rate');
    const activation = menu('live-activation', Object.entries(LIVE_ACTIVATIONS).map(([key, a]) => [key, a.label]), 'Activation');
    const trial = element('input', { type: 'number', name: 'live-trial', min: '0', max: String(LIVE_LIMITS.network), step: '1', inputMode: 'numeric' });
    const controls = element('div', { className: 'live-controls', role: 'group' }, [play, ...steps, reset, lr.label, activation.label, element('label', {}, ['Network ', trial])]);
    controls.setAttribute('aria-label', 'Live run');
    const status = element('p', { className: 'live-status' });
    const announce = element('p', { className: 'live-announce' });
    announce.setAttribute('aria-live', 'polite');
    const error = element('p', { className: 'live-error', hidden: true });
    error.setAttribute('role', 'alert');
    const units = element('canvas', { className: 'live-units' });
    const output = element('canvas', { className: 'live-output' });
    for (const canvas of [units, output]) canvas.setAttribute('role', 'img');
    const figure = element('div', { className: 'live-figure' }, [
      element('figure', {}, [units, element('figcaption', { textContent: 'Each hidden unit’s output over the plane (x, y from −6 to 6); hatched: dead.' })]),
      element('figure', {}, [output, element('figcaption', { textContent: 'The network’s output: the decision surface, with the training points.' })]),
    ]);
    const table = element('table', { className: 'live-table' });
    const details = element('details', {}, [element('summary', { textContent: 'The units as a table' }), table]);
    container.append(controls, error, status, announce, figure, details);

    play.addEventListener('click', () => this.#controller.toggle());
    reset.addEventListener('click', () => this.#controller.reset());
    for (const field of [lr.select, activation.select, trial]) field.addEventListener('change', () => this.#changed());
    return { play, steps, reset, lr: lr.select, activation: activation.select, trial, status, announce, error, units, output, table };
  }

  // The panel's own settings, as the URL holds them.
  get settings() {
    return { lr: Number(this.#parts.lr.value), activation: this.#parts.activation.value, trial: Number(this.#parts.trial.value) };
  }

  // Sets the panel's settings (from the URL) and the section's (hidden
  // widths, batch, seed), then builds or updates the run.
  update({ lr, activation, trial }, section) {
    this.#parts.lr.value = String(lr);
    this.#parts.activation.value = activation;
    this.#parts.trial.value = String(trial);
    this.#section = section;
    this.#apply();
  }

  #changed() {
    if (this.#apply()) this.#onChange(this.settings);
  }

  // Returns whether the settings were taken; a bad one is named inline and
  // the last good run stays.
  #apply() {
    const { lr, activation, trial } = this.settings;
    const { hidden, batch, seed } = this.#section;
    const problem =
      hidden.length > LIVE_LIMITS.layers || hidden.some((w) => w > LIVE_LIMITS.width)
        ? `The live run draws at most ${LIVE_LIMITS.layers} hidden layers of ${LIVE_LIMITS.width} units, as the Playground does; hidden layers ${hidden.join(', ')} are run in the experiment above but not drawn here.`
        : !(Number.isSafeInteger(trial) && trial >= 0 && trial <= LIVE_LIMITS.network)
          ? `Network must be a whole number from 0 to ${LIVE_LIMITS.network}, got "${this.#parts.trial.value}".`
          : '';
    try {
      if (problem) throw new RangeError(problem);
      const { activation: name, params } = LIVE_ACTIVATIONS[activation];
      this.#controller.configure({ hidden, batch, seed, trial, activation: name, params, lr });
      this.#showError('');
      return true;
    } catch (caught) {
      this.#controller.pause();
      this.#showError(caught.message);
      return false;
    }
  }

  #showError(message) {
    this.#parts.error.hidden = !message;
    this.#parts.error.textContent = message;
    for (const control of [this.#parts.play, ...this.#parts.steps, this.#parts.reset]) control.disabled = Boolean(message);
  }

  #showPlaying(playing) {
    this.#parts.play.textContent = playing ? 'Pause' : 'Play';
    this.#parts.play.setAttribute('aria-pressed', String(playing));
    if (!playing && this.#controller.run) this.#parts.announce.textContent = liveSummary(this.#controller.run, this.#controller.run.unitStates());
  }

  // Called by the page when the theme changes.
  themeChanged() {
    this.#colours.invalidate();
    this.#table = null;
    if (this.#controller.run) this.#draw(this.#controller.run, 'theme');
  }

  // A new network is drawn in a task of its own, after the one that built
  // it (the page's or a control's): together they would block the page for
  // more than 50 ms. Only the latest network is drawn.
  #drawSoon(run) {
    setTimeout(() => {
      if (this.#controller.run === run) this.#draw(run, 'build');
    }, 0);
  }

  #draw(run, reason) {
    // A panel taken off the page (an element re-rendered) stops and frees
    // its network rather than play on unseen.
    if (!this.#parts.units.isConnected) {
      this.dispose();
      return;
    }
    const colours = this.#colours.get();
    this.#table ??= shadeTable(colours);
    const surface = run.surface({ density: DENSITY });
    const unitStates = run.unitStates();
    this.#drawing.paintUnits(this.#parts.units, { surface, states: unitStates.states, colours, table: this.#table });
    this.#drawing.paintOutput(this.#parts.output, { surface, data: run.data, colours, table: this.#table });
    const summary = liveSummary(run, unitStates);
    this.#parts.status.textContent = summary;
    this.#parts.units.setAttribute('aria-label', `Hidden units over the input plane. ${summary}`);
    this.#parts.output.setAttribute('aria-label', `Decision surface after ${run.epoch} epochs; test accuracy ${(100 * run.accuracy()).toFixed(0)} %.`);
    // The table and the announcement change on steps and pauses, not on
    // every frame of play (a screen reader would hear nothing else).
    if (reason !== 'play' && reason !== 'play-partial') unitTable(this.#parts.table, unitStates);
    if (reason === 'step' || reason === 'build' || reason === 'lr') this.#parts.announce.textContent = summary;
    this.#parts.units.dataset.dead = String(unitStates.states.flat().filter((s) => s === 'dead').length);
    this.#parts.units.dataset.epoch = String(run.epoch);
    this.#parts.units.dataset.updates = String(run.updates);
  }

  dispose() {
    this.#controller.dispose();
  }
}
