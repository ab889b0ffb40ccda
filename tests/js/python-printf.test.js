// Checks web/src/python/python-printf.js against what CPython prints for
// `format % args`. The fixture is produced by
// tests/js/fixtures/make-python-printf-fixtures.py.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { formatArguments, parseFormat, percentFormat } from '../../web/src/python/python-printf.js';
import { pythonErrorLine } from '../../web/src/python/python-errors.js';

const fixtures = JSON.parse(readFileSync(new URL('./fixtures/python-printf.json', import.meta.url), 'utf8'));

// A float is stored as its repr, an int as "int:<digits>" (a BigInt here).
function decode(text) {
  if (text.startsWith('int:')) return BigInt(text.slice(4));
  if (text === 'inf') return Infinity;
  if (text === '-inf') return -Infinity;
  if (text === 'nan') return NaN;
  return Number(text);
}

// Python's exception class as the JS error class: ValueError and
// OverflowError are RangeErrors, TypeError a TypeError.
const errorClass = { TypeError: TypeError, ValueError: RangeError, OverflowError: RangeError };

test('Python errors carry their class: the last line of the traceback is rebuilt', () => {
  const line = (format, args) => {
    try {
      percentFormat(format, args);
    } catch (error) {
      return pythonErrorLine(error);
    }
    return undefined;
  };
  assert.equal(line('%(z)s', { x: 1 }), "KeyError: 'z'");
  assert.equal(line('%d', [NaN]), 'ValueError: cannot convert float NaN to integer');
  assert.equal(line('%d', [Infinity]), 'OverflowError: cannot convert float infinity to integer');
  assert.equal(line('%s %s', [1]), 'TypeError: not enough arguments for format string');
  assert.equal(line('%400000000d', [1n]), 'MemoryError');
});

test('%hhd: one length modifier is ignored, a second is the conversion, as in CPython', () => {
  assert.equal(percentFormat('%hd %ld %Lf', [1n, 2n, 1.5]), '1 2 1.500000');
  assert.throws(() => percentFormat('%hhd', [1n]), { name: 'RangeError', message: "unsupported format character 'h' (0x68) at index 2" });
  assert.throws(() => percentFormat('x = %lld', [1n]), { message: "unsupported format character 'l' (0x6c) at index 6" });
});

test('a negative * precision counts as 0, a negative * width left-justifies', () => {
  assert.equal(percentFormat('%.*f', [-3n, 1.5]), '2');
  assert.equal(percentFormat('%.*f', [-1n, 2.5]), '2');
  assert.equal(percentFormat('%.*s|', [-2n, 'relu']), '|');
  assert.equal(percentFormat('%*d|', [-4n, 15n]), '15  |');
});

test('errors come in the order CPython meets them, left to right', () => {
  assert.throws(() => percentFormat('%s %z', []), { message: 'not enough arguments for format string' });
  assert.throws(() => percentFormat('%5%', [1n]), { message: "unsupported format character '%' (0x25) at index 2" });
  assert.throws(() => percentFormat('%d %z', ['a']), { message: '%d format: a real number is required, not str' });
  // Indices count code points, as Python's str does.
  assert.throws(() => percentFormat('😀%é', [1n]), { message: "unsupported format character '?' (0xe9) at index 2" });
});

test('every fixture case prints what CPython prints, or fails as it does', () => {
  let checked = 0;
  for (const { format, args, output, error } of fixtures) {
    const values = args.map(decode);
    const what = `${JSON.stringify(format)} % (${args.join(', ')})`;
    if (output === null) {
      const [kind, message] = error.split(/: (.*)/s);
      assert.throws(() => percentFormat(format, values), (thrown) => thrown instanceof errorClass[kind] && thrown.message === message, what);
    } else {
      assert.equal(percentFormat(format, values), output, what);
    }
    checked++;
  }
  assert.ok(checked > 2000);
});

test('the article formats of seed 002', () => {
  const line = (x) => percentFormat('Applying Relu on (%.1f) gives %.1f', [x, Math.max(0, x)]);
  assert.deepEqual([1.0, -10.0, 0.0, 15.0, -20.0].map(line), [
    'Applying Relu on (1.0) gives 1.0',
    'Applying Relu on (-10.0) gives 0.0',
    'Applying Relu on (0.0) gives 0.0',
    'Applying Relu on (15.0) gives 15.0',
    'Applying Relu on (-20.0) gives 0.0',
  ]);
});

test('a mapping feeds %(name)s conversions', () => {
  assert.equal(percentFormat("f(%(x)s) = %(y).3f, f'(%(x)s) = %(df)g", { x: 2n, y: 2, df: 1 }), "f(2) = 2.000, f'(2) = 1");
  assert.throws(() => percentFormat('%(x)s', [1]), { name: 'TypeError', message: 'format requires a mapping' });
  assert.throws(() => percentFormat('%(z)s', { x: 1 }), { name: 'RangeError', message: "'z'" });
});

test('a single value need not be in an array; arrays print as NumPy does', () => {
  assert.equal(percentFormat('%s', -0.003), '-0.003');
  assert.equal(percentFormat('%s', [[0, 2, 0, 4]]), '[0. 2. 0. 4.]');
  assert.equal(percentFormat('%s', [new Float64Array([-0.1, -0.01, 0, 2.5])]), '[-0.1  -0.01  0.    2.5 ]');
  assert.equal(percentFormat('%r', [new Float64Array([-0.1, 2.5])]), 'array([-0.1,  2.5])');
  assert.throws(() => percentFormat('%.1f', [new Float64Array([1, 2])]), { name: 'TypeError', message: 'only size-1 arrays can be converted to Python scalars' });
});

test('formatArguments counts what a format takes', () => {
  assert.deepEqual(formatArguments('Applying Relu on (%.1f) gives %.1f'), { positional: 2, keys: [] });
  assert.deepEqual(formatArguments('%*.*f and 100%%'), { positional: 3, keys: [] });
  assert.deepEqual(formatArguments('%(x)s -> %(y)s'), { positional: 0, keys: ['x', 'y'] });
  assert.deepEqual(parseFormat('a%%b'), ['a%b']);
});
