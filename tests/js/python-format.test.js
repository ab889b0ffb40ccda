// Checks web/src/python/python-format.js against what CPython and NumPy really print.
// The fixture is produced by tests/js/fixtures/make-python-format-fixtures.py.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

import {
  formatPythonFloat,
  formatPythonInt,
  formatPercentFloat,
  formatNumpyArray,
} from '../../web/src/python/python-format.js';

const fixtures = JSON.parse(
  readFileSync(new URL('./fixtures/python-format.json', import.meta.url), 'utf8'),
);

// Inputs are stored as Python reprs because JSON cannot hold -0, NaN or
// Infinity; Number('-0.0') is -0 and every other repr round-trips exactly.
function decode(s) {
  if (s === 'inf') return Infinity;
  if (s === '-inf') return -Infinity;
  if (s === 'nan') return NaN;
  const x = Number(s);
  assert.ok(!Number.isNaN(x), `bad fixture number ${s}`);
  return x;
}

test('fixture decoding keeps -0, NaN and Infinity', () => {
  assert.ok(Object.is(decode('-0.0'), -0));
  assert.ok(Number.isNaN(decode('nan')));
  assert.equal(decode('-inf'), -Infinity);
  assert.equal(decode('5e-324'), Number.MIN_VALUE);
});

test('formatPythonFloat matches repr(float) for every fixture', () => {
  assert.ok(fixtures.float.length > 100);
  for (const { x, out } of fixtures.float) {
    assert.equal(formatPythonFloat(decode(x)), out, `repr(${x})`);
  }
});

test('formatPythonInt matches str(int) for every fixture', () => {
  for (const { x, out } of fixtures.int) {
    assert.equal(formatPythonInt(decode(x)), out, `str(int(${x}))`);
  }
});

test("formatPercentFloat matches '%.Nf' for every fixture", () => {
  assert.ok(fixtures.percent.length > 100);
  for (const { x, precision, out } of fixtures.percent) {
    assert.equal(formatPercentFloat(decode(x), precision), out, `'%.${precision}f' % ${x}`);
  }
});

test('formatNumpyArray matches print(np.array(...)) for every fixture', () => {
  assert.ok(fixtures.numpy.length > 100);
  for (const { values, out } of fixtures.numpy) {
    const label = values.length > 12 ? `${values.length} values` : values.join(', ');
    assert.equal(formatNumpyArray(values.map(decode)), out, `np.array([${label}])`);
  }
});

test('article outputs', () => {
  assert.equal(formatPythonFloat(2), '2.0');
  assert.equal(formatPythonFloat(0), '0.0');
  assert.equal(formatPythonFloat(-0.003), '-0.003');
  const line = `Applying Relu on (${formatPercentFloat(-10, 1)}) gives ${formatPercentFloat(0, 1)}`;
  assert.equal(line, 'Applying Relu on (-10.0) gives 0.0');
  assert.equal(formatNumpyArray([0, 2, 0, 4]), '[0. 2. 0. 4.]');
});

test('formatPythonFloat layout rules', () => {
  assert.equal(formatPythonFloat(-0), '-0.0');
  assert.equal(formatPythonFloat(1e-5), '1e-05');
  assert.equal(formatPythonFloat(1e-4), '0.0001');
  assert.equal(formatPythonFloat(1.5e-7), '1.5e-07');
  assert.equal(formatPythonFloat(1e16), '1e+16');
  assert.equal(formatPythonFloat(1234567890123456), '1234567890123456.0');
  assert.equal(formatPythonFloat(1e300), '1e+300');
  assert.equal(formatPythonFloat(0.1 + 0.2), '0.30000000000000004');
  assert.equal(formatPythonFloat(Infinity), 'inf');
  assert.equal(formatPythonFloat(-Infinity), '-inf');
  assert.equal(formatPythonFloat(NaN), 'nan');
});

test('formatPythonInt', () => {
  assert.equal(formatPythonInt(3), '3');
  assert.equal(formatPythonInt(-20), '-20');
  assert.equal(formatPythonInt(-0), '0');
  assert.equal(formatPythonInt(2 ** 60), '1152921504606846976');
  assert.equal(formatPythonInt(1e22), '10000000000000000000000');
  assert.equal(formatPythonInt(12n), '12');
  assert.throws(() => formatPythonInt(1.5), RangeError);
  assert.throws(() => formatPythonInt(NaN), RangeError);
});

test('formatPercentFloat rounds exact ties to even, unlike toFixed', () => {
  assert.equal((0.25).toFixed(1), '0.3');
  assert.equal(formatPercentFloat(0.25, 1), '0.2');
  assert.equal(formatPercentFloat(0.35, 1), '0.3'); // 0.35 is really 0.34999...
  assert.equal(formatPercentFloat(2.5, 0), '2');
  assert.equal(formatPercentFloat(3.5, 0), '4');
  assert.equal(formatPercentFloat(-0.04, 1), '-0.0');
  assert.equal(formatPercentFloat(-0, 2), '-0.00');
  assert.equal(formatPercentFloat(1e22, 1), '10000000000000000000000.0');
  assert.equal(formatPercentFloat(0.1), '0.100000'); // '%f' defaults to 6
  assert.equal(formatPercentFloat(-Infinity, 1), '-inf');
  assert.equal(formatPercentFloat(NaN, 3), 'nan');
  assert.throws(() => formatPercentFloat(1, -1), RangeError);
  assert.throws(() => formatPercentFloat(1, 1.5), RangeError);
});

test('formatNumpyArray layout rules', () => {
  assert.equal(formatNumpyArray([]), '[]');
  assert.equal(formatNumpyArray([0, -0.1, 15]), '[ 0.  -0.1 15. ]');
  assert.equal(formatNumpyArray([-0, 2]), '[-0.  2.]');
  assert.equal(formatNumpyArray([1, NaN, Infinity]), '[ 1. nan inf]');
  assert.equal(formatNumpyArray([-Infinity, 0]), '[-inf   0.]');
  assert.equal(formatNumpyArray([1e-5, 1]), '[1.e-05 1.e+00]');
  assert.equal(formatNumpyArray([1.5e-5, 1]), '[1.5e-05 1.0e+00]');
  assert.equal(formatNumpyArray([5e-324, 1.5]), '[4.9e-324 1.5e+000]');
  assert.equal(formatNumpyArray([0.001953125, 1]), '[0.00195312 1.        ]');
  assert.equal(formatNumpyArray(new Float64Array([0, 2, 0, 4])), '[0. 2. 0. 4.]');
  assert.equal(formatNumpyArray(new Float32Array([0.5, -1])), '[ 0.5 -1. ]');
});

test('formatNumpyArray wraps at 75 columns and summarises over 1000 elements', () => {
  const wrapped = formatNumpyArray(Array.from({ length: 30 }, (_, i) => i * 1.1));
  assert.equal(
    wrapped,
    '[ 0.   1.1  2.2  3.3  4.4  5.5  6.6  7.7  8.8  9.9 11.  12.1 13.2 14.3\n'
      + ' 15.4 16.5 17.6 18.7 19.8 20.9 22.  23.1 24.2 25.3 26.4 27.5 28.6 29.7\n'
      + ' 30.8 31.9]',
  );
  for (const row of wrapped.split('\n')) assert.ok(row.length <= 75);
  assert.equal(
    formatNumpyArray(Array.from({ length: 2000 }, (_, i) => i)),
    '[0.000e+00 1.000e+00 2.000e+00 ... 1.997e+03 1.998e+03 1.999e+03]',
  );
  assert.equal(formatNumpyArray(new Array(1000).fill(1)).split('\n').length, 42);
});
