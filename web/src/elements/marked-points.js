// The table under <activation-plot inputs="…">: x, then f and f′ (and f″
// where drawn) of every curve at each marked point, rounded to 6 significant digits and printed
// as Python prints that float (-0.6000000000000001 -> -0.6; 1.0 stays
// 1.0; 1e-07 stays 1e-07): a table to read, not to copy digits from. With
// several curves a column is headed by its curve's colour, and its full
// name is there for screen readers.
import { formatPythonFloat } from '../python/python-format.js';
import { curveClass } from '../plot/theme.js';

// SIGNIFICANT digits are what a reader compares at a glance; zeros keep
// their sign and non-finite values pass through.
const SIGNIFICANT = 6;
export const roundForTable = (value) => (Number.isFinite(value) && value !== 0 ? Number(value.toPrecision(SIGNIFICANT)) : value);
const formatValue = (value) => formatPythonFloat(roundForTable(value));

const cell = (tag, text, scope) => {
  const element = document.createElement(tag);
  element.textContent = text;
  if (scope) element.scope = scope;
  return element;
};

export class MarkedPointsTable {
  #table;

  constructor(table) {
    this.#table = table;
  }

  // `curves`: the scene's curves; `valuesAt(curve, x)` -> { f, df, ddf }
  // (ddf where the curve shows f″).
  render(curves, points, valuesAt) {
    if (points.length === 0) {
      this.#table.replaceChildren();
      return;
    }
    const heading = (curve, text) => {
      const th = cell('th', '', 'col');
      if (curves.length > 1) {
        const swatch = document.createElement('span');
        const style = { 'f′(x)': ' dashed', 'f″(x)': ' dotted' }[text] ?? '';
        swatch.className = `swatch ${curveClass(curve.colourIndex)}${style}`;
        const name = cell('span', `${curve.label} `);
        name.className = 'visually-hidden';
        th.append(swatch, name);
      }
      th.append(text);
      return th;
    };
    const head = document.createElement('tr');
    head.append(cell('th', 'x', 'col'));
    for (const curve of curves) {
      head.append(heading(curve, 'f(x)'));
      if (curve.showDerivative) head.append(heading(curve, 'f′(x)'));
      if (curve.showSecondDerivative) head.append(heading(curve, 'f″(x)'));
    }
    const rows = points.map((point) => {
      const row = document.createElement('tr');
      row.append(cell('th', point.text, 'row'));
      for (const curve of curves) {
        const { f, df, ddf } = valuesAt(curve, point.value);
        row.append(cell('td', formatValue(f)));
        if (curve.showDerivative) row.append(cell('td', formatValue(df)));
        if (curve.showSecondDerivative) row.append(cell('td', formatValue(ddf)));
      }
      return row;
    });
    const thead = document.createElement('thead');
    thead.append(head);
    const tbody = document.createElement('tbody');
    tbody.append(...rows);
    this.#table.replaceChildren(cell('caption', 'Marked points'), thead, tbody);
  }
}
