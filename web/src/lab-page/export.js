// Per-trial results as files: CSV (one row per trial, a header naming the
// columns) and JSON (the settings and the results), downloaded through a
// blob: URL (allowed under the page's CSP: it is navigation, not a script).
const make = (tag, props = {}) => Object.assign(document.createElement(tag), props);

// A CSV cell: numbers as the shortest text that reads back, text quoted
// when it holds a comma, quote or line break.
export function csvCell(value) {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : value > 0 ? 'inf' : value < 0 ? '-inf' : 'nan';
  const text = String(value ?? '');
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export const toCsv = (columns, rows) => [columns, ...rows].map((row) => row.map(csvCell).join(',')).join('\n') + '\n';

// The same CSV from `rowAt(i)` for i < count, built a slice of rows per
// task so a file of millions of cells never holds the page for long.
const ROWS_PER_TASK = 2000;
export async function toCsvInTasks(columns, count, rowAt) {
  const parts = [columns.map(csvCell).join(',')];
  for (let first = 0; first < count; first += ROWS_PER_TASK) {
    const lines = [];
    for (let i = first; i < Math.min(count, first + ROWS_PER_TASK); i++) lines.push(rowAt(i).map(csvCell).join(','));
    parts.push(lines.join('\n'));
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return parts.join('\n') + '\n';
}

// JSON with typed arrays as plain arrays and non-finite numbers as strings.
export const toJson = (value) =>
  JSON.stringify(value, (key, item) => {
    if (ArrayBuffer.isView(item)) return Array.from(item, (v) => (Number.isFinite(v) ? v : String(v)));
    if (typeof item === 'number' && !Number.isFinite(item)) return String(item);
    return item;
  }, 1);

export function download(name, text, type) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = make('a', { href: url, download: name });
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

// CSV and JSON buttons, disabled until set() gives them a result:
// set({ name, csv: () => text or a promise of it, json: () => … }) or set(null).
export function createExportButtons(container) {
  const row = make('div', { className: 'lab-exports' });
  const label = make('span', { className: 'hint', textContent: 'Per-trial results:' });
  const csv = make('button', { type: 'button', className: 'secondary', textContent: 'CSV', disabled: true });
  const json = make('button', { type: 'button', className: 'secondary', textContent: 'JSON', disabled: true });
  row.append(label, csv, json);
  container.append(row);
  let current = null;
  // csv() and json() may return a promise (a file built over several tasks).
  const save = async (button, extension, make, type) => {
    if (!current) return;
    const { name } = current;
    button.disabled = true;
    try {
      download(`${name}.${extension}`, await make(), type);
    } finally {
      button.disabled = !current;
    }
  };
  csv.addEventListener('click', () => save(csv, 'csv', () => current.csv(), 'text/csv'));
  json.addEventListener('click', () => save(json, 'json', () => current.json(), 'application/json'));
  return {
    set(next) {
      current = next;
      csv.disabled = json.disabled = !next;
    },
  };
}
