// The typed inputs, parsed once per text however many panels read them:
// { ok, values: [{ value, text, isInt }], xs: Float64Array, notes: how
// something ambiguous was read ("2,0" is two numbers), error }.
import { parseNumberList } from '../python/parse-inputs.js';

let lastText;
let lastResult;

export function parsedInputs(text) {
  if (text !== lastText) {
    const parsed = parseNumberList(text);
    lastText = text;
    lastResult = parsed.ok
      ? { ok: true, values: parsed.values, xs: Float64Array.from(parsed.values, (v) => v.value), notes: parsed.notes, noteCount: parsed.noteCount }
      : { ok: false, error: parsed.error, values: [], xs: new Float64Array(0) };
  }
  return lastResult;
}
