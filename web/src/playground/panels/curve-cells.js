// What the Gaussian panels' tables and charts share: an element maker and a
// curve's name beside its colour swatch, as a caption or a row's header.
import { curveClass } from '../../plot/theme.js';

export const element = (tag, props = {}) => Object.assign(document.createElement(tag), props);

export function swatchLabel(curve) {
  const caption = element('span', { className: `dist-label ${curveClass(curve.colourIndex)}` });
  caption.append(element('span', { className: 'swatch' }), ` ${curve.label}`);
  return caption;
}

// A table row whose header cell names the curve; the caller adds the cells.
export function curveRow(curve) {
  const row = element('tr');
  const head = element('th', { scope: 'row' });
  head.append(swatchLabel(curve));
  row.append(head);
  return row;
}
