// A chart of trajectories in a plane: each path of points (x₀, y₀),
// (x₁, y₁), … of a two-dimensional map drawn as a line with a dot at each
// step and a ring at its start, and the point they converge to marked with
// a cross: the picture of a map pulling different starts to one fixed
// point (SELU's (mean, variance) map pulling every start to (0, 1)).
//
// Generic: points and colours, no activations. It paints with draw.js'
// frame, so it reads like the curve plot.
import { paintChartFrame } from './chart-canvas.js';
import { clampPixel } from './draw-curves.js';

const PADDING = 0.12;

// A view holding every finite point of `paths` and the `target`.
export function trajectoryView(paths, target) {
  const xs = [];
  const ys = [];
  for (const points of paths) {
    for (const { x, y } of points) {
      if (Number.isFinite(x) && Number.isFinite(y)) {
        xs.push(x);
        ys.push(y);
      }
    }
  }
  if (target && Number.isFinite(target.x) && Number.isFinite(target.y)) {
    xs.push(target.x);
    ys.push(target.y);
  }
  const range = (values) => {
    const low = values.length ? Math.min(...values) : -1;
    const high = values.length ? Math.max(...values) : 1;
    const pad = Math.max(high - low, 1e-3) * PADDING;
    return [low - pad, high + pad];
  };
  const [xMin, xMax] = range(xs);
  const [yMin, yMax] = range(ys);
  return { xMin, xMax, yMin, yMax };
}

// Paints `paths` ([{ points: [{ x, y }], colour }]) and `target` ({ x, y })
// in `view` on `ctx`, `size` CSS pixels large, with `colours` (theme.js).
export function paintTrajectories(ctx, size, { paths, target, view, colours }) {
  const { area, t } = paintChartFrame(ctx, size, view, colours);
  for (const { points, colour } of paths) {
    const finite = points.filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y));
    const at = (p) => [t.toPx(p.x), clampPixel(t.toPy(p.y))];
    ctx.strokeStyle = colour;
    ctx.fillStyle = colour;
    ctx.lineWidth = 1.5;
    ctx.beginPath();
    finite.forEach((p, i) => (i === 0 ? ctx.moveTo(...at(p)) : ctx.lineTo(...at(p))));
    ctx.stroke();
    finite.forEach((p, i) => {
      ctx.beginPath();
      ctx.arc(...at(p), i === 0 ? 5 : 2.5, 0, 2 * Math.PI);
      if (i === 0) ctx.stroke();
      else ctx.fill();
    });
  }
  if (target && Number.isFinite(target.x) && Number.isFinite(target.y)) {
    const [px, py] = [t.toPx(target.x), clampPixel(t.toPy(target.y))];
    ctx.strokeStyle = colours.text;
    ctx.lineWidth = 2;
    ctx.beginPath();
    ctx.moveTo(px - 6, py - 6);
    ctx.lineTo(px + 6, py + 6);
    ctx.moveTo(px + 6, py - 6);
    ctx.lineTo(px - 6, py + 6);
    ctx.stroke();
  }
  ctx.restore();
  return { area };
}
