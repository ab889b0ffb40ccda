// <activation-lab>: one experiment of the dying-ReLU lab in any page, after
// one <script type="module" src=".../activation-lab.js">.
//
//   <activation-lab experiment="born-dead" widths="2 3 5" trials="500"></activation-lab>
//   <activation-lab experiment="collapse" activation="leaky_relu(negative_slope=0.01)" trials="200" autorun></activation-lab>
//
// Attributes: experiment (born-dead, collapse, high-lr, signal-depth),
// theme, autorun, and the experiment's settings under the keys of the lab
// page's URL (README, "The dying-ReLU lab"). The section is the lab page's
// own (lab-page/sections/), with its controls, Run, progress, Cancel,
// chart, table and exports, in shadow DOM styled by constructable
// stylesheets (allowed under a strict CSP). Every element on a page shares
// the WASM modules and one pool of Workers.
import { loadActivations } from './activations.js';
import { createLabRunner } from './lab-runner.js';
import { ElementBase, defineElement, onSchemeChange, renderErrors, sharedSheet } from './elements/element-core.js';
import { RESET_CSS, THEME_CSS } from './elements/element-styles.js';
import { configurationKey } from './elements/attributes.js';
import { loadLab } from './lab.js';
import { readLabAttributes } from './lab-page/element-config.js';
import { mountSectionHost } from './lab-page/section-host.js';
import { ELEMENT_SECTION_CSS, SECTION_CSS } from './lab-page/section-styles.js';

let runner;
const getRunner = async () => (runner ??= createLabRunner());
let loading;
const loadBoth = () => (loading ??= Promise.all([loadActivations(), loadLab()]).then(([act, lab]) => {
  const list = act.list();
  return { lab, registry: { list, byName: new Map(list.map((s) => [s.name, s])), checkParams: act.checkParams } };
}, (error) => {
  loading = undefined;
  throw error;
}));

let counter = 0;

export class ActivationLab extends ElementBase {
  #root;
  #frame;
  #errors;
  #body;
  #host;
  #key;
  #status = 'loading';
  #messages = [];
  #stops = [];
  #id = `activation-lab-${++counter}`;

  constructor() {
    super();
    this.#root = this.attachShadow({ mode: 'open' });
    this.#root.adoptedStyleSheets = [sharedSheet(THEME_CSS), sharedSheet(RESET_CSS), sharedSheet(SECTION_CSS), sharedSheet(ELEMENT_SECTION_CSS)];
    this.#frame = Object.assign(document.createElement('div'), { className: 'frame' });
    this.#frame.setAttribute('part', 'frame');
    this.#errors = Object.assign(document.createElement('div'), { className: 'error', hidden: true });
    this.#errors.setAttribute('role', 'alert');
    this.#errors.setAttribute('part', 'error');
    this.#body = Object.assign(document.createElement('section'), { className: 'lab-section', textContent: 'Loading the lab…' });
    this.#frame.append(this.#errors, this.#body);
    this.#root.append(this.#frame);
  }

  /** 'loading', 'ready' or 'error' (the modules could not load). */
  get status() {
    return this.#status;
  }

  /** The problems found in the attributes (each also shown in the element). */
  get errors() {
    return [...this.#messages];
  }

  connectedCallback() {
    const mutations = new MutationObserver(() => this.#render());
    mutations.observe(this, { attributes: true });
    this.#stops = [() => mutations.disconnect(), onSchemeChange(() => this.#host?.refreshColours())];
    this.#render();
  }

  disconnectedCallback() {
    for (const stop of this.#stops) stop();
    this.#host?.cancel();
  }

  async #render() {
    let loaded;
    try {
      loaded = await loadBoth();
    } catch (error) {
      this.#status = 'error';
      renderErrors(this.#errors, 'The lab could not load', [error?.message ?? String(error)]);
      this.#body.textContent = '';
      return;
    }
    if (!this.isConnected) return;
    // A theme change only repaints: the settings and results stay.
    const key = configurationKey(this).split('\n').filter((line) => !line.startsWith('theme=')).join('\n');
    if (key === this.#key) {
      this.#host?.refreshColours();
      return;
    }
    this.#key = key;
    const { section, values, errors } = readLabAttributes(this, loaded.registry);
    this.#messages = errors;
    if (errors.length) renderErrors(this.#errors, 'Some attributes could not be used', errors);
    else this.#errors.hidden = true;
    this.#host?.cancel();
    const body = Object.assign(document.createElement('section'), { className: 'lab-section' });
    this.#body.replaceWith(body);
    this.#body = body;
    this.#host = mountSectionHost(body, section, { values, registry: loaded.registry, lab: loaded.lab, getRunner, idPrefix: `${this.#id}-${section.id}`, headingLevel: 3, embedded: true });
    this.#status = 'ready';
    this.dispatchEvent(new Event('ready'));
    if (this.hasAttribute('autorun')) body.querySelector('.lab-run-button')?.click();
  }
}

defineElement('activation-lab', ActivationLab);
