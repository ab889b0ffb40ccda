// Median, minimum, maximum and a percentile of repeated measurements.
export function summarise(values) {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return { n: 0, median: NaN, min: NaN, max: NaN, p90: NaN };
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * (sorted.length - 1) + 0.5))];
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { n: sorted.length, median, min: sorted[0], max: sorted[sorted.length - 1], p90: at(0.9) };
}

export const ms = (value) => (value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2));
export const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
export const spread = (s, unit = ' ms') => `${ms(s.median)}${unit} (min ${ms(s.min)}, max ${ms(s.max)}, n ${s.n})`;
