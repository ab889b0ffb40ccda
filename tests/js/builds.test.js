// The SIMD and the scalar build compute the same functions: every registry
// entry, float32 and float64, within the registry's float bound for f
// (bounds.float.value, in ulps of the correctly rounded value), with the same NaN,
// infinity and signed-zero behaviour.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadActivations } from 'activation-playground';
import { supportsSimd } from '../../build/site/src/api/load-core.js';

const simd = await loadActivations({ build: 'simd' });
const scalar = await loadActivations({ build: 'scalar' });

const f32bits = new Int32Array(1);
const f32view = new Float32Array(f32bits.buffer);
// Position on a line where adjacent floats are adjacent integers.
function ordered(x) {
  f32view[0] = x;
  const bits = f32bits[0];
  return bits < 0 ? -(bits & 0x7fffffff) - 1 : bits;
}
const ulps = (a, b) => Math.abs(ordered(a) - ordered(b));

function inputs() {
  const edges = [0, -0, 1e-8, -1e-8, 1e-45, -1e-45, 0.5, -0.5, 3, -3, 6, -6, 20, -20, 88, -88, 89, -89, 3.4e38, -3.4e38, Infinity, -Infinity, NaN];
  const grid = Array.from({ length: 2001 }, (_, i) => -25 + i * 0.025);
  return Float32Array.from([...edges, ...grid]);
}

test('node has WASM SIMD and auto picks the SIMD build', async () => {
  assert.equal(supportsSimd(), true);
  assert.equal((await loadActivations()).build, 'simd');
  assert.equal(scalar.build, 'scalar');
});

for (const { name, bounds } of scalar.list()) {
  const FLOAT_ULPS = bounds.float.value;
  test(`${name}: both builds agree with the float-rounded double result`, () => {
    const x = inputs();
    const exact = scalar.apply(name, Float64Array.from(x));
    for (const [build, act] of [['simd', simd], ['scalar', scalar]]) {
      const got = act.apply(name, x);
      for (let i = 0; i < x.length; i++) {
        const want = Math.fround(exact[i]);
        // Two zeros must agree in sign; anything else within the bound
        // (an underflowing result may land on the smallest subnormal).
        const bothZero = got[i] === 0 && want === 0;
        const ok = Number.isNaN(want) ? Number.isNaN(got[i]) : bothZero ? Object.is(got[i], want) : ulps(got[i], want) <= FLOAT_ULPS;
        if (!ok) assert.fail(`${build} ${name}(${x[i]}) = ${got[i]}, expected ${want} within ${FLOAT_ULPS} ulp`);
      }
    }
    const doubles = Float64Array.from(x);
    assert.deepEqual(simd.apply(name, doubles), scalar.apply(name, doubles), 'float64 results are the same');
    assert.deepEqual(simd.gradient(name, doubles), scalar.gradient(name, doubles), 'gradients are the same');
  });
}
