// The values a parameter's slider steps through: a ladder of round
// numbers, 1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 7, 8, 9 in each decade, spread
// logarithmically (so leaky ReLU's 0.001, 0.01, 0.2 and 0.3 are all within
// reach, where a linear slider over −1…1 made 0.001–0.3 a sliver), with
// the default and the libraries' presets always among them. A parameter
// that may be negative gets the mirrored ladder and 0 too. Only allowed
// values are on it: an open end (celu's alpha > 0) is never reached. The
// exact number field beside the slider takes any allowed value.

const MANTISSAS = [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 7, 8, 9];

const allowed = (param, v) =>
  (param.minInclusive ? v >= param.min : v > param.min) && (param.maxInclusive ? v <= param.max : v < param.max);

// The decades the ladder covers: one below the smallest non-zero magnitude
// among the default and presets (or 1) to one above the largest.
function decades(param) {
  const magnitudes = [param.default, ...(param.presets ?? []).map((p) => p.value)].map(Math.abs).filter((m) => m > 0 && Number.isFinite(m));
  const low = Math.floor(Math.log10(Math.min(1, ...magnitudes))) - 1;
  const high = Math.ceil(Math.log10(Math.max(1, ...magnitudes))) + 1;
  return { low, high };
}

// The slider's values, ascending, for a numeric parameter.
export function sliderValues(param) {
  const { low, high } = decades(param);
  const positives = [];
  for (let power = low; power < high; power++) for (const m of MANTISSAS) positives.push(Number(`${m}e${power}`));
  positives.push(10 ** high);
  const candidates = [...positives.map((v) => -v), 0, ...positives, param.default, ...(param.presets ?? []).map((p) => p.value)];
  return [...new Set(candidates)].filter((v) => allowed(param, v)).sort((a, b) => a - b);
}

// The position on the ladder nearest to `value` (the field may hold a
// value between two rungs).
export function nearestIndex(values, value) {
  let best = 0;
  for (let i = 1; i < values.length; i++) if (Math.abs(values[i] - value) < Math.abs(values[best] - value)) best = i;
  return best;
}
