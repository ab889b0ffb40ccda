// The analysis module (f″, moments, gains, densities, mean-field maps) is a
// WASM module of its own: loadActivations() loads it beside the core, so
// its calls are synchronous; { analysis: 'later' } leaves it for
// act.analysisReady(), and until then its calls throw a clear error.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadActivations } from 'activation-playground';
import { ANALYSIS_CALLS } from '../../build/site/src/api/analysis-slot.js';
import { createAnalysisCalls, loadAnalysisModule } from '../../build/site/src/api/analysis.js';

test('the analysis calls the API stands in for are exactly those the module provides', async () => {
  const module = await loadAnalysisModule();
  const calls = createAnalysisCalls(module, () => {
    throw new Error('not called');
  }, 4);
  assert.deepEqual(Object.keys(calls).sort(), [...ANALYSIS_CALLS].sort());
});

test('by default the analysis is loaded with the core: every analysis call works at once', async () => {
  const act = await loadActivations({ build: 'scalar' });
  assert.equal(act.analysisLoaded(), true);
  assert.equal(act.moments('relu', { mean: 0, sd: 1 }).meanSquare, 0.5);
  assert.equal(act.secondDerivative('relu', 1), 0);
  assert.equal(await act.analysisReady(), act);
});

test("{ analysis: 'later' }: the core alone, analysis calls throw ANALYSIS_NOT_LOADED until analysisReady() resolves", async () => {
  // A fresh module instance of the API, so no earlier test has loaded the analysis for it.
  const { loadActivations: load } = await import(`../../build/site/src/activations.js?later=${Date.now()}`);
  const act = await load({ analysis: 'later' });
  assert.equal(act.analysisLoaded(), false);
  assert.equal(act.evaluate('relu', -3), 0);
  for (const name of ANALYSIS_CALLS) {
    assert.throws(() => act[name]('relu', { mean: 0, sd: 1 }), (error) => {
      assert.equal(error.code, 'ANALYSIS_NOT_LOADED');
      assert.match(error.message, new RegExp(`act\\.${name}\\(\\) needs the analysis module.*analysisReady\\(\\)`));
      return true;
    });
  }
  const [first, second] = await Promise.all([act.analysisReady(), act.analysisReady()]);
  assert.equal(first, act);
  assert.equal(second, act);
  assert.equal(act.analysisLoaded(), true);
  assert.ok(Math.abs(act.gain('relu').variancePreserving - Math.SQRT2) < 4e-16, 'the gain of ReLU is √2');
  assert.equal(act.secondDerivative('tanh', 0), 0);
  // The default promise of the same build then resolves to the same object.
  assert.equal(await load(), act);
});

test('bad load options are refused, naming the option', async () => {
  await assert.rejects(loadActivations({ analysis: 'soon' }), (error) => error instanceof RangeError && /analysis must be one of "now", "later", got "soon"/.test(error.message));
  await assert.rejects(loadActivations({ analysis: true }), TypeError);
  await assert.rejects(loadActivations({ analsis: 'later' }), /unknown option "analsis"; did you mean "analysis"\?/);
});
