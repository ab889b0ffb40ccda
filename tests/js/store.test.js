// The playground's store: one update() that notifies the panels reading
// the changed fields, writes the URL at most every 250 ms during a
// continuous action and once at its end, and runs the listeners that asked
// for it after the next frame during a continuous action, once however
// many steps came before it.
import { afterEach, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { Store } from '../../web/src/playground/store.js';

// A hand-driven animation frame, so each test says when a frame comes.
let frameCallbacks = [];
const nextFrame = async () => {
  const due = frameCallbacks;
  frameCallbacks = [];
  for (const callback of due) callback(performance.now());
  await new Promise((done) => setTimeout(done, 0));  // the tasks queued in the frame
};
beforeEach(() => {
  frameCallbacks = [];
  globalThis.requestAnimationFrame = (callback) => frameCallbacks.push(callback);
});
afterEach(() => {
  delete globalThis.requestAnimationFrame;
});

function makeStore() {
  const writes = [];
  const store = new Store({ curves: ['a'], inputs: '1', view: null }, { writeUrl: (state, { push }) => writes.push([push ? 'push' : 'replace', state.inputs]) });
  return { store, writes };
}

test('a listener hears only the fields it reads', () => {
  const { store } = makeStore();
  const heard = [];
  store.subscribe(['inputs'], (state, keys) => heard.push([state.inputs, [...keys]]));
  store.update({ view: { xMin: 0, xMax: 1 } });
  store.update({ inputs: '2' });
  store.update({ inputs: '2' });  // no change
  assert.deepEqual(heard, [['2', ['inputs']]]);
});

test('after-frame listeners wait for the frame during a continuous action, and run once', async () => {
  const { store } = makeStore();
  const plot = [];
  const table = [];
  store.subscribe(['inputs', 'view'], (state) => plot.push(state.inputs));
  store.subscribe(['inputs', 'curves'], (state, keys) => table.push([state.inputs, [...keys].sort()]), { afterFrame: true });
  store.update({ inputs: '1, 2' }, { history: 'continue' });
  store.update({ inputs: '1, 2, 3' }, { history: 'continue' });
  store.update({ curves: ['a', 'b'] }, { history: 'continue' });
  assert.deepEqual(plot, ['1, 2', '1, 2, 3'], 'the plot hears each step at once');
  assert.deepEqual(table, [], 'the table waits');
  await nextFrame();
  assert.deepEqual(table, [['1, 2, 3', ['curves', 'inputs']]], 'then runs once, with every changed field');
  await nextFrame();
  assert.equal(table.length, 1);
});

test('typed text (history: replace) defers them too', async () => {
  const { store } = makeStore();
  const table = [];
  store.subscribe(['inputs'], (state) => table.push(state.inputs), { afterFrame: true });
  store.update({ inputs: '1,' }, { history: 'replace' });
  store.update({ inputs: '1, 2' }, { history: 'replace' });
  assert.deepEqual(table, []);
  await nextFrame();
  assert.deepEqual(table, ['1, 2']);
});

test('a discrete action runs after-frame listeners at once, including what was pending', async () => {
  const { store } = makeStore();
  const table = [];
  store.subscribe(['inputs', 'curves'], (state, keys) => table.push([state.inputs, [...keys].sort()]), { afterFrame: true });
  store.update({ inputs: '5' }, { history: 'continue' });
  store.update({ curves: ['c'] });
  assert.deepEqual(table, [['5', ['curves', 'inputs']]]);
  await nextFrame();
  assert.equal(table.length, 1, 'nothing left to run after the frame');
});

test('without frames (a hidden tab) after-frame listeners still run, a little later', async () => {
  const { store } = makeStore();
  const table = [];
  store.subscribe(['inputs'], (state) => table.push(state.inputs), { afterFrame: true });
  store.update({ inputs: '7' }, { history: 'continue' });
  await new Promise((done) => setTimeout(done, 150));
  assert.deepEqual(table, ['7']);
});

test('the URL: a continuous action pushes once, replaces at most every 250 ms, and its end is written', async () => {
  const { store, writes } = makeStore();
  for (let i = 0; i < 20; i++) store.update({ inputs: `${i}` }, { history: 'continue' });
  assert.deepEqual(writes, [['push', '0']], 'one entry when the action starts; the steps wait');
  await new Promise((done) => setTimeout(done, 300));
  assert.deepEqual(writes, [['push', '0'], ['replace', '19']], 'one replace for the burst');
  store.update({ inputs: '19' }, { history: 'end' });  // the release (change event), with nothing new
  assert.deepEqual(writes.at(-1), ['replace', '19']);
  assert.equal(writes.length, 3, 'the end of the action is written');
});
