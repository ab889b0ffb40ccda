import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadActivations } from 'activation-playground';
import { MAX_QUERY_LENGTH, defaultLabState, parseLabState, serializeLabState } from '../../web/src/lab-page/url-state.js';
import { SECTIONS } from '../../web/src/lab-page/sections/index.js';

const act = await loadActivations();
const list = act.list();
const registry = { list, byName: new Map(list.map((s) => [s.name, s])), checkParams: act.checkParams };
const parse = (search) => parseLabState(search, SECTIONS, registry);
const write = (state) => serializeLabState(state, SECTIONS, registry);

test('an empty query is the default setup and writes nothing', () => {
  const { state, notices } = parse('');
  assert.deepEqual(state, defaultLabState(SECTIONS));
  assert.deepEqual(notices, []);
  assert.equal(write(state), '');
  assert.deepEqual(state.sections['born-dead'].widths, [2, 3, 4, 5, 10]);
  assert.equal(state.sections.collapse.lr, 1e-3);
});

test('every setting round-trips through the URL', () => {
  const state = defaultLabState(SECTIONS);
  state.theme = 'dark';
  Object.assign(state.sections['born-dead'], {
    widths: [2, 7], depths: 12, trials: 300, activation: { name: 'leaky_relu', params: { negative_slope: 0.2 } },
    init: 'xavier-uniform', bias: 'drawn', seed: 42,
  });
  Object.assign(state.sections.collapse, {
    width: 3, depth: 8, trials: 50, steps: 100, optimizer: 'sgd', lr: 0.05,
    activation: { name: 'gelu', params: { approximate: 'tanh' } }, init: 'pytorch', bias: 0.1, points: 32, seed: 0,
  });
  const query = write(state);
  assert.match(query, /born-dead\.widths=2\+7/);
  assert.match(query, /collapse\.activation=gelu%28approximate%3Dtanh%29/);
  const { state: back, notices } = parse(`?${query}`);
  assert.deepEqual(notices, []);
  assert.deepEqual(back, state);
  assert.equal(write(back), query);
});

test('hostile and invalid values are reported and the defaults kept', () => {
  const defaults = defaultLabState(SECTIONS);
  const cases = [
    ['born-dead.widths=abc', 'born-dead.widths'],
    ['born-dead.widths=0', 'born-dead.widths'],
    ['born-dead.widths=2+2', 'twice'],
    ['born-dead.widths=1+2+3+4+5+6+7', 'at most 6'],
    ['born-dead.widths=1e400', 'born-dead.widths'],
    ['born-dead.depths=NaN', 'whole number'],
    ['born-dead.depths=1.5', 'whole number'],
    ['born-dead.depths=-1', 'whole number'],
    ['born-dead.trials=999999999', 'whole number from 1 to 10000'],
    ['born-dead.trials=0x10', 'whole number'],
    ['born-dead.init=he', 'he-normal'],
    ['born-dead.bias=Infinity', 'constant'],
    ['born-dead.activation=nope', 'unknown activation'],
    ['born-dead.activation=leaky_relu(negative_slope=abc)', 'negative_slope'],
    ['born-dead.activation=softplus(beta=0)', 'beta'],
    ['born-dead.activation=hardtanh(min_val=2,max_val=1)', 'out of order'],
    ['born-dead.activation=%3Cscript%3Ealert(1)%3C%2Fscript%3E', 'born-dead.activation'],
    ['collapse.lr=0', 'above 0'],
    ['collapse.lr=1e999', 'above 0'],
    ['collapse.optimizer=rmsprop', 'adam'],
    ['theme=purple', 'theme'],
    ['nonsense=1', 'no such setting'],
    ['__proto__=1', 'no such setting'],
    ['born-dead.__proto__=1', 'no such setting'],
  ];
  for (const [query, expected] of cases) {
    const { state, notices } = parse(`?${query}`);
    assert.deepEqual(state, defaults, query);
    assert.equal(notices.length, 1, `${query}: ${notices}`);
    assert.ok(notices[0].includes(expected), `${query}: ${notices[0]}`);
  }
});

test('repeated keys use the first; huge and many-keyed queries are bounded', () => {
  const { state, notices } = parse('?born-dead.trials=10&born-dead.trials=20');
  assert.equal(state.sections['born-dead'].trials, 10);
  assert.match(notices[0], /given 2 times/);

  const long = parse(`?born-dead.widths=${'1+'.repeat(MAX_QUERY_LENGTH)}`);
  assert.deepEqual(long.state, defaultLabState(SECTIONS));
  assert.equal(long.notices.length, 1);

  const manyKeys = Array.from({ length: 700 }, (_, i) => `k${i}=1`).join('&');
  assert.ok(manyKeys.length < MAX_QUERY_LENGTH);
  const many = parse(`?${manyKeys}`);
  assert.equal(many.notices.length, 1 + 5 + 1, many.notices.join('\n'));
  assert.match(many.notices[0], /Only the first 200/);
  assert.match(many.notices.at(-1), /Ignored 195 more settings/);

  const longValue = parse(`?born-dead.activation=${'relu'.repeat(200)}`);
  assert.equal(longValue.notices.length, 1);
  assert.match(longValue.notices[0], /longer than|unknown/);
});

test('every section declares an id, a title, its settings and mountSection', () => {
  const ids = new Set();
  for (const section of SECTIONS) {
    assert.match(section.id, /^[a-z][a-z-]*$/);
    assert.ok(!ids.has(section.id));
    ids.add(section.id);
    assert.equal(typeof section.title, 'string');
    assert.equal(typeof section.mountSection, 'function');
    assert.ok(Array.isArray(section.settings));
    for (const setting of section.settings) {
      assert.equal(typeof setting.read, 'function');
      const text = setting.write(setting.default, registry);
      assert.deepEqual(setting.read(text, registry), { value: setting.default }, `${section.id}.${setting.key}`);
    }
  }
});
