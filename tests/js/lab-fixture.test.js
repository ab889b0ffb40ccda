// The lab's networks against PyTorch's autograd: every case of the
// committed fixture (tests/lab/make_gradient_fixture.py, format in
// tests/lab/README.md): outputs, the mean loss, its gradient, and SGD and
// Adam steps, within 1e-12 relative (mixed with the layer's largest
// magnitude, as the README explains), and exact zeros where PyTorch's are.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { loadLab } from 'activation-playground/lab';

const fixture = JSON.parse(await readFile(new URL('../lab/fixtures/gradients.json', import.meta.url), 'utf8'));
const labs = [await loadLab({ build: 'simd' }), await loadLab({ build: 'scalar' })];
const LOSS = { 'half-mse': 'half-mse', mse: 'mse', 'bce-with-logits': 'bce-logits' };
const TOLERANCE = 1e-12;

function close(actual, expected, what) {
  const scale = Math.max(...Array.from(expected, Math.abs));
  for (let i = 0; i < expected.length; i++) {
    const a = actual[i], b = expected[i];
    if (b === 0) {
      assert.equal(Math.abs(a), 0, `${what}[${i}]: PyTorch's exact 0, got ${a}`);
      continue;
    }
    assert.ok(Math.abs(a - b) <= TOLERANCE * Math.max(Math.abs(b), scale), `${what}[${i}]: ${a} vs PyTorch ${b}`);
  }
}

function closeLayers(actual, expected, what) {
  expected.forEach((layer, l) => {
    close(actual[l].weight, layer.weight, `${what} layer ${l} weight`);
    close(actual[l].bias, layer.bias, `${what} layer ${l} bias`);
  });
}

test('the fixture covers the networks the lab trains', () => {
  assert.equal(fixture.dtype, 'float64');
  assert.ok(fixture.cases.length >= 40);
  assert.ok(fixture.cases.some((c) => c.adam) && fixture.cases.some((c) => c.sgd));
});

for (const lab of labs) {
  test(`${lab.build} build: every fixture case within 1e-12 of PyTorch`, () => {
    for (const c of fixture.cases) {
      const loss = LOSS[c.loss];
      const net = lab.createNetwork({ layers: c.layers, activation: c.activation, params: c.params, output: c.output });
      try {
        net.setParameters(c.parameters);
        close(net.forward(c.X), c.outputs, `${c.name} outputs`);
        const { loss: value, layers } = net.gradients(c.X, c.T, { loss });
        close([value], [c.loss_value], `${c.name} loss`);
        closeLayers(layers, c.gradients, `${c.name} gradient`);
        for (const name of ['sgd', 'adam']) {
          if (!c[name]) continue;
          net.setParameters(c.parameters);
          net.resetOptimizer();
          const losses = [];
          for (let s = 0; s < c[name].steps; s++) losses.push(net.step(c.X, c.T, { loss, optimizer: { name, lr: c[name].lr } }));
          close(losses, c[name].losses, `${c.name} ${name} losses`);
          closeLayers(net.parameters(), c[name].parameters, `${c.name} ${name} parameters`);
        }
      } finally {
        net.dispose();
      }
    }
  });
}
