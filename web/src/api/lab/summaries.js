// The experiments' figures from their per-trial arrays: counts, shares and
// means are tallied here; the statistics (Wilson intervals, Lu et al.'s
// bound, medians, the collapse summary and its histogram) come from the
// core. The same functions summarise the merged shares that workers
// computed apart, so a split run and a single call give the same result.
import { withScratch } from './heap.js';

export function createSummaries(core, limits) {
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

  return { summariseBornDead, summariseCollapse, summarisePlayground, summariseSignal };
}
