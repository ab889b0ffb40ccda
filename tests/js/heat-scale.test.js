// The heat maps' colour scale: TensorFlow Playground's quantised
// orange–grey–blue over [−1, 1] (heatmap.ts), blended over the background.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SHADES, fillShades, parseColour, shadeOf, shadeTable } from '../../web/src/plot/heat-scale.js';
import { rampTable } from '../../web/src/plot/raster.js';
import { paletteColours } from '../../web/src/plot/theme.js';

test('colours parse from the palette and from computed styles', () => {
  assert.deepEqual(parseColour('#0877bd'), [8, 119, 189]);
  assert.deepEqual(parseColour('rgb(245, 147, 34)'), [245, 147, 34]);
  assert.deepEqual(parseColour('rgba(1, 2, 3, 0.5)'), [1, 2, 3]);
  assert.equal(parseColour('orange'), undefined);
});

test('values quantise as d3.scale.quantize over [−1, 1] into 31 shades, clamped', () => {
  assert.equal(SHADES, 31);
  assert.equal(shadeOf(-1), 0);
  assert.equal(shadeOf(-5), 0);
  assert.equal(shadeOf(0), 15);
  assert.equal(shadeOf(1), 30);
  assert.equal(shadeOf(0.999), 30);
  assert.equal(shadeOf(Infinity), 30);
  assert.equal(shadeOf(NaN), 15);
  // Bin edges at −1 + 2k/31.
  assert.equal(shadeOf(-1 + 2 / 31 - 1e-12), 0);
  assert.equal(shadeOf(-1 + 2 / 31 + 1e-12), 1);
});

test('the table blends the Playground colours at alpha 160/255 over the background', () => {
  const table = shadeTable(paletteColours('light'));
  assert.equal(table.length, 93);
  // Orange #f59322 over white: 255 + (c − 255)·160/255 per channel, rounded.
  assert.deepEqual([...table.subarray(0, 3)], [249, 187, 116]);
  assert.deepEqual([...table.subarray(45, 48)], [241, 242, 242]);
  assert.deepEqual([...table.subarray(90, 93)], [100, 170, 214]);
  const pixels = new Uint8ClampedArray(8);
  fillShades(pixels, [1, -1], table);
  assert.deepEqual([...pixels], [100, 170, 214, 255, 249, 187, 116, 255]);
});

test('a ramp runs from its first colour to its last', () => {
  assert.deepEqual([...rampTable('#000000', '#ffffff', 3)], [0, 0, 0, 128, 128, 128, 255, 255, 255]);
});
