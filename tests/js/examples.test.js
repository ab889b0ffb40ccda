// The tutorial examples run in Node against the built core: each card with
// an article output reproduces it exactly from the article's inputs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadActivations } from 'activation-playground';
import { ARTICLES, checkExampleInputs, exampleCode, matchesArticle } from '../../web/src/examples.js';
import { parseNumberList } from '../../web/src/python/parse-inputs.js';

const act = await loadActivations();
const examples = ARTICLES.flatMap((article) => article.examples);
const parse = (text) => parseNumberList(text).values;

test('every article has its cards, with unique ids', () => {
  assert.deepEqual(ARTICLES.map((a) => a.id), ['seed-000', 'seed-001', 'seed-002']);
  assert.equal(new Set(examples.map((e) => e.id)).size, examples.length);
});

for (const example of examples.filter((e) => e.articleOutput)) {
  test(`${example.id} prints the article's output`, () => {
    const lines = example.run(act, parse(example.inputs));
    assert.deepEqual(lines, example.articleOutput);
    assert.ok(matchesArticle(lines, example.articleOutput));
  });
}

test('Python ints stay ints where the article code returns its argument', () => {
  const relu = examples.find((e) => e.id === 'seed-001-relu');
  assert.deepEqual(relu.run(act, parse('5, 0, -2, 0.0')), ['5', '0.0', '0.0', '0.0']);
  const leakyGe = examples.find((e) => e.id === 'seed-000-leaky');
  assert.deepEqual(leakyGe.run(act, parse('3, 0, -2')), ['3', '0', '-0.02', '[ 3.    0.   -0.02]']);
  const leakyGt = examples.find((e) => e.id === 'seed-001-leaky');
  assert.deepEqual(leakyGt.run(act, parse('0, 4')), ['0.0', '4']);
});

test('the derivative cards follow their articles\' conventions at 0', () => {
  const reluDerivative = examples.find((e) => e.id === 'seed-000-relu-derivative');
  assert.deepEqual(reluDerivative.run(act, parse('0.0')), ['0.0', '[0.]']);
  const leakyDerivative = examples.find((e) => e.id === 'seed-000-leaky-derivative');
  assert.deepEqual(leakyDerivative.run(act, parse('0.0, -1')), ['1.0', '0.01']);
});

test('the listing shows the inputs as typed', () => {
  const card = examples.find((e) => e.id === 'seed-002-relu');
  const code = exampleCode(card, parse('1.0, -2'));
  assert.match(code, /^def relu\(x\):/);
  assert.match(code, /x = -2\nprint\('Applying Relu on \(%\.1f\) gives %\.1f' % \(x, relu\(x\)\)\)$/);
});

test('card inputs must be finite and present', () => {
  assert.equal(checkExampleInputs(parse('')), 'enter at least one number');
  assert.match(checkExampleInputs(parse('1, inf')), /"inf" is not a finite number/);
  assert.equal(checkExampleInputs(parse('1, -2.5')), undefined);
});
