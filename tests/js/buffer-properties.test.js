// Property-based tests of WASM buffers (fast-check, fixed seed): random
// lifetimes with kept views, and set() over every container of numbers.
// The invariant: every live buffer holds exactly what the model says, a
// kept view reaches only a live buffer, and a refused call writes nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { act, outcome, run, stillWorks } from './properties/contract.js';
import { sameValues } from './properties/params-model.js';

test('buffers: random allocate, view, write, free and apply sequences keep every live buffer\'s contents', () => {
  const step = fc.oneof(
    fc.record({ op: fc.constant('allocate'), length: fc.integer({ min: 0, max: 300 }), type: fc.constantFrom('float32', 'float64'), big: fc.boolean() }),
    fc.record({ op: fc.constantFrom('view', 'free', 'set', 'writeView', 'apply', 'writeOldView'), at: fc.nat(), value: fc.integer({ min: -50, max: 50 }) }),
  );
  run(fc.property(fc.array(step, { maxLength: 30 }), (steps) => {
    const live = [];  // { buffer, model: number[], views: [] }
    const oldViews = [];
    try {
      for (const s of steps) {
        if (s.op === 'allocate') {
          const length = s.big ? 1 << 18 : s.length;
          live.push({ buffer: act.allocate(length, s.type), model: new Array(length).fill(0) });
          continue;
        }
        if (!live.length) continue;
        const entry = live[s.at % live.length];
        const round = (v) => (entry.buffer.type === 'float32' ? Math.fround(v) : v);
        if (s.op === 'view') oldViews.push({ view: entry.buffer.array, entry });
        if (s.op === 'free') {
          entry.buffer.free();
          live.splice(live.indexOf(entry), 1);
        }
        if (s.op === 'set' && entry.model.length) {
          entry.buffer.set([s.value], s.at % entry.model.length);
          entry.model[s.at % entry.model.length] = round(s.value);
        }
        if (s.op === 'writeView' && entry.model.length) {
          entry.buffer.array[0] = s.value;
          entry.model[0] = round(s.value);
        }
        if (s.op === 'apply') {
          act.apply('leaky_relu', entry.buffer, { negative_slope: 0.5 }, entry.buffer);
          entry.model = entry.model.map((v) => round(v > 0 ? v : v * 0.5));
        }
        if (s.op === 'writeOldView' && oldViews.length) {
          // A view kept from earlier: either still attached to its live
          // buffer (the write lands there) or detached (it does nothing).
          const { view, entry: owner } = oldViews[s.at % oldViews.length];
          if (view.length > 0) {
            assert.ok(live.includes(owner), 'only a live buffer\'s view stays attached');
            view[view.length - 1] = s.value;
            owner.model[view.length - 1] = owner.buffer.type === 'float32' ? Math.fround(s.value) : s.value;
          }
        }
        for (const { buffer, model } of live) assert.ok(sameValues(buffer.toArray(), model), 'a live buffer kept its contents');
      }
    } finally {
      for (const { buffer } of live) buffer.free();
    }
  }), 500);
  stillWorks();
});

test('WasmBuffer.set: numbers of every container land at the offset, anything else is a TypeError/RangeError and writes nothing', () => {
  const containersOfNumbers = {
    array: (v) => [...v],
    float32: (v) => Float32Array.from(v),
    float64: (v) => Float64Array.from(v),
    int32: (v) => Int32Array.from(v),
    uint8: (v) => Uint8Array.from(v),
    getters: (v) => { const a = []; v.forEach((x, i) => Object.defineProperty(a, i, { enumerable: true, get: () => x })); a.length = v.length; return a; },
    proxy: (v) => new Proxy([...v], {}),
  };
  const cases = fc.record({
    length: fc.integer({ min: 0, max: 40 }),
    type: fc.constantFrom('float32', 'float64'),
    values: fc.array(fc.integer({ min: -300, max: 300 }), { maxLength: 45 }),
    container: fc.constantFrom(...Object.keys(containersOfNumbers), 'string', 'sparse', 'bigint', 'number', 'null', 'object'),
    offset: fc.oneof(fc.integer({ min: -3, max: 45 }), fc.constantFrom(0.5, NaN, Infinity, '1', null)),
  });
  run(fc.property(cases, ({ length, type, values, container, offset }) => {
    const buffer = act.allocate(length, type);
    try {
      const before = buffer.toArray();
      const made = containersOfNumbers[container]?.(values) ?? {
        string: values.join(''), sparse: [...values, , 1], bigint: BigInt64Array.from(values, BigInt), number: 5, null: null, object: { length: 1, 0: 1 },
      }[container];
      const result = outcome(() => buffer.set(made, offset));
      const numbers = container in containersOfNumbers ? Float64Array.from(made) : undefined;
      const fits = numbers && typeof offset === 'number' && Number.isInteger(offset) && offset >= 0 && offset + numbers.length <= length;
      if (!fits) {
        assert.ok(result.error, 'refused');
        assert.ok(sameValues(buffer.toArray(), before), 'nothing written');
        return;
      }
      assert.equal(result.value, buffer);
      const expected = Array.from(before);
      numbers.forEach((v, i) => { expected[offset + i] = type === 'float32' ? Math.fround(v) : v; });
      assert.ok(sameValues(buffer.toArray(), expected));
    } finally {
      buffer.free();
    }
  }), 1000);
  stillWorks();
});
