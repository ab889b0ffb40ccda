// Property tests of the Python text modules (web/src/python/) with
// fast-check, run with a fixed seed and a bounded number of runs: the input
// parser never throws and reads back every number Python or the page
// prints; the %-format engine only ever fails as Python fails, within its
// limits. Exact CPython output is the corpus test's job
// (python-printf-corpus.test.js); these check what must hold for any input.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';

import { parseNumberList, scanNumbers } from '../../web/src/python/parse-inputs.js';
import { formatPythonFloat, formatPythonInt } from '../../web/src/python/python-format.js';
import { FIELD_LIMIT, RESULT_LIMIT, percentFormat } from '../../web/src/python/python-printf.js';

const SEED = 20261129;
const run = (property, numRuns) => fc.assert(property, { seed: SEED, numRuns });

// Text that looks like what people type or paste, and text that does not.
const TOKENS = ['1', '2.5', '-3', '.5', '5.', '1e-5', '1_000', 'nan', '-inf', "float('nan')", 'float(2)', ',', ', ',
  ' ', '\n', '[', ']', '(', ')', '\u2212', '_', 'e', '.', '+', '-', 'x', "'", '"', 'float(', '\u00a0', '\ud83d', '٣'];
const typed = fc.array(fc.constantFrom(...TOKENS), { maxLength: 30 }).map((parts) => parts.join(''));
const anyText = fc.oneof(typed, fc.string({ unit: 'binary', maxLength: 60 }), fc.string({ maxLength: 60 }));

function checkParse(text) {
  const result = parseNumberList(text);
  if (result.ok) {
    for (const v of result.values) {
      assert.equal(text.slice(v.start, v.end), v.text);
      assert.equal(typeof v.value, 'number');
    }
    assert.ok(result.notes.length <= result.noteCount);
  } else {
    const { start, end, token, message } = result.error;
    assert.ok(start >= 0 && start <= end && end <= text.length);
    assert.equal(text.slice(start, end), token);
    assert.ok(message.length > 0 && message.length < 300, message);
  }
}

test('parsing never throws, and positions always point into the text', () => {
  run(fc.property(anyText, (text) => checkParse(text)), 3000);
});

const sameNumber = (a, b) => Object.is(a, b) || (Number.isNaN(a) && Number.isNaN(b));

test('every float Python prints reads back as the same float', () => {
  run(fc.property(fc.double(), (x) => {
    const [v] = parseNumberList(formatPythonFloat(x)).values;
    assert.ok(sameNumber(v.value, x), `${formatPythonFloat(x)} -> ${v.value}`);
    assert.equal(v.isInteger, false);
    // and as the page prints it: JS's shortest form, with U+2212 for minus
    const [w] = parseNumberList(String(x).replace('-', '\u2212')).values;
    assert.ok(sameNumber(w.value, x + 0) || sameNumber(w.value, x));
  }), 3000);
});

test('every int Python prints reads back as an int of that value', () => {
  run(fc.property(fc.bigInt({ min: -(2n ** 80n), max: 2n ** 80n }), (n) => {
    const [v] = parseNumberList(formatPythonInt(n)).values;
    assert.equal(v.value, Number(n));
    assert.equal(v.isInteger, true);
    assert.equal(v.text, n.toString());
  }), 1000);
});

test('a printed Python list reads back element for element, with any separators', () => {
  const separator = fc.constantFrom(', ', ',', ' ', ',\n', '\t', ' , ');
  run(fc.property(fc.array(fc.double(), { maxLength: 40 }), separator, fc.boolean(), (xs, sep, brackets) => {
    const body = xs.map(formatPythonFloat).join(sep);
    const scan = scanNumbers(brackets ? `[${body}]` : body);
    assert.equal(scan.ok, true);
    assert.equal(scan.count, xs.length);
    xs.forEach((x, i) => assert.ok(sameNumber(scan.values[i], x)));
  }), 1000);
});

// An edit: text cut somewhere, something typed there, and the rest kept or not.
const edited = fc.tuple(anyText, typed, fc.nat(), fc.nat(), fc.boolean()).map(([before, insert, at, cut, keepRest]) => {
  const start = at % (before.length + 1);
  const end = start + (cut % (before.length - start + 1));
  return { before, after: before.slice(0, start) + insert + (keepRest ? before.slice(end) : '') };
});

test('a scan resumed from the scan before an edit equals a fresh scan of the edited text', () => {
  // Appending to numbers that read is the common case: weight it in.
  const appended = fc.tuple(typed, typed).map(([a, b]) => ({ before: a, after: a + b }));
  // Lists full of "2,0" notes, cut back and retyped: the notes of the numbers
  // kept stay, those of the numbers re-read are counted again.
  const noted = fc.tuple(fc.array(fc.constantFrom('1', '20', ',', ', ', ' '), { maxLength: 60 }), fc.nat(), typed)
    .map(([parts, at, tail]) => {
      const before = parts.join('');
      return { before, after: before.slice(0, at % (before.length + 1)) + tail };
    });
  run(fc.property(fc.oneof(edited, appended, noted), ({ before, after }) => {
    const earlier = scanNumbers(before);
    assert.deepEqual(scanNumbers(after, earlier), scanNumbers(after));
  }), 4000);
});

test('typing after 100,000 numbers re-reads only the tail', () => {
  const text = Array.from({ length: 1e5 }, (_, i) => ((i % 7) - 3) * 0.5).join(', ');
  const earlier = scanNumbers(text);
  for (const typedText of [', 7', ',0', ']', ' x', '']) {
    assert.deepEqual(scanNumbers(text + typedText, earlier), scanNumbers(text + typedText));
  }
  assert.deepEqual(scanNumbers(`2,0 ${text}`, earlier), scanNumbers(`2,0 ${text}`));
});

test('huge inputs finish in one pass, whatever their shape', { timeout: 60_000 }, () => {
  const million = Array.from({ length: 1e6 }, (_, i) => (i % 13) - 6.5).join(', ');
  const scan = scanNumbers(million);
  assert.equal(scan.count, 1e6);
  assert.equal(million.slice(scan.starts[999999], scan.ends[999999]), '-6.5');
  const huge = [
    '1'.repeat(1e6),
    'x'.repeat(1e6),
    '1_'.repeat(5e5) + '1',
    `float(${' '.repeat(1e6)}`,
    `float(${' '.repeat(1e6)}1)`,
    'float '.repeat(2e5),
    '1,2 '.repeat(3e5),
    `[${'1, '.repeat(3e5)}`,
    ' '.repeat(1e6),
    '\u00a0'.repeat(1e6),
  ];
  for (const text of huge) checkParse(text);
});

// ---------------------------------------------------------------------------
// The %-format engine

const spec = fc.record({
  key: fc.option(fc.constantFrom('x', 'y', '', 'a(b)'), { nil: undefined }),
  flags: fc.array(fc.constantFrom('-', '+', ' ', '#', '0'), { maxLength: 3 }),
  width: fc.oneof(fc.constant(''), fc.constant('*'), fc.nat(40).map(String), fc.constantFrom('10001', '400000000', '99999999999999999999')),
  precision: fc.oneof(fc.constant(''), fc.constant('.'), fc.constant('.*'), fc.nat(30).map((n) => `.${n}`), fc.constantFrom('.10001', '.2147483647', '.2147483648')),
  modifier: fc.constantFrom('', '', '', 'h', 'l', 'hh'),
  conversion: fc.constantFrom(...'diuoxXeEfFgGcsra', '%', 'z', 'é', ''),
}).map((s) => `%${s.key === undefined ? '' : `(${s.key})`}${s.flags.join('')}${s.width}${s.precision}${s.modifier}${s.conversion}`);
const format = fc.array(fc.oneof(spec, fc.constantFrom('x = ', ' ', '%%', '😀')), { maxLength: 5 }).map((parts) => parts.join(''));
const value = fc.oneof(
  fc.double(),
  fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n }),
  fc.integer({ min: -50, max: 50 }).map(BigInt),
  fc.boolean(),
  fc.string({ maxLength: 8 }),
  fc.constant(null),
  fc.array(fc.double(), { maxLength: 6 }).map((xs) => Float64Array.from(xs)),
);
const args = fc.oneof(
  fc.array(value, { maxLength: 6 }),
  value,
  fc.dictionary(fc.constantFrom('x', 'y', '', 'a(b)'), value),
);

test('any format with any arguments prints, or fails as Python fails, within the limits', () => {
  run(fc.property(format, args, (f, a) => {
    let text;
    try {
      text = percentFormat(f, a);
    } catch (error) {
      assert.ok(error.pythonType, `${JSON.stringify(f)}: a JS error, not a Python one: ${error.stack}`);
      assert.ok(error instanceof TypeError || error instanceof RangeError);
      return;
    }
    assert.equal(typeof text, 'string');
    assert.ok(text.length <= RESULT_LIMIT);
  }), 3000);
});

test('%r and %.17g of a float read back as that float; %d of an int is its digits', () => {
  run(fc.property(fc.double(), (x) => {
    for (const f of ['%r', '%.17g', '%s']) {
      const [v] = parseNumberList(percentFormat(f, [x])).values;
      // '%.17g' % -0.0 is '-0', which reads back as the int 0, as in Python
      assert.ok(sameNumber(v.value, x) || (v.isInteger && v.value === x), `${f} % ${x}`);
    }
  }), 1000);
  run(fc.property(fc.bigInt(), (n) => {
    assert.equal(percentFormat('%d', [n]), n.toString());
    assert.equal(BigInt(`0x${percentFormat('%x', [n < 0n ? -n : n])}`), n < 0n ? -n : n);
  }), 1000);
});

test('a width pads to exactly that many characters, on the side the flags say', () => {
  run(fc.property(fc.integer({ min: 0, max: FIELD_LIMIT }), fc.double(), fc.boolean(), (width, x, left) => {
    const bare = percentFormat('%.3f', [x]);
    const padded = percentFormat(`%${left ? '-' : ''}*.3f`, [BigInt(width), x]);
    assert.equal(padded.length, Math.max(width, bare.length));
    assert.equal(padded.trim(), bare);
    assert.ok(left ? padded.startsWith(bare) : padded.endsWith(bare));
  }), 500);
});
