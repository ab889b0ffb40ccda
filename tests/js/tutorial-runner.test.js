// The one tutorial runner behind the playground's cards and
// <activation-example>: what Python prints for a listing's function and
// print statements, with the core's numbers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadActivations } from 'activation-playground';
import { parseNumberList } from '../../web/src/python/parse-inputs.js';
import { pythonErrorLine } from '../../web/src/python/python-errors.js';
import {
  MAX_LINES, OUTPUT_BUDGET, describeFormat, findInputList, parseCondition, pythonList, runTutorial,
} from '../../web/src/python/tutorial-runner.js';

const act = await loadActivations();
const inputs = (text) => parseNumberList(text).values;
const relu = { name: 'relu', keepsInt: 'x > 0' };
const print = (fn, statements, text) => runTutorial(act, fn, statements, inputs(text));

test('max(0.0, 5) is the int 5: ints pass where keepsInt holds, floats elsewhere', () => {
  assert.deepEqual(print(relu, [{ each: true }], '5, -5, 7, 0, 2.0').lines, ['5', '0.0', '7', '0.0', '2.0']);
  const ge = { name: 'leaky_relu', params: { negative_slope: 0.01 }, keepsInt: 'x >= 0' };
  assert.deepEqual(print(ge, [{ each: true }], '0, -3').lines, ['0', '-0.03']);
  // Without keepsInt every result is a float.
  assert.deepEqual(print({ name: 'relu' }, [{ each: true }], '5').lines, ['5.0']);
  // A derivative is always computed, never the argument handed back.
  assert.deepEqual(print({ name: 'relu', derivative: 'right', keepsInt: 'x > 0' }, [{ each: true }], '3, 0').lines, ['1.0', '1.0']);
  // Ints beyond 2**53 keep every digit.
  assert.deepEqual(print(relu, [{ each: true }], '12345678901234567890').lines, ['12345678901234567890']);
});

test('formats get the result, the input and the result, or named values', () => {
  assert.deepEqual(print(relu, [{ each: true, format: 'relu(%r) = %r' }], '3, -2.5').lines, ['relu(3) = 3', 'relu(-2.5) = 0.0']);
  assert.deepEqual(print(relu, [{ each: true, format: '%.2f' }], '3').lines, ['3.00']);
  assert.deepEqual(
    print({ ...relu, derivative: 'pytorch' }, [{ each: true, format: "f(%(x)s) = %(f)s, f'(%(x)s) = %(df)s, y = %(y)s" }], '2, 0').lines,
    ["f(2) = 2, f'(2) = 1.0, y = 1.0", "f(0) = 0.0, f'(0) = 0.0, y = 0.0"],
  );
  assert.deepEqual(print(relu, [{ each: true }, { numpy: true }], '-2, 7').lines, ['0.0', '7', '[0. 7.]']);
  assert.deepEqual(print(relu, [{ numpy: true, format: '%s -> %r' }], '-2, 7').lines, ['[-2.  7.] -> array([0., 7.])']);
});

test('a Python error stops the run after the lines printed before it', () => {
  const run = print(relu, [{ each: true, format: 'relu(%d) = %d' }], '3, nan, 4');
  assert.deepEqual(run.lines, ['relu(3) = 3']);
  assert.equal(pythonErrorLine(run.error), 'ValueError: cannot convert float NaN to integer');
  const huge = print(relu, [{ each: true, format: '%*d' }], '400000000, 1');
  assert.equal(pythonErrorLine(huge.error), 'MemoryError');
});

test('the printed output is bounded: lines past OUTPUT_BUDGET or MAX_LINES are counted, not made', () => {
  const many = Array.from({ length: 100000 }, (_, i) => (i % 5) - 2).join(' ');
  const run = print(relu, [{ each: true, format: 'Applying Relu on (%.1f) gives %.1f' }, { numpy: true }], many);
  const length = run.lines.reduce((sum, line) => sum + line.length + 1, 0);
  assert.ok(length > OUTPUT_BUDGET && length < OUTPUT_BUDGET + 100);
  assert.equal(run.lines.length + run.omitted, 100001);
  const short = print(relu, [{ each: true }], many);
  assert.equal(short.lines.length, MAX_LINES);
  assert.equal(short.omitted, 100000 - MAX_LINES);
});

test('format shapes the runner can feed, and why others cannot be', () => {
  assert.deepEqual(describeFormat('%.1f'), { positional: 1 });
  assert.deepEqual(describeFormat('(%.1f) gives %.1f'), { positional: 2 });
  assert.deepEqual(describeFormat('%(x)s %(df)s'), { keys: ['x', 'df'] });
  assert.match(describeFormat('%.1f %.1f %.1f').error, /has 3 conversions/);
  assert.match(describeFormat('%(z)s').error, /%\(z\)… names no value/);
  assert.match(describeFormat('%(x)s %s').error, /mixes named/);
  assert.match(describeFormat('no conversion').error, /has no conversion/);
  assert.equal(describeFormat('%hhd').error, "ValueError: unsupported format character 'h' (0x68) at index 2");
});

test('keepsInt conditions', () => {
  const check = (text, xs) => xs.map(parseCondition(text));
  assert.deepEqual(check('x > 0', [-1, 0, 1]), [false, false, true]);
  assert.deepEqual(check('x >= 0', [-1, 0, 1]), [false, true, true]);
  assert.deepEqual(check('0 < x < 6', [0, 3, 6]), [false, true, false]);
  assert.deepEqual(check('-1 <= x <= 1', [-1, 1, 2]), [true, true, false]);
  assert.deepEqual(check('x < \u22121', [-2, -1]), [true, false]);
  assert.throws(() => parseCondition('x'), /is not a condition on x/);
  assert.throws(() => parseCondition('x > zero'), /"zero" is not a number/);
  assert.throws(() => parseCondition('y > 0'), RangeError);
});

test('the input list of a listing is found, and written as Python', () => {
  const listing = "for x in [1.0, -10.0, 0.0]:\n    print(relu(x))\nprint(np.array([2]))";
  const found = findInputList(listing, inputs('1.0 -10.0 0.0'));
  assert.equal(listing.slice(found.start, found.end), '[1.0, -10.0, 0.0]');
  assert.equal(findInputList(listing, inputs('1 -10 0')).start, found.start);  // same values
  assert.equal(listing.slice(...Object.values(findInputList(listing, inputs('2')))), '[2]');
  assert.equal(findInputList(listing, inputs('1.0 -10.0')), undefined);
  assert.equal(pythonList(inputs('5, \u22125, nan, -inf, 1_000')), "[5, -5, float('nan'), float('-inf'), 1_000]");
});
