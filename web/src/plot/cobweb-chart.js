// A cobweb chart of a one-dimensional map x ↦ M(x): the map's curve, the
// identity line y = x (where the two cross is a fixed point), and the
// iteration x₀, x₁ = M(x₀), … drawn as the staircase that goes up (or
// down) to the curve and across to the identity: the picture of whether
// the iterates settle on a fixed point and how fast.
//
// Generic: a sampled curve and a list of iterates, no activations. It
// paints with draw.js' frame, so it reads like the curve plot.
import { paintChartFrame } from './chart-canvas.js';
import { clampPixel } from './draw-curves.js';

const MARGIN = 1.25;

// A view from 0 to a little past the largest of the iterates, the fixed
// point and the start, on both axes (the identity is then the diagonal of
// the view's square of data). `finite` values only.
export function cobwebView({ iterates, fixedPoint }) {
  let top = 0;
  for (const x of iterates) if (Number.isFinite(x)) top = Math.max(top, x);
  if (Number.isFinite(fixedPoint)) top = Math.max(top, fixedPoint);
  const span = (top > 0 ? top : 1) * MARGIN;
  return { xMin: 0, xMax: span, yMin: 0, yMax: span };
}

function strokePath(ctx, t, points) {
  ctx.beginPath();
  points.forEach(([x, y], i) => {
    const px = t.toPx(x);
    const py = clampPixel(t.toPy(y));
    if (i === 0) ctx.moveTo(px, py);
    else ctx.lineTo(px, py);
  });
  ctx.stroke();
}

// The staircase of the iterates: (x₀, 0) up to (x₀, x₁), across to
// (x₁, x₁), up to (x₁, x₂), …
export function cobwebPoints(iterates) {
  if (iterates.length === 0) return [];
  const points = [[iterates[0], 0]];
  for (let i = 0; i + 1 < iterates.length; i++) {
    points.push([iterates[i], iterates[i + 1]], [iterates[i + 1], iterates[i + 1]]);
  }
  return points;
}

// Paints `map` ({ x, y } samples of M), the identity, the cobweb of
// `iterates` and the `fixedPoint` (a number, or undefined when there is
// none) in `view` on `ctx`, `size` CSS pixels large, the map in `colour`,
// the frame in `colours` (theme.js). Returns { area }.
export function paintCobweb(ctx, size, { map, iterates, fixedPoint, view, colour, colours }) {
  const { area, t } = paintChartFrame(ctx, size, view, colours);
  ctx.strokeStyle = colours.axis;
  ctx.lineWidth = 1.5;
  ctx.setLineDash([6, 4]);
  strokePath(ctx, t, [[view.xMin, view.xMin], [view.xMax, view.xMax]]);
  ctx.setLineDash([]);
  ctx.strokeStyle = colour;
  ctx.lineWidth = 2.5;
  strokePath(ctx, t, Array.from(map.x, (x, i) => [x, map.y[i]]).filter(([, y]) => Number.isFinite(y)));
  ctx.strokeStyle = colours.text;
  ctx.lineWidth = 1.25;
  strokePath(ctx, t, cobwebPoints(Array.from(iterates).filter(Number.isFinite)));
  if (Number.isFinite(fixedPoint)) {
    ctx.beginPath();
    ctx.arc(t.toPx(fixedPoint), clampPixel(t.toPy(fixedPoint)), 5, 0, 2 * Math.PI);
    ctx.fillStyle = colour;
    ctx.fill();
    ctx.strokeStyle = colours.background;
    ctx.lineWidth = 1.5;
    ctx.stroke();
  }
  ctx.restore();
  return { area };
}
