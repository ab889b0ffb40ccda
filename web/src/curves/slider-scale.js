// The range and step of a parameter's slider. A slider needs finite ends:
// an unbounded side gets a span around the default that keeps the
// interesting values in reach; an open end (celu's alpha > 0) is moved one
// step inside, so the slider never reaches a value the registry excludes.
// The exact number field beside it takes any allowed value.
export function sliderRange(param) {
  const reach = Math.max(1, 2 * Math.abs(param.default));
  let min = Number.isFinite(param.min) ? param.min : Math.min(-reach, param.default - reach);
  let max = Number.isFinite(param.max) ? param.max : Math.max(reach, param.default + reach);
  const step = Number(((max - min) / 1000).toPrecision(1));
  if (!param.minInclusive && Number.isFinite(param.min)) min += step;
  if (!param.maxInclusive && Number.isFinite(param.max)) max -= step;
  return { min, max, step };
}

// A slider's value as the number field shows it: without the binary noise
// of its steps (0.30000000000000004 -> 0.3).
export const tidySliderValue = (value) => Number(value.toPrecision(12));
