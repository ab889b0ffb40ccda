// Exports of the current view as files: the curves sampled on a grid the
// user chooses as CSV, and the input table as CSV. (The figure, PNG or
// SVG, is the export panel's: panels/export-panel.js, so the table's CSV
// does not load the figure painter.)
import { formatNumber, readNumber } from '../curves/numbers.js';

export function download(blob, filename) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

// A CSV field: quoted when it holds a separator, quote or line break.
const field = (value) => {
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};
export const csvLine = (values) => values.map(field).join(',');

// x, then f and f′ of every curve (and f″ where its sample has it, ddy),
// on the samples' shared grid.
export function curvesCsv(curves) {
  const kinds = (c) => [['f(x)', 'y'], ["f'(x)", 'dy'], ...(c.sample.ddy ? [["f''(x)", 'ddy']] : [])];
  const header = ['x', ...curves.flatMap((c) => kinds(c).map(([what]) => `${c.label} ${what}`))];
  const { x } = curves[0].sample;
  const rows = Array.from(x, (xi, i) => csvLine([xi, ...curves.flatMap((c) => kinds(c).map(([, key]) => c.sample[key][i]))]));
  return `${csvLine(header)}\n${rows.join('\n')}\n`;
}

// The evaluate table: `header` names the columns, `columns` holds each
// column's values (x first), all of one length.
export function tableCsv(header, columns) {
  const rows = Array.from(columns[0], (_, i) => csvLine(columns.map((column) => column[i])));
  return `${csvLine(header)}\n${rows.join('\n')}\n`;
}

// The most rows a samples CSV holds: about 12 MB with six curves.
export const MAX_CSV_POINTS = 100001;
export const DEFAULT_CSV_POINTS = 201;

// The grid typed in the export dialog ({ from, to, count } texts) as
// numbers, or { error } naming the field at fault.
export function readGrid({ from, to, count }) {
  const low = readNumber(from);
  if (low.error) return { error: `x from: ${low.error}`, field: 'from' };
  const high = readNumber(to);
  if (high.error) return { error: `x to: ${high.error}`, field: 'to' };
  if (!Number.isFinite(low.value) || !Number.isFinite(high.value) || !(low.value < high.value)) {
    return { error: `x from ${formatNumber(low.value)} to ${formatNumber(high.value)}: expected finite numbers with from < to`, field: 'to' };
  }
  const points = readNumber(count);
  if (points.error || !Number.isInteger(points.value) || points.value < 2 || points.value > MAX_CSV_POINTS) {
    return { error: `points: expected a whole number from 2 to ${MAX_CSV_POINTS}, got ${String(count).slice(0, 40)}`, field: 'count' };
  }
  return { from: low.value, to: high.value, count: points.value };
}

// The scene's curves sampled by the core on `grid` ({ from, to, count }),
// as CSV: the same view and grid give the same file on every screen.
export function samplesCsv(act, scene, grid) {
  const curves = scene.curves.map((curve) => {
    const sample = act.sample(curve.name, grid, curve.params, { kink: scene.kink });
    if (curve.showSecondDerivative) sample.ddy = act.sampleSecondDerivative(curve.name, grid, curve.params, { kink: scene.kink }).ddy;
    return { label: curve.label, sample };
  });
  return curvesCsv(curves);
}
