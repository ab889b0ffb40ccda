// The marks of a curve plot, drawn in a transform's pixel space: each
// curve's f solid, f′ dashed and f″ dotted, split at breakpoints so a jump is drawn as
// a jump (a closed dot at the value taken, open dots at the limits not
// taken); where f′ jumps, f″'s point mass as an arrow of fixed length
// labelled with the jump (never a spike of data height); marked inputs as diamonds (never confused with a jump's dots);
// the hover line. Paths are traced straight from the sample arrays, in
// whole sub-pixel units (see SUBPIXEL), so a frame allocates nothing per
// point.

const DOT_RADIUS = 4;
const MARKER_RADIUS = 5.5;

// Limits closer than this (relative to the plot's height) are a kink, not
// a jump, and get no dots.
const JUMP_FRACTION = 1e-6;

// Pixel coordinates are clamped so a huge value still draws as a line
// leaving the plot instead of overflowing the canvas' fixed-point maths.
export const clampPixel = (p) => Math.max(-1e6, Math.min(1e6, p));

// Traces a sampled curve as polylines into `pen` ({ move(x, y), line(x,
// y) }, in data coordinates): the samples in order, broken at each
// breakpoint, where the piece on each side ends at that side's limit, and
// wherever a value is not finite. `side` picks f ('y') or f′ ('dy') from
// each break's { x, y: { left, at, right }, dy: { … } }.
export function tracePieces(x, values, breaks, side, pen) {
  let drawing = false;
  const point = (px, py) => {
    if (!Number.isFinite(py)) {
      drawing = false;
      return;
    }
    if (drawing) pen.line(px, py);
    else pen.move(px, py);
    drawing = true;
  };
  let b = 0;
  for (let i = 0; i < x.length; i++) {
    let skip = false;
    while (b < breaks.length && breaks[b].x <= x[i]) {
      const limits = breaks[b][side];
      point(breaks[b].x, limits.left);
      drawing = false;
      point(breaks[b].x, limits.right);
      if (breaks[b].x === x[i]) skip = true;  // the value exactly at the break is a dot, not part of a line
      b++;
    }
    if (!skip) point(x[i], values[i]);
  }
}

// A curve's path goes to the canvas in whole units of 1/SUBPIXEL of a CSS
// pixel, under a transform scaled down to match. V8 hands a small integer
// to the canvas API as it is but boxes every fractional number into a new
// heap object: thousands of allocations per curve per frame, and a garbage
// collection every few frames of a pan. A 16th of a CSS pixel is below
// what antialiasing shows, and 1e6 px (clampPixel) × 16 is a small integer.
const SUBPIXEL = 16;

// The pen tracePieces draws with: data coordinates to path units. One
// class, so the calls in tracePieces' loop see one shape and the compiler
// inlines them (a call it cannot inline boxes its number arguments too).
class CanvasPen {
  constructor(ctx, t, unit, round) {
    this.ctx = ctx;
    this.t = t;
    this.unit = unit;
    this.round = round;
  }

  #at(p) {
    return this.round ? Math.round(p * this.unit) : p;
  }

  move(x, y) {
    this.ctx.moveTo(this.#at(this.t.toPx(x)), this.#at(clampPixel(this.t.toPy(y))));
  }

  line(x, y) {
    this.ctx.lineTo(this.#at(this.t.toPx(x)), this.#at(clampPixel(this.t.toPy(y))));
  }
}

// Strokes the traced path of one curve in the current transform.
function strokeTrace(ctx, t, sample, side, style) {
  const m = ctx.getTransform?.();
  const unit = m ? SUBPIXEL : 1;
  if (m) ctx.setTransform(m.a / SUBPIXEL, m.b / SUBPIXEL, m.c / SUBPIXEL, m.d / SUBPIXEL, m.e, m.f);
  ctx.lineWidth = style.width * unit;
  ctx.setLineDash(style.dash.map((length) => length * unit));
  ctx.beginPath();
  tracePieces(sample.x, sample[side], sample.breaks, side, new CanvasPen(ctx, t, unit, Boolean(m)));
  ctx.stroke();
  ctx.setLineDash([]);
  if (m) ctx.setTransform(m);
}

// One curve's f ('y'), f′ ('dy') or f″ ('ddy'), with its jump dots.
export function drawCurve(ctx, t, view, sample, side, style) {
  ctx.strokeStyle = style.colour;
  strokeTrace(ctx, t, sample, side, style);

  const jump = (a, b) => Math.abs(a - b) > JUMP_FRACTION * (view.yMax - view.yMin);
  for (const point of sample.breaks) {
    const { left, at, right } = point[side];
    if (!jump(left, right) && !jump(left, at)) continue;
    const dot = (y, filled) => {
      ctx.beginPath();
      ctx.arc(t.toPx(point.x), clampPixel(t.toPy(y)), DOT_RADIUS, 0, 2 * Math.PI);
      ctx.fillStyle = filled ? style.colour : style.background;
      ctx.fill();
      ctx.lineWidth = 1.5;
      ctx.stroke();
    };
    if (jump(left, at)) dot(left, false);
    if (jump(right, at) && jump(right, left)) dot(right, false);
    dot(at, true);
  }
}

// How f (solid), f′ (dashed) and f″ (dotted) are stroked, here and in a
// figure's key.
export const LINE_STYLES = { f: { width: 2.5, dash: [] }, df: { width: 2, dash: [7, 5] }, ddf: { width: 2, dash: [2, 3] } };

// Where f′ jumps by J, f″ is J times a Dirac delta: an arrow ARROW px long
// from f″'s value at the breakpoint, up for a rise of f′ and down for a
// fall, labelled with J. Its length is fixed, so it never reads as a value.
const ARROW = 28;
const HEAD = 5;

// "Δf′ = 1" for a jump of f′: four significant digits, a true minus sign.
export const jumpText = (jump) => `Δf′ = ${String(Number(jump.toPrecision(4))).replace('-', '−')}`;

export function drawPointMasses(ctx, t, sample, style) {
  for (const point of sample.breaks) {
    const jump = point.derivativeJump;
    if (!Number.isFinite(jump) || jump === 0 || !point.ddy) continue;
    const px = t.toPx(point.x);
    const base = clampPixel(t.toPy(point.ddy.at));
    const tip = base - Math.sign(jump) * ARROW * style.scale;
    const head = Math.sign(jump) * HEAD * style.scale;
    ctx.strokeStyle = style.colour;
    ctx.fillStyle = style.colour;
    ctx.lineWidth = 1.5 * style.scale;
    ctx.beginPath();
    ctx.moveTo(px, base);
    ctx.lineTo(px, tip);
    ctx.stroke();
    ctx.beginPath();
    ctx.moveTo(px, tip);
    ctx.lineTo(px - head, tip + 1.6 * head);
    ctx.lineTo(px + head, tip + 1.6 * head);
    ctx.closePath();
    ctx.fill();
    ctx.textAlign = 'left';
    ctx.textBaseline = 'middle';
    ctx.fillText(jumpText(jump), px + 4 * style.scale, tip);
  }
}

// Every curve: all f first, then every dashed f′ and dotted f″, so a
// derivative stays visible where it coincides with a function.
export function drawCurves(ctx, t, view, curves, background, scale = 1) {
  ctx.lineJoin = 'round';
  const style = (line, colour) => ({ colour, background, scale, width: line.width * scale, dash: line.dash.map((d) => d * scale) });
  for (const curve of curves) drawCurve(ctx, t, view, curve.sample, 'y', style(LINE_STYLES.f, curve.colour));
  for (const curve of curves) {
    if (curve.showDerivative) drawCurve(ctx, t, view, curve.sample, 'dy', style(LINE_STYLES.df, curve.colour));
  }
  for (const curve of curves) {
    if (!curve.showSecondDerivative || !curve.sample.ddy) continue;
    const dotted = style(LINE_STYLES.ddf, curve.colour);
    drawCurve(ctx, t, view, curve.sample, 'ddy', dotted);
    drawPointMasses(ctx, t, curve.sample, dotted);
  }
}

// A marked input: a diamond, filled on f and outlined on f′.
export function drawMarker(ctx, px, py, colour, background, filled) {
  ctx.beginPath();
  ctx.moveTo(px, py - MARKER_RADIUS);
  ctx.lineTo(px + MARKER_RADIUS, py);
  ctx.lineTo(px, py + MARKER_RADIUS);
  ctx.lineTo(px - MARKER_RADIUS, py);
  ctx.closePath();
  ctx.fillStyle = filled ? colour : background;
  ctx.strokeStyle = filled ? background : colour;
  ctx.lineWidth = filled ? 1.5 : 2;
  ctx.fill();
  ctx.stroke();
}

export function drawHover(ctx, t, area, hover, colours) {
  const px = t.toPx(hover.x);
  ctx.strokeStyle = colours.axis;
  ctx.lineWidth = 1;
  ctx.setLineDash([2, 3]);
  ctx.beginPath();
  ctx.moveTo(Math.round(px) + 0.5, area.top);
  ctx.lineTo(Math.round(px) + 0.5, area.top + area.height);
  ctx.stroke();
  ctx.setLineDash([]);
  for (const point of hover.points) {
    if (!Number.isFinite(point.y)) continue;
    ctx.beginPath();
    ctx.arc(px, clampPixel(t.toPy(point.y)), 3.5, 0, 2 * Math.PI);
    ctx.fillStyle = point.colour;
    ctx.fill();
  }
}
