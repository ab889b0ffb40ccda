// Paints a chart on a canvas at its CSS size and the screen's resolution,
// with the palette resolved at the canvas (theme.js' ColourCache): the
// small charts of the page (densities, cobwebs, trajectories) share this
// so each only says what it paints.
import { fitCanvas } from './draw.js';

// `paint(ctx, size, colours)` draws in CSS pixels; returns what it returns.
export function paintOnCanvas(canvas, colourCache, paint) {
  const size = fitCanvas(canvas);
  const ctx = canvas.getContext('2d');
  ctx.setTransform(size.ratio, 0, 0, size.ratio, 0, 0);
  return paint(ctx, size, colourCache.get());
}
