// Types of the <activation-lab> custom element (web/src/activation-lab.js).
// Importing the module registers the element.
import type { ElementStatus } from './activation-plot.js';

export type { ElementStatus };

/** The lab's experiments, as the `experiment` attribute names them. */
export type LabExperiment = 'born-dead' | 'collapse' | 'high-lr' | 'signal-depth';

/**
 * One experiment of the dying-ReLU lab, configured by attributes: `experiment` (default "born-dead"),
 * `theme` ("system", "light", "dark"), `autorun` (run once on load), and the experiment's settings under
 * the keys of the lab page's URL, e.g. for born-dead `widths="2 3 5"`, `depths`, `trials`,
 * `activation="leaky_relu(negative_slope=0.01)"`, `init`, `bias`, `seed`; for collapse `width`,
 * `depth`, `trials`, `steps`, `optimizer`, `lr`, `activation`, `init`, `bias`, `points`, `seed`.
 * A value that cannot be read is reported in the element and the default used.
 * Fires `ready` each time the experiment is (re)built from the attributes.
 */
export class ActivationLab extends HTMLElement {
  /** 'loading' until the modules are ready, then 'ready', or 'error' when they could not load. */
  readonly status: ElementStatus;
  /** The problems found in the attributes, as shown in the element; empty when there are none. */
  readonly errors: string[];
}

declare global {
  interface HTMLElementTagNameMap {
    'activation-lab': ActivationLab;
  }
}
