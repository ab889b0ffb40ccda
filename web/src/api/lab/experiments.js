// The four experiments of the lab (core: core/include/activations/lab/
// experiments.hpp): options checked here, trials computed by the core
// chunk by chunk, figures summarised by the core. Each function takes
// `range: { first, count }` to compute only part of the trials (a worker's
// share) and `onProgress` / `signal` for long runs.
import {
  LOSSES,
  OUTPUTS,
  checkActivation,
  checkCallbacks,
  checkChoice,
  checkFinite,
  checkInit,
  checkInteger,
  checkKeys,
  checkObject,
  checkOptimizer,
  checkRange,
  checkSeed,
  checkWidths,
} from './options.js';
import { runInChunks } from './chunks.js';
import { withScratch } from './heap.js';
import { createSummaries } from './summaries.js';

const COMMON_KEYS = ['activation', 'params', 'kink', 'init', 'bias', 'seed', 'range', 'onProgress', 'signal'];

// The settings block's common head (core/wasm/lab_calls.hpp).
function commonSettings(activation, init, seed) {
  return [activation.id, activation.kink, init.init, init.bias, init.biasValue, seed];
}

// Trials per chunk: about 10–500 ms of work each in WASM. The collapse
// experiment groups a chunk's networks by their first dead layer (the core
// skips the layers below it), so its chunks hold several blocks of 8.
const CHUNKS = { bornDead: 256, collapse: 64, playground: 8, signal: 1 };

export function createExperiments(core, { registry, maxParams, limits }) {
  const activationOf = (options) => checkActivation(options, registry, maxParams);
  const { summariseBornDead, summariseCollapse, summarisePlayground, summariseSignal } = createSummaries(core, limits);

  async function bornDead(options = {}) {
    options = checkObject(options, 'options', "{ widths: [2, 3], depths: 50, trials: 2000 }");
    checkKeys(options, [...COMMON_KEYS, 'widths', 'depths', 'trials'], 'bornDead');
    const widths = checkWidths(options.widths ?? [2], 'widths', limits.width, { maxLength: 16 });
    const maxDepth = checkInteger(options.depths ?? 50, 'depths', 1, limits.depth);
    const trials = checkInteger(options.trials ?? 2000, 'trials', 1, limits.trials);
    const activation = activationOf(options);
    const init = checkInit(options, 'he-normal', 'zero');
    const seed = checkSeed(options.seed ?? 1);
    const range = checkRange(options.range, trials);
    const { onProgress, signal } = checkCallbacks(options);

    const dead = widths.map(() => new Uint8Array(range.count * maxDepth));
    const total = { first: range.first, count: range.count * widths.length };
    await runInChunks({ range: total, chunk: CHUNKS.bornDead, onProgress, signal }, (first, count) => {
      // Chunks walk width by width through the trial range.
      let offset = first - range.first;
      while (count > 0) {
        const w = Math.floor(offset / range.count);
        const within = offset % range.count;
        const size = Math.min(count, range.count - within);
        withScratch(core, (s) => {
          const settings = s.f64(8, [...commonSettings(activation, init, seed), widths[w], maxDepth]);
          const params = s.f64(maxParams, activation.params);
          const out = s.bytes(size * maxDepth);
          core.bornDeadTrials(settings, params, range.first + within, size, out);
          dead[w].set(s.readU8(out, size * maxDepth), within * maxDepth);
        });
        offset += size;
        count -= size;
      }
    });
    return summariseBornDead({ widths, maxDepth, trials: range.count, dead });
  }

  async function collapse(options = {}) {
    options = checkObject(options, 'options', '{ width: 2, depth: 10, trials: 1000 }');
    checkKeys(options, [...COMMON_KEYS, 'width', 'depth', 'trials', 'steps', 'optimizer', 'points', 'loss'], 'collapse');
    const width = checkInteger(options.width ?? 2, 'width', 1, limits.width);
    const depth = checkInteger(options.depth ?? 10, 'depth', 1, limits.depth);
    const trials = checkInteger(options.trials ?? 1000, 'trials', 1, limits.trials);
    const steps = checkInteger(options.steps ?? 3000, 'steps', 0, limits.steps);
    const points = checkInteger(options.points ?? 64, 'points', 2, 4096);
    const optimizer = checkOptimizer(options.optimizer, { name: 'adam', lr: 1e-3 });
    const loss = checkChoice(options.loss ?? 'mse', 'loss', LOSSES.filter((l) => l !== 'bce-logits'));
    const activation = activationOf(options);
    const init = checkInit(options, 'he-normal', 'zero');
    const seed = checkSeed(options.seed ?? 1);
    const range = checkRange(options.range, trials);
    const { onProgress, signal } = checkCallbacks(options);
    if ((depth + 1) * width * (width + 1) > limits.parameters) throw new RangeError(`width ${width} and depth ${depth} make too many parameters (at most ${limits.parameters})`);

    const errors = new Float64Array(range.count), ranges = new Float64Array(range.count), bornDead = new Uint8Array(range.count);
    const settingsValues = [
      ...commonSettings(activation, init, seed), width, depth, steps, points,
      optimizer.kind, optimizer.lr, optimizer.beta1, optimizer.beta2, optimizer.eps, LOSSES.indexOf(['half-mse', 'mse'][loss]),
    ];
    await runInChunks({ range, chunk: CHUNKS.collapse, onProgress, signal }, (first, count, done) => {
      withScratch(core, (s) => {
        const settings = s.f64(settingsValues.length, settingsValues);
        const params = s.f64(maxParams, activation.params);
        const e = s.f64(count), r = s.f64(count), d = s.bytes(count);
        core.collapseTrials(settings, params, first, count, e, r, d);
        errors.set(s.readF64(e, count), done);
        ranges.set(s.readF64(r, count), done);
        bornDead.set(s.readU8(d, count), done);
      });
    });
    return summariseCollapse({ errors, ranges, bornDead, points });
  }

  async function playgroundDeath(options = {}) {
    options = checkObject(options, 'options', "{ hidden: [8, 8], activation: 'relu', lr: 3, seeds: 200 }");
    checkKeys(options, [...COMMON_KEYS, 'hidden', 'lr', 'epochs', 'batch', 'seeds', 'output', 'loss', 'samples', 'noise', 'trainPercent'], 'playgroundDeath');
    const settings = checkPlaygroundSettings(options);
    const seeds = checkInteger(options.seeds ?? 200, 'seeds', 1, limits.trials);
    const range = checkRange(options.range, seeds);
    const { onProgress, signal } = checkCallbacks(options);
    const { hidden, epochs, units, values } = settings;
    const rows = range.count * (epochs + 1);
    const deathEpoch = new Int32Array(range.count * units), finalState = new Uint8Array(range.count * units);
    const active = new Float64Array(rows * hidden.length), accuracy = new Float64Array(rows), trainLoss = new Float64Array(rows);
    await runInChunks({ range, chunk: CHUNKS.playground, onProgress, signal }, (first, count, done) => {
      withScratch(core, (s) => {
        const block = s.f64(values.length, values);
        const params = s.f64(maxParams, settings.activation.params);
        const widths = s.f64(hidden.length, hidden);
        const n = count * (epochs + 1);
        const de = s.i32(count * units), st = s.bytes(count * units);
        const ac = s.f64(n * hidden.length), acc = s.f64(n), lo = s.f64(n);
        core.playgroundTrials(block, params, widths, hidden.length, first, count, de, st, ac, acc, lo);
        deathEpoch.set(s.readI32(de, count * units), done * units);
        finalState.set(s.readU8(st, count * units), done * units);
        active.set(s.readF64(ac, n * hidden.length), done * (epochs + 1) * hidden.length);
        accuracy.set(s.readF64(acc, n), done * (epochs + 1));
        trainLoss.set(s.readF64(lo, n), done * (epochs + 1));
      });
    });
    return summarisePlayground({ hidden, epochs, deathEpoch, finalState, active, accuracy, trainLoss });
  }

  // The Playground settings (experiments.hpp, PlaygroundSettings) and the
  // block the core reads; shared by playgroundDeath and the live run.
  function checkPlaygroundSettings(options) {
    const hidden = checkWidths(options.hidden ?? [8, 8], 'hidden', limits.width, { maxLength: limits.depth });
    const activation = activationOf(options);
    const init = checkInit(options, 'playground', 'initialiser');
    const seed = checkSeed(options.seed ?? 1);
    const output = checkChoice(options.output ?? 'tanh', 'output', OUTPUTS);
    const loss = checkChoice(options.loss ?? 'half-mse', 'loss', LOSSES);
    if (loss === LOSSES.indexOf('bce-logits') && output !== 0) throw new RangeError('loss "bce-logits" needs output "linear" (the output is the logit)');
    const lr = checkFinite(options.lr ?? 0.03, 'lr', { min: 0, minOpen: true });
    const epochs = checkInteger(options.epochs ?? 50, 'epochs', 0, limits.epochs);
    const batch = checkInteger(options.batch ?? 10, 'batch', 1, 1000);
    const samples = checkInteger(options.samples ?? 500, 'samples', 2, 10000);
    const noise = checkFinite(options.noise ?? 0, 'noise', { min: 0, max: 0.5 });
    const trainPercent = checkFinite(options.trainPercent ?? 50, 'trainPercent', { min: 10, max: 90 });
    let parameters = 0;
    [2, ...hidden, 1].reduce((fanIn, width) => ((parameters += width * (fanIn + 1)), width));
    if (parameters > limits.parameters) throw new RangeError(`hidden ${JSON.stringify(hidden)} makes ${parameters} parameters (at most ${limits.parameters})`);
    const values = [...commonSettings(activation, init, seed), output, loss, lr, epochs, batch, samples, noise, trainPercent];
    const units = hidden.reduce((a, b) => a + b, 0);
    return { hidden, activation, epochs, units, values };
  }

  async function signalDepth(options = {}) {
    options = checkObject(options, 'options', "{ width: 64, depth: 20, init: 'he-normal', trials: 100 }");
    checkKeys(options, [...COMMON_KEYS, 'width', 'depth', 'trials', 'inputs'], 'signalDepth');
    const width = checkInteger(options.width ?? 64, 'width', 1, 256);
    const depth = checkInteger(options.depth ?? 20, 'depth', 1, 50);
    const trials = checkInteger(options.trials ?? 100, 'trials', 1, 10000);
    const inputs = checkInteger(options.inputs ?? 8, 'inputs', 1, 256);
    const activation = activationOf(options);
    const init = checkInit(options, 'he-normal', 'zero');
    const seed = checkSeed(options.seed ?? 1);
    const range = checkRange(options.range, trials);
    const { onProgress, signal } = checkCallbacks(options);
    const cells = range.count * depth;
    const ratio = new Float64Array(cells), deadShare = new Float64Array(cells), gradientNorm = new Float64Array(cells);
    const values = [...commonSettings(activation, init, seed), width, depth, inputs];
    await runInChunks({ range, chunk: CHUNKS.signal, onProgress, signal }, (first, count, done) => {
      withScratch(core, (s) => {
        const settings = s.f64(values.length, values);
        const params = s.f64(maxParams, activation.params);
        const r = s.f64(count * depth), d = s.f64(count * depth), g = s.f64(count * depth);
        core.signalTrials(settings, params, first, count, r, d, g);
        ratio.set(s.readF64(r, count * depth), done * depth);
        deadShare.set(s.readF64(d, count * depth), done * depth);
        gradientNorm.set(s.readF64(g, count * depth), done * depth);
      });
    });
    return summariseSignal({ depth, ratio, deadShare, gradientNorm });
  }

  return {
    bornDead,
    collapse,
    playgroundDeath,
    signalDepth,
    checkPlaygroundSettings,
    summarise: { bornDead: summariseBornDead, collapse: summariseCollapse, playgroundDeath: summarisePlayground, signalDepth: summariseSignal },
  };
}
