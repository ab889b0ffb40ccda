// The %-format engine against a corpus of random formats and arguments that
// real CPython 3.11 printed (tests/js/fixtures/make-python-printf-corpus.py):
// every case must give CPython's text, or raise CPython's exception with
// its message.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { FIELD_LIMIT, percentFormat } from '../../web/src/python/python-printf.js';
import { pythonErrorLine } from '../../web/src/python/python-errors.js';

const corpus = JSON.parse(readFileSync(new URL('./fixtures/python-printf-corpus.json', import.meta.url), 'utf8'));

const decodeFloat = (text) => ({ inf: Infinity, '-inf': -Infinity, nan: NaN })[text] ?? Number(text);

// The fixture's tagged values as the JS models of Python values.
function decode([type, value]) {
  switch (type) {
    case 'float': return decodeFloat(value);
    case 'int': return BigInt(value);
    case 'bool': return value;
    case 'str': return value;
    case 'None': return null;
    case 'ndarray': return Float64Array.from(value, decodeFloat);
    case 'dict': return Object.fromEntries(value.map(([key, item]) => [key, decode(item)]));
    default: throw new Error(`unknown fixture type ${type}`);
  }
}

const decodeArgs = (args) => (args[0] === 'tuple' ? args[1].map(decode) : decode(args));

function outcome(format, args) {
  try {
    return ['ok', percentFormat(format, args)];
  } catch (error) {
    if (!error.pythonType) throw error;  // a JS bug, not a Python error
    return ['error', error.pythonType, error.message];
  }
}

test('the corpus is CPython\'s: thousands of random cases, successes and every kind of error', () => {
  assert.ok(corpus.length >= 4000);
  const kinds = new Set(corpus.map(([, , result]) => (result[0] === 'ok' ? 'ok' : result[1])));
  for (const kind of ['ok', 'TypeError', 'ValueError', 'OverflowError', 'KeyError', 'MemoryError']) {
    assert.ok(kinds.has(kind), `the corpus has ${kind} cases`);
  }
});

test('every corpus case prints what CPython prints, or raises what it raises', () => {
  const failures = [];
  for (const [format, args, expected] of corpus) {
    const actual = outcome(format, decodeArgs(args));
    if (JSON.stringify(actual) !== JSON.stringify(expected)) {
      failures.push(`${JSON.stringify(format)} % ${JSON.stringify(args)}:\n  CPython ${JSON.stringify(expected)}\n  JS      ${JSON.stringify(actual)}`);
    }
  }
  assert.equal(failures.length, 0, `${failures.length} of ${corpus.length} differ:\n${failures.slice(0, 15).join('\n')}`);
});

test('widths and precisions past FIELD_LIMIT raise MemoryError at once; up to it they print', () => {
  assert.equal(FIELD_LIMIT, 10_000);
  assert.equal(percentFormat(`%${FIELD_LIMIT}d`, [1n]).length, FIELD_LIMIT);
  assert.equal(percentFormat(`%.${FIELD_LIMIT}f`, [1e308]).length, 309 + 1 + FIELD_LIMIT);
  assert.equal(percentFormat('%.*e', [BigInt(FIELD_LIMIT), 5e-324]).length, FIELD_LIMIT + 7);
  const memoryError = (format, args) =>
    assert.throws(() => percentFormat(format, args), (error) => error instanceof RangeError && pythonErrorLine(error) === 'MemoryError', format);
  memoryError('%400000000d', [1n]);
  memoryError('%.100000000f', [1.0]);
  memoryError('%*d', [300000000n, 1n]);
  memoryError('%.*f', [30000000n, 1.0]);
  memoryError(`%${FIELD_LIMIT + 1}s`, ['a']);
  memoryError(`%#.${FIELD_LIMIT + 1}g`, [0.1]);
  memoryError(`%.${FIELD_LIMIT + 1}x`, [255n]);
  // A precision that only cuts text builds nothing: no limit, as in CPython.
  assert.equal(percentFormat('%.100000000s', ['relu']), 'relu');
  // A field no wider than its own text needs no padding.
  assert.equal(percentFormat(`%${FIELD_LIMIT + 1}d`, [10n ** 20000n]).length, 20001);
  // The errors CPython raises before it would allocate are CPython's.
  assert.throws(() => percentFormat('%9223372036854775808d', [1n]), { message: 'width too big' });
  assert.throws(() => percentFormat('%.2147483648f', [1.0]), { message: 'precision too big' });
  assert.throws(() => percentFormat('%.*f', [2n ** 31n, 1.0]), { message: 'Python int too large to convert to C int' });
  assert.throws(() => percentFormat('%*d', [2n ** 63n, 1n]), { message: 'Python int too large to convert to C ssize_t' });
  assert.throws(() => percentFormat('%.2147483645d', [1n]), { message: 'precision too large' });
});

test('a result longer than RESULT_LIMIT raises MemoryError before it is built', () => {
  const format = '%(x)9999s'.repeat(200);
  assert.throws(() => percentFormat(format, { x: 'a' }), (error) => error.pythonType === 'MemoryError');
});
