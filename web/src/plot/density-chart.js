// A chart of probability densities with point masses: the distribution of
// a random variable that has a density on part of the line and atoms of
// probability elsewhere (f(z) for ReLU is half an atom at 0 and half a
// density on (0, ∞)). The density is drawn as a filled curve; an atom has
// no height on a density's scale, so it is drawn as a spike with an
// arrowhead reaching the top of the chart and its probability written
// beside it, never as a tall thin peak that would pass for density.
//
// Generic: it knows series of (value, density) samples and atoms, not
// activations. It paints with draw.js' frame, so it reads like the curve
// plot.
import { paintChartFrame } from './chart-canvas.js';
import { clampPixel } from './draw-curves.js';

// The y range is fitted to this quantile of the finite densities, times
// HEADROOM: a density with an integrable singularity (f′ = 0 at an
// extremum of f gives a 1/√ peak) would otherwise flatten everything else
// to the axis. What passes the top is clipped, which the caption says.
const FIT_QUANTILE = 0.98;
const HEADROOM = 1.15;
// Space kept right of the data for the atoms' labels at the chart's edge.
const X_PADDING = 0.06;
const ARROW = 5;
const LINE = 15;  // a label's line height

// The view of a chart of `series` ([{ y, density, masses }]): x over every
// series' grid and atom, y from 0 to the fitted height.
export function densityView(series) {
  let xMin = Infinity;
  let xMax = -Infinity;
  const heights = [];
  for (const { y, density, masses } of series) {
    for (let i = 0; i < y.length; i++) {
      if (!(density[i] > 0)) continue;
      xMin = Math.min(xMin, y[i]);
      xMax = Math.max(xMax, y[i]);
      if (Number.isFinite(density[i])) heights.push(density[i]);
    }
    for (const { value } of masses) {
      xMin = Math.min(xMin, value);
      xMax = Math.max(xMax, value);
    }
  }
  if (!(xMin < xMax)) {
    // One atom and nothing else (a constant f): a unit span about it.
    const centre = Number.isFinite(xMin) ? xMin : 0;
    [xMin, xMax] = [centre - 1, centre + 1];
  }
  const pad = (xMax - xMin) * X_PADDING;
  heights.sort((a, b) => a - b);
  const top = heights.length ? heights[Math.min(heights.length - 1, Math.floor(FIT_QUANTILE * heights.length))] : 1;
  const tallest = heights.length ? heights[heights.length - 1] : 0;
  return { xMin: xMin - pad, xMax: xMax + pad, yMin: 0, yMax: (top > 0 ? top : 1) * HEADROOM, clipped: tallest > top * HEADROOM };
}

// The pieces of a density where it is defined (NaN breaks it), as pixel
// points; off the top (an infinite density, or a clipped peak) is drawn
// past the clip edge, so the curve leaves the chart instead of stopping.
function densityPieces(t, area, y, density) {
  const pieces = [];
  let piece = null;
  for (let i = 0; i < y.length; i++) {
    if (!(density[i] >= 0)) {
      piece = null;
      continue;
    }
    if (!piece) pieces.push((piece = []));
    piece.push([t.toPx(y[i]), Number.isFinite(density[i]) ? clampPixel(t.toPy(density[i])) : area.top - 10]);
  }
  return pieces;
}

// Each piece filled down to the axis, then its top stroked (not the sides
// or the base, which would read as a jump at the grid's ends).
function strokeDensity(ctx, t, area, { y, density, colour }) {
  const bottom = area.top + area.height;
  const pieces = densityPieces(t, area, y, density);
  ctx.beginPath();
  for (const piece of pieces) {
    ctx.moveTo(piece[0][0], bottom);
    for (const [px, py] of piece) ctx.lineTo(px, py);
    ctx.lineTo(piece[piece.length - 1][0], bottom);
    ctx.closePath();
  }
  ctx.globalAlpha = 0.14;
  ctx.fillStyle = colour;
  ctx.fill();
  ctx.globalAlpha = 1;
  ctx.beginPath();
  for (const piece of pieces) piece.forEach(([px, py], i) => (i === 0 ? ctx.moveTo(px, py) : ctx.lineTo(px, py)));
  ctx.strokeStyle = colour;
  ctx.lineWidth = 2;
  ctx.stroke();
}

// A spike at an atom: a line from the axis to the top with an arrowhead,
// and "P = 0.5" beside it, inside the chart, moved down a line while it
// would overlap a label already drawn (`taken`: their boxes).
function drawAtom(ctx, t, area, { value, probability }, { colour, background }, taken, text) {
  const px = Math.round(t.toPx(value)) + 0.5;
  const top = area.top + 2;
  ctx.strokeStyle = colour;
  ctx.fillStyle = colour;
  ctx.lineWidth = 2.5;
  ctx.beginPath();
  ctx.moveTo(px, area.top + area.height);
  ctx.lineTo(px, top + ARROW);
  ctx.stroke();
  ctx.beginPath();
  ctx.moveTo(px, top);
  ctx.lineTo(px - ARROW, top + ARROW * 1.6);
  ctx.lineTo(px + ARROW, top + ARROW * 1.6);
  ctx.closePath();
  ctx.fill();
  const label = `P = ${text(probability)}`;
  const width = ctx.measureText(label).width;
  // Right of the spike, or left where the right would leave the chart.
  const right = px + 6 + width <= area.left + area.width;
  const left = right ? px + 6 : px - 6 - width;
  let y = top + 2;
  while (taken.some((box) => left < box.right && left + width > box.left && y < box.bottom && y + LINE > box.top)) y += LINE;
  taken.push({ left, right: left + width, top: y, bottom: y + LINE });
  ctx.textAlign = 'left';
  ctx.textBaseline = 'top';
  // A halo in the background colour keeps the label legible over curves.
  ctx.strokeStyle = background;
  ctx.lineWidth = 3;
  ctx.lineJoin = 'round';
  ctx.strokeText(label, left, y);
  ctx.fillText(label, left, y);
}

// Paints `series` ([{ y, density, masses: [{ value, probability }], colour
// }]) in `view` (densityView's) on `ctx`, `size` CSS pixels large, with
// `colours` (theme.js). `format(p)` writes a probability. Returns { area }.
export function paintDensityChart(ctx, size, { series, view, colours, format = (p) => p.toPrecision(3) }) {
  const { area, t } = paintChartFrame(ctx, size, view, colours);
  for (const entry of series) strokeDensity(ctx, t, area, entry);
  const taken = [];
  for (const entry of series) {
    for (const mass of entry.masses) drawAtom(ctx, t, area, mass, { colour: entry.colour, background: colours.background }, taken, format);
  }
  ctx.restore();
  return { area };
}
