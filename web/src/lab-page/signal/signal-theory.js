// The mean-field line of experiment 4 (He et al. 2015; Poole et al. 2016):
// in a wide network a unit's pre-activation at layer l is about
// N(μ_b, σ_w²·n·E[h²_{l−1}] + σ_b²), so E[h²_l] = E f(z)² for that normal,
// from E[h²_0] = E[x²] = 1. The initialiser's σ_w², μ_b, σ_b² come from
// the lab's core (lab.initMoments) and each E f(z)² from the activations
// core's Gaussian moments (act.moments); the page only chains them.

// E[h²_l]/E[x²] for l = 1 … depth; NaN from the layer where the core can
// give no finite moment (an exploding network overflows).
export function theoryRatio(act, lab, { activation, init, bias, width, depth }) {
  const { weightVariance, biasMean, biasVariance } = lab.initMoments({ init, bias, fanIn: width, fanOut: width });
  const ratio = new Float64Array(depth).fill(NaN);
  let meanSquare = 1;
  for (let l = 0; l < depth; l++) {
    const sd = Math.sqrt(weightVariance * width * meanSquare + biasVariance);
    if (!(sd > 0 && Number.isFinite(sd))) break;
    try {
      meanSquare = act.moments(activation.name, { mean: biasMean, sd }, activation.params).meanSquare;
    } catch {
      break;
    }
    if (!Number.isFinite(meanSquare)) break;
    ratio[l] = meanSquare;
  }
  return ratio;
}
