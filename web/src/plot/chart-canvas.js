// Paints a chart on a canvas at its CSS size and the screen's resolution,
// with the palette resolved at the canvas (theme.js' ColourCache): the
// small charts of the page (densities, cobwebs, trajectories) share this
// so each only says what it paints.
import { fitCanvas, paintAxes } from './draw.js';

// `paint(ctx, size, colours)` draws in CSS pixels; returns what it returns.
export function paintOnCanvas(canvas, colourCache, paint) {
  const size = fitCanvas(canvas);
  const ctx = canvas.getContext('2d');
  ctx.setTransform(size.ratio, 0, 0, size.ratio, 0, 0);
  return paint(ctx, size, colourCache.get());
}

// A chart's frame (paintAxes: background, grid, axes), then the context
// saved and clipped to the data area with round joins, ready for the data.
// The caller restores the context when done. Returns { area, t }.
export function paintChartFrame(ctx, size, view, colours) {
  const frame = paintAxes(ctx, size, view, colours);
  const { area } = frame;
  ctx.save();
  ctx.beginPath();
  ctx.rect(area.left, area.top, area.width, area.height);
  ctx.clip();
  ctx.lineJoin = 'round';
  return frame;
}
