// The views of <activation-plot> besides the curve plot, chosen with its
// show attribute: "density" (distribution-view.js) and "qmap"
// (qmap-view.js). One object for the element to place, render, hide and
// recolour, so the element's own file only reads attributes.
import { attributeText } from './attributes.js';
import { DISTRIBUTION_CSS, DistributionView, readGaussian } from './distribution-view.js';
import { QMAP_CSS, QmapView, readLayer } from './qmap-view.js';

export const SHOW_VIEWS = ['plot', 'density', 'qmap'];
export const GAUSSIAN_ATTRIBUTES = ['show', 'mean', 'sd', 'weight-variance', 'bias-variance', 'q0'];
export const GAUSSIAN_CSS = `${DISTRIBUTION_CSS}${QMAP_CSS}`;

// show="plot", "density", "qmap" or several ("plot density"); "plot" when absent.
export function readShow(element, errors) {
  const value = element.getAttribute('show');
  if (value === null) return new Set(['plot']);
  const words = value.trim().split(/[\s,]+/).filter(Boolean);
  const unknown = words.find((word) => !SHOW_VIEWS.includes(word));
  if (words.length === 0 || unknown !== undefined) {
    errors.push(`${attributeText('show', value)}: expected "plot", "density", "qmap" or several, like show="plot density"`);
    return undefined;
  }
  return new Set(words);
}

// The attributes of these views: { show, gaussian, layer }.
export function readGaussianViews(element, errors) {
  return { show: readShow(element, errors), gaussian: readGaussian(element, errors), layer: readLayer(element, errors) };
}

const make = (name, part) => {
  const box = Object.assign(document.createElement('div'), { className: name, hidden: true });
  box.setAttribute('part', part);
  return box;
};

export class GaussianViews {
  boxes;
  #density;
  #qmap;

  constructor() {
    this.boxes = { density: make('distribution', 'distribution'), qmap: make('qmap', 'qmap') };
    this.#density = new DistributionView(this.boxes.density);
    this.#qmap = new QmapView(this.boxes.qmap);
  }

  // `config`: the element's, with show, gaussian, layer, height and alt;
  // `curves`: its scene's. The alt text goes to the first view drawn.
  render(act, curves, config) {
    const { show, alt } = config;
    this.boxes.density.hidden = !show.has('density');
    this.boxes.qmap.hidden = !show.has('qmap');
    for (const box of Object.values(this.boxes)) box.style.setProperty('--plot-height', config.height);
    const altFor = (view) => (view === [...show][0] ? alt ?? undefined : undefined);
    if (show.has('density')) this.#density.render(act, curves, config.gaussian, altFor('density'));
    if (show.has('qmap') && curves.length) this.#qmap.render(act, curves, config.layer, altFor('qmap'));
  }

  hide() {
    for (const box of Object.values(this.boxes)) box.hidden = true;
  }

  paint() {
    if (!this.boxes.density.hidden) this.#density.paint();
    if (!this.boxes.qmap.hidden) this.#qmap.paint();
  }

  invalidateColours() {
    this.#density.invalidateColours();
    this.#qmap.invalidateColours();
  }
}
