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

  // From per-trial flags to probabilities, 95 % Wilson intervals and Lu et
  // al.'s bound; also used to merge workers' shares.
  function summariseBornDead({ widths, maxDepth, trials, dead }) {
    const depths = Array.from({ length: maxDepth }, (_, i) => i + 1);
    const probability = [], interval = [], bound = [];
    withScratch(core, (s) => {
      const out = s.f64(2);
      for (let w = 0; w < widths.length; ++w) {
        const counts = new Array(maxDepth).fill(0);
        for (let t = 0; t < trials; ++t) {
          for (let l = 0; l < maxDepth; ++l) counts[l] += dead[w][t * maxDepth + l];
        }
        probability.push(counts.map((k) => (trials ? k / trials : 0)));
        interval.push(counts.map((k) => {
          core.wilsonInterval(k, trials, out);
          return [core.HEAPF64[out / 8], core.HEAPF64[out / 8 + 1]];
        }));
        bound.push(depths.map((depth) => core.bornDeadBound(widths[w], depth)));
      }
    });
    return { widths, depths, trials, probability, interval, bound, dead };
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

  function summariseCollapse({ errors, ranges, bornDead, points }) {
    const count = errors.length;
    const bins = limits.errorBins;
    const out = withScratch(core, (s) => {
      const e = s.f64(count, errors), r = s.f64(count, ranges), d = s.bytes(count);
      core.HEAPU8.set(bornDead, d);
      const o = s.f64(6 + bins);
      core.collapseSummary(e, r, d, count, points, o);
      return s.readF64(o, 6 + bins);
    });
    // Half-decade bins from 1e-16 (core/include/activations/lab/summary.hpp).
    const edges = Array.from({ length: bins + 1 }, (_, k) => 10 ** (-16 + k / 2));
    return {
      trials: count,
      bornDead: out[0],
      collapsed: out[1],
      medianError: out[2],
      shareSolved: out[3],
      targetVariance: out[4],
      collapsedMeanError: out[5],
      histogram: { edges, counts: Array.from(out.subarray(6)) },
      errors,
      ranges,
      bornDeadTrials: bornDead,
    };
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

  function summarisePlayground({ hidden, epochs, deathEpoch, finalState, active, accuracy, trainLoss }) {
    const units = hidden.reduce((a, b) => a + b, 0);
    const seeds = accuracy.length / (epochs + 1);
    let dead = 0, negative = 0;
    for (let k = 0; k < finalState.length; ++k) {
      dead += finalState[k] === 1;
      negative += finalState[k] === 2;
    }
    const activeProbability = Array.from({ length: epochs + 1 }, (_, e) =>
      hidden.map((_, l) => {
        let sum = 0;
        for (let t = 0; t < seeds; ++t) sum += active[(t * (epochs + 1) + e) * hidden.length + l];
        return seeds ? sum / seeds : 0;
      }),
    );
    const finalAccuracy = Float64Array.from({ length: seeds }, (_, t) => accuracy[t * (epochs + 1) + epochs]);
    const meanAccuracy = Array.from({ length: epochs + 1 }, (_, e) => {
      let sum = 0;
      for (let t = 0; t < seeds; ++t) sum += accuracy[t * (epochs + 1) + e];
      return seeds ? sum / seeds : 0;
    });
    return {
      hidden,
      epochs,
      seeds,
      units,
      deadShare: finalState.length ? dead / finalState.length : 0,
      negativeShare: finalState.length ? negative / finalState.length : 0,
      medianAccuracy: median(finalAccuracy),
      deathEpoch: Array.from({ length: seeds }, (_, t) => deathEpoch.subarray(t * units, (t + 1) * units)),
      finalState: Array.from({ length: seeds }, (_, t) => finalState.subarray(t * units, (t + 1) * units)),
      activeProbability,
      meanAccuracy,
      finalAccuracy,
      perTrial: { deathEpoch, finalState, active, accuracy, trainLoss },
    };
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

  function summariseSignal({ depth, ratio, deadShare, gradientNorm }) {
    const trials = ratio.length / depth;
    const column = (values, l) => Float64Array.from({ length: trials }, (_, t) => values[t * depth + l]);
    const layers = Array.from({ length: depth }, (_, l) => l + 1);
    const mean = (values) => values.reduce((a, b) => a + b, 0) / (values.length || 1);
    return {
      trials,
      layers,
      meanRatio: layers.map((_, l) => mean(column(ratio, l))),
      medianRatio: layers.map((_, l) => median(column(ratio, l))),
      deadShare: layers.map((_, l) => mean(column(deadShare, l))),
      meanGradientNorm: layers.map((_, l) => mean(column(gradientNorm, l))),
      medianGradientNorm: layers.map((_, l) => median(column(gradientNorm, l))),
      perTrial: { ratio, deadShare, gradientNorm },
    };
  }

  // The median by the core (mean of the middle two for an even count).
  function median(values) {
    return withScratch(core, (s) => core.median(s.f64(values.length, values), values.length));
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
