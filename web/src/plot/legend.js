// The legend of a curve plot: per curve a solid swatch (f) and, when f′ or
// f″ is drawn, a dashed or dotted one, in the curve's colour (theme.js classes), with its
// label; what the swatches mean is in the entry's accessible name. With
// `onToggle` each entry is a toggle button that shows or hides its curve
// (the playground); without, a plain list (the elements).
import { curveClass } from './theme.js';

const make = (tag, props = {}) => Object.assign(document.createElement(tag), props);

const SWATCH_CLASSES = { f: 'swatch swatch-f', df: 'swatch swatch-df dashed', ddf: 'swatch swatch-ddf dotted' };
const SWATCH_WORDS = { f: 'f solid', df: 'f′ dashed', ddf: 'f″ dotted' };

function swatch(kind) {
  const span = make('span', { className: SWATCH_CLASSES[kind] });
  span.setAttribute('aria-hidden', 'true');
  return span;
}

// What a curve's entry draws: 'f', then 'df' and 'ddf' when shown.
export const drawnKinds = (entry) => ['f', ...(entry.showDerivative ? ['df'] : []), ...(entry.showSecondDerivative ? ['ddf'] : [])];

// The swatches of an entry and what they mean ("ReLU: f solid, f′ dashed").
export function swatchesOf(entry) {
  const kinds = drawnKinds(entry);
  const words = kinds.length === 1 ? 'f' : kinds.map((kind) => SWATCH_WORDS[kind]).join(', ');
  return { swatches: kinds.map(swatch), name: `${entry.label}: ${words}` };
}

// `entries`: [{ label, colourIndex, showDerivative, showSecondDerivative, visible }].
export function renderLegend(container, entries, { onToggle } = {}) {
  container.replaceChildren(...entries.map((entry, i) => {
    const text = make('span', { className: 'legend-label', textContent: entry.label });
    const { swatches, name } = swatchesOf(entry);
    const parts = [...swatches, text];
    if (!onToggle) {
      const item = make('li', { className: `legend-item ${curveClass(entry.colourIndex)}`, title: name });
      item.append(...parts);
      return item;
    }
    const button = make('button', { type: 'button', className: `legend-item ${curveClass(entry.colourIndex)}` });
    button.setAttribute('aria-label', name);
    button.setAttribute('aria-pressed', String(entry.visible !== false));
    button.title = entry.visible !== false ? 'Hide this curve' : 'Show this curve';
    button.append(...parts);
    button.addEventListener('click', () => onToggle(i));
    return button;
  }));
}
