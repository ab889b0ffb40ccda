// The tutorial examples run in Node against the built core: each card with
// an article output reproduces it exactly from the article's inputs, and
// every card prints through the one tutorial runner.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadActivations } from 'activation-playground';
import {
  ARTICLES, MAX_CARD_INPUTS, checkExampleInputs, exampleCode, matchesArticle, runExample,
} from '../../web/src/playground/tutorial-articles.js';
import { parseNumberList } from '../../web/src/python/parse-inputs.js';

const act = await loadActivations();
const examples = ARTICLES.flatMap((article) => article.examples);
const parse = (text) => parseNumberList(text).values;
const lines = (id, text) => {
  const printed = runExample(act, examples.find((e) => e.id === id), parse(text));
  assert.equal(printed.error, undefined);
  return printed.lines;
};

test('every article has its cards, with unique ids', () => {
  assert.deepEqual(ARTICLES.map((a) => a.id), ['seed-000', 'seed-001', 'seed-002']);
  assert.equal(new Set(examples.map((e) => e.id)).size, examples.length);
});

test('the articles are told apart: titles, the authors they name, and which prints nothing', () => {
  assert.deepEqual(ARTICLES.map((a) => [a.title, a.author]), [
    ['ReLu Function in Python', 'Drake Nguyen'],
    ['ReLu Function with Examples in Python', undefined],
    ['ReLu Function in Python With Examples', 'admin'],
  ]);
  assert.deepEqual(ARTICLES.map((a) => Boolean(a.printsNothing)), [true, false, false]);
  // An article that prints nothing has no article output on any card.
  for (const article of ARTICLES) {
    assert.equal(article.examples.every((e) => !e.articleOutput), Boolean(article.printsNothing), article.id);
  }
});

for (const example of examples.filter((e) => e.articleOutput)) {
  test(`${example.id} prints the article's output`, () => {
    const printed = lines(example.id, example.inputs);
    assert.deepEqual(printed, example.articleOutput);
    assert.ok(matchesArticle(printed, example.articleOutput));
  });
}

test('Python ints stay ints where the article code returns its argument', () => {
  assert.deepEqual(lines('seed-001-relu', '5, 0, -2, 0.0'), ['5', '0.0', '0.0', '0.0']);
  assert.deepEqual(lines('seed-000-leaky', '3, 0, -2'), ['3', '0', '-0.02', '[ 3.    0.   -0.02]']);
  assert.deepEqual(lines('seed-001-leaky', '0, 4'), ['0.0', '4']);
  // %.1f prints an int as a float, whatever the function returned.
  assert.deepEqual(lines('seed-002-relu', '5, -5'), ['Applying Relu on (5.0) gives 5.0', 'Applying Relu on (-5.0) gives 0.0']);
});

test('the derivative cards follow their articles\' conventions at 0', () => {
  assert.deepEqual(lines('seed-000-relu-derivative', '0.0'), ['0.0', '[0.]']);
  assert.deepEqual(lines('seed-000-leaky-derivative', '0.0, -1'), ['1.0', '0.01']);
});

test('seed 002 prints through the %-format engine, not a hand-made %.1f', () => {
  const card = examples.find((e) => e.id === 'seed-002-relu');
  assert.deepEqual(card.prints, [{ each: true, format: 'Applying Relu on (%.1f) gives %.1f' }]);
  // Python rounds half to even on the exact binary value: 0.25 -> 0.2, 0.35 -> 0.3
  assert.deepEqual(lines('seed-002-relu', '0.25, 0.35'), ['Applying Relu on (0.2) gives 0.2', 'Applying Relu on (0.3) gives 0.3']);
});

test('the listing shows the inputs as typed, as Python source', () => {
  const card = examples.find((e) => e.id === 'seed-002-relu');
  const code = exampleCode(card, parse('1.0, \u22122'));
  assert.match(code, /^def relu\(x\):/);
  assert.match(code, /x = -2\nprint\('Applying Relu on \(%\.1f\) gives %\.1f' % \(x, relu\(x\)\)\)$/);
  const loop = exampleCode(examples.find((e) => e.id === 'seed-000-relu'), parse('[-2, 0.0]'));
  assert.match(loop, /for x in \[-2, 0\.0\]:\n    print\(relu\(x\)\)\nprint\(relu_numpy\(np\.array\(\[-2, 0\.0\]\)\)\)$/);
});

test('card inputs must be finite, present and at most MAX_CARD_INPUTS', () => {
  assert.equal(checkExampleInputs(parse('')), 'enter at least one number');
  assert.match(checkExampleInputs(parse('1, inf')), /"inf" is not a finite number/);
  assert.equal(checkExampleInputs(parse('1, -2.5')), undefined);
  assert.match(checkExampleInputs(parse('1 '.repeat(MAX_CARD_INPUTS + 1))), /1001 numbers is more than these examples run/);
});
