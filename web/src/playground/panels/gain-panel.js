// The gain table: for every visible curve, the variance-preserving gain
// g = 1/√E[f(z)²] at z ~ N(0, 1) beside torch.nn.init.calculate_gain's
// value ('—' where PyTorch has none), and the registry's note on where and
// why they differ. Both numbers and the note come from the core.
import { formatReadout } from '../../curves/curve.js';
import { curveRow, element } from './curve-cells.js';
import { analysisNeeds, gainOf, visibleCurves } from '../gaussian-data.js';
import { renderWhenVisible } from '../when-visible.js';

const $ = (id) => document.getElementById(id);

// The gains of every visible curve: [{ curve, gain: { value } | { error } }].
export const gainsOf = (act, state, byName) => visibleCurves(state, byName).map((curve) => ({ curve, gain: gainOf(act, curve) }));

// PyTorch's value as a cell: '—' where it has none.
export const pytorchText = (pytorch) => (pytorch === null ? '—' : formatReadout(pytorch));

// A curve's row (its gains) and, under it, a row with the note across the
// table: a note is a sentence or two, and in a column of its own it would
// push the numbers off a phone's screen.
function gainRows({ curve, gain }) {
  const row = curveRow(curve);
  if (gain.error) {
    row.append(element('td', { colSpan: 2, className: 'error-text', textContent: gain.error }));
    return [row];
  }
  const { variancePreserving, pytorch, note } = gain.value;
  for (const text of [formatReadout(variancePreserving), pytorchText(pytorch)]) row.append(element('td', { textContent: text }));
  if (pytorch === null) row.cells[2].setAttribute('aria-label', 'none in PyTorch');
  if (!note) return [row];
  row.classList.add('has-note');
  const noteRow = element('tr', { className: 'note-row' });
  const cell = element('td', { colSpan: 3, className: 'gain-note' });
  cell.append(element('span', { className: 'visually-hidden', textContent: `${curve.label}: ` }), note);
  noteRow.append(cell);
  return [row, noteRow];
}

// Rendered after the frame, and only while on or near the screen (a
// slider step elsewhere does not recompute the gains of every curve).
export function mountGainPanel(store, act, byName) {
  const render = (state) => {
    $('gains').tBodies[0].replaceChildren(...gainsOf(act, state, byName).flatMap(gainRows));
  };
  const schedule = renderWhenVisible(document.querySelector('section.gain'), render, { needs: analysisNeeds(act) });
  store.subscribe(['curves', 'selected'], schedule, { afterFrame: true });
  schedule(store.state);
}
