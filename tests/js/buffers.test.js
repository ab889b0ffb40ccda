// The zero-copy path: buffers in WASM memory, in place and into another
// buffer, across memory growth, and every misuse caught.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadActivations } from 'activation-playground';

const act = await loadActivations();

const throwsWith = (fn, type, pattern) => assert.throws(fn, (error) => error instanceof type && pattern.test(error.message));

test('apply and gradient in place and into another buffer', () => {
  const input = act.allocate(5, 'float32').set([-2, -0.5, 0, 1.5, 3]);
  const out = act.allocate(5, 'float32');
  assert.equal(act.apply('leaky_relu', input, { negative_slope: 0.5 }, out), out);
  assert.deepEqual([...out.array], [-1, -0.25, 0, 1.5, 3]);
  assert.deepEqual([...input.array], [-2, -0.5, 0, 1.5, 3], 'the input is untouched');
  act.gradient('relu', input, undefined, input, { kink: 'right' });
  assert.deepEqual([...input.array], [0, 0, 1, 1, 1]);
  input.free();
  out.free();
});

test('without out, a new buffer holds the result', () => {
  const input = act.allocate(3, 'float64').set([-1, 0.25, 2]);
  const result = act.apply('relu', input);
  assert.equal(result.type, 'float64');
  assert.deepEqual([...result.toArray()], [0, 0.25, 2]);
  assert.ok(result.toArray() instanceof Float64Array);
  input.free();
  result.free();
});

test('buffers stay correct after WASM memory grows', () => {
  const small = act.allocate(4).set([-1, 2, -3, 4]);
  const oldView = small.array;
  const oldBytes = oldView.buffer.byteLength;
  const big = act.allocate(1 << 24);  // 64 MiB: more than the memory holds now
  assert.ok(small.array.buffer.byteLength > oldBytes, 'memory grew');
  assert.equal(oldView.length, 0, 'a view taken before growth is detached: re-read .array');
  act.apply('relu', small, undefined, small);
  assert.deepEqual([...small.array], [0, 2, 0, 4]);
  big.array.fill(-1);
  act.apply('relu', big, undefined, big);
  assert.equal(big.array[12345], 0);
  big.free();
  small.free();
});

test('using a freed buffer or freeing twice throws, touching nothing', () => {
  const buffer = act.allocate(2);
  buffer.free();
  assert.equal(buffer.freed, true);
  throwsWith(() => buffer.free(), TypeError, /float32 buffer of length 2 has been freed/);
  throwsWith(() => buffer.array, TypeError, /has been freed/);
  throwsWith(() => buffer.set([1]), TypeError, /has been freed/);
  throwsWith(() => act.apply('relu', buffer), TypeError, /has been freed/);
  const live = act.allocate(2);
  throwsWith(() => act.apply('relu', live, {}, buffer), TypeError, /has been freed/);
  live.free();
});

test('buffer misuse names the problem', () => {
  const f32 = act.allocate(3);
  const f64 = act.allocate(3, 'float64');
  const short = act.allocate(2);
  throwsWith(() => act.apply('relu', f32, {}, f64), TypeError, /out is a float64 buffer but the input is float32/);
  throwsWith(() => act.apply('relu', f32, {}, short), RangeError, /out has length 2 but the input has length 3/);
  throwsWith(() => act.apply('relu', f32, {}, new Float32Array(3)), TypeError, /out must be a WasmBuffer when the input is one/);
  throwsWith(() => act.apply('relu', new Float32Array(3), {}, f32), TypeError, /out is a WasmBuffer but the input is not/);
  throwsWith(() => f32.set([1, 2, 3, 4]), RangeError, /cannot write 4 values at offset 0 into a buffer of length 3/);
  throwsWith(() => act.allocate(-1), RangeError, /buffer length must be a whole number ≥ 0, got -1/);
  throwsWith(() => act.allocate(1.5), RangeError, /got 1.5/);
  throwsWith(() => act.allocate(4, 'int32'), TypeError, /buffer type must be "float32" or "float64", got "int32"/);
  throwsWith(() => act.allocate(2 ** 30, 'float64'), RangeError, /cannot allocate 1073741824 float64 elements/);
  for (const b of [f32, f64, short]) b.free();
  assert.equal(act.evaluate('relu', 2), 2, 'the module still works');
});

test('an empty buffer is fine', () => {
  const empty = act.allocate(0);
  assert.equal(act.apply('relu', empty, {}, empty).length, 0);
  empty.free();
});
