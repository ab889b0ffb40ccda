// The properties line (web/src/curves/properties-text.js) for the
// registry's entries, and the API's properties it reads (act.list()).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadActivations } from 'activation-playground';
import { curvePropertiesSummary, curvePropertiesText, formatPropertyNumber, propertiesSummary, propertiesText, rangeText, whereText } from '../../web/src/curves/properties-text.js';

const act = await loadActivations();
const byName = new Map(act.list().map((a) => [a.name, a]));
const line = (name, params) => propertiesText(byName.get(name), params);

test('numbers: short values exactly, others cut to four digits with an ellipsis', () => {
  assert.equal(formatPropertyNumber(0), '0');
  assert.equal(formatPropertyNumber(6), '6');
  assert.equal(formatPropertyNumber(-0.375), '−0.375');
  assert.equal(formatPropertyNumber(-1e-6), '−1e−6');
  assert.equal(formatPropertyNumber(Infinity), '∞');
  assert.equal(formatPropertyNumber(-Infinity), '−∞');
  assert.equal(formatPropertyNumber(-0.16997120747990366), '−0.1699…');
  assert.equal(formatPropertyNumber(0.6931471805599453), '0.6931…');
  assert.equal(formatPropertyNumber(-1.7580993408473769), '−1.758…');
  assert.equal(formatPropertyNumber(2.0611536203143807e-9), '2.061…e−9');
  assert.equal(formatPropertyNumber(12345678), '1.234…e7');
});

test('ranges and conditions read as a learner writes them', () => {
  const interval = (low, high, lowClosed = false, highClosed = false) => ({ low, high, lowClosed, highClosed });
  assert.equal(rangeText([interval(0, Infinity, true)]), '[0, ∞)');
  assert.equal(rangeText([interval(0, 0, true, true), interval(1, 1, true, true)]), '{0, 1}');
  assert.equal(rangeText([interval(-Infinity, -0.5), interval(0, 0, true, true), interval(0.5, Infinity)]), '(−∞, −0.5) ∪ {0} ∪ (0.5, ∞)');
  assert.equal(whereText([interval(-Infinity, 0)]), 'x < 0');
  assert.equal(whereText([interval(6, Infinity)]), 'x > 6');
  assert.equal(whereText([interval(-0.5, 0.5)]), '|x| < 0.5');
  assert.equal(whereText([interval(-3, -1.5)]), '−3 < x < −1.5');
  assert.equal(whereText([interval(-Infinity, -1), interval(1, Infinity)]), '|x| > 1');
  assert.equal(whereText([interval(-Infinity, 0), interval(0, Infinity)]), 'x ≠ 0');
  assert.equal(whereText([interval(-Infinity, 0), interval(6, Infinity)]), 'x < 0 or x > 6');
});

test('the lines of the rectifiers, the smooth units and the odd ones out', () => {
  assert.equal(
    line('relu'),
    'range [0, ∞) · unbounded above · monotonic (non-decreasing) · not zero-centred (f ≥ 0) · f continuous, f′ jumps at 0 · saturates as x → −∞ · zero gradient for x < 0',
  );
  assert.equal(
    line('leaky_relu'),
    'range (−∞, ∞) · unbounded · monotonic (increasing) · f(0) = 0, not odd · f continuous, f′ jumps at 0 · no saturation · no zero-gradient region',
  );
  assert.equal(
    line('gelu'),
    'range [−0.1699…, ∞) · unbounded above · not monotonic: decreasing for x < −0.7517… · f(0) = 0, not odd · smooth · saturates as x → −∞ · no zero-gradient region',
  );
  assert.equal(
    line('tanh'),
    'range (−1, 1) · bounded · monotonic (increasing) · zero-centred (odd) · smooth · saturates both ways · no zero-gradient region',
  );
  assert.match(line('sigmoid'), /not zero-centred: symmetric about f\(0\) = 0\.5/);
  assert.match(line('hardtanh'), /range \[−1, 1\] · bounded · .* f continuous, f′ jumps at ±1 · saturates both ways · zero gradient for \|x\| > 1$/);
  assert.match(line('elu'), /f′ continuous, f″ jumps at 0/);
  assert.match(line('step'), /^range \{0, 1\} · bounded · .* f jumps at 0 · .* zero gradient for x ≠ 0$/);
  assert.match(line('hardshrink'), /^range \(−∞, −0\.5\) ∪ \{0\} ∪ \(0\.5, ∞\) .* f jumps at ±0\.5, f′ jumps at ±0\.5/);
  // PyTorch's cut-off: a drop and jumps of about 2e−9, said with their size.
  assert.match(line('softplus'), /not monotonic: drops by 2\.1e−9 at 20 · not zero-centred \(f\(0\) = 0\.6931…\) · f jumps at 20 \(by 2\.1e−9\), f′ jumps at 20 \(by 2\.1e−9\)/);
  assert.match(line('sine'), /not monotonic: decreasing for 0\.05235… < x < 0\.1570…, every 0\.2094…/);
  assert.match(line('gaussian'), /range \(0, 1\] · bounded · not monotonic: decreasing for x > 0 · not zero-centred: even, f\(0\) = 1/);
  assert.match(line('xielu'), /decreasing for x < −0\.9808… or −1e−6 < x < 0 .* not zero-centred \(f\(0\) ≈ −8e−7\) · f jumps at 0 \(by 8e−7\), f′ jumps at −1e−6 and 0/);
});

test('a line for other than the default parameters says it describes the defaults, and names them', () => {
  assert.doesNotMatch(line('leaky_relu', { negative_slope: 0.01 }), /default/);
  assert.match(
    line('leaky_relu', { negative_slope: 0.2 }),
    /^at the default parameters \(negative_slope = 0\.01\), not the ones shown: range \(−∞, ∞\) · /,
  );
  assert.doesNotMatch(line('gelu', { approximate: 'none' }), /default/);
  assert.match(line('gelu', { approximate: 'tanh' }), /^at the default parameters \(approximate = "none"\), not the ones shown: /);
  assert.match(line('xielu', { eps: 0 }), /^at the default parameters \(alpha_p = 0\.8, alpha_n = 0\.8, beta = 0\.5, eps = −1e−6\)/);
  // A parameter not given is at its default.
  assert.doesNotMatch(line('hardtanh', { max_val: 1 }), /default/);
});

test('the summary: the line, and away from the defaults its scope and the registry\'s note', () => {
  const spec = byName.get('elu');
  const atDefaults = propertiesSummary(spec, { alpha: 1 });
  assert.deepEqual({ scope: atDefaults.scope, note: atDefaults.note }, { scope: '', note: '' });
  assert.equal(atDefaults.line, propertiesText(spec));
  const other = propertiesSummary(spec, { alpha: 2 });
  assert.equal(other.line, atDefaults.line);
  assert.equal(other.scope, 'at the default parameters (alpha = 1), not the ones shown');
  assert.equal(other.note, spec.properties.parametersNote);
  assert.match(other.note, /range is \(−alpha, ∞\)/);
  assert.equal(propertiesText(spec, { alpha: 2 }), `${other.scope}: ${other.line}`);
  // Every entry with parameters says which defaults, with nothing undefined.
  for (const entry of byName.values()) {
    if (!entry.params.length) continue;
    const [first] = entry.params;
    const changed = { [first.name]: first.choices ? first.choices.at(-1) : first.default + 1 };
    if (Object.is(changed[first.name], first.default)) continue;
    const { scope, note } = propertiesSummary(entry, changed);
    assert.match(scope, new RegExp(`^at the default parameters \\(${first.name} = `), entry.name);
    assert.doesNotMatch(scope, /undefined|NaN/, entry.name);
    assert.ok(note.length > 0, entry.name);
  }
});

test('every entry has properties and a line with nothing undefined in it', () => {
  for (const spec of byName.values()) {
    const { properties } = spec;
    assert.ok(properties.range.length >= 1, spec.name);
    assert.equal(properties.boundedBelow, properties.range[0].low > -Infinity, spec.name);
    assert.equal(properties.boundedAbove, properties.range.at(-1).high < Infinity, spec.name);
    assert.equal(spec.params.length > 0, properties.parametersNote.length > 0, spec.name);
    const text = propertiesText(spec);
    assert.doesNotMatch(text, /undefined|NaN|null|\[object/, `${spec.name}: ${text}`);
    assert.equal(text.split(' · ').length, 7, `${spec.name}: ${text}`);
  }
});

test('the list hands out copies: changing one does not change the registry', () => {
  const [first] = act.list();
  first.properties.range[0].low = 42;
  first.properties.saturates.below = !first.properties.saturates.below;
  const [again] = act.list();
  assert.notEqual(again.properties.range[0].low, 42);
  assert.notEqual(again.properties.saturates.below, first.properties.saturates.below);
});

test('act.properties: computed at the parameters where the core can, null elsewhere away from the defaults', () => {
  // At the defaults, every entry's are the registry's (less the note).
  for (const spec of byName.values()) {
    const { parametersNote, ...stated } = spec.properties;
    const { parametersNote: none, ...computed } = act.properties(spec.name);
    assert.equal(none, '', spec.name);
    assert.deepEqual(computed, stated, spec.name);
  }
  // leaky_relu at a negative slope: f falls for x < 0 to a minimum of 0.
  const negative = act.properties('leaky_relu', { negative_slope: -0.5 });
  assert.deepEqual(negative.range, [{ low: 0, high: Infinity, lowClosed: true, highClosed: false }]);
  assert.equal(negative.monotonic, 'not monotonic');
  assert.deepEqual(negative.points, [{ x: 0, valueJump: 0, derivativeJump: 1.5 }]);
  // Above 1 it is still increasing; elu's range ends at −alpha.
  assert.equal(act.properties('leaky_relu', { negative_slope: 3 }).monotonic, 'increasing');
  assert.equal(act.properties('elu', { alpha: 2.5 }).range[0].low, -2.5);
  assert.equal(act.properties('celu', { alpha: 0.5 }).range[0].low, -0.5);
  // Names of other libraries resolve with their defaults (Keras' slope 0.2).
  assert.deepEqual(act.properties('keras:leaky_relu').points, [{ x: 0, valueJump: 0, derivativeJump: 0.8 }]);
  // The rest: null away from the defaults, which the line then names.
  assert.equal(act.properties('softplus', { beta: 2 }), null);
  assert.deepEqual(act.properties('step', { alpha: 2 }).range.map((piece) => piece.low), [1, 2]);
  assert.deepEqual(act.properties('hardtanh', { min_val: 0.5, max_val: 2 }).range, [{ low: 0.5, high: 2, lowClosed: true, highClosed: true }]);
  assert.equal(act.properties('gelu', { approximate: 'tanh' }).range[0].low, -0.17004075057125406);
  assert.equal(act.properties('star_relu', { scale: -1 }), null);
  // Parameters are checked as evaluate checks them.
  assert.throws(() => act.properties('leaky_relu', { negative_slope: Number.NaN }), RangeError);
  assert.throws(() => act.properties('nope'), RangeError);
});

test('lines from the core at the curve\'s parameters: about the curve drawn, with no scope', () => {
  const text = (name, params) => curvePropertiesText(act, byName.get(name), params);
  assert.equal(
    text('leaky_relu', { negative_slope: -0.5 }),
    'range [0, ∞) · unbounded above · not monotonic: decreasing for x < 0 · not zero-centred (f ≥ 0) · f continuous, f′ jumps at 0 · no saturation · no zero-gradient region',
  );
  assert.equal(text('leaky_relu', { negative_slope: 0.2 }), line('leaky_relu'));
  assert.equal(text('leaky_relu', { negative_slope: 0 }), line('relu'));
  assert.match(text('leaky_relu', { negative_slope: 1 }), /^range \(−∞, ∞\) · unbounded · monotonic \(increasing\) · zero-centred \(odd\) · smooth · /);
  assert.match(text('leaky_relu', { negative_slope: -1 }), /not zero-centred: even, f\(0\) = 0/);
  assert.match(text('elu', { alpha: 2 }), /^range \(−2, ∞\) · .* f continuous, f′ jumps at 0 · saturates as x → −∞/);
  assert.match(text('elu', { alpha: 1 }), /f′ continuous, f″ jumps at 0/);
  assert.match(text('elu', { alpha: -1 }), /^range \[0, ∞\) · unbounded above · not monotonic: decreasing for x < 0/);
  // Where the core gives nothing, the line says which defaults it describes.
  assert.match(text('hardtanh', { min_val: -2, max_val: 2 }), /^range \[−2, 2\] · bounded · monotonic \(non-decreasing\) · zero-centred \(odd\) · f continuous, f′ jumps at ±2/);
  assert.match(text('hardtanh', { min_val: 0.5, max_val: 2 }), /not zero-centred \(f\(0\) = 0\.5\)/);
  assert.match(text('swish', { beta: 2 }), /^range \[−0\.1392…, ∞\) · unbounded above · not monotonic: decreasing for x < −0\.6392…/);
  assert.match(text('sine', { omega_0: 1 }), /decreasing for 1\.570… < x < 4\.712…, every 6\.283…/);
  assert.match(text('hardshrink', { lambd: 0 }), /^range \(−∞, ∞\) · unbounded · monotonic \(increasing\) · zero-centred \(odd\) · smooth/);
  assert.match(text('step', { alpha: 2 }), /^range \{1, 2\} · bounded · not monotonic: drops by 1 at 0 /);
  assert.match(text('step', { alpha: -1 }), /zero-centred \(odd for x ≠ 0, f\(0\) = −1\)/);
  assert.match(text('softplus', { beta: 2 }), /^at the default parameters \(beta = 1, threshold = 20\), not the ones shown: range \(0, ∞\)/);
  const { scope, note } = curvePropertiesSummary(act, byName.get('leaky_relu'), { negative_slope: 0.3 });
  assert.deepEqual({ scope, note }, { scope: '', note: '' });
});
