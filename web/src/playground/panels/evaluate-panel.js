// The input box and its table: x, f(x) and f′(x) of the selected curve
// for every typed number, printed as Python prints a float. The text is
// never rewritten. While it has an error the table is marked out of date
// (not cleared: the user is mid-edit). Huge inputs stay responsive: the
// table shows the first MAX_ROWS rows, the CSV holds them all.
import { curveLabel } from '../../curves/curve.js';
import { formatPythonFloat } from '../../python/python-format.js';
import { download, tableCsv } from '../export.js';
import { parsedInputs } from '../inputs.js';

const $ = (id) => document.getElementById(id);
export const MAX_ROWS = 500;

function cell(text, header = false) {
  const element = document.createElement(header ? 'th' : 'td');
  if (header) element.scope = 'row';
  element.textContent = text;
  return element;
}

// The message with the offending characters of the input marked.
function showError(text, error) {
  const excerpt = document.createElement('code');
  const mark = document.createElement('mark');
  const from = Math.max(0, error.start - 40);
  const to = Math.min(text.length, error.end + 40);
  mark.textContent = text.slice(error.start, error.end) || ' ';
  excerpt.append(`${from > 0 ? '…' : ''}${text.slice(from, error.start)}`, mark, `${text.slice(error.end, to)}${to < text.length ? '…' : ''}`);
  $('inputs-error').replaceChildren(`${error.message} (at character ${error.start + 1}): `, excerpt);
  $('inputs-error').hidden = false;
}

export function mountEvaluatePanel(store, act, byName) {
  const input = $('inputs');
  const table = $('results');

  // The selected curve's values at the parsed inputs, computed in one batch.
  function values(state, xs) {
    const curve = state.curves[state.selected];
    return {
      curve,
      y: act.apply(curve.name, xs, curve.params),
      dy: act.gradient(curve.name, xs, curve.params, undefined, { kink: state.kink }),
    };
  }

  function render(state) {
    if (input.value !== state.inputs) input.value = state.inputs;
    const parsed = parsedInputs(state.inputs);
    if (!parsed.ok) {
      input.setAttribute('aria-invalid', 'true');
      showError(state.inputs, parsed.error);
      table.dataset.stale = 'true';
      return;
    }
    input.removeAttribute('aria-invalid');
    $('inputs-error').hidden = true;
    delete table.dataset.stale;
    const { curve, y, dy } = values(state, parsed.xs);
    $('results-caption').textContent = `Values of ${curveLabel(curve, byName.get(curve.name))}`;
    const shown = parsed.values.slice(0, MAX_ROWS).map((v, i) => {
      const row = document.createElement('tr');
      row.append(cell(v.text, true), cell(formatPythonFloat(y[i])), cell(formatPythonFloat(dy[i])));
      return row;
    });
    table.tBodies[0].replaceChildren(...shown);
    const more = parsed.values.length - shown.length;
    $('results-more').textContent = more > 0 ? `…and ${more.toLocaleString('en')} more rows: Table CSV has them all.` : '';
  }

  input.addEventListener('input', () => store.update({ inputs: input.value }, { history: 'continue' }));
  input.addEventListener('change', () => store.update({ inputs: input.value }));
  $('export-table').addEventListener('click', () => {
    const { state } = store;
    const parsed = parsedInputs(state.inputs);
    if (!parsed.ok) return;
    const { curve, y, dy } = values(state, parsed.xs);
    const rows = Array.from(parsed.xs, (x, i) => [x, y[i], dy[i]]);
    download(new Blob([tableCsv(curveLabel(curve, byName.get(curve.name)), rows)], { type: 'text/csv' }), 'activation-table.csv');
  });
  store.subscribe(['inputs', 'curves', 'selected', 'kink'], render);
  render(store.state);
}
