// The input box and its table: x, then f(x) and f′(x) of every visible
// curve (and f″(x) of those that show it) for every typed number, printed as Python prints a float, computed
// by the core in one batch per curve. The text is never rewritten. While
// it has an error the table is marked out of date (not cleared: the user
// is mid-edit). Huge inputs stay responsive: only the rows in view are
// computed, printed and put in the DOM (virtual-rows.js), in blocks of
// ROW_BLOCK inputs; the CSV holds them all.
import { formatPythonFloat } from '../../python/python-format.js';
import { curveClass } from '../../plot/theme.js';
import { parsedInputs } from '../inputs.js';
import { sceneCurves } from '../scene.js';
import { VirtualRows } from '../virtual-rows.js';
import { renderWhenVisible } from '../when-visible.js';

const $ = (id) => document.getElementById(id);
// The table scrolls through this many rows at most: any more would pass
// the height a browser gives an element. The CSV has every row.
export const MAX_ROWS = 250_000;
// Rows computed together: one batch call per curve for each block in view.
const ROW_BLOCK = 256;

function cell(tag, text, scope) {
  const element = document.createElement(tag);
  if (scope) element.scope = scope;
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

// The visible curves' values at `xs`: [{ curve, y, dy, ddy? }], ddy
// where the curve shows f″.
function columnsAt(act, state, curves, xs) {
  const kink = { kink: state.kink };
  return curves.map((curve) => ({
    curve,
    y: act.apply(curve.name, xs, curve.params),
    dy: act.gradient(curve.name, xs, curve.params, undefined, kink),
    ddy: curve.showSecondDerivative ? Float64Array.from(xs, (x) => act.secondDerivative(curve.name, x, curve.params, kink)) : undefined,
  }));
}

// A curve's column names and value arrays: f, f′, and f″ where shown.
const columnKinds = (column) => [['f(x)', column.y], ['f′(x)', column.dy], ...(column.ddy ? [['f″(x)', column.ddy]] : [])];

const visibleCurves = (state, byName) => sceneCurves(state, byName).filter((curve) => curve.visible);

// Row i's values, [{ y, dy }] per curve, computed a block at a time.
function valuesInBlocks(act, state, curves, xs) {
  let start = -1;
  let block;
  return (i) => {
    const from = i - (i % ROW_BLOCK);
    if (from !== start) {
      start = from;
      block = columnsAt(act, state, curves, xs.subarray(from, Math.min(xs.length, from + ROW_BLOCK)));
    }
    return block.map((column) => columnKinds(column).map(([, values]) => values[i - from]));
  };
}

function headerRow(columns) {
  const row = document.createElement('tr');
  row.append(cell('th', 'x', 'col'));
  for (const column of columns) {
    const { curve } = column;
    for (const [what] of columnKinds(column)) {
      const th = cell('th', columns.length > 1 ? `${curve.label} ${what}` : what, 'col');
      th.className = curveClass(curve.colourIndex);
      row.append(th);
    }
  }
  return row;
}

// Rewrites a row's cells with `texts` where they differ; false when the
// row has another number of cells.
function fillRow(row, texts) {
  if (row.cells.length !== texts.length) return false;
  texts.forEach((text, i) => {
    if (row.cells[i].textContent !== text) row.cells[i].textContent = text;
  });
  return true;
}

export function mountEvaluatePanel(store, act, byName) {
  const input = $('inputs');
  const table = $('results');
  const rows = new VirtualRows(table, table.parentElement);

  function render(state) {
    if (input.value !== state.inputs) input.value = state.inputs;
    const parsed = parsedInputs(state.inputs);
    if (!parsed.ok) {
      $('inputs-notes').textContent = '';
      input.setAttribute('aria-invalid', 'true');
      showError(state.inputs, parsed.error);
      table.dataset.stale = 'true';
      return;
    }
    input.removeAttribute('aria-invalid');
    $('inputs-error').hidden = true;
    delete table.dataset.stale;
    // How something ambiguous was read, said rather than silently decided.
    const unlisted = parsed.noteCount - parsed.notes.length;
    $('inputs-notes').textContent = `${parsed.notes.map((note) => `${note.message}.`).join(' ')}${unlisted > 0 ? ` …and ${unlisted} more like these.` : ''}`;
    scheduleTable(state, { now: true });
  }

  // The table's rows: at once when the inputs change (the box above it is
  // where the user is typing) and after a discrete change (a curve shown,
  // a convention picked); during a continuous one (a slider drag) only
  // while the table is on screen, else once the drag pauses: a drag does
  // not recompute, print and lay out rows nobody sees.
  const scheduleTable = renderWhenVisible(table.parentElement, (state) => {
    const parsed = parsedInputs(state.inputs);
    if (parsed.ok) renderTable(state, parsed);
  }, { margin: '0px' });

  function renderTable(state, parsed) {
    const curves = visibleCurves(state, byName);
    const header = headerRow(curves.map((curve) => ({ curve, ddy: curve.showSecondDerivative })));
    // With as many columns as before (a slider step renames a column, as
    // its label holds the parameter), the header's cells and the rows
    // below are rewritten in place (virtual-rows.js), not rebuilt.
    const shownHeader = table.tHead.rows[0];
    const sameColumns = shownHeader?.cells.length === header.cells.length;
    if (sameColumns) {
      [...header.cells].forEach((th, i) => {
        const old = shownHeader.cells[i];
        if (old.textContent !== th.textContent) old.textContent = th.textContent;
        if (old.className !== th.className) old.className = th.className;
      });
    } else {
      table.tHead.replaceChildren(header);
    }
    const shown = Math.min(parsed.count, MAX_ROWS);
    const valuesAt = valuesInBlocks(act, state, curves, parsed.xs);
    const texts = (i) => [parsed.textOf(i), ...valuesAt(i).flat().map(formatPythonFloat)];
    rows.show(shown, (i) => {
      const [x, ...values] = texts(i);
      const row = document.createElement('tr');
      row.append(cell('th', x, 'row'), ...values.map((value) => cell('td', value)));
      return row;
    }, (row, i) => sameColumns && fillRow(row, texts(i)));
    const more = parsed.count - shown;
    $('results-more').textContent = more > 0 ? `…and ${more.toLocaleString('en')} more rows: Table CSV has them all.` : '';
  }

  // Typed text is kept in the current history entry, not stepped through.
  input.addEventListener('input', () => store.update({ inputs: input.value }, { history: 'replace' }));
  // The CSV writer loads on the first click: most visits never ask.
  $('export-table').addEventListener('click', async () => {
    const { download, tableCsv } = await import('../export.js');
    const { state } = store;
    const parsed = parsedInputs(state.inputs);
    if (!parsed.ok) return;
    const columns = columnsAt(act, state, visibleCurves(state, byName), parsed.xs);
    const ascii = (what) => what.replace('″', "''").replace('′', "'");
    const header = ['x', ...columns.flatMap((column) => columnKinds(column).map(([what]) => `${column.curve.label} ${ascii(what)}`))];
    const csv = tableCsv(header, [parsed.xs, ...columns.flatMap((column) => columnKinds(column).map(([, values]) => values))]);
    download(new Blob([csv], { type: 'text/csv' }), 'activation-table.csv');
  });
  store.subscribe(['inputs'], render, { afterFrame: true });
  store.subscribe(['curves', 'kink', 'derivatives', 'analysis'], (state, keys, { deferred }) => scheduleTable(state, { now: !deferred }), { afterFrame: true });
  render(store.state);
}
