// The shared curve plot of the playground and <activation-plot>: from a
// scene (curves, view, marked inputs) it samples each curve once through
// the JS API, fits y from those same samples when the scene leaves y
// free, and draws f, f′, jumps and marked inputs (draw.js). It keeps the
// last frame, so a hover redraws without sampling again and the readout
// and text alternative describe exactly what is on screen.
//
//   scene = {
//     curves: [{ name, params, label, colourIndex, showDerivative }],  the curves to draw
//     kink: 'pytorch' | 'left' | 'right',
//     view: { xMin, xMax, yMin?, yMax? },   y absent: fitted to the curves
//     markers: [{ value, text }],           typed inputs to mark
//   }
import { drawPlot, fitCanvas, sampleCount } from './draw.js';
import { ColourCache } from './theme.js';
import { autoYRange } from './view-math.js';

export class CurvePlot {
  #canvas;
  #act;
  #colours;
  frame;  // { scene, view, area, samples }: what is on screen

  constructor(canvas, act) {
    this.#canvas = canvas;
    this.#act = act;
    this.#colours = new ColourCache(canvas);
  }

  // The colours the plot draws with (theme.js, resolved once per theme).
  colours() {
    return this.#colours.get();
  }

  // Call when the theme, colour scheme or colour properties change.
  invalidateColours() {
    this.#colours.invalidate();
  }

  // Samples and draws `scene`; returns the frame.
  render(scene, hoverX) {
    const { xMin, xMax } = scene.view;
    const count = sampleCount(fitCanvas(this.#canvas));
    const samples = scene.curves.map((curve) =>
      this.#act.sample(curve.name, { from: xMin, to: xMax, count }, curve.params, { kink: scene.kink }),
    );
    const view = Number.isFinite(scene.view.yMin) && Number.isFinite(scene.view.yMax)
      ? { xMin, xMax, yMin: scene.view.yMin, yMax: scene.view.yMax }
      : { xMin, xMax, ...autoYRange(scene.curves.flatMap((curve, i) => (curve.showDerivative ? [samples[i].y, samples[i].dy] : [samples[i].y]))) };
    this.frame = { scene, view, samples, area: undefined };
    this.redraw(hoverX);
    return this.frame;
  }

  // Draws the last frame again, with a hover line at `hoverX` (or none).
  redraw(hoverX) {
    const frame = this.frame;
    if (!frame) return;
    const colours = this.#colours.get();
    const colourOf = (curve) => colours.curves[curve.colourIndex % colours.curves.length];
    const curves = frame.scene.curves.map((curve, i) => ({ sample: frame.samples[i], colour: colourOf(curve), showDerivative: curve.showDerivative }));
    const markers = frame.scene.markers.flatMap((point) =>
      frame.scene.curves.flatMap((curve) => {
        const at = this.valuesAt(curve, point.value);
        const colour = colourOf(curve);
        return curve.showDerivative
          ? [{ x: point.value, y: at.f, colour }, { x: point.value, y: at.df, colour, derivative: true }]
          : [{ x: point.value, y: at.f, colour }];
      }),
    );
    const hover = hoverX === null || hoverX === undefined ? undefined : {
      x: hoverX,
      points: frame.scene.curves.flatMap((curve) => {
        const at = this.valuesAt(curve, hoverX);
        return curve.showDerivative ? [{ y: at.f, colour: colourOf(curve) }, { y: at.df, colour: colourOf(curve) }] : [{ y: at.f, colour: colourOf(curve) }];
      }),
    };
    frame.area = drawPlot(this.#canvas, { view: frame.view, curves, markers, hover, colours });
  }

  // f and f′ of a scene curve at x, computed by the core.
  valuesAt(curve, x) {
    const kink = this.frame?.scene.kink ?? 'pytorch';
    return {
      f: this.#act.evaluate(curve.name, x, curve.params),
      df: this.#act.derivative(curve.name, x, curve.params, { kink }),
    };
  }

  // Each curve's values at x, for a readout: [{ curve, f, df }].
  readout(x) {
    return (this.frame?.scene.curves ?? []).map((curve) => ({ curve, ...this.valuesAt(curve, x) }));
  }
}
