// Types of the <activation-example> custom element (web/src/activation-example.js).
// Importing the module registers the element.
import type { ElementStatus } from './activation-plot.js';

export type { ElementStatus };

/** The detail of the `render` event, sent after every run or error. */
export interface ExampleRenderDetail {
  ok: boolean;
  /** The printed text, when ok is true. */
  output?: string;
  /** The messages shown in place of the output, when ok is false. */
  errors?: string[];
}

/**
 * A runnable tutorial example that prints what the article's Python prints, configured by attributes:
 * `fn` (one activation, optionally with parameters in parentheses), one attribute per parameter with "-"
 * for "_", `inputs` ("1.0 -10.0 0.0"), `format` (a Python %-format: "Applying Relu on (%.1f) gives %.1f"),
 * `keeps-int` (where the function returns its argument unchanged, "x > 0" for max(0.0, x): an int input
 * stays an int there), `numpy` (print one NumPy array), `derivative`, `kink` and `theme`. Its children
 * (the article's code) are shown above the editable inputs and the Run button; a Python list of the
 * inputs in that code is rewritten to the reader's inputs on every run.
 */
export class ActivationExample extends HTMLElement {
  /** 'loading' until the WASM core is ready, then 'ready', or 'error' for attributes it cannot run. */
  readonly status: ElementStatus;
  /** The messages shown in place of the output; empty when it ran. */
  readonly errors: string[];
  /** The printed lines of the last run, joined by newlines. */
  readonly output: string;
}

declare global {
  interface HTMLElementTagNameMap {
    'activation-example': ActivationExample;
  }
}
