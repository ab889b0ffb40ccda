// Types of the <activation-plot> custom element (web/src/activation-plot.js).
// Importing the module registers the element.

/** Where an element is in its life: loading the WASM core, drawn, or showing an error. */
export type ElementStatus = 'loading' | 'ready' | 'error';

/** The detail of the element's `render` event (a CustomEvent), sent after every drawing or error. */
export interface RenderDetail {
  ok: boolean;
  /** The messages shown in place of the plot, when ok is false. */
  errors?: string[];
}

/**
 * A live plot of one or more activations, configured by attributes:
 * `fn` ("relu leaky_relu(negative_slope=0.2, df=0)"), one attribute per parameter with "-" for "_"
 * (`negative-slope="0.2"`), `derivative`, `second-derivative` (f″ dotted; per curve `ddf=1` in `fn`), `kink` ("pytorch" | "left" | "right"), `range` ("-5 5"),
 * `y-range`, `inputs` (points to mark, "1 -2 3"), `controls`, `height` (pixels or a CSS length),
 * `theme` ("light" | "dark"; the system's when absent), `alt` (a text alternative), and `show`
 * ("plot", "density", "qmap" or several separated by spaces; "plot" when absent). "density", with `mean`
 * and `sd` (z ~ N(mean, sd²), 0 and 1 unless given), draws the distribution of f(z), point masses as
 * spikes with their probability, and a table of its moments; "qmap", with `weight-variance`,
 * `bias-variance` and `q0` (σ_w², σ_b², q₀: 1, 0, 1 unless given), the first curve's variance map as a
 * cobweb to its fixed point and a table of q*, χ and the regime of every curve.
 * It re-renders when any attribute changes and sizes itself to its container. Its children are
 * fallback content (a text alternative, an image): shown where the script does not run, and beside
 * the error when the WASM core cannot load.
 */
export class ActivationPlot extends HTMLElement {
  /** 'loading' until the WASM core is ready, then 'ready', or 'error' for attributes it cannot draw. */
  readonly status: ElementStatus;
  /** The messages shown in place of the plot; empty when it is drawn. */
  readonly errors: string[];
}

declare global {
  interface HTMLElementTagNameMap {
    'activation-plot': ActivationPlot;
  }
}
