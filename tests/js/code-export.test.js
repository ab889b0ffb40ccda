// Every exported snippet computes the curve it was exported for. The Python
// ones (PyTorch, Keras, JAX, NumPy) were run by
// tests/code-export/make_fixture.py, whose recorded outputs are checked here
// against the core; the TensorFlow.js ones run here on a stand-in for the
// tf.* ops they use (tests/code-export/tfjs-shim.mjs). Within 4 float32 ulp
// of the core's float32 value, at fixed inputs, for every activation with
// its defaults, presets and each library's defaults.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { loadActivations } from 'activation-playground';
import { CODE_TARGETS, exportCode } from '../../web/src/curves/code-export.js';
import { INPUTS, cases, snippets } from '../code-export/cases.mjs';
import { tf } from '../code-export/tfjs-shim.mjs';

const act = await loadActivations();
const list = act.list();
const recorded = JSON.parse(await readFile(new URL('../code-export/python-outputs.json', import.meta.url), 'utf8'));
const ULPS = 4;

const f32bits = new Int32Array(1);
const f32view = new Float32Array(f32bits.buffer);
function ordered(x) {
  f32view[0] = x;
  const bits = f32bits[0];
  return bits < 0 ? -(bits & 0x7fffffff) - 1 : bits;
}

// Where a snippet's float64 arithmetic rounds a product that the core
// keeps exact, a value the maths makes tiny can round to 0 or the other way
// (linear_sigmoid with slope 1/6 at x = −3: 0.5 − 3·slope is 2.8e−17 for
// the double slope, 0 after rounding 3·slope): below 2^−50 both count as 0.
const NEGLIGIBLE = 2 ** -50;

function assertClose(got, want, where) {
  for (let i = 0; i < want.length; i++) {
    const g = Math.fround(got[i] ?? NaN);
    const w = want[i];
    const bothTiny = Math.abs(g) <= NEGLIGIBLE && Math.abs(w) <= NEGLIGIBLE;
    const ok = Number.isNaN(w) ? Number.isNaN(g) : bothTiny ? true : Math.abs(ordered(g) - ordered(w)) <= ULPS;
    if (!ok) assert.fail(`${where} at x = ${INPUTS[i]}: ${g}, the core gives ${w} (${Math.abs(ordered(g) - ordered(w))} ulp)`);
  }
}

const coreValues = ({ name, params }) => act.apply(name, Float32Array.from(INPUTS), params);
const key = ({ name, params, target }) => `${target} ${name} ${JSON.stringify(params)}`;

test('the recorded Python runs are of the snippets exported today', () => {
  assert.deepEqual(recorded.inputs, INPUTS);
  const current = new Map(snippets(list).filter((s) => s.target !== 'tfjs').map((s) => [key(s), s.code]));
  assert.equal(recorded.runs.length, current.size, 'rerun tests/code-export/make_fixture.py');
  for (const run of recorded.runs) {
    assert.equal(run.code, current.get(key(run)), `${key(run)} changed: rerun /usr/bin/python3 tests/code-export/make_fixture.py`);
  }
});

test('every Python snippet, run on its library, gives the core\'s values', () => {
  for (const run of recorded.runs) assertClose(run.outputs, coreValues(run), key(run));
});

test('every TensorFlow.js snippet gives the core\'s values', () => {
  for (const curve of cases(list)) {
    const code = exportCode(curve, 'tfjs', list);
    const body = code.replace(/^import .*\n/m, '');
    const activation = new Function('tf', `${body}\nreturn activation;`)(tf);
    assertClose(activation(tf.tensor1d(INPUTS)).values, coreValues(curve), key({ ...curve, target: 'tfjs' }));
  }
});

test('every activation exports to every target', () => {
  const covered = new Set(cases(list).map((c) => c.name));
  assert.deepEqual([...covered], list.map((a) => a.name));
  for (const { name } of list) {
    for (const { key: target } of CODE_TARGETS) assert.match(exportCode({ name, params: {} }, target, list), /activation/);
  }
});

test('a snippet spells out parameters and the library\'s own defaults', () => {
  const torch = exportCode({ name: 'leaky_relu', params: { negative_slope: 0.2 } }, 'pytorch', list);
  assert.match(torch, /F\.leaky_relu\(x, negative_slope=0\.2\)/);
  assert.match(torch, /PyTorch calls it leaky_relu \(default negative_slope = 0\.01\)/);
  const keras = exportCode({ name: 'gelu', params: {} }, 'keras', list);
  assert.match(keras, /ops\.erf/);
  assert.match(exportCode({ name: 'gelu', params: {} }, 'jax', list), /JAX calls it gelu \(default approximate = 'tanh'\)/);
  assert.throws(() => exportCode({ name: 'rleu', params: {} }, 'numpy', list), RangeError);
  assert.throws(() => exportCode({ name: 'relu', params: {} }, 'matlab', list), /unknown code target "matlab"/);
});
