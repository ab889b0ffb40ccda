// The curve grammar, strict numbers, labels and slider ranges
// (web/src/curves/): one module each, shared by URL and attributes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadActivations } from 'activation-playground';
import { curveFromParsed, curveLabel, curveText, formatReadout } from '../../web/src/curves/curve.js';
import { parseCurve, parseCurveList } from '../../web/src/curves/grammar.js';
import { readNumber } from '../../web/src/curves/numbers.js';
import { nearestIndex, sliderValues } from '../../web/src/curves/slider-scale.js';

const act = await loadActivations();
const byName = new Map(act.list().map((a) => [a.name, a]));
const fromText = (text) => curveFromParsed(parseCurve(text).curve, byName);

test('URL form, attribute form and label round-trip for every activation and its presets', () => {
  for (const spec of byName.values()) {
    const variants = [{}];
    for (const param of spec.params) {
      if (param.choices) variants.push(...param.choices.map((choice) => ({ [param.name]: choice })));
      for (const preset of param.presets ?? []) variants.push({ [param.name]: preset.value });
    }
    for (const params of variants) {
      for (const flags of [
        { derivative: true, secondDerivative: false, visible: true },
        { derivative: false, secondDerivative: true, visible: false },
      ]) {
        const curve = { name: spec.name, params, ...flags };
        const url = curveText(curve, spec, { compact: true });
        const attribute = curveText(curve, spec);
        assert.doesNotMatch(url, /\s/);
        for (const text of [url, attribute]) {
          const back = fromText(text);
          assert.deepEqual(back.problems, [], text);
          const expected = { ...curve, params: Object.fromEntries(Object.entries(params).filter(([k, v]) => v !== spec.params.find((p) => p.name === k).default)) };
          assert.deepEqual(back.curve, expected, text);
        }
        const list = parseCurveList(`${attribute}, ${url} ${attribute}`);
        assert.equal(list.curves.length, 3);
        assert.match(curveLabel(curve, spec), new RegExp(`^${spec.label.replace(/[()]/g, '\\$&')}`));
      }
    }
  }
});

test('the grammar accepts spaces, quotes and separators the same way everywhere', () => {
  assert.deepEqual(fromText(' leaky_relu ( negative_slope = 0.2 , df = 0 ) ').curve, { name: 'leaky_relu', params: { negative_slope: 0.2 }, derivative: false, secondDerivative: false, visible: true });
  // f″ is off unless asked for, per curve: ddf=1.
  assert.equal(fromText('relu(ddf=1)').curve.secondDerivative, true);
  assert.equal(curveText({ ...fromText('tanh(ddf=1)').curve }, byName.get('tanh'), { compact: true }), 'tanh(ddf=1)');
  assert.equal(curveText(fromText('tanh(ddf=0)').curve, byName.get('tanh')), 'tanh');
  assert.match(fromText('relu(ddf=2)').problems[0].message, /ddf=1 or ddf=0/);
  assert.deepEqual(fromText('gelu(approximate="tanh")').curve.params, { approximate: 'tanh' });
  assert.deepEqual(fromText("gelu(approximate='tanh')").curve.params, { approximate: 'tanh' });
  assert.deepEqual(fromText('leaky_relu(negative-slope=0.3)').curve.params, { negative_slope: 0.3 });
  assert.equal(parseCurveList('relu,leaky_relu  elu').curves.length, 3);
});

test('grammar errors say where and what, and long text is refused at once', () => {
  assert.match(parseCurve('relu(').error.message, /never closed/);
  assert.match(parseCurve('relu junk').error.message, /unexpected "junk"/);
  assert.match(parseCurve('leaky_relu(negative_slope)').error.message, /expected key=value/);
  assert.match(parseCurve('leaky_relu(negative_slope=1,negative_slope=2)').error.message, /sets negative_slope twice/);
  assert.match(parseCurve('x'.repeat(1e6)).error.message, /longer than/);
  assert.match(parseCurveList(`relu(${'a=1,'.repeat(1e5)})`).error.message, /longer than/);
});

test('strict numbers: no hex, binary or empty text; underflow refused; U+2212 minus read', () => {
  assert.equal(readNumber('0.5').value, 0.5);
  assert.equal(readNumber(' -2e3 ').value, -2000);
  assert.equal(readNumber('−0.5').value, -0.5);
  assert.equal(readNumber('1e−3').value, 0.001);
  assert.equal(readNumber('1e999').value, Infinity);
  for (const text of ['', ' ', '0x10', '0b11', '1e', '1.2.3', 'NaN', 'Infinity', '1_000', '--1']) {
    assert.match(readNumber(text).error, /is not a number/, text);
  }
  assert.match(readNumber('1e-400').error, /too small/);
  assert.equal(readNumber('0e-400').value, 0);
});

test('parameter problems name the parameter and the value', () => {
  assert.match(fromText("leaky_relu(negative_slope=0x10)").problems[0].message, /negative_slope must be a finite number, like 0.01; "0x10" is not a number/);
  assert.match(fromText('gelu(approximate=tahn)').problems[0].message, /did you mean "tanh"/);
  assert.match(fromText('relu(alpha=1)').problems[0].message, /relu has no parameter "alpha"/);
  assert.match(fromText('rleu').problems[0].message, /unknown activation "rleu"; did you mean "relu"/);
});

test('slider ladders: allowed values only, ascending, round, with the default and every preset on them', () => {
  for (const spec of byName.values()) {
    for (const param of spec.params.filter((p) => !p.choices)) {
      const values = sliderValues(param);
      const where = `${spec.name}.${param.name}`;
      assert.ok(values.length >= 10 && values.length <= 400, `${where}: ${values.length} steps`);
      for (let i = 1; i < values.length; i++) assert.ok(values[i] > values[i - 1], `${where}: ascending`);
      const inside = (v) => (param.minInclusive ? v >= param.min : v > param.min) && (param.maxInclusive ? v <= param.max : v < param.max);
      assert.ok(values.every(inside), `${where}: every step allowed`);
      for (const wanted of [param.default, ...(param.presets ?? []).map((p) => p.value)]) {
        if (inside(wanted)) assert.equal(values[nearestIndex(values, wanted)], wanted, `${where}: ${wanted} reachable`);
      }
    }
  }
  const celu = sliderValues(byName.get('celu').params[0]);
  assert.ok(celu[0] > 0, 'celu alpha slider never reaches the excluded 0');
  // Leaky ReLU's slope: arrow keys step through round values around 0.01.
  const slope = sliderValues(byName.get('leaky_relu').params[0]);
  const at = slope.indexOf(0.01);
  assert.deepEqual(slope.slice(at, at + 5), [0.01, 0.012, 0.015, 0.02, 0.025]);
  assert.ok(slope.includes(0.001) && slope.includes(0.3) && slope.includes(0) && slope.includes(-0.01));
});

test('readout numbers: six significant digits, exponents at the extremes, a true minus', () => {
  assert.equal(formatReadout(-0.5), '−0.5');
  assert.equal(formatReadout(2.99999999), '3');
  assert.equal(formatReadout(1e-7), '1e−7');
  assert.equal(formatReadout(-1234567), '−1.235e6');
  assert.equal(formatReadout(NaN), 'NaN');
});
