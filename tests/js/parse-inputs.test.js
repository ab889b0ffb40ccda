import { test } from 'node:test';
import assert from 'node:assert/strict';

import { MAX_NOTES, parseNumberList, scanNumbers } from '../../web/src/python/parse-inputs.js';

const HINT = 'expected a number like 2.0, -3 or 1e-5';

function values(text) {
  const result = parseNumberList(text);
  assert.equal(result.ok, true, `${JSON.stringify(text)}: ${result.error?.message}`);
  return result.values;
}

function error(text) {
  const result = parseNumberList(text);
  assert.equal(result.ok, false, `${JSON.stringify(text)} should not parse`);
  const { start, end, token } = result.error;
  assert.equal(text.slice(start, end), token, 'token is the highlighted slice');
  return result.error;
}

const NOTHING = { ok: true, values: [], notes: [], noteCount: 0 };

test('empty and whitespace-only input give no values', () => {
  assert.deepEqual(parseNumberList(''), NOTHING);
  assert.deepEqual(parseNumberList('  \n\t '), NOTHING);
  assert.deepEqual(parseNumberList('[]'), NOTHING);
  assert.deepEqual(parseNumberList(' ( ) '), NOTHING);
});

test('commas, whitespace or both separate numbers', () => {
  const expected = [1, 2, 3, 4];
  for (const text of ['1 2 3 4', '1,2,3,4', '1, 2,3 ,4', '1\n2\t3  4', '1 2, 3\n,4']) {
    assert.deepEqual(values(text).map((v) => v.value), expected, text);
  }
});

test('Python list and tuple syntax, with a trailing comma', () => {
  assert.deepEqual(values('[1.0, -2.5]').map((v) => v.value), [1, -2.5]);
  assert.deepEqual(values('  [1.0, -2.5,]  ').map((v) => v.value), [1, -2.5]);
  assert.deepEqual(values('(3,)').map((v) => v.value), [3]);
  assert.deepEqual(values('1, 2,').map((v) => v.value), [1, 2]);
});

test('records keep the typed text and its position', () => {
  assert.deepEqual(values(' [1_000.5, -3 ,1e-5]'), [
    { value: 1000.5, text: '1_000.5', start: 2, end: 9, isInteger: false },
    { value: -3, text: '-3', start: 11, end: 13, isInteger: true },
    { value: 1e-5, text: '1e-5', start: 15, end: 19, isInteger: false },
  ]);
});

test('decimal and scientific literals', () => {
  const cases = [
    ['1', 1, true], ['-2.5', -2.5, false], ['.5', 0.5, false], ['5.', 5, false],
    ['+3', 3, true], ['1e-3', 1e-3, false], ['1E+3', 1000, false], ['-.5e2', -50, false],
    ['007', 7, true], ['1_000', 1000, true], ['1_000.000_1', 1000.0001, false],
    ['1e1_0', 1e10, false], ['0.1', 0.1, false], ['1e400', Infinity, false],
  ];
  for (const [text, value, isInteger] of cases) {
    const [v] = values(text);
    assert.equal(v.value, value, text);
    assert.equal(v.isInteger, isInteger, text);
  }
});

test('negative zero: -0.0 stays a float -0, the int -0 is 0 as in Python', () => {
  assert.ok(Object.is(values('-0.0')[0].value, -0));
  assert.ok(Object.is(values('-0')[0].value, 0));
  assert.equal(values('-0')[0].isInteger, true);
});

test('inf and nan, bare or through float()', () => {
  const cases = [
    ['inf', Infinity], ['-inf', -Infinity], ['+inf', Infinity], ['INF', Infinity],
    ['Infinity', Infinity], ['-infinity', -Infinity], ['nan', NaN], ['NaN', NaN],
    ['-nan', NaN], ["float('nan')", NaN], ['float("-inf")', -Infinity],
    ["float( 'Inf' )", Infinity], ["FLOAT(' 2.5 ')", 2.5], ['float(3)', 3],
  ];
  for (const [text, value] of cases) {
    const [v] = values(text);
    assert.ok(Object.is(v.value, value), `${text} -> ${v.value}`);
    assert.equal(v.isInteger, false, text);
    assert.equal(v.text, text);
  }
  const mixed = values("[float('nan'), 1, float('-inf')]");
  assert.deepEqual(mixed.map((v) => [v.start, v.end]), [[1, 13], [15, 16], [18, 31]]);
});

test('a bad token is named, with what was expected', () => {
  const e = error('1, abc, 3');
  assert.deepEqual(e, {
    message: `"abc" is not a number (${HINT})`, start: 3, end: 6, token: 'abc',
  });
  const bad = ['1__0', '1_', '_1', '1._5', '-', '+', '.', '1e', '1e+', '0x10', '1-2', '--1',
    '1.2.3', 'e5', 'infinit', 'nanx', '1;2', "'1'", 'float', 'float()', "float('x')",
    "float('1', '2')", '٣'];
  for (const token of bad) {
    const err = error(`7 ${token} 8`);
    assert.equal(err.token, token, token);
    assert.equal(err.start, 2, token);
    assert.equal(err.message, `"${token}" is not a number (${HINT})`);
  }
});

test('two commas in a row or a leading comma is an empty item', () => {
  assert.deepEqual(error('1,,2'), {
    message: `empty item: two commas in a row (${HINT} between them)`, start: 2, end: 3, token: ',',
  });
  assert.equal(error('[1, 2, ,3]').start, 7);
  assert.equal(error('1,2,,').start, 4);
  assert.deepEqual(error(' , 1'), {
    message: `unexpected "," before the first number (${HINT})`, start: 1, end: 2, token: ',',
  });
  assert.equal(error('[,]').start, 1);
  assert.equal(error(',').start, 0);
});

test('unclosed, unmatched and mismatched brackets', () => {
  assert.deepEqual(error(' [1, 2'), {
    message: '"[" is never closed (expected "]" after the last number)', start: 1, end: 2, token: '[',
  });
  assert.equal(error('(1').message, '"(" is never closed (expected ")" after the last number)');
  assert.deepEqual(error('1, 2]'), {
    message: 'unmatched "]" (there is no opening bracket before it)', start: 4, end: 5, token: ']',
  });
  assert.deepEqual(error('[1, 2)'), {
    message: '")" does not match the opening "[" (expected "]")', start: 5, end: 6, token: ')',
  });
  assert.deepEqual(error('[1, 2]]'), {
    message: 'unmatched "]" (the list was already closed)', start: 6, end: 7, token: ']',
  });
});

test('stray brackets in the middle and text after the list', () => {
  const nested = error('[[1, 2]]');
  assert.equal(nested.start, 1);
  assert.equal(nested.token, '[');
  assert.match(nested.message, /^unexpected "\[" \(only one flat list/);
  assert.equal(error('1 [2]').start, 2);
  assert.equal(error('1 (2)').token, '(');
  assert.deepEqual(error('[1] 2.5 3'), {
    message: 'unexpected "2.5" after the closing "]" (put all numbers inside the brackets)',
    start: 4, end: 7, token: '2.5',
  });
  assert.equal(error('[1],').token, ',');
  assert.equal(error('[1] [2]').token, '[');
});

test('float( without its closing parenthesis', () => {
  assert.deepEqual(error("1, float('nan'"), {
    message: `"float('nan'" is missing its closing ")"`, start: 3, end: 14, token: "float('nan'",
  });
});

test('never throws, and errors always point inside the text', () => {
  const alphabet = ['1', '2', '.', 'e', '-', '+', '_', ',', ' ', '[', ']', '(', ')', 'n', 'a',
    'i', 'f', 'float(', "'", '"', '\n', 'x', '0', 'inf', 'nan', '\u00a0', '\ud83d'];
  let seed = 12345;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  for (let n = 0; n < 5000; n += 1) {
    let text = '';
    const len = Math.floor(random() * 12);
    for (let k = 0; k < len; k += 1) text += alphabet[Math.floor(random() * alphabet.length)];
    const result = parseNumberList(text);
    if (result.ok) {
      for (const v of result.values) {
        assert.equal(text.slice(v.start, v.end), v.text);
        assert.equal(typeof v.value, 'number');
      }
    } else {
      const { start, end, token, message } = result.error;
      assert.ok(start >= 0 && start <= end && end <= text.length, text);
      assert.equal(text.slice(start, end), token);
      assert.ok(token.length > 0 && message.length > 0, text);
    }
  }
  assert.deepEqual(parseNumberList(undefined), NOTHING);
  assert.equal(parseNumberList(12).values[0].value, 12);
  const hostile = { toString() { throw new Error('no'); } };
  assert.equal(parseNumberList(hostile).ok, false);
});

test('the minus sign U+2212, as the page prints it, reads as "-"', () => {
  assert.deepEqual(values('\u22123, \u22120.5, 1e\u22122, \u2212inf').map((v) => v.value), [-3, -0.5, 0.01, -Infinity]);
  const [v] = values('\u22123');
  assert.equal(v.text, '\u22123');
  assert.equal(v.isInteger, true);
  // Python's float() refuses it, so float('\u22121') is not a number.
  assert.match(error("float('\u22121')").message, /is not a number/);
});

test('a comma between digits with no space is read as two numbers, and a note says so', () => {
  const result = parseNumberList('2,0, 1.5,7 3, 4 [');
  assert.equal(result.ok, false);
  const read = parseNumberList('2,0, 1.5,7 3, 4');
  assert.deepEqual(read.values.map((v) => v.value), [2, 0, 1.5, 7, 3, 4]);
  assert.equal(read.noteCount, 2);
  assert.deepEqual(read.notes[0], {
    kind: 'comma-between-digits',
    message: '"2,0" was read as two numbers, 2 and 0 (a decimal point is written "2.0")',
    start: 0,
    end: 3,
  });
  assert.deepEqual([read.notes[1].start, read.notes[1].end], [5, 10]);
  // Spaced commas, brackets and a trailing comma are not notes.
  for (const text of ['2, 0', '[1.0, 2]', '(3,)', '2 ,0', 'nan,1', '1,inf']) {
    assert.equal(parseNumberList(text).noteCount, 0, text);
  }
  // Notes are counted but only MAX_NOTES are kept.
  const many = parseNumberList('1,2 '.repeat(1000));
  assert.equal(many.noteCount, 1000);
  assert.equal(many.notes.length, MAX_NOTES);
});

test('scanNumbers gives typed columns and a summary in one pass', () => {
  const scan = scanNumbers('[3, -1.5, nan, 1e300, \u22122, inf]');
  assert.equal(scan.ok, true);
  assert.equal(scan.count, 6);
  assert.ok(scan.values instanceof Float64Array);
  assert.deepEqual([...scan.integers], [1, 0, 0, 0, 1, 0]);
  assert.deepEqual([...scan.starts], [1, 4, 10, 15, 22, 26]);
  assert.deepEqual([...scan.ends], [2, 8, 13, 20, 24, 29]);
  assert.equal(scan.nonFinite, 2);
  assert.equal(scan.min, -2);
  assert.equal(scan.max, 1e300);
  const none = scanNumbers('nan');
  assert.ok(Number.isNaN(none.min) && Number.isNaN(none.max));
});

test('messages quote at most a few dozen characters of what was typed', () => {
  const long = 'x'.repeat(100000);
  const e = error(`1 ${long} 2`);
  assert.equal(e.token.length, 100000);
  assert.ok(e.message.length < 150, e.message);
  assert.match(e.message, /\(100000 characters\)/);
  assert.ok(error(`float(${'1'.repeat(100000)}`).message.length < 150);
  assert.ok(error(`[1] ${'y'.repeat(100000)}`).message.length < 200);
});
