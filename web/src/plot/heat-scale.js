// The heat maps' colour scale, as TensorFlow Playground's (heatmap.ts): a
// diverging scale negative → zero → positive over [−1, 1], quantised into
// 31 shades (d3.range(0, 1 + 1e-9, 1/30)) and drawn at alpha 160/255 over
// the page. Values beyond ±1 take the end shades (the Playground clamps).
// Here the alpha is blended into opaque colours once per theme, so a frame
// writes bytes from a table and allocates nothing. No DOM: unit-tested
// directly.

export const SHADES = 31;
const PLAYGROUND_ALPHA = 160 / 255;

// [r, g, b] of a CSS colour as getComputedStyle gives it ("rgb(1, 2, 3)",
// "rgba(…)") or as the palette writes it ("#0877bd"); undefined otherwise.
export function parseColour(text) {
  const hex = /^#([0-9a-f]{6})$/i.exec(text?.trim() ?? '');
  if (hex) return [0, 2, 4].map((i) => parseInt(hex[1].slice(i, i + 2), 16));
  const rgb = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)/i.exec(text?.trim() ?? '');
  return rgb ? [1, 2, 3].map((i) => Math.round(Number(rgb[i]))) : undefined;
}

const mix = (a, b, t) => a.map((value, i) => value + (b[i] - value) * t);

// The shade table: SHADES × 3 bytes, shade k the colour at k/30 of the way
// from negative (0) through zero (15) to positive (30), blended over the
// background. `heat` is [negative, zero, positive] (theme.js).
export function shadeTable({ heat, background }) {
  const [negative, zero, positive] = heat.map(parseColour);
  const base = parseColour(background) ?? [255, 255, 255];
  const table = new Uint8Array(SHADES * 3);
  for (let k = 0; k < SHADES; k++) {
    const t = k / (SHADES - 1);
    const colour = t <= 0.5 ? mix(negative, zero, t / 0.5) : mix(zero, positive, (t - 0.5) / 0.5);
    mix(base, colour, PLAYGROUND_ALPHA).forEach((value, i) => (table[3 * k + i] = Math.round(value)));
  }
  return table;
}

// d3.scale.quantize over [−1, 1]: shade floor(31 · (v + 1) / 2), held to
// 0…30. NaN (a network that overflowed) takes the middle shade, as
// nothing: the page says the run diverged in words.
export function shadeOf(value) {
  if (!(value === value)) return (SHADES - 1) / 2;
  const k = Math.floor((SHADES * (value + 1)) / 2);
  return k < 0 ? 0 : k > SHADES - 1 ? SHADES - 1 : k;
}

// The opaque colour of one value as CSS text (legends, data points).
export function shadeCss(table, value) {
  const k = 3 * shadeOf(value);
  return `rgb(${table[k]}, ${table[k + 1]}, ${table[k + 2]})`;
}

// Writes `values` (row-major, rows from the top) into RGBA `pixels`
// (an ImageData's data, the same number of cells), opaque.
export function fillShades(pixels, values, table) {
  for (let i = 0, p = 0; i < values.length; i++, p += 4) {
    const k = 3 * shadeOf(values[i]);
    pixels[p] = table[k];
    pixels[p + 1] = table[k + 1];
    pixels[p + 2] = table[k + 2];
    pixels[p + 3] = 255;
  }
}
