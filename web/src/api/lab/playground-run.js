// The live run of experiment 3: one network trained on TensorFlow
// Playground's circle data, advanced by the page point by point, batch by
// batch or epoch by epoch (play, pause, step), and drawn in between: the
// decision surface and every hidden unit's output over the input plane,
// with each unit's state (core: core/include/activations/lab/
// playground_run.hpp). Trial `trial` of playgroundDeath with the same
// options is this network, bit for bit.
import { describe } from '../describe.js';
import { withScratch } from './heap.js';
import { checkFinite, checkInteger, checkKeys, checkObject, checkSeed } from './options.js';

const UNIT_STATES = ['alive', 'dead', 'negative'];
const collector = new FinalizationRegistry((handle) => handle.delete());

// The Playground draws its heat maps over [−6, 6]² (playground.ts, xDomain).
const PLAYGROUND_EXTENT = 6;

export function createPlaygroundRunFactory(core, { maxParams, limits }, checkPlaygroundSettings) {
  return function createPlaygroundRun(options = {}) {
    options = checkObject(options, 'options', "{ hidden: [8, 8], activation: 'relu', lr: 3, seed: 1 }");
    checkKeys(options, ['hidden', 'activation', 'params', 'kink', 'init', 'bias', 'seed', 'lr', 'batch', 'output', 'loss', 'samples', 'noise', 'trainPercent', 'trial'], 'createPlaygroundRun');
    const trial = checkSeed(options.trial ?? 0, 'trial');
    const settings = checkPlaygroundSettings({ ...options, epochs: 0 });
    const handle = withScratch(core, (s) => {
      const block = s.f64(settings.values.length, settings.values);
      const params = s.f64(maxParams, settings.activation.params);
      const widths = s.f64(settings.hidden.length, settings.hidden);
      return new core.PlaygroundRun(block, params, widths, settings.hidden.length, trial);
    });
    const run = new PlaygroundRun(core, handle, settings.hidden, limits);
    collector.register(run, handle, run);
    return run;
  };
}

class PlaygroundRun {
  #core;
  #handle;
  #limits;

  constructor(core, handle, hidden, limits) {
    this.#core = core;
    this.#handle = handle;
    this.#limits = limits;
    this.hidden = Object.freeze([...hidden]);
    this.layers = Object.freeze([2, ...hidden, 1]);
    this.data = this.#readData();
    Object.freeze(this);
  }

  #live() {
    if (!this.#handle) throw new Error('this run was disposed');
    return this.#handle;
  }

  // { train: { x: Float64Array (n × 2), label }, test: { x, label } }.
  #readData() {
    const handle = this.#handle;
    const train = handle.trainCount(), test = handle.testCount();
    const all = withScratch(this.#core, (s) => {
      const out = s.f64(3 * (train + test));
      handle.data(out);
      return s.readF64(out, 3 * (train + test));
    });
    const trainX = all.slice(0, 2 * train);
    const trainLabel = all.slice(2 * train, 3 * train);
    const testX = all.slice(3 * train, 3 * train + 2 * test);
    const testLabel = all.slice(3 * train + 2 * test);
    return Object.freeze({ train: { x: trainX, label: trainLabel }, test: { x: testX, label: testLabel } });
  }

  get epoch() {
    return this.#live().epoch();
  }

  // The next training point within the current epoch.
  get position() {
    return this.#live().position();
  }

  // Weight updates so far.
  get updates() {
    return this.#live().updates();
  }

  // Visits up to `points` training points (stopping at the epoch's end).
  trainPoints(points) {
    checkInteger(points, 'points', 0, 1e6);
    return this.#live().trainPoints(points);
  }

  stepBatch() {
    this.#live().stepBatch();
  }

  stepEpoch() {
    this.#live().stepEpoch();
  }

  // `epochs` whole epochs in one call (the benchmark's and a fast-forward's).
  train({ epochs = 1 } = {}) {
    checkInteger(epochs, 'epochs', 0, this.#limits.epochs);
    const handle = this.#live();
    for (let e = 0; e < epochs; e++) handle.stepEpoch();
  }

  setLearningRate(lr) {
    this.#live().setLearningRate(checkFinite(lr, 'lr', { min: 0, minOpen: true }));
  }

  loss({ test = false } = {}) {
    return this.#live().loss(Boolean(test));
  }

  accuracy({ test = true } = {}) {
    return this.#live().accuracy(Boolean(test));
  }

  parameters() {
    const handle = this.#live();
    const start = handle.parametersAddress() / 8;
    return this.#core.HEAPF64.slice(start, start + handle.parameterCount());
  }

  // Each hidden unit's state on the training points, per layer, and each
  // hidden layer's Pr[z > 0].
  unitStates() {
    const handle = this.#live();
    const units = this.hidden.reduce((a, b) => a + b, 0);
    return withScratch(this.#core, (s) => {
      const states = s.bytes(units), probability = s.f64(this.hidden.length);
      handle.unitStates(states, probability);
      const codes = s.readU8(states, units);
      let first = 0;
      return {
        states: this.hidden.map((width) => Array.from(codes.subarray(first, (first += width)), (code) => UNIT_STATES[code])),
        activeProbability: Array.from(s.readF64(probability, this.hidden.length)),
      };
    });
  }

  // The decision surface and every unit's output over a density × density
  // grid of [−extent, extent]² (rows from the top, y decreasing): output is
  // Float64Array(density²), units[l][i] the grid of hidden unit i of layer l.
  surface({ density = 50, extent = PLAYGROUND_EXTENT } = {}) {
    if (typeof density !== 'number') throw new TypeError(`density must be an integer, got ${describe(density)}`);
    checkInteger(density, 'density', 2, this.#limits.grid);
    checkFinite(extent, 'extent', { min: 0, minOpen: true, max: 1e6 });
    const handle = this.#live();
    const cells = density * density;
    const widths = this.layers.slice(1);
    const total = widths.reduce((a, b) => a + b, 0) * cells;
    const all = withScratch(this.#core, (s) => {
      const out = s.f64(total);
      handle.surface(density, extent, out);
      return s.readF64(out, total);
    });
    let first = 0;
    const layers = widths.map((width) => Array.from({ length: width }, () => all.slice(first, (first += cells))));
    return { density, extent, output: layers[layers.length - 1][0], units: layers.slice(0, -1) };
  }

  dispose() {
    if (!this.#handle) return;
    collector.unregister(this);
    this.#handle.delete();
    this.#handle = null;
  }
}
