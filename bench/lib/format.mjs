// Number formatting shared by the tables.

export const sizeLabel = (n) => `2^${Math.log2(n)}`;

// Three significant figures, without exponents, for rates from 0.001 to
// thousands.
export function sig3(value) {
  if (value === undefined || !Number.isFinite(value)) return '—';
  if (value >= 100) return value.toFixed(0);
  if (value >= 10) return value.toFixed(1);
  if (value >= 1) return value.toFixed(2);
  return value.toFixed(3);
}

export const ratio = (value) => (value === undefined ? '—' : `${value >= 10 ? value.toFixed(1) : value.toFixed(2)}x`);
