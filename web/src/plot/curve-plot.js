// The shared curve plot of the playground and <activation-plot>: from a
// scene (curves, view, marked inputs, an optional magnified inset) it
// samples each curve once through the JS API, fits y from those same
// samples when the scene leaves y free, and draws f, f′, jumps, marked
// inputs and the inset (draw.js), and f″ (dotted) for the curves that ask
// for it. It keeps the last frame, so a hover
// redraws without sampling again, and says what it could not draw: parts
// of a curve beyond any finite range, or no curve in view at all. The
// sample arrays are reused from frame to frame (act.sample's `into`), so a
// redraw allocates nothing per point: a frame's samples are valid until
// the next render(). A frame reads no layout: the canvas' size is measured
// once and again only when its owner says it may have changed (measure()).
//
//   scene = {
//     curves: [{ name, params, label, colourIndex, showDerivative, showSecondDerivative }],  the curves to draw
//     kink: 'pytorch' | 'left' | 'right',
//     view: { xMin, xMax, yMin?, yMax? },   y absent: fitted to the curves
//     markers: [{ value, text }],           typed inputs to mark
//     inset?: { xMin, xMax, yMin, yMax },   a region to magnify
//   }
import { drawPlot, fitCanvas, insetArea, sampleCount } from './draw.js';
import { ColourCache } from './theme.js';
import { MAX_SPAN, autoYRange } from './view-math.js';

// Values beyond this are not drawn (see autoYRange): they are reported.
const DRAWABLE = MAX_SPAN / 4;

// The sampled arrays a curve draws: f, and f′ and f″ when shown.
export function drawnArrays(curve, sample) {
  const arrays = [sample.y];
  if (curve.showDerivative) arrays.push(sample.dy);
  if (curve.showSecondDerivative && sample.ddy) arrays.push(sample.ddy);
  return arrays;
}

// f″ on the sample's grid (sample.ddy) and, at each of its breaks, f″'s
// one-sided values and the jump of f′ there (a point mass of f″, drawn as
// the jump it is: draw-curves.js). Both calls list the same breakpoints.
// `ddy`, when given, is the Float64Array f″ is written to; the grid is
// written again into the sample's own x, the same values.
export function addSecondDerivative(act, curve, sample, kink, ddy) {
  const count = sample.x.length;
  const range = { from: sample.x[0], to: sample.x[count - 1], count };
  const second = act.sampleSecondDerivative(curve.name, range, curve.params, { kink, into: ddy && { x: sample.x, ddy } });
  sample.ddy = second.ddy;
  sample.breaks.forEach((point, k) => {
    const at = second.breaks[k];
    const same = at?.x === point.x;
    point.ddy = same ? at.ddy : { left: NaN, at: NaN, right: NaN };
    point.derivativeJump = same ? at.derivativeJump : NaN;
  });
  return sample;
}

// What a frame could not show: per curve, whether part of f (or a shown
// f′ or f″) is beyond any drawable value; and whether any curve is in view.
function drawability(scene, samples, view) {
  const unDrawn = [];
  let inView = false;
  scene.curves.forEach((curve, i) => {
    const arrays = drawnArrays(curve, samples[i]);
    let beyond = false;
    for (const values of arrays) {
      for (let k = 0; k < values.length; k++) {
        const v = values[k];
        if (Number.isNaN(v)) continue;
        if (Math.abs(v) > DRAWABLE) beyond = true;
        else if (v >= view.yMin && v <= view.yMax) inView = true;
      }
    }
    if (beyond) unDrawn.push(curve);
  });
  return { unDrawn, empty: scene.curves.length > 0 && !inView };
}

export class CurvePlot {
  #canvas;
  #act;
  #colours;
  #arrays = { plot: [], inset: [] };  // per curve slot: { x, y, dy } reused while the count holds
  #size;  // the canvas' CSS size (see measure)
  frame;  // { scene, view, samples, marked, area, inset, unDrawn, empty }: what is on screen

  constructor(canvas, act) {
    this.#canvas = canvas;
    this.#act = act;
    this.#colours = new ColourCache(canvas);
  }

  // The colours the plot draws with (theme.js, resolved once per theme).
  colours() {
    return this.#colours.get();
  }

  // Forgets the last frame's layout: the next frame sizes its margins
  // afresh (otherwise a margin only shrinks by a lot, so zooming does not
  // shift the plot). For a new configuration rather than a gesture.
  forgetLayout() {
    if (this.frame) this.frame.area = undefined;
  }

  // Call when the theme, colour scheme or colour properties change.
  invalidateColours() {
    this.#colours.invalidate();
  }

  // Measures the canvas' CSS size, kept for the frames that follow. Call it
  // when the size may have changed: from a ResizeObserver's callback, where
  // layout is fresh, or before a render after the canvas was shown.
  measure() {
    const { width, height } = this.#canvas.getBoundingClientRect();
    this.#size = { width, height };
  }

  // Each curve sampled into the arrays of its slot in `set` ('plot' or
  // 'inset'), new ones only when the count changes; into new arrays when
  // no set is named (an export's own samples).
  #sample(scene, from, to, count, set) {
    const slots = set ? this.#arrays[set] : [];
    return scene.curves.map((curve, i) => {
      if (set && slots[i]?.x.length !== count) slots[i] = { x: new Float64Array(count), y: new Float64Array(count), dy: new Float64Array(count) };
      const slot = slots[i] && { x: slots[i].x, y: slots[i].y, dy: slots[i].dy };
      const sample = this.#act.sample(curve.name, { from, to, count }, curve.params, { kink: scene.kink, into: slot });
      if (!curve.showSecondDerivative) return sample;
      if (slots[i]) slots[i].ddy ??= new Float64Array(count);
      return addSecondDerivative(this.#act, curve, sample, scene.kink, slots[i]?.ddy);
    });
  }

  // f and f′ of every curve at the marked inputs: two batch calls per
  // curve, once per render (a hover redraw reuses them).
  #markedValues(scene) {
    if (scene.markers.length === 0) return [];
    const xs = Float64Array.from(scene.markers, (point) => point.value);
    return scene.curves.map((curve) => ({
      f: this.#act.apply(curve.name, xs, curve.params),
      df: curve.showDerivative ? this.#act.gradient(curve.name, xs, curve.params, undefined, { kink: scene.kink }) : undefined,
    }));
  }

  // Samples and draws `scene`; returns the frame.
  render(scene, hoverX) {
    const { xMin, xMax } = scene.view;
    if (!this.#size) this.measure();
    const size = fitCanvas(this.#canvas, this.#size);
    const samples = this.#sample(scene, xMin, xMax, sampleCount(size), 'plot');
    const view = Number.isFinite(scene.view.yMin) && Number.isFinite(scene.view.yMax)
      ? { xMin, xMax, yMin: scene.view.yMin, yMax: scene.view.yMax }
      : { xMin, xMax, ...autoYRange(scene.curves.flatMap((curve, i) => drawnArrays(curve, samples[i]))) };
    const inset = scene.inset && {
      view: scene.inset,
      samples: this.#sample(scene, scene.inset.xMin, scene.inset.xMax, Math.max(2, Math.round(size.width * size.ratio * 0.45)), 'inset'),
    };
    const marked = this.#markedValues(scene);
    this.frame = { scene, view, samples, marked, inset, area: this.frame?.area, ...drawability(scene, samples, view) };
    this.redraw(hoverX);
    return this.frame;
  }

  // Draws the last frame again, with a hover line at `hoverX` (or none).
  redraw(hoverX) {
    if (!this.frame) return;
    // The last left margin keeps the plot from shifting while zooming
    // (draw.js); an export lays itself out afresh.
    const drawn = drawPlot(this.#canvas, { ...this.paintOptions({ hoverX }), lastLeft: this.frame.area?.left, size: this.#size });
    this.frame.area = drawn.area;
    this.frame.insetArea = drawn.insetArea;
  }

  // What the painter (draw.js paintPlot) needs to draw the last frame: its
  // curves in their colours, marked inputs, inset and hover line. With
  // `columns`, the curves are sampled again with that many points over the
  // same view (an export at another size than the screen's); `colours`
  // replaces the on-screen palette.
  paintOptions({ hoverX, columns, colours = this.#colours.get() } = {}) {
    const frame = this.frame;
    if (!frame) return undefined;
    const { scene, view } = frame;
    const samples = columns ? this.#sample(scene, view.xMin, view.xMax, Math.max(2, Math.round(columns))) : frame.samples;
    const insetSamples = frame.inset && (columns
      ? this.#sample(scene, frame.inset.view.xMin, frame.inset.view.xMax, Math.max(2, Math.round(columns * 0.45)))
      : frame.inset.samples);
    const colourOf = (curve) => colours.curves[curve.colourIndex % colours.curves.length];
    const marks = (sampled) => scene.curves.map((curve, i) => ({
      sample: sampled[i],
      colour: colourOf(curve),
      showDerivative: curve.showDerivative,
      showSecondDerivative: curve.showSecondDerivative,
    }));
    const markers = scene.markers.flatMap((point, m) =>
      scene.curves.flatMap((curve, i) => {
        const at = frame.marked[i];
        const colour = colourOf(curve);
        return curve.showDerivative
          ? [{ x: point.value, y: at.f[m], colour }, { x: point.value, y: at.df[m], colour, derivative: true }]
          : [{ x: point.value, y: at.f[m], colour }];
      }),
    );
    const hover = hoverX === null || hoverX === undefined ? undefined : {
      x: hoverX,
      points: scene.curves.flatMap((curve) => {
        const at = this.valuesAt(curve, hoverX);
        const colour = colourOf(curve);
        return [at.f, ...(curve.showDerivative ? [at.df] : []), ...(curve.showSecondDerivative ? [at.ddf] : [])].map((y) => ({ y, colour }));
      }),
    };
    const inset = frame.inset && { view: frame.inset.view, curves: marks(insetSamples), caption: insetCaption(view, frame.inset.view) };
    return { view, curves: marks(samples), markers, hover, inset, colours };
  }

  // f and f′ of a scene curve at x, computed by the core, and f″ when the
  // curve shows it.
  valuesAt(curve, x) {
    const kink = this.frame?.scene.kink ?? 'pytorch';
    return {
      f: this.#act.evaluate(curve.name, x, curve.params),
      df: this.#act.derivative(curve.name, x, curve.params, { kink }),
      ...(curve.showSecondDerivative ? { ddf: this.#act.secondDerivative(curve.name, x, curve.params, { kink }) } : {}),
    };
  }

  // Each curve's values at x, for a readout: [{ curve, f, df, ddf? }].
  readout(x) {
    return (this.frame?.scene.curves ?? []).map((curve) => ({ curve, ...this.valuesAt(curve, x) }));
  }
}

// "y × 40": how much the inset magnifies y.
function insetCaption(view, inset) {
  const factor = (view.yMax - view.yMin) / (inset.yMax - inset.yMin);
  return `magnified: y × ${Number(factor.toPrecision(2))}`;
}

export { insetArea };
