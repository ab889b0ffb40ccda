// What a curve does to a Gaussian input, gathered from the API for the
// playground's distribution, gain and q-map panels, their CSV exports and
// <activation-plot show="density qmap">: one module asks the core, so the
// screens and the files show the same numbers. No DOM. Every value comes from the core; a call the core cannot answer
// (a map with no finite fixed point, a quadrature that did not converge)
// becomes { error } for that curve, in the API's words, never NaN.
// The density grid per curve (the core picks the central range of f(z)).
export const DENSITY_POINTS = 256;
// Samples of the q-map's curve across the cobweb's view: the map is smooth
// in q, and each sample is a quadrature, so a few dozen do.
export const MAP_POINTS = 48;
// Steps of the cobweb, and of each (mean, variance) trajectory.
export const COBWEB_STEPS = 24;
export const TRAJECTORY_STEPS = 30;
// χ this close to 1 is the edge of chaos: ReLU with σ_w² = 2 gives 1 up to
// rounding, and no reader could tell a χ of 1 ± 1e-9 from 1 in a network.
export const EDGE_TOLERANCE = 1e-9;
// Klambauer et al.'s LeCun initialisation (Σw = 0, Σw² = 1), under which
// SELU's (mean, variance) map has its fixed point at (0, 1), and starts
// around it that show the pull.
export const LECUN = { weightSum: 0, weightSquareSum: 1 };
export const TRAJECTORY_STARTS = [
  { mean: 0.6, variance: 2.2 },
  { mean: -0.6, variance: 0.4 },
  { mean: 0.9, variance: 0.3 },
  { mean: -0.4, variance: 1.8 },
];

const attempt = (compute) => {
  try {
    return { value: compute() };
  } catch (error) {
    return { error: error.message, code: error.code };
  }
};

// Answers already computed, by what they depend on: a slider moving one
// curve recomputes that curve only, and a change of theme or selection
// nothing. Each answer is a quadrature or many (tens of milliseconds for
// some activations), and the keys are few, so the oldest are dropped past
// MEMO_SIZE.
const MEMO_SIZE = 400;
const memo = new Map();
function remembered(kind, curve, settings, compute) {
  const key = `${kind} ${curve.name} ${JSON.stringify(curve.params)} ${JSON.stringify(settings)}`;
  if (memo.has(key)) return memo.get(key);
  const result = attempt(compute);
  if (memo.size >= MEMO_SIZE) memo.delete(memo.keys().next().value);
  memo.set(key, result);
  return result;
}

// The density of f(z) and its point masses, z ~ N(gaussian.mean, gaussian.sd²).
export function densityOf(act, curve, gaussian) {
  return remembered('density', curve, gaussian, () => act.density(curve.name, gaussian, curve.params, { count: DENSITY_POINTS }));
}

export function momentsOf(act, curve, gaussian) {
  return remembered('moments', curve, gaussian, () => act.moments(curve.name, gaussian, curve.params));
}

export function gainOf(act, curve) {
  return remembered('gain', curve, null, () => act.gain(curve.name, curve.params));
}

// 'ordered', 'chaotic' or 'edge of chaos' for χ.
export function regime(chi) {
  if (Math.abs(chi - 1) <= EDGE_TOLERANCE) return 'edge of chaos';
  return chi < 1 ? 'ordered' : 'chaotic';
}

// q*, χ and the regime of the variance map for `layer` ({ weightVariance,
// biasVariance, start }).
export function fixedPointOf(act, curve, layer) {
  return remembered('fixed point', curve, layer, () => {
    const result = act.fixedPoint(curve.name, layer, curve.params);
    return { ...result, regime: regime(result.chi) };
  });
}

// Where the map has no finite fixed point, a cobweb shows this many
// steps: enough to see the staircase climb away, few enough to see it.
export const DIVERGING_STEPS = 5;

export const REGIME_WORDS = {
  ordered: 'χ < 1, ordered: nearby inputs become alike with depth, and gradients vanish',
  chaotic: 'χ > 1, chaotic: nearby inputs drift apart with depth, and gradients explode',
  'edge of chaos': 'χ = 1, the edge of chaos: signals and gradients travel deepest',
};

// The cobweb of the variance map from layer.start: the fixed point's
// result, the iterates to draw (the first few when there is no finite
// fixed point), and the result in words (`format` writes a number).
export function cobwebOf(act, curve, layer, format) {
  const fixed = fixedPointOf(act, curve, layer);
  const iterates = remembered('iterates', curve, layer, () => act.varianceIterates(curve.name, { ...layer, count: COBWEB_STEPS }, curve.params));
  const all = iterates.value ?? Float64Array.of(layer.start);
  const summary = fixed.value
    ? `${curve.label}: q* = ${format(fixed.value.q)}, χ = ${format(fixed.value.chi)}: ${REGIME_WORDS[fixed.value.regime]}.`
    : `${curve.label}: ${fixed.error}.`;
  return { fixed, iterates: fixed.value ? all : all.slice(0, DIVERGING_STEPS + 1), summary };
}

// q from 0 to `top`, and M(q) there (NaN where the core cannot say).
export function sampleMap(act, curve, layer, top) {
  return remembered('map', curve, { layer, top }, () => {
    const x = new Float64Array(MAP_POINTS);
    const y = new Float64Array(MAP_POINTS);
    for (let i = 0; i < MAP_POINTS; i++) {
      x[i] = (top * i) / (MAP_POINTS - 1);
      y[i] = attempt(() => act.varianceMap(curve.name, layer, x[i], curve.params)).value ?? NaN;
    }
    return { x, y };
  }).value;
}

// Klambauer et al.'s (mean, variance) map under LeCun's initialisation:
// the trajectories from TRAJECTORY_STARTS and, once they have come
// together, the fixed point the core finds from there. Where they have not
// (tanh's creep towards variance 0), the core's fixed-point search is not
// asked: it would creep too, for seconds.
export function meanVarianceOf(act, curve) {
  const paths = TRAJECTORY_STARTS.map((start) =>
    remembered('mean-variance', curve, start, () => act.meanVarianceIterates(curve.name, { ...LECUN, start, count: TRAJECTORY_STEPS }, curve.params)),
  );
  const meeting = meetingPoint(paths);
  const fixed = meeting
    ? remembered('mean-variance fixed point', curve, meeting, () => act.meanVarianceFixedPoint(curve.name, { ...LECUN, start: meeting }, curve.params))
    : undefined;
  return { paths, meeting, fixed };
}

// Where the trajectories end, if they end together (within MEETING of
// each other, relative to the point's size: a trajectory still creeping
// towards 0 has ends apart by a large share of their size).
const MEETING = 0.01;
function meetingPoint(paths) {
  const ends = paths.map((path) => path.value?.[path.value.length - 1]);
  if (ends.some((end) => !end || !Number.isFinite(end.mean) || !Number.isFinite(end.variance))) return undefined;
  const [first] = ends;
  const scale = Math.max(Math.abs(first.mean), Math.abs(first.variance));
  const together = ends.every((end) => Math.abs(end.mean - first.mean) <= MEETING * scale && Math.abs(end.variance - first.variance) <= MEETING * scale);
  return together ? { mean: first.mean, variance: first.variance } : undefined;
}
