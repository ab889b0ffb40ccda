// Arguments that change, re-enter, overlap, overflow or are not what they
// seem: each call gives the right result or a TypeError/RangeError naming
// the value, and the module keeps working.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadActivations } from 'activation-playground';

const act = await loadActivations();
const scalar = await loadActivations({ build: 'scalar' });

function errorOf(fn, type) {
  try {
    fn();
  } catch (error) {
    assert.ok(error instanceof type, `${error?.constructor?.name}: ${error?.message}`);
    return error;
  }
  assert.fail('expected a throw');
}

const sameArray = (actual, expected, what) => {
  assert.equal(actual.length, expected.length, what);
  for (let i = 0; i < expected.length; i++) {
    if (!Object.is(actual[i], expected[i])) assert.fail(`${what}: element ${i} is ${actual[i]}, expected ${expected[i]}`);
  }
};

// Item 3: a partly overlapping out gives the result of applying to a copy.
test('apply and gradient with out overlapping the input, across the chunk boundary, both directions', () => {
  const chunk = 1 << 16;
  const sizes = [chunk - 2, chunk - 1, chunk, chunk + 1, chunk + 2, 2 * chunk - 1, 2 * chunk, 2 * chunk + 1];
  const shifts = [1, 2, 17, chunk - 1, chunk, chunk + 1].flatMap((shift) => [shift, -shift]);
  for (const Type of [Float32Array, Float64Array]) {
    for (const n of sizes) {
      for (const shift of shifts) {
        const memory = new Type(n + Math.abs(shift));
        for (let i = 0; i < memory.length; i++) memory[i] = ((i * 7919) % 2001) - 1000;
        const [inputStart, outStart] = shift > 0 ? [0, shift] : [-shift, 0];
        const input = memory.subarray(inputStart, inputStart + n);
        const out = memory.subarray(outStart, outStart + n);
        const copy = input.slice();
        const expected = act.apply('leaky_relu', copy, { negative_slope: 0.5 });
        assert.equal(act.apply('leaky_relu', input, { negative_slope: 0.5 }, out), out);
        sameArray(out, expected, `${Type.name} n=${n} shift=${shift}`);

        for (let i = 0; i < memory.length; i++) memory[i] = ((i * 7919) % 2001) - 1000;
        const gradientExpected = act.gradient('relu', input.slice(), {}, undefined, { kink: 'right' });
        act.gradient('relu', input, {}, out, { kink: 'right' });
        sameArray(out, gradientExpected, `gradient ${Type.name} n=${n} shift=${shift}`);
      }
    }
  }
});

// Item 7: a span beyond the largest double.
test('sample over a span that overflows gives a finite, increasing grid with exact ends', () => {
  const { x } = act.sample('relu', { from: -1e308, to: 1e308, count: 3 });
  sameArray(x, new Float64Array([-1e308, 0, 1e308]), 'x');
  const max = Number.MAX_VALUE;
  for (const count of [2, 5, 512, 1001]) {
    const grid = act.sample('leaky_relu', { from: -max, to: max, count }).x;
    assert.equal(grid[0], -max);
    assert.equal(grid[count - 1], max);
    for (let i = 1; i < count; i++) assert.ok(Number.isFinite(grid[i]) && grid[i] > grid[i - 1], `x[${i}] = ${grid[i]}`);
  }
  const { y } = act.sample('relu', { from: -max, to: max, count: 4 });
  assert.ok(y.every(Number.isFinite));
});

// Item 8: float32 data and slopes beyond float32's range, in both builds.
test('float32 data with a slope beyond float32 gives the double result rounded once, in both builds', () => {
  for (const api of [act, scalar]) {
    const result = api.apply('leaky_relu', new Float32Array([0, -1e-39]), { negative_slope: 1e39 });
    const wide = api.apply('leaky_relu', new Float64Array([0, Math.fround(-1e-39)]), { negative_slope: 1e39 });
    sameArray(result, Float32Array.from(wide), api.build);
    assert.equal(result[1], Math.fround(-1.0000002));
    const buffer = api.allocate(2, 'float32').set([0, -1e-39]);
    api.apply('prelu', buffer, { weight: 1e39 }, buffer);
    sameArray(buffer.toArray(), result, `${api.build} buffer`);
    buffer.free();
  }
});

// Item 9: every argument is read once, before anything is written.
test('a getter that calls the API cannot change the call it is read by', () => {
  const options = {
    get kink() {
      act.evaluate('leaky_relu', 0, { negative_slope: 7 });
      return 'pytorch';
    },
  };
  assert.equal(act.derivative('leaky_relu', -1, { negative_slope: 0.5 }, options), 0.5);
  const params = {
    get negative_slope() {
      act.apply('leaky_relu', new Float64Array(70000).fill(-1), { negative_slope: 3 });
      return 0.25;
    },
  };
  sameArray(act.apply('leaky_relu', [-4, 4], params), [-1, 4], 'params getter');
  const range = {
    from: -1,
    get to() {
      act.sample('relu', { from: 5, to: 6, count: 7 }, {});
      return 1;
    },
    count: 3,
  };
  const sampled = act.sample('leaky_relu', range, { negative_slope: 0.5 });
  sameArray(sampled.y, [-0.5, 0, 1], 'sample range getter');
});

test('an element getter that grows WASM memory or calls the API does not disturb apply', () => {
  const input = [-2, 0, 3];
  let grown;
  Object.defineProperty(input, 1, {
    get() {
      grown = act.allocate(1 << 24, 'float64');  // 128 MiB: memory must grow
      act.apply('leaky_relu', new Float32Array(10).fill(-1), { negative_slope: 9 });
      return -1;
    },
  });
  sameArray(act.apply('leaky_relu', input, { negative_slope: 0.5 }), [-1, -0.5, 3], 'growing getter');
  grown.free();
});

test('a Proxy is read once: what it answers first is what is computed', () => {
  let reads = 0;
  const changing = new Proxy([1, 2], {
    get(target, key) {
      if (key === '0') return reads++ === 0 ? -1 : 'abc';
      return Reflect.get(target, key);
    },
  });
  sameArray(act.apply('relu', changing), [0, 2], 'proxy input');
  assert.equal(reads, 1);
  let paramReads = 0;
  const params = new Proxy({ negative_slope: 0.5 }, {
    get(target, key) {
      paramReads++;
      return paramReads === 1 ? 0.5 : 'abc';
    },
  });
  assert.equal(act.evaluate('leaky_relu', -2, params), -1);
});

test('a getter that frees the buffer being set is caught', () => {
  const buffer = act.allocate(2);
  const values = [1, 2];
  Object.defineProperty(values, 0, { get: () => { buffer.free(); return 1; } });
  assert.match(errorOf(() => buffer.set(values), TypeError).message, /has been freed/);
});

// Item 10: long strings cost little and are cut in messages.
test('long strings give short messages at once', { timeout: 60_000 }, () => {
  const long = 'x'.repeat(1e7);
  const cases = [
    () => act.evaluate(long, 1),
    () => act.evaluate('leaky_relu', 1, { [long]: 1 }),
    () => act.evaluate('gelu', 1, { approximate: long }),
    () => act.derivative('relu', 1, {}, { kink: long }),
    () => act.derivative('relu', 1, {}, { [long]: 1 }),
    () => act.apply('relu', [long]),
    () => act.checkParams('relu' + long),
  ];
  for (const call of cases) {
    const error = errorOf(call, Error);
    assert.ok(error instanceof TypeError || error instanceof RangeError);
    assert.ok(error.message.length < 600, `message of ${error.message.length} characters`);
    assert.match(error.message, /x{30}…"/);
  }
  // A long name close to a real one is still no typo of it.
  assert.doesNotMatch(errorOf(() => act.evaluate(`leaky_relu${'_'.repeat(1000)}`, 1), RangeError).message, /did you mean/);
});

// Item 11: objects that are not plain are refused, not ignored.
test('a Map, a class instance or an array where a plain object is expected is a TypeError', () => {
  class Params { constructor() { this.negative_slope = 0.5; } }
  const cases = [
    [() => act.evaluate('leaky_relu', -1, new Map([['negative_slope', 0.5]])), /parameters of leaky_relu must be a plain object .*got a Map/],
    [() => act.evaluate('leaky_relu', -1, new Params()), /got a Params/],
    [() => act.evaluate('leaky_relu', -1, [0.5]), /got an Array of length 1/],
    [() => act.derivative('relu', 0, {}, new Map([['kink', 'right']])), /options must be a plain object .*got a Map/],
    [() => act.sample('relu', new Map([['from', 0], ['to', 1]])), /range must be a plain object .*got a Map/],
    [() => act.sample('relu', new Date()), /got a Date/],
  ];
  for (const [call, pattern] of cases) assert.match(errorOf(call, TypeError).message, pattern);
  assert.equal(act.evaluate('leaky_relu', -1, Object.assign(Object.create(null), { negative_slope: 0.5 })), -0.5);
});

// Item 12: each unclear message becomes a clear TypeError or RangeError.
test('a frozen out array is refused before anything is written', () => {
  const out = Object.freeze([0, 0]);
  assert.match(errorOf(() => act.apply('relu', [1, 2], {}, out), TypeError).message, /out is frozen/);
  const readOnly = [0, 0];
  Object.defineProperty(readOnly, 1, { value: 0, writable: false });
  assert.match(errorOf(() => act.apply('relu', [1, 2], {}, readOnly), TypeError).message, /could not write out\[1\]/);
});

test('loadActivations refuses bad options by rejecting, never by throwing', async () => {
  const cases = [
    ['scalar', TypeError, /options must be a plain object like \{ build: 'scalar' \}, got "scalar"/],
    [{ bulid: 'scalar' }, RangeError, /unknown option "bulid"; did you mean "build"\?/],
    [null, TypeError, /got null/],
    [{ build: 'fast' }, RangeError, /build must be one of "auto", "simd", "scalar", got "fast"/],
    [{ build: 1 }, TypeError, /got 1/],
    [new Map(), TypeError, /got a Map/],
  ];
  for (const [options, type, pattern] of cases) {
    let promise;
    assert.doesNotThrow(() => { promise = loadActivations(options); });
    await assert.rejects(promise, (error) => error instanceof type && pattern.test(error.message));
  }
  assert.equal(await loadActivations({}), act);
});

test('WasmBuffer.set takes numbers only and checks its this', () => {
  const buffer = act.allocate(3, 'float64');
  assert.match(errorOf(() => buffer.set(5), TypeError).message, /values must be an array of numbers or a numeric typed array, got 5/);
  assert.match(errorOf(() => buffer.set('123'), TypeError).message, /got "123"/);
  assert.match(errorOf(() => buffer.set(null), TypeError).message, /got null/);
  assert.match(errorOf(() => buffer.set([1, '2']), TypeError).message, /values\[1\] must be a number, got "2"/);
  assert.match(errorOf(() => buffer.set([1], '1'), TypeError).message, /offset must be a number, got "1"/);
  assert.match(errorOf(() => buffer.set([1, 2], 2), RangeError).message, /cannot write 2 values at offset 2 into a buffer of length 3/);
  buffer.set(new Int32Array([1, 2, 3]));
  sameArray(buffer.toArray(), [1, 2, 3], 'from an Int32Array');
  assert.match(errorOf(() => buffer.set(new BigInt64Array(1)), TypeError).message, /got a BigInt64Array of length 1/);
  const proto = Object.getPrototypeOf(buffer);
  for (const [what, call] of [
    ['set', () => buffer.set.call({}, [1])],
    ['toArray', () => proto.toArray.call(null)],
    ['free', () => proto.free.call(new Float32Array(1))],
    ['array', () => Object.getOwnPropertyDescriptor(proto, 'array').get.call({})],
    ['freed', () => Object.getOwnPropertyDescriptor(proto, 'freed').get.call(undefined)],
  ]) {
    assert.match(errorOf(call, TypeError).message, new RegExp(`WasmBuffer.${what} needs a WasmBuffer as this, got`));
  }
  buffer.free();
});

test('odd objects are described, never crash the message', () => {
  const noConstructor = new Int32Array(2);
  Object.defineProperty(noConstructor, 'constructor', { value: null });
  assert.match(errorOf(() => act.apply('relu', noConstructor), TypeError).message, /got an Int32Array of length 2/);
  const noPrototype = Object.setPrototypeOf(new Int32Array(3), null);
  assert.match(errorOf(() => act.apply('relu', noPrototype), TypeError).message, /got an Int32Array of length 3/);
  const floats = Object.setPrototypeOf(new Float64Array([-1, 4]), null);
  assert.deepEqual([...act.apply('relu', floats)], [0, 4], 'a real Float64Array, whatever its prototype');
  const hostile = new Proxy({}, { getPrototypeOf() { throw new Error('trap'); }, ownKeys() { throw new Error('trap'); } });
  assert.match(errorOf(() => act.apply('relu', hostile), TypeError).message, /got an object/);
  const params = errorOf(() => act.evaluate('relu', 1, hostile), TypeError);
  assert.match(params.message, /could not read parameters of relu: trap/);
  assert.equal(params.cause.message, 'trap');
  assert.match(errorOf(() => act.apply('relu', new DataView(new ArrayBuffer(8))), TypeError).message, /got a DataView of 8 bytes/);
  const revoked = Proxy.revocable([], {});
  revoked.revoke();
  assert.match(errorOf(() => act.apply('relu', revoked.proxy), TypeError).message, /could not read input/);
  const lying = new Float64Array([-1, 2]);
  Object.defineProperty(lying, 'length', { value: 1e9 });
  Object.defineProperty(lying, 'constructor', { get() { throw new Error('species'); } });
  sameArray(act.apply('relu', lying), [0, 2], 'own length and constructor ignored');
  assert.equal(act.evaluate('relu', 3), 3);
});

test('sparse arrays name the hole', () => {
  // eslint-disable-next-line no-sparse-arrays
  assert.match(errorOf(() => act.apply('relu', [1, , 3]), TypeError).message, /input\[1\] is a hole in a sparse array; expected a number/);
  assert.match(errorOf(() => act.apply('relu', new Array(2 ** 30)), RangeError).message, /at most 268435456/);
});

// Found by the property tests (api-properties.test.js), kept as cases.
test('sample keeps the exact from, the sign of a zero included', () => {
  const { x } = act.sample('relu', { from: -0, to: 5e-324, count: 2 });
  assert.ok(Object.is(x[0], -0));
  assert.equal(x[1], 5e-324);
});

test('allocate gives zeroed memory, never a freed buffer\'s values', () => {
  for (const type of ['float32', 'float64']) {
    const first = act.allocate(1 << 18, type);
    first.array.fill(7);
    first.free();
    const second = act.allocate(1 << 18, type);
    assert.ok(second.toArray().every((v) => v === 0));
    second.free();
  }
});

test('an exception thrown by a caller\'s getter is wrapped, its message cut', () => {
  const params = { get negative_slope() { throw new Error('y'.repeat(1e6)); } };
  const error = errorOf(() => act.evaluate('leaky_relu', 1, params), TypeError);
  assert.ok(error.message.length < 300);
  assert.match(error.message, /^could not read parameters of leaky_relu: y+…$/);
  assert.equal(error.cause.message.length, 1e6);
});

test('a Proxy of a typed array is described as one posing, not as the real thing', () => {
  const posing = new Proxy(new Float32Array(2), {});
  assert.match(errorOf(() => act.apply('relu', posing), TypeError).message, /got an object posing as a Float32Array \(a Proxy or a bare prototype\)/);
  assert.match(errorOf(() => act.apply('relu', Object.create(Float64Array.prototype)), TypeError).message, /posing as a Float64Array/);
  class Sub extends Float64Array {}
  assert.deepEqual([...act.apply('relu', new Sub([-1, 2]))], [0, 2], 'a subclass is a typed array');
});
