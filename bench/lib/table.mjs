// The report's tables: per activation, each row's throughput at every size
// in Gelem/s and GB/s, then the ratios that matter, in fixed-width text
// that reads the same in a terminal and pasted into a README.
import { BYTES_PER_ELEMENT } from '../functions.mjs';
import { ratio, sig3, sizeLabel } from './format.mjs';

const CELL = 13;

// Ratios printed under each table: [label, row, divided by row].
const RATIOS = [
  ['zero-copy / dst.set', 'zero-copy', 'dst.set'],
  ['in place / dst.set', 'in-place', 'dst.set'],
  ['zero-copy / TF.js op only', 'zero-copy', 'tf-op'],
  ['out array / TF.js end to end', 'out', 'tf-e2e'],
  ['zero-copy / plain JS loop', 'zero-copy', 'js-loop'],
  ['zero-copy / native build', 'zero-copy', 'native'],
];

// `rows`: [{ id, label }] in display order.
export function activationTable(results, fn, rows, sizes) {
  const width = Math.max(...rows.map((row) => row.label.length), ...RATIOS.map(([label]) => label.length)) + 2;
  const line = (label, cells) => label.padEnd(width) + cells.map((cell) => cell.padStart(CELL)).join('  ');
  const out = [
    `${fn} · float32 · throughput in Gelem/s and GB/s (${BYTES_PER_ELEMENT} bytes per element: read + write)`,
    line('', sizes.map(sizeLabel)),
    line('', sizes.map(() => 'Gelem/s   GB/s')),
  ];
  for (const row of rows) {
    const cells = sizes.map((n) => {
      const rate = results.rate(fn, row.id, n);
      return rate === undefined ? '—' : `${sig3(rate / 1e9).padStart(6)} ${sig3((rate * BYTES_PER_ELEMENT) / 1e9).padStart(6)}`;
    });
    if (cells.some((cell) => cell !== '—')) out.push(line(row.label, cells));
  }
  out.push(line('ratios (throughput)', sizes.map(() => '')));
  for (const [label, a, b] of RATIOS) {
    const cells = sizes.map((n) => ratio(results.ratio(fn, a, n, b)));
    if (cells.some((cell) => cell !== '—')) out.push(line(`  ${label}`, cells));
  }
  return out.join('\n');
}
