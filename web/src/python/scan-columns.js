// The columns a scan of typed numbers fills (python/parse-inputs.js): typed
// arrays that double as they fill, so one pass makes no per-number objects.
// Per number: its value, whether Python reads it as an int, where its text
// starts and ends, and how many notes ("2,0 was read as two numbers") the
// scan had counted once it was read, so a later scan can resume after it.

const COLUMNS = [
  ['values', Float64Array],
  ['integers', Uint8Array],
  ['starts', Uint32Array],
  ['ends', Uint32Array],
  ['notesThrough', Uint32Array],
];

/**
 * Empty columns, or holding the first `keep` numbers of an earlier scan's
 * result (`from`, with the same column names).
 */
export function growingColumns(from = undefined, keep = 0) {
  let capacity = 1024;
  while (capacity < keep) capacity *= 2;
  const columns = { count: keep };
  for (const [name, Type] of COLUMNS) {
    columns[name] = new Type(capacity);
    if (keep > 0) columns[name].set(from[name].subarray(0, keep));
  }
  const grow = () => {
    capacity *= 2;
    for (const [name, Type] of COLUMNS) {
      const next = new Type(capacity);
      next.set(columns[name]);
      columns[name] = next;
    }
  };
  columns.push = (value, isInteger, start, end, notesThrough) => {
    if (columns.count === capacity) grow();
    const i = columns.count++;
    columns.values[i] = value;
    columns.integers[i] = isInteger ? 1 : 0;
    columns.starts[i] = start;
    columns.ends[i] = end;
    columns.notesThrough[i] = notesThrough;
  };
  // The columns cut to the numbers read (copies: the scan may go on).
  columns.sliced = () => Object.fromEntries(COLUMNS.map(([name]) => [name, columns[name].slice(0, columns.count)]));
  return columns;
}

// How many values are NaN or ±Infinity, and the range of the others (NaN
// when there are none), so callers need not loop over a million values again.
export function finiteRange(values) {
  let nonFinite = 0;
  let min = Infinity;
  let max = -Infinity;
  for (let k = 0; k < values.length; k += 1) {
    const v = values[k];
    if (!Number.isFinite(v)) nonFinite += 1;
    else {
      if (v < min) min = v;
      if (v > max) max = v;
    }
  }
  if (nonFinite === values.length) min = max = NaN;
  return { nonFinite, min, max };
}
