// A `.array` view kept after its buffer is freed or collected can never
// reach memory the allocator has taken back: explicit free() detaches it,
// and the FinalizationRegistry frees nothing a handed-out view can reach.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { loadActivations } from 'activation-playground';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc');

const act = await loadActivations();

// Collects garbage and lets FinalizationRegistry callbacks run.
async function collect() {
  for (let i = 0; i < 4; i++) {
    gc();
    await new Promise((resolve) => setImmediate(resolve));
  }
}

// Many allocations and frees of the freed block's size class, each buffer
// filled and checked: a corrupted allocator or an aliased block shows up
// here as a RuntimeError or a wrong value.
function churn(length, type) {
  const buffers = [];
  for (let i = 0; i < 64; i++) buffers.push(act.allocate(length, type).set(new Array(length).fill(i)));
  buffers.forEach((buffer, i) => assert.ok(buffer.toArray().every((v) => v === i), `buffer ${i} kept its values`));
  for (const buffer of buffers) buffer.free();
  assert.equal(act.evaluate('relu', 2), 2);
}

test('free() detaches every view of the buffer, subarrays included', () => {
  for (const type of ['float32', 'float64']) {
    const buffer = act.allocate(64, type);
    const view = buffer.array;
    const part = view.subarray(8, 16);
    buffer.free();
    assert.equal(view.length, 0, 'the kept view no longer reaches the memory');
    assert.equal(part.length, 0);
    assert.throws(() => view.fill(1e300), TypeError);  // once aliased the allocator's free list
    view[0] = -1;  // ignored
    part[3] = 7;
    assert.equal(view[0], undefined);
    churn(64, type);
  }
});

test('views of other live buffers are detached by free() too; re-reading .array gives a working view', () => {
  const kept = act.allocate(4, 'float64').set([1, 2, 3, 4]);
  const before = kept.array;
  assert.equal(kept.array, before, 'the same view while it stays attached');
  const other = act.allocate(4, 'float64');
  void other.array;
  other.free();
  assert.equal(before.length, 0);
  assert.deepEqual([...kept.array], [1, 2, 3, 4]);
  kept.free();
});

test('a buffer never viewed is freed without detaching other views', () => {
  const kept = act.allocate(4);
  const view = kept.array;
  act.allocate(4).free();
  assert.equal(view.length, 4);
  kept.free();
});

test('a view kept after its buffer is collected keeps its memory until it is collected too', async () => {
  for (const type of ['float32', 'float64']) {
    let view = act.allocate(64, type).array;  // the buffer itself is dropped at once
    view.fill(5);
    await collect();
    assert.equal(view.length, 64, 'the memory stays while the view is reachable');
    churn(64, type);
    assert.ok(view.every((v) => v === 5), 'no later buffer shares its memory');
    view.fill(1e300);
    churn(64, type);

    // Once the view is collected as well, the memory is released, and the
    // release detaches every view of WASM memory.
    const probe = act.allocate(4);
    const probeView = probe.array;
    view = undefined;
    await collect();
    assert.equal(probeView.length, 0, 'the release detached the views');
    probe.free();
  }
});

test('a subarray kept after the buffer and its view are collected is detached when the memory goes', async () => {
  let part = act.allocate(64, 'float64').array.subarray(0, 8);
  await collect();
  assert.equal(part.length, 0);
  part[0] = 1e300;
  churn(64, 'float64');
  part = undefined;
});

test('a collected buffer that handed out no view is released', async () => {
  const length = 1 << 20;  // 8 MiB a buffer: a leak would grow memory by 800 MiB
  const start = act.allocate(1).array.buffer.byteLength;
  for (let i = 0; i < 100; i++) {
    act.allocate(length, 'float64').set([i]);
    if (i % 10 === 9) await collect();
  }
  await collect();
  const probe = act.allocate(1);
  // Ten buffers between collections, and growth's slack: far below 100.
  assert.ok(probe.array.buffer.byteLength <= start + 16 * 8 * length, 'memory was reused');
  probe.free();
});
