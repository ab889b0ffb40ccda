// The embed snippets for a playground view: the <activation-plot> element
// and the iframe of embed.html, against the real registry.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadActivations } from 'activation-playground';
import { defaultState, parseState } from '../../web/src/playground/url-state.js';
import { elementAttributes, embedSnippets, escapeHtml, resizeScript } from '../../web/src/playground/embed-snippets.js';
import { HEIGHT_MESSAGE } from '../../web/src/playground/embed-height.js';

const act = await loadActivations();
const list = act.list();
const validate = act.checkParams;
const PAGE = 'https://example.org/tools/playground/index.html?fn=relu#top';
const stateFrom = (search) => parseState(search, list, validate).state;

test('the default view embeds ReLU with its derivative, a text alternative as fallback, and a self-sizing iframe', () => {
  const { element, iframe } = embedSnippets(defaultState(), list, PAGE);
  assert.equal(
    element,
    '<script type="module" src="https://example.org/tools/playground/src/activation-plot.js"></script>\n' +
      '<activation-plot fn="relu" derivative>\n' +
      '  <p>Plot of ReLU. <a href="https://example.org/tools/playground/index.html?fn=relu">Open it in Activation Playground</a>.</p>\n' +
      '</activation-plot>',
  );
  assert.equal(
    iframe,
    '<iframe src="https://example.org/tools/playground/embed.html?fn=relu" title="Plot of ReLU" width="640" height="400" loading="lazy"></iframe>\n' +
      resizeScript('https://example.org'),
  );
});

test('the fallback is the description the page gives, escaped', () => {
  const { element } = embedSnippets(defaultState(), list, PAGE, { description: 'Plot of ReLU: f solid, f′ dashed; x from −5 to 5 <b>&</b>' });
  assert.match(element, /\n {2}<p>Plot of ReLU: f solid, f′ dashed; x from −5 to 5 &lt;b&gt;&amp;&lt;\/b&gt; <a href=/);
});

// Runs the resize script against a page with two iframes; returns their
// heights after `messages` ([{ origin, source (0 or 1), data }]).
function runResizeScript(messages) {
  const frames = [0, 1].map(() => ({ contentWindow: {}, style: {} }));
  let listener;
  const page = {
    addEventListener: (type, callback) => {
      assert.equal(type, 'message');
      listener = callback;
    },
    document: { querySelectorAll: (selector) => (selector === 'iframe' ? frames : []) },
  };
  const code = resizeScript('https://example.org').replace(/^<script>|<\/script>$/g, '');
  new Function('addEventListener', 'document', code)(page.addEventListener, page.document);
  for (const { origin, source, data } of messages) listener({ origin, source: frames[source]?.contentWindow ?? {}, data });
  return frames.map((frame) => frame.style.height);
}

test('the resize script sets the height of the iframe that sent it, from the site\'s origin, numbers only', () => {
  const ok = { type: HEIGHT_MESSAGE, height: 512.4 };
  assert.deepEqual(runResizeScript([{ origin: 'https://example.org', source: 1, data: ok }]), [undefined, '513px']);
  assert.deepEqual(runResizeScript([
    { origin: 'https://evil.example', source: 0, data: ok },
    { origin: 'https://example.org', source: 0, data: { type: HEIGHT_MESSAGE, height: '300' } },
    { origin: 'https://example.org', source: 0, data: { type: HEIGHT_MESSAGE, height: 1e9 } },
    { origin: 'https://example.org', source: 0, data: { type: HEIGHT_MESSAGE, height: -5 } },
    { origin: 'https://example.org', source: 0, data: { type: 'other', height: 300 } },
    { origin: 'https://example.org', source: 0, data: null },
    { origin: 'https://example.org', source: 5, data: ok },
  ]), [undefined, undefined]);
});

test('one curve gets its parameters as attributes named with hyphens', () => {
  const state = stateFrom('?fn=leaky_relu&negative_slope=0.2&derivative=0');
  const { element, iframe } = embedSnippets(state, list, PAGE);
  assert.match(element, /<activation-plot fn="leaky_relu" negative-slope="0\.2">\n/);
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

test('f″ embeds as second-derivative when every curve draws it, else as ddf=1 per curve', () => {
  assert.deepEqual(elementAttributes(stateFrom('?fn=gelu(ddf=1)'), list), [['fn', 'gelu'], ['derivative', ''], ['second-derivative', '']]);
  assert.deepEqual(elementAttributes(stateFrom('?fn=relu(ddf=1)&fn=tanh'), list), [['fn', 'relu(ddf=1) tanh'], ['derivative', '']]);
  const { iframe } = embedSnippets(stateFrom('?fn=relu(ddf=1)&fn=tanh'), list, PAGE);
  const src = new URL(iframe.match(/src="([^"]*)"/)[1].replaceAll('&amp;', '&'));
  assert.deepEqual(src.searchParams.getAll('fn'), ['relu(ddf=1)', 'tanh']);
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
    assert.ok(tags.every((tag) => /^<\/?(script|activation-plot|iframe|p|a)[\s>]/.test(tag)), snippet);
    assert.ok(!snippet.includes('<script>alert'));
  }
  assert.equal(escapeHtml('a&b"c<d>e'), 'a&amp;b&quot;c&lt;d&gt;e');
});

test('addresses are relative to the page, wherever it is served', () => {
  const { element, iframe } = embedSnippets(defaultState(), list, 'http://localhost:8080/');
  assert.match(element, /src="http:\/\/localhost:8080\/src\/activation-plot\.js"/);
  assert.match(iframe, /src="http:\/\/localhost:8080\/embed\.html\?fn=relu"/);
});

test('the README shows the resize script the dialog gives', async () => {
  const { readFile } = await import('node:fs/promises');
  const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8');
  assert.ok(readme.includes(resizeScript('https://your.site')), 'README.md, "Embed it": the iframe snippet\'s line of script');
});
