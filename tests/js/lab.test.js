// The lab's JS API: each experiment's shape and a pinned small run,
// networks (forward, gradients against central differences, SGD and Adam
// steps, dead units), the live Playground run, cancel and progress, and
// the errors bad options raise.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadLab } from 'activation-playground/lab';

const lab = await loadLab();
const scalar = await loadLab({ build: 'scalar' });

test('loadLab is memoised and rejects an unknown build', async () => {
  assert.equal(await loadLab(), lab);
  await assert.rejects(loadLab({ build: 'gpu' }), RangeError);
  assert.ok(['simd', 'scalar'].includes(lab.build));
  assert.equal(lab.limits.width, 1024);
});

test('bornDead: Lu et al.\'s width-2 figures, intervals and the bound', async () => {
  const result = await lab.bornDead({ widths: [2, 3], depths: 10, trials: 2000, seed: 1 });
  assert.deepEqual(result.depths, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  assert.equal(result.probability.length, 2);
  const p = result.probability[0];
  assert.ok(Math.abs(p[1] - 0.154) < 0.03, `L = 2: ${p[1]}`);
  assert.ok(Math.abs(p[4] - 0.618) < 0.04, `L = 5: ${p[4]}`);
  assert.ok(Math.abs(p[9] - 0.909) < 0.03, `L = 10: ${p[9]}`);
  assert.equal(result.bound[0][1], 1 - 0.75 ** 2);
  for (let l = 0; l < 10; l++) {
    const [low, high] = result.interval[0][l];
    assert.ok(low <= p[l] && p[l] <= high);
  }
  assert.equal(result.dead[0].length, 2000 * 10);
});

test('bornDead in parts gives the same trials as in one call', async () => {
  const whole = await lab.bornDead({ widths: [3], depths: 8, trials: 300, seed: 9 });
  const first = await lab.bornDead({ widths: [3], depths: 8, trials: 300, seed: 9, range: { first: 0, count: 120 } });
  const rest = await lab.bornDead({ widths: [3], depths: 8, trials: 300, seed: 9, range: { first: 120, count: 180 } });
  assert.deepEqual([...first.dead[0], ...rest.dead[0]], [...whole.dead[0]]);
});

test('collapse: a pinned small run, the mean state and the summary fields', async () => {
  const result = await lab.collapse({ width: 3, depth: 4, trials: 11, steps: 200, seed: 5, range: { first: 2, count: 9 } });
  // The same figures as the Catch2 pinned run (tests/core/lab_experiments_test.cpp).
  assert.equal(result.errors[0], 0.010435290342438704);
  assert.equal(result.errors[8], 0.0023623608649328454);
  assert.equal(result.ranges[3], 0.23917281136787932);
  assert.ok(Math.abs(result.targetVariance - 0.085916) < 1e-5);
  const counts = result.histogram.counts.reduce((a, b) => a + b, 0);
  assert.equal(counts, 9);
  for (const key of ['bornDead', 'collapsed', 'medianError', 'shareSolved']) assert.equal(typeof result[key], 'number');
});

test('the scalar and SIMD builds give the same trials', async () => {
  const options = { width: 2, depth: 6, trials: 10, steps: 50, seed: 3 };
  const a = await lab.collapse(options), b = await scalar.collapse(options);
  assert.deepEqual([...a.errors], [...b.errors]);
  const c = await lab.playgroundDeath({ lr: 1, epochs: 2, seeds: 3 }), d = await scalar.playgroundDeath({ lr: 1, epochs: 2, seeds: 3 });
  assert.deepEqual([...c.perTrial.trainLoss], [...d.perTrial.trainLoss]);
});

test('playgroundDeath: shapes, a pinned run, and leaky ReLU keeps units alive', async () => {
  const result = await lab.playgroundDeath({ hidden: [8, 8], activation: 'relu', lr: 1, epochs: 3, seeds: 2, seed: 4 });
  assert.equal(result.deathEpoch.length, 2);
  assert.equal(result.deathEpoch[0].length, 16);
  assert.equal(result.activeProbability.length, 4);
  assert.equal(result.activeProbability[0].length, 2);
  assert.equal(result.perTrial.trainLoss[3], 0.1252407818706603);
  assert.equal(result.perTrial.trainLoss[7], 0.0071650593870345065);
  const relu = await lab.playgroundDeath({ lr: 3, epochs: 20, seeds: 24 });
  const leaky = await lab.playgroundDeath({ lr: 3, epochs: 20, seeds: 24, activation: 'leaky_relu', params: { negative_slope: 0.01 } });
  assert.ok(relu.deadShare > 0.1, `ReLU at lr 3: ${relu.deadShare}`);
  assert.equal(leaky.deadShare, 0);
  for (const row of relu.deathEpoch) for (const epoch of row) assert.ok(epoch >= -1 && epoch <= 20);
});

test('signalDepth: He keeps the mean ratio near 1, LeCun halves it per layer', async () => {
  const he = await lab.signalDepth({ width: 128, depth: 6, trials: 40, init: 'he-normal' });
  const lecun = await lab.signalDepth({ width: 128, depth: 6, trials: 40, init: 'lecun-normal' });
  assert.deepEqual(he.layers, [1, 2, 3, 4, 5, 6]);
  // E[h²]/E[x²] per layer: 2σ²·n/2 = 1 for He, 1/2 per layer for LeCun.
  assert.ok(Math.abs(he.meanRatio[5] - 1) < 0.25, `He: ${he.meanRatio[5]}`);
  assert.ok(Math.abs(lecun.meanRatio[5] / 0.5 ** 6 - 1) < 0.25, `LeCun: ${lecun.meanRatio[5]}`);
  // A unit of the first layer is dead on 8 inputs with probability 2^−8.
  assert.ok(he.deadShare[0] < 0.02 && he.deadShare.every((share) => share >= 0 && share <= 1));
});

test('progress is reported and an AbortSignal cancels', async () => {
  const seen = [];
  await lab.collapse({ width: 2, depth: 3, trials: 150, steps: 2, onProgress: (p) => seen.push(p.done) });
  assert.deepEqual(seen, [64, 128, 150]);
  const controller = new AbortController();
  const run = lab.collapse({ width: 2, trials: 200, steps: 100, signal: controller.signal, onProgress: () => controller.abort() });
  await assert.rejects(run, (error) => error.name === 'AbortError');
  const aborted = AbortSignal.abort();
  await assert.rejects(lab.bornDead({ signal: aborted }), (error) => error.name === 'AbortError');
});

test('a network: forward, gradients against central differences, steps', () => {
  const net = lab.createNetwork({ layers: [2, 4, 3, 1], activation: 'gelu', output: 'tanh', init: 'xavier-normal', bias: 'drawn', seed: 3 });
  const X = new Float64Array([0.3, -0.7, 1.1, 0.4, -0.2, 0.9]);
  const T = new Float64Array([0.5, -0.1, 0.2]);
  const out = net.forward(X);
  assert.equal(out.length, 3);
  const { loss, layers } = net.gradients(X, T, { loss: 'mse' });
  const params = net.parameters();
  assert.equal(params.length, 3);
  assert.equal(params[0].weight.length, 8);
  const h = 1e-6;
  for (const [l, key, i] of [[0, 'weight', 3], [1, 'bias', 2], [2, 'weight', 1]]) {
    const shifted = (delta) => {
      const copy = params.map((layer) => ({ weight: layer.weight.slice(), bias: layer.bias.slice() }));
      copy[l][key][i] += delta;
      net.setParameters(copy);
      return net.gradients(X, T, { loss: 'mse' }).loss;
    };
    const numeric = (shifted(h) - shifted(-h)) / (2 * h);
    assert.ok(Math.abs(numeric - layers[l][key][i]) < 1e-7, `${l} ${key} ${i}: ${numeric} vs ${layers[l][key][i]}`);
  }
  net.setParameters(params);
  assert.equal(net.gradients(X, T, { loss: 'mse' }).loss, loss);
  const before = net.step(X, T, { loss: 'mse', optimizer: { name: 'adam', lr: 0.01 } });
  assert.equal(before, loss);
  for (let i = 0; i < 200; i++) net.step(X, T, { loss: 'mse', optimizer: { name: 'adam', lr: 0.01 } });
  assert.ok(net.gradients(X, T, { loss: 'mse' }).loss < loss / 10);
  net.dispose();
  assert.throws(() => net.forward(X), /disposed/);
});

test('SGD is p − lr·g with the batch-averaged gradient', () => {
  const net = lab.createNetwork({ layers: [1, 2, 1], init: 'pytorch', seed: 2 });
  const X = [0.5, -1], T = [1, 0];
  const { layers } = net.gradients(X, T);
  const before = net.parameters();
  net.step(X, T, { optimizer: { name: 'sgd', lr: 0.1 } });
  const after = net.parameters();
  for (let l = 0; l < 2; l++) {
    for (const key of ['weight', 'bias']) {
      for (let i = 0; i < before[l][key].length; i++) {
        assert.equal(after[l][key][i], before[l][key][i] - 0.1 * layers[l][key][i]);
      }
    }
  }
});

test('deadUnits: a unit whose pre-activation is ≤ 0 everywhere is dead; leaky is negative', () => {
  const relu = lab.createNetwork({ layers: [1, 2, 1], seed: 1 });
  relu.setParameters([{ weight: [1, -1], bias: [0, -5] }, { weight: [1, 1], bias: [0] }]);
  const X = [-1, 0, 1, 2];
  assert.deepEqual(relu.deadUnits(X), [[false, true]]);
  assert.deepEqual(relu.unitStates(X).activeProbability, [0.5 * 2 / 4]);
  const leaky = lab.createNetwork({ layers: [1, 2, 1], activation: 'leaky_relu', seed: 1 });
  leaky.setParameters([{ weight: [1, -1], bias: [0, -5] }, { weight: [1, 1], bias: [0] }]);
  assert.deepEqual(leaky.unitStates(X).states, [['alive', 'negative']]);
  assert.deepEqual(leaky.deadUnits(X), [[false, false]]);
  const outputs = relu.layerOutputs(X);
  assert.deepEqual([...outputs[0]], [0, 0, 0, 0, 1, 0, 2, 0]);
});

test('isConstant: |x| is not constant though equal at ±1; a dead network is', () => {
  const absolute = lab.createNetwork({ layers: [1, 2, 1], bias: 'zero', seed: 1 });
  absolute.setParameters([{ weight: [1, -1], bias: [0, 0] }, { weight: [1, 1], bias: [0] }]);
  assert.equal(absolute.isConstant([-1, 1]), true);
  assert.equal(absolute.isConstant([-1, 0, 1]), false);
  absolute.setParameters([{ weight: [0, 0], bias: [-1, -2] }, { weight: [1, 1], bias: [0.5] }]);
  assert.equal(absolute.isConstant([-1, 0, 1]), true);
  assert.throws(() => absolute.isConstant([]), { name: 'RangeError', message: /X has 0 numbers/ });
  assert.throws(() => absolute.isConstant([0, NaN]), { name: 'RangeError', message: /X\[1\] must be a finite number, got NaN/ });
  absolute.dispose();
});

test('the live Playground run is trial t of playgroundDeath', async () => {
  const options = { hidden: [8, 8], lr: 3, seed: 2, batch: 10 };
  const run = lab.createPlaygroundRun({ ...options, trial: 1 });
  assert.equal(run.data.train.label.length, 250);
  assert.equal(run.data.test.x.length, 500);
  run.stepBatch();
  assert.equal(run.position, 10);
  assert.equal(run.updates, 1);
  run.trainPoints(5);
  assert.equal(run.position, 15);
  run.stepEpoch();
  run.train({ epochs: 2 });
  assert.equal(run.epoch, 3);
  const trials = await lab.playgroundDeath({ ...options, epochs: 3, seeds: 2 });
  assert.equal(run.accuracy(), trials.perTrial.accuracy[4 + 3]);
  const states = run.unitStates().states.flat();
  assert.deepEqual(states.map((s) => ['alive', 'dead', 'negative'].indexOf(s)), [...trials.finalState[1]]);
  const surface = run.surface({ density: 20 });
  assert.equal(surface.output.length, 400);
  assert.equal(surface.units.length, 2);
  assert.equal(surface.units[0].length, 8);
  assert.ok(surface.output.every((v) => v >= -1 && v <= 1));
  run.dispose();
});

test('bad options throw TypeError or RangeError naming the value', async () => {
  await assert.rejects(lab.bornDead({ widths: [0] }), { name: 'RangeError', message: /widths\[0\] = 0/ });
  await assert.rejects(lab.bornDead({ widths: 'two' }), TypeError);
  await assert.rejects(lab.bornDead({ depths: 500 }), /depths = 500 is out of range/);
  await assert.rejects(lab.bornDead({ trials: 1.5 }), RangeError);
  await assert.rejects(lab.bornDead({ init: 'he_normal' }), { name: 'RangeError', message: /unknown initialiser "he_normal"; did you mean "he-normal"\?/ });
  await assert.rejects(lab.bornDead({ activation: 'rleu' }), { name: 'RangeError', message: /unknown activation "rleu"; did you mean "relu"\?/ });
  await assert.rejects(lab.bornDead({ activation: 'leaky_relu', params: { negative_slope: NaN } }), RangeError);
  await assert.rejects(lab.bornDead({ activation: 'hardtanh', params: { min_val: 2, max_val: 1 } }), /out of order/);
  await assert.rejects(lab.bornDead({ wdths: [2] }), /unknown bornDead option "wdths"; did you mean "widths"\?/);
  await assert.rejects(lab.collapse({ optimizer: { name: 'adam', lr: -1 } }), /learning rate lr = -1/);
  await assert.rejects(lab.collapse({ optimizer: { name: 'rmsprop' } }), RangeError);
  await assert.rejects(lab.playgroundDeath({ lr: Infinity }), RangeError);
  await assert.rejects(lab.playgroundDeath({ seed: -1 }), RangeError);
  await assert.rejects(lab.playgroundDeath({ hidden: [1024, 1024, 1024, 1024, 1024] }), /parameters/);
  await assert.rejects(lab.signalDepth({ width: 512 }), RangeError);
  await assert.rejects(lab.collapse({ onProgress: 3 }), TypeError);
  await assert.rejects(lab.collapse({ signal: {} }), TypeError);
  assert.throws(() => lab.createNetwork({ layers: [2] }), RangeError);
  assert.throws(() => lab.createNetwork(), TypeError);
  assert.throws(() => lab.createNetwork({ layers: [2, 1], output: 'softmax' }), /unknown output "softmax"/);
  const net = lab.createNetwork({ layers: [2, 3, 1] });
  assert.throws(() => net.forward([1, 2, 3]), /multiple of 2/);
  assert.throws(() => net.forward([1, NaN]), RangeError);
  assert.throws(() => net.forward('12'), TypeError);
  assert.throws(() => net.gradients([1, 2], [1, 2]), /X has 1 points but T has 2/);
  assert.equal(typeof net.gradients([1, 2], [1], { loss: 'bce-logits' }).loss, 'number');
  const tanhNet = lab.createNetwork({ layers: [2, 3, 1], output: 'tanh' });
  assert.throws(() => tanhNet.gradients([1, 2], [1], { loss: 'bce-logits' }), { name: 'RangeError', message: /bce-logits/ });
  tanhNet.dispose();
  assert.throws(() => net.step([1, 2], [1], { optimizer: { name: 'sgd', lr: 0 } }), RangeError);
  assert.throws(() => net.setParameters([{ weight: [1], bias: [0] }]), TypeError);
  assert.throws(() => net.setParameters([{ weight: [1, 2, 3, 4, 5, 6], bias: [0, 0, 0] }, { weight: [1, 2], bias: [0] }]), /parameters\[1\]\.weight has 2 numbers; expected 3/);
  net.dispose();
  assert.throws(() => lab.createPlaygroundRun({ hidden: [8], trial: -2 }), RangeError);
  const run = lab.createPlaygroundRun();
  assert.throws(() => run.surface({ density: 10000 }), RangeError);
  assert.throws(() => run.setLearningRate(0), RangeError);
  run.dispose();
});
