// The gain table: for every visible curve, the variance-preserving gain
// g = 1/√E[f(z)²] at z ~ N(0, 1) beside torch.nn.init.calculate_gain's
// value ('—' where PyTorch has none), and the registry's note on where and
// why they differ. Both numbers and the note come from the core.
import { formatReadout } from '../../curves/curve.js';
import { curveClass } from '../../plot/theme.js';
import { gainOf, visibleCurves } from '../gaussian-data.js';

const $ = (id) => document.getElementById(id);
const element = (tag, props = {}) => Object.assign(document.createElement(tag), props);

// The gains of every visible curve: [{ curve, gain: { value } | { error } }].
export const gainRows = (act, state, byName) => visibleCurves(state, byName).map((curve) => ({ curve, gain: gainOf(act, curve) }));

// PyTorch's value as a cell: '—' where it has none.
export const pytorchText = (pytorch) => (pytorch === null ? '—' : formatReadout(pytorch));

function gainRow({ curve, gain }) {
  const row = element('tr');
  const head = element('th', { scope: 'row' });
  const label = element('span', { className: `dist-label ${curveClass(curve.colourIndex)}` });
  label.append(element('span', { className: 'swatch' }), ` ${curve.label}`);
  head.append(label);
  row.append(head);
  if (gain.error) {
    row.append(element('td', { colSpan: 3, className: 'error-text', textContent: gain.error }));
    return row;
  }
  const { variancePreserving, pytorch, note } = gain.value;
  const cells = [formatReadout(variancePreserving), pytorchText(pytorch)];
  for (const text of cells) row.append(element('td', { textContent: text }));
  row.append(element('td', { className: 'gain-note', textContent: note || '' }));
  if (pytorch === null) row.cells[2].setAttribute('aria-label', 'none in PyTorch');
  return row;
}

export function mountGainPanel(store, act, byName) {
  const render = (state) => {
    $('gains').tBodies[0].replaceChildren(...gainRows(act, state, byName).map(gainRow));
  };
  store.subscribe(['curves', 'selected'], render, { afterFrame: true });
  render(store.state);
}
