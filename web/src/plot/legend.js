// The legend of a curve plot: per curve a solid swatch (f) and, when f′ is
// drawn, a dashed one, in the curve's colour (theme.js classes), with its
// label; what the swatches mean is in the entry's accessible name. With
// `onToggle` each entry is a toggle button that shows or hides its curve
// (the playground); without, a plain list (the elements).
import { curveClass } from './theme.js';

const make = (tag, props = {}) => Object.assign(document.createElement(tag), props);

function swatch(dashed) {
  const span = make('span', { className: dashed ? 'swatch swatch-df dashed' : 'swatch swatch-f' });
  span.setAttribute('aria-hidden', 'true');
  return span;
}

// `entries`: [{ label, colourIndex, showDerivative, visible }].
export function renderLegend(container, entries, { onToggle } = {}) {
  container.replaceChildren(...entries.map((entry, i) => {
    const text = make('span', { className: 'legend-label', textContent: entry.label });
    const parts = entry.showDerivative ? [swatch(false), swatch(true), text] : [swatch(false), text];
    const name = entry.showDerivative ? `${entry.label}: f solid, f′ dashed` : `${entry.label}: f`;
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
