// The words for the distribution charts: a text alternative for a density
// chart with point masses, and for a cobweb, for the playground and
// <activation-plot show="density"> alike. Numbers are written by the
// caller's `format` (curves/curve.js's formatReadout).

// "ReLU(z), z ~ N(0, 1²): a point mass of 0.5 at 0; a density from 0 to
// 3.2, highest (0.4) near 0.05."
export function describeDensity(label, gaussian, { y, density, masses }, format) {
  const parts = masses.map((m) => `a point mass of ${format(m.probability)} at ${format(m.value)}`);
  let first = -1;
  let last = -1;
  let peak = -1;
  for (let i = 0; i < y.length; i++) {
    if (!(density[i] > 0)) continue;
    if (first < 0) first = i;
    last = i;
    if (peak < 0 || density[i] > density[peak]) peak = i;
  }
  if (first >= 0) {
    const top = Number.isFinite(density[peak]) ? `highest (${format(density[peak])}) near ${format(y[peak])}` : `unbounded near ${format(y[peak])}`;
    parts.push(`a density from ${format(y[first])} to ${format(y[last])}, ${top}`);
  }
  const what = parts.length ? parts.join('; ') : 'no probability in view';
  return `Distribution of ${label} of z, z ~ N(${format(gaussian.mean)}, ${format(gaussian.sd)}²): ${what}.`;
}

// "Cobweb of q ↦ M(q) for tanh from q₀ = 1: the iterates 1, 0.61, … reach
// the fixed point q* = 0.41 (the dot where the map crosses the dashed
// identity)."
export function describeCobweb(label, iterates, fixedPoint, format) {
  const shown = Array.from(iterates.slice(0, 6), format).join(', ');
  const more = iterates.length > 6 ? ', …' : '';
  const end = Number.isFinite(fixedPoint)
    ? `reach the fixed point q* = ${format(fixedPoint)}, the dot where the map (solid) crosses the identity (dashed)`
    : 'grow without bound: the map (solid) stays above the identity (dashed) and has no finite fixed point';
  return `Cobweb of the variance map of ${label} from q₀ = ${format(iterates[0])}: the iterates ${shown}${more} ${end}.`;
}
