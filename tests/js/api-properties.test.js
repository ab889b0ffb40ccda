// Property-based tests of the JS API (fast-check), with a fixed seed and a
// bounded number of runs: random names, parameters, x values and arrays of
// every kind. The invariant is the API's contract: a right result (equal
// to the independent model, to the scalar path, to the other build, or to
// the same call on a plain copy) or a TypeError/RangeError of the expected
// class naming the offending value; and the module still gives right
// answers afterwards. A failure prints the seed and the shrunk case; each
// case found this way became a regular test in hostile-arguments.test.js.
// The buffers' properties are in buffer-properties.test.js.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { loadActivations } from 'activation-playground';
import { KINKS, MAX_FLOAT_KERNEL_ULPS, SEED, act, floatUlps, outcome, run, scalar, stillWorks } from './properties/contract.js';
import { PLAIN_CONTAINERS, containers, entriesFor, expectedParams, sameValues } from './properties/params-model.js';
import { INPUT_KINDS, OUT_KINDS, makeInput, makeOut, typeOf, valuesArbitrary } from './properties/array-cases.js';

const list = act.list();
const names = list.map((spec) => spec.name);

const specArbitrary = fc.constantFrom(...list);
const caseArbitrary = specArbitrary.chain((spec) =>
  fc.record({ spec: fc.constant(spec), entries: entriesFor(spec), container: fc.constantFrom(...Object.keys(containers)) }));

test('parameters: checkParams and evaluate agree with an independent model of the registry\'s rules', () => {
  run(fc.property(caseArbitrary, fc.double(), ({ spec, entries, container }, x) => {
    const reads = { count: 0 };
    const params = containers[container](entries, reads);
    const plain = PLAIN_CONTAINERS.includes(container);
    const expected = plain ? expectedParams(spec, entries) : { ok: false, type: TypeError, param: undefined };
    const checked = outcome(() => act.checkParams(spec.name, params));
    if (container === 'getters') assert.equal(reads.count, entries.length, 'each getter ran once');
    if (expected.ok) {
      assert.equal(checked.error, undefined, checked.error?.message);
      assert.deepStrictEqual(checked.value, expected.resolved);
    } else {
      assert.ok(checked.error instanceof expected.type, `expected a ${expected.type.name}, got ${checked.error?.constructor.name ?? 'no error'}`);
      assert.equal(checked.error.param, expected.param);
      assert.equal(checked.error.activation, spec.name);
    }
    const evaluated = outcome(() => act.evaluate(spec.name, x, containers[container](entries, { count: 0 })));
    assert.equal(evaluated.error?.message, checked.error?.message);
    if (expected.ok) assert.ok(Object.is(evaluated.value, scalar.evaluate(spec.name, x, expected.resolved)), 'both builds agree');
  }), 10000);
  stillWorks();
});

const nameArbitrary = fc.oneof(
  fc.constantFrom(...names),
  fc.string({ maxLength: 14 }),
  fc.constantFrom(...names).chain((name) => fc.tuple(fc.nat(name.length), fc.string({ maxLength: 2 })).map(([at, insert]) => name.slice(0, at) + insert + name.slice(at + 1))),
  fc.constantFrom(...names).map((name) => name.toUpperCase()),
  fc.string({ minLength: 1000, maxLength: 3000 }),
  fc.anything(),
);

test('names: a registry name works, any other string is a RangeError naming it, anything else a TypeError', () => {
  run(fc.property(nameArbitrary, fc.constantFrom(...KINKS), (name, kink) => {
    const result = outcome(() => act.derivative(name, 0.5, undefined, { kink }));
    if (names.includes(name)) assert.equal(result.value, scalar.derivative(name, 0.5, undefined, { kink }));
    else if (typeof name === 'string') {
      assert.ok(result.error instanceof RangeError);
      assert.equal(result.error.activation, name);
    } else assert.ok(result.error instanceof TypeError);
  }), 5000);
  stillWorks();
});

const validCase = specArbitrary.chain((spec) =>
  entriesFor(spec, { allowUnknown: false })
    .filter((entries) => expectedParams(spec, entries).ok)
    .map((entries) => ({ spec, params: Object.fromEntries(entries) })));

test('apply and gradient on every kind of array: the plain-copy result, the scalar path, or the expected error', () => {
  const cases = fc.record({
    valid: validCase,
    values: valuesArbitrary,
    inputKind: fc.constantFrom(...INPUT_KINDS),
    outKind: fc.constantFrom(...OUT_KINDS),
    shift: fc.integer({ min: 1, max: 20 }),
    gradient: fc.boolean(),
    kink: fc.constantFrom(...KINKS),
  });
  run(fc.property(cases, fc.constantFrom(act, scalar), ({ valid: { spec, params }, values, inputKind, outKind, shift, gradient, kink }, api) => {
    const cleanup = [];
    try {
      const reads = { count: 0 };
      const built = makeInput(api, inputKind, values, shift, reads, cleanup);
      const { input, out, error } = makeOut(api, outKind, inputKind, built, values, shift, cleanup);
      const call = (api, array, target) =>
        gradient ? api.gradient(spec.name, array, params, target, { kink }) : api.apply(spec.name, array, params, target);
      const result = outcome(() => call(api, input, out));
      if (error) {
        assert.ok(result.error instanceof error, `expected a ${error.name}, got ${result.error?.constructor.name ?? 'a result'}`);
        return;
      }
      assert.equal(result.error, undefined, result.error?.message);
      if (inputKind.startsWith('array-g') || inputKind === 'array-proxy') assert.equal(reads.count, values.length, 'each element read once');
      const Type = typeOf(inputKind) === 'f32' ? Float32Array : Float64Array;
      const reference = call(api, Type.from(values), undefined);
      const returned = result.value;
      if (out !== undefined) assert.equal(returned, out, 'out is returned');
      const numbers = returned.toArray ? returned.toArray() : returned;
      assert.ok(sameValues(numbers, reference), 'same as on a plain copy');
      if (Type === Float64Array) {
        const one = gradient ? (x) => api.derivative(spec.name, x, params, { kink }) : (x) => api.evaluate(spec.name, x, params);
        assert.ok(sameValues(reference, values.map(one)), 'the array path equals the scalar path');
      } else {
        const other = call(api === act ? scalar : act, Float32Array.from(values), undefined);
        reference.forEach((v, i) => assert.ok(floatUlps(v, other[i]) <= MAX_FLOAT_KERNEL_ULPS, `builds differ at x = ${values[i]}: ${v} and ${other[i]}`));
      }
      if (out === undefined && !inputKind.startsWith('buffer')) {
        assert.equal(Array.isArray(returned), !(input instanceof Float32Array || input instanceof Float64Array));
      }
    } finally {
      for (const buffer of cleanup) if (!buffer.freed) buffer.free();
    }
  }), 2000);
  stillWorks();
});

test('sample: a finite increasing grid with exact ends, f and f′ equal to evaluate and derivative', () => {
  const finite = fc.double({ noNaN: true, noDefaultInfinity: true });
  const ranges = fc.tuple(finite, finite, fc.integer({ min: 2, max: 300 }))
    .filter(([a, b]) => a !== b)
    .map(([a, b, count]) => ({ from: Math.min(a, b), to: Math.max(a, b), count }));
  run(fc.property(validCase, ranges, fc.constantFrom(...KINKS), ({ spec, params }, range, kink) => {
    const { x, y, dy, breaks } = act.sample(spec.name, range, params, { kink });
    assert.equal(x[0], range.from);
    assert.equal(x[range.count - 1], range.to);
    for (let i = 1; i < x.length; i++) assert.ok(Number.isFinite(x[i]) && x[i] >= x[i - 1], `x[${i}] = ${x[i]}`);
    assert.ok(sameValues(y, [...x].map((v) => act.evaluate(spec.name, v, params))));
    assert.ok(sameValues(dy, [...x].map((v) => act.derivative(spec.name, v, params, { kink }))));
    for (const point of breaks) assert.ok(point.x >= range.from && point.x <= range.to);
  }), 800);
  stillWorks();
});

test('re-entrant getters: a call whose getters call the API gives the result of the same call with plain values', () => {
  const reentry = fc.constantFrom(
    () => act.evaluate('leaky_relu', -1, { negative_slope: 7 }),
    () => act.apply('hardtanh', new Float64Array(70000).fill(3), { min_val: -9, max_val: 9 }),
    () => act.sample('elu', { from: -3, to: 3, count: 9 }, { alpha: 4 }),
    () => act.allocate(1 << 22, 'float64').free(),
    () => act.allocate(3).array,
  );
  run(fc.property(validCase, fc.array(fc.double({ min: -10, max: 10 }), { maxLength: 20 }), reentry, fc.constantFrom(...KINKS),
    ({ spec, params }, values, sideEffect, kink) => {
      const sneaky = (object) => {
        const copy = {};
        for (const key of Object.keys(object)) Object.defineProperty(copy, key, { enumerable: true, get: () => { sideEffect(); return object[key]; } });
        return copy;
      };
      const input = values.map((v, i) => (i === 0 ? undefined : v));
      if (values.length) Object.defineProperty(input, 0, { get: () => { sideEffect(); return values[0]; } });
      const got = act.gradient(spec.name, input, sneaky(params), undefined, sneaky({ kink }));
      assert.ok(sameValues(got, act.gradient(spec.name, values, params, undefined, { kink })));
      assert.ok(Object.is(act.derivative(spec.name, values[0] ?? 1, sneaky(params), sneaky({ kink })), act.derivative(spec.name, values[0] ?? 1, params, { kink })));
    }), 600);
  stillWorks();
});

test('loading and describing: bad load options reject, never throw; any argument gives a short TypeError/RangeError', async () => {
  await fc.assert(fc.asyncProperty(fc.anything({ withMap: true, withSet: true, withTypedArray: true, withSparseArray: true, withBigInt: true, withNullPrototype: true }), async (value) => {
    let promise;
    assert.doesNotThrow(() => { promise = loadActivations(value); });
    const settled = await promise.then(() => undefined, (error) => error);
    if (settled) assert.ok(settled instanceof TypeError || settled instanceof RangeError, settled.message);
    for (const call of [() => act.evaluate(value, 1), () => act.apply('relu', value), () => act.evaluate('relu', value), () => act.sample('relu', value), () => act.allocate(4, value)]) {
      const result = outcome(call);
      assert.ok(result.error || result.value !== undefined);
    }
  }), { seed: SEED, numRuns: 1000 });
  stillWorks();
});
