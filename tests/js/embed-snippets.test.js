// The embed snippets for a playground view: the <activation-plot> element
// and the iframe of embed.html, against the real registry.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadActivations } from 'activation-playground';
import { defaultState, parseState } from '../../web/src/playground/url-state.js';
import { elementAttributes, embedSnippets, escapeHtml } from '../../web/src/playground/embed-snippets.js';

const act = await loadActivations();
const list = act.list();
const validate = act.checkParams;
const PAGE = 'https://example.org/tools/playground/index.html?fn=relu#top';
const stateFrom = (search) => parseState(search, list, validate).state;

test('the default view embeds ReLU with its derivative', () => {
  const { element, iframe } = embedSnippets(defaultState(), list, PAGE);
  assert.equal(
    element,
    '<script type="module" src="https://example.org/tools/playground/src/activation-plot.js"></script>\n' +
      '<activation-plot fn="relu" derivative></activation-plot>',
  );
  assert.equal(
    iframe,
    '<iframe src="https://example.org/tools/playground/embed.html?fn=relu" title="Plot of ReLU" width="640" height="400" loading="lazy"></iframe>',
  );
});

test('one curve gets its parameters as attributes named with hyphens', () => {
  const state = stateFrom('?fn=leaky_relu&negative_slope=0.2&derivative=0');
  const { element, iframe } = embedSnippets(state, list, PAGE);
  assert.match(element, /<activation-plot fn="leaky_relu" negative-slope="0\.2"><\/activation-plot>$/);
  const src = new URL(iframe.match(/src="([^"]*)"/)[1].replaceAll('&amp;', '&'));
  assert.equal(src.pathname, '/tools/playground/embed.html');
  assert.deepEqual(src.searchParams.getAll('fn'), ['leaky_relu(negative_slope=0.2)']);
  assert.equal(src.searchParams.get('derivative'), '0');
  assert.match(iframe, /title="Plot of Leaky ReLU"/);
});

test('a default parameter value is left out', () => {
  const state = stateFrom('?fn=leaky_relu(negative_slope=0.01)');
  assert.deepEqual(elementAttributes(state, list), [['fn', 'leaky_relu'], ['derivative', '']]);
});

test('several curves keep their own parameters and derivative switches', () => {
  const state = stateFrom('?fn=relu(df=0)&fn=leaky_relu(negative_slope=0.2)&fn=leaky_relu(negative_slope=0.3,df=0)');
  assert.deepEqual(elementAttributes(state, list), [
    ['fn', 'relu leaky_relu(negative_slope=0.2, df=1) leaky_relu(negative_slope=0.3)'],
  ]);
  const all = stateFrom('?fn=relu&fn=leaky_relu(negative_slope=0.2)');
  assert.deepEqual(elementAttributes(all, list), [['fn', 'relu leaky_relu(negative_slope=0.2)'], ['derivative', '']]);
  const { iframe } = embedSnippets(all, list, PAGE);
  assert.match(iframe, /title="Plot of ReLU and Leaky ReLU"/);
});

test('hidden curves are left out of the embed', () => {
  const state = stateFrom('?fn=relu(show=0)&fn=leaky_relu');
  assert.deepEqual(elementAttributes(state, list)[0], ['fn', 'leaky_relu']);
});

test('range, y range, kink and theme carry over', () => {
  const state = stateFrom('?fn=relu&x=-2,3&y=-1,4&kink=right&theme=dark&derivative=0');
  assert.deepEqual(elementAttributes(state, list), [
    ['fn', 'relu'],
    ['kink', 'right'],
    ['range', '-2 3'],
    ['y-range', '-1 4'],
    ['theme', 'dark'],
  ]);
  const system = stateFrom('?fn=relu&theme=system');
  assert.ok(!elementAttributes(system, list).some(([name]) => name === 'theme'));
});

test('typed inputs become marked points; the starting ones do not', () => {
  assert.ok(!elementAttributes(defaultState(), list).some(([name]) => name === 'inputs'));
  const typed = stateFrom('?fn=relu&inputs=1.5,%20-2');
  assert.deepEqual(elementAttributes(typed, list).find(([name]) => name === 'inputs'), ['inputs', '1.5 -2']);
  const bad = stateFrom('?fn=relu&inputs=1,abc');
  assert.ok(!elementAttributes(bad, list).some(([name]) => name === 'inputs'));
  assert.deepEqual(
    elementAttributes(defaultState(), list, { markInputs: true }).find(([name]) => name === 'inputs'),
    ['inputs', '2.0 -3.0 0.0 0.5'],
  );
});

test('the iframe address restores the same view', () => {
  const search = '?fn=relu&fn=leaky_relu(negative_slope=0.3,df=0)&x=-4,4&kink=left&inputs=1,2';
  const state = stateFrom(search);
  const { iframe } = embedSnippets(state, list, PAGE);
  const src = new URL(iframe.match(/src="([^"]*)"/)[1].replaceAll('&amp;', '&'));
  assert.deepEqual(stateFrom(src.search), state);
});

test('snippets are escaped HTML: nothing from the state can open a tag', () => {
  const state = stateFrom('?fn=relu&inputs=%22%3E%3Cscript%3Ealert(1)%3C/script%3E');
  const { element, iframe } = embedSnippets(state, list, 'https://example.org/a"b<c>/index.html');
  for (const snippet of [element, iframe]) {
    const tags = snippet.match(/<[a-z/][^>]*>/g);
    assert.ok(tags.every((tag) => /^<\/?(script|activation-plot|iframe)[\s>]/.test(tag)), snippet);
    assert.ok(!snippet.includes('<script>alert'));
  }
  assert.equal(escapeHtml('a&b"c<d>e'), 'a&amp;b&quot;c&lt;d&gt;e');
});

test('addresses are relative to the page, wherever it is served', () => {
  const { element, iframe } = embedSnippets(defaultState(), list, 'http://localhost:8080/');
  assert.match(element, /src="http:\/\/localhost:8080\/src\/activation-plot\.js"/);
  assert.match(iframe, /src="http:\/\/localhost:8080\/embed\.html\?fn=relu"/);
});
