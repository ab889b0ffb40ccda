// The typed inputs, read once per text however many panels read them, in
// one pass into typed columns (python/parse-inputs.js scanNumbers):
// { ok, count, xs: Float64Array, textOf(i), notes, noteCount, values, error }.
// `textOf(i)` is input i as typed; `values` ([{ value, text, isInteger }])
// is built only if asked for, since 100,000 objects cost more than the scan.
import { scanNumbers } from '../python/parse-inputs.js';

let lastText;
let lastResult;
let lastScan;  // the last successful scan, from which an edit resumes

function read(text) {
  const scan = scanNumbers(text, lastScan);
  if (scan.ok) lastScan = scan;
  if (!scan.ok) return { ok: false, error: scan.error, count: 0, xs: new Float64Array(0), textOf: () => '', values: [], notes: [], noteCount: 0 };
  const textOf = (i) => scan.text.slice(scan.starts[i], scan.ends[i]);
  let values;
  return {
    ok: true,
    count: scan.count,
    xs: scan.values,
    textOf,
    notes: scan.notes,
    noteCount: scan.noteCount,
    get values() {
      values ??= Array.from(scan.values, (value, i) => ({ value, text: textOf(i), isInteger: scan.integers[i] === 1 }));
      return values;
    },
  };
}

export function parsedInputs(text) {
  if (text !== lastText) {
    lastResult = read(text);
    lastText = text;
  }
  return lastResult;
}
