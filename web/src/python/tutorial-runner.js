// One runner for the tutorials' Python, used by the playground's example
// cards and by <activation-example>: given what a listing's function does
// and what the listing prints, it prints what CPython would print for the
// reader's inputs, with every number from the core (the JS API `act`).
//
// A listing's function is described by
//   { name, params, derivative, keepsInt }
// name and params: the core activation it computes; derivative: a kink
// convention ('pytorch', 'left', 'right') when it computes f′ instead of f;
// keepsInt: where it hands back its argument unchanged, as a condition on
// x ("x > 0" for max(0.0, x) or `x if x > 0 else 0.01 * x`, "x >= 0" for
// `x if x >= 0 else …`). There an int argument stays an int, so Python
// prints 5, not 5.0; everywhere else the result is a float.
//
// A print statement is { each: true, format } (one line per input:
// print(fn(x)), or print(format % args) when a format is given) or
// { numpy: true, format } (one line for all inputs: print(fn_numpy(
// np.array(inputs)))). A format with one conversion is given the result,
// with two the input and the result; %(x)s %(y)s %(f)s %(df)s name the
// input, the result, f(x) and f′(x).
import { pythonErrorLine } from './python-errors.js';
import { formatArguments, percentFormat } from './python-printf.js';
import { str } from './python-values.js';
import { parseNumberList } from './parse-inputs.js';

/** Characters, and lines, of printed output a run keeps; the lines after are counted, not printed. */
export const OUTPUT_BUDGET = 100_000;
export const MAX_LINES = 5_000;

export const FORMAT_KEYS = ['x', 'y', 'f', 'df'];

const CONDITION = /^\s*(?:(\S+?)\s*(<=|<)\s*)?x\s*(?:(<=|<|>=|>)\s*(\S+))?\s*$/;
const COMPARE = {
  '<': (a, b) => a < b,
  '<=': (a, b) => a <= b,
  '>': (a, b) => a > b,
  '>=': (a, b) => a >= b,
};

// The predicate of a keepsInt condition: "x > 0", "x >= 0", "0 < x < 6",
// "-1 <= x <= 1". Throws a RangeError that says what is expected.
export function parseCondition(text) {
  const expected = 'a condition on x such as "x > 0", "x >= 0" or "0 < x < 6"';
  const match = CONDITION.exec(String(text));
  const number = (token) => {
    const parsed = token === undefined ? undefined : parseNumberList(token);
    if (parsed && (!parsed.ok || parsed.values.length !== 1)) throw new RangeError(`"${token}" is not a number; expected ${expected}`);
    return parsed?.values[0].value;
  };
  if (!match || (match[1] === undefined && match[3] === undefined)) {
    throw new RangeError(`"${String(text).slice(0, 40)}" is not ${expected}`);
  }
  const low = number(match[1]);
  const high = number(match[4]);
  return (x) =>
    (low === undefined || COMPARE[match[2]](low, x)) && (high === undefined || COMPARE[match[3]](x, high));
}

// What a format takes: { positional: 1 or 2 } or { keys }, or { error }
// saying why the runner cannot feed it.
export function describeFormat(format) {
  let shape;
  try {
    shape = formatArguments(format);
  } catch (error) {
    return { error: pythonErrorLine(error) };
  }
  const { positional, keys } = shape;
  const unknown = keys.find((key) => !FORMAT_KEYS.includes(key));
  if (unknown !== undefined) {
    return { error: `%(${unknown})… names no value; the values are x (the input), y (the result), f (f(x)) and df (f′(x))` };
  }
  if (keys.length && positional) return { error: 'mixes named %(…) and unnamed conversions; use one kind' };
  if (positional > 2) {
    return { error: `has ${positional} conversions; give one (the result) or two (the input, then the result), or name the values: %(x)s %(y)s %(f)s %(df)s` };
  }
  if (!keys.length && positional === 0) return { error: 'has no conversion like %s or %.1f, so no value would be printed' };
  return keys.length ? { keys } : { positional };
}

// The Python value of a parsed input: an int stays an int (a BigInt here).
export function pythonValue(input) {
  if (!input.isInteger) return input.value;
  if (Number.isSafeInteger(input.value)) return BigInt(input.value);
  return BigInt(input.text.replace('\u2212', '-').replaceAll('_', '').replace(/^\+/, ''));
}

// An input as Python source: as typed, with '-' for U+2212 and float('…')
// for what Python has no literal for (nan, inf).
export function pythonLiteral(input) {
  const text = input.text.replaceAll('\u2212', '-');
  if (Number.isFinite(input.value) || /^float/i.test(text)) return text;
  return `float('${text}')`;
}

/** The inputs as a Python list literal: [1.0, -10.0, 0.0]. */
export const pythonList = (inputs) => `[${Array.from(inputs, pythonLiteral).join(', ')}]`;

// The first [ … ] list in `text` that holds exactly these inputs (the same
// values, in order): { start, end }, or undefined. Lets a page rewrite the
// input list of a code listing when the reader changes the inputs.
export function findInputList(text, inputs) {
  const LIST = /\[[^[\]]*\]/g;
  for (const match of text.matchAll(LIST)) {
    const parsed = parseNumberList(match[0]);
    if (!parsed.ok || parsed.values.length !== inputs.length) continue;
    const same = parsed.values.every((v, i) => Object.is(v.value, inputs[i].value) || (Number.isNaN(v.value) && Number.isNaN(inputs[i].value)));
    if (same) return { start: match.index, end: match.index + match[0].length };
  }
  return undefined;
}

// The arguments `format % args` gets for one line.
function formatArgs(shape, values) {
  if (shape.keys) return values;
  return shape.positional === 1 ? [values.y] : [values.x, values.y];
}

// f, f′ and the printed result at every input, from the core.
function evaluate(act, fn, inputs, needs) {
  const xs = Float64Array.from(inputs, (input) => input.value);
  const f = needs.f ? act.apply(fn.name, xs, fn.params ?? {}) : undefined;
  const df = needs.df ? act.gradient(fn.name, xs, fn.params ?? {}, undefined, { kink: fn.derivative ?? 'pytorch' }) : undefined;
  return { xs, f, df };
}

/**
 * Runs print statements over the inputs (records from parseNumberList).
 * Returns { lines, omitted, error }: the printed lines, how many more lines
 * the output budget left out, and the Python exception that stopped the
 * run (lines printed before it are kept, as Python printed them).
 */
export function runTutorial(act, fn, statements, inputs) {
  const keepsInt = fn.keepsInt ? parseCondition(fn.keepsInt) : () => false;
  const shapes = statements.map((s) => (s.format === undefined ? undefined : describeFormat(s.format)));
  const bad = shapes.find((shape) => shape?.error);
  if (bad) throw new RangeError(bad.error);
  const usesNames = shapes.some((shape) => shape?.keys);
  const { xs, f, df } = evaluate(act, fn, inputs, { f: !fn.derivative || usesNames, df: Boolean(fn.derivative) || usesNames });
  const results = fn.derivative ? df : f;
  // f(x) as Python returns it: the int argument itself where it passes.
  const passes = (i, x, value) => (inputs[i].isInteger && keepsInt(inputs[i].value) ? x : value);
  // The Python value the listing's function returns at input i.
  const returned = (i, x) => (fn.derivative ? results[i] : passes(i, x, results[i]));

  const lines = [];
  let length = 0;
  let omitted = 0;
  const spent = () => length > OUTPUT_BUDGET || lines.length >= MAX_LINES;
  const print = (make) => {
    if (spent()) {
      omitted += 1;
      return;
    }
    const line = make();
    length += line.length + 1;
    lines.push(line);
  };
  try {
    statements.forEach((statement, s) => {
      const shape = shapes[s];
      if (statement.numpy) {
        // NumPy computes in float64: no int survives in the array.
        const y = Float64Array.from(results);
        print(() => (shape ? percentFormat(statement.format, formatArgs(shape, { x: xs, y, f, df })) : str(y)));
        return;
      }
      for (let i = 0; i < inputs.length; i += 1) {
        if (spent()) {
          omitted += inputs.length - i;  // counted, not made
          break;
        }
        const x = pythonValue(inputs[i]);
        const y = returned(i, x);
        if (!shape) print(() => str(y));
        else print(() => percentFormat(statement.format, formatArgs(shape, { x, y, f: f && passes(i, x, f[i]), df: df?.[i] })));
      }
    });
  } catch (error) {
    if (!error.pythonType) throw error;
    return { lines, omitted, error };
  }
  return { lines, omitted, error: undefined };
}
