// THE palette: the plot's colours and the curves' colours, light and dark,
// written once. The playground page and every embedded element take their
// colours from here (as CSS custom properties a page may override), so the
// same curve has the same colour wherever it is drawn. The number of curves
// a plot can show is the number of curve colours.

export const THEMES = ['system', 'light', 'dark'];

// [light, dark] per custom property.
const PLOT_COLOURS = {
  '--plot-background': ['#ffffff', '#181b21'],
  '--plot-grid': ['#e9ebee', '#272c35'],
  '--plot-axis': ['#6b7280', '#8b94a3'],
  '--plot-text': ['#4b5563', '#b6bdc8'],
};
const CURVE_COLOURS = [
  ['#2563eb', '#7aa2ff'],
  ['#dc2626', '#ff7b72'],
  ['#059669', '#3fd0a0'],
  ['#b45309', '#f2b84b'],
  ['#7c3aed', '#b69cff'],
  ['#db2777', '#ff8fc8'],
];

export const CURVE_COUNT = CURVE_COLOURS.length;

// The custom property of curve i (any integer: colours repeat).
export const curveProperty = (i) => `--curve-${(i % CURVE_COUNT) + 1}`;
// A class giving an element its curve's colour as `color` and `--swatch`.
export const curveClass = (i) => `curve-colour-${(i % CURVE_COUNT) + 1}`;

const declarations = (side) =>
  [
    ...Object.entries(PLOT_COLOURS).map(([property, pair]) => `${property}: ${pair[side]};`),
    ...CURVE_COLOURS.map((pair, i) => `${curveProperty(i)}: ${pair[side]};`),
  ].join(' ');

// The palette as CSS for a page (themed by data-theme on <html>) or for an
// element's shadow root (themed by its theme attribute). Explicit light and
// dark blocks rather than light-dark(), so embeds work in older engines too.
export function paletteCss(scope) {
  const [base, systemDark, dark, light] =
    scope === 'element'
      ? [':host', ':host(:not([theme="light"]))', ':host([theme="dark"])', ':host([theme="light"])']
      : [':root', ':root:not([data-theme="light"])', ':root[data-theme="dark"]', ':root[data-theme="light"]'];
  const classes = CURVE_COLOURS.map((_, i) => `.${curveClass(i)} { color: var(${curveProperty(i)}); --swatch: var(${curveProperty(i)}); }`);
  return [
    `${base} { ${declarations(0)} }`,
    `@media (prefers-color-scheme: dark) { ${systemDark} { ${declarations(1)} } }`,
    `${dark} { ${declarations(1)} }`,
    `${light} { ${declarations(0)} }`,
    ...classes,
  ].join('\n');
}

// The colours the canvas draws with, resolved from the custom properties
// in effect at `element` (a page or an embedding author may have set them).
// Reading computed styles is slow, so callers keep the result until the
// theme changes (see ColourCache).
export function resolveColours(element) {
  const probe = document.createElement('span');
  probe.hidden = true;
  (element.parentNode ?? element).append(probe);
  const resolve = (property) => {
    probe.style.color = `var(${property})`;
    return getComputedStyle(probe).color;
  };
  const colours = {
    background: resolve('--plot-background'),
    grid: resolve('--plot-grid'),
    axis: resolve('--plot-axis'),
    text: resolve('--plot-text'),
    curves: CURVE_COLOURS.map((_, i) => resolve(curveProperty(i))),
  };
  probe.remove();
  return colours;
}

// The palette's own light or dark colours, in the form resolveColours
// gives: for an export in a theme other than the page's.
export function paletteColours(theme) {
  const side = theme === 'dark' ? 1 : 0;
  const [background, grid, axis, text] = Object.values(PLOT_COLOURS).map((pair) => pair[side]);
  return { background, grid, axis, text, curves: CURVE_COLOURS.map((pair) => pair[side]) };
}

// The resolved colours of one canvas, read once and kept until invalidate()
// (a theme or colour-scheme change).
export class ColourCache {
  #element;
  #colours;

  constructor(element) {
    this.#element = element;
  }

  get() {
    this.#colours ??= resolveColours(this.#element);
    return this.#colours;
  }

  invalidate() {
    this.#colours = undefined;
  }
}
