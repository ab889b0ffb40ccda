// Text fields for numbers kept in one group of the store's state (the
// Gaussian input's μ and σ, the layer's σ_w², σ_b² and q₀): each is read
// strictly (curves/numbers.js) and checked as it is typed; a bad value is
// marked on its field and named in the panel's inline message, and the
// store keeps its last good value, so nothing stale is shown as current
// without the message beside it.
import { describe } from '../api/describe.js';
import { formatNumber, readNumber } from '../curves/numbers.js';

const $ = (id) => document.getElementById(id);

// `fields`: [{ id, key, label, check(value), expected }], the values at
// store.state[group][key]. `onInvalid(bad)` is told whether any field is
// bad (the panel marks its results stale meanwhile). Returns render(state),
// which writes the state's values into fields not being edited.
export function bindNumberFields(store, group, fields, { errorId, onInvalid }) {
  const problems = new Map();
  const showProblems = () => {
    const error = $(errorId);
    error.textContent = [...problems.values()].join(' ');
    error.hidden = problems.size === 0;
    onInvalid?.(problems.size > 0);
  };
  for (const { id, key, label, check, expected } of fields) {
    const field = $(id);
    // Read-only in the page until now, so nothing typed before the panel
    // was mounted is overwritten.
    field.readOnly = false;
    field.addEventListener('input', () => {
      const { value, error } = readNumber(field.value);
      if (value === undefined || !check(value)) {
        problems.set(id, `${label}: ${error ?? `${describe(field.value)} is not ${expected}`}.`);
        field.setAttribute('aria-invalid', 'true');
      } else {
        problems.delete(id);
        field.removeAttribute('aria-invalid');
        store.update({ [group]: { ...store.state[group], [key]: value } }, { history: 'replace' });
      }
      showProblems();
    });
    // Leaving a bad field puts back the value in use, so the field never
    // disagrees with what is drawn once the reader has moved on.
    field.addEventListener('change', () => {
      if (!problems.has(id)) return;
      problems.delete(id);
      field.removeAttribute('aria-invalid');
      field.value = formatNumber(store.state[group][key]);
      showProblems();
    });
  }
  return (state) => {
    for (const { id, key } of fields) {
      if (document.activeElement !== $(id)) $(id).value = formatNumber(state[group][key]);
    }
  };
}
