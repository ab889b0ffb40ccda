// Checks the training peers: each trains the Playground's 2-8-8-1 (ReLU,
// tanh output, ½(o − t)², batch 10, learning rate 0.03) on the circle data
// for 50 epochs from the same seed. Each one's training loss must fall to
// under half its start, and the two must agree (the same data, initial
// weights and algorithm; TF.js computes in float32, the port in float64).
// Also prints a rough steps-per-second figure, which is not a benchmark
// (`npm run bench` measures speed). Run after `npm ci --prefix bench`:
//   node bench/lab/check-trainers.mjs
import { createTrainer as playground } from '../contenders/playground-nn.mjs';
import { createTrainer as tfjs } from '../contenders/tfjs-train.mjs';

const EPOCHS = 50;
const STEPS_PER_EPOCH = 25;
const AGREEMENT = 1e-3; // |loss difference|, float32 against float64 after 1,250 steps

async function lossCurve(create, seed) {
  const trainer = await create({ seed });
  const losses = [trainer.loss()];
  const started = performance.now();
  for (let epoch = 1; epoch <= EPOCHS; epoch++) {
    for (let s = 0; s < STEPS_PER_EPOCH; s++) trainer.trainBatch();
    if (epoch % 10 === 0) losses.push(trainer.loss());
  }
  const rate = Math.round((EPOCHS * STEPS_PER_EPOCH) / ((performance.now() - started) / 1000));
  trainer.dispose?.();
  return { name: trainer.name, losses, rate };
}

let failed = false;
const report = (ok, text) => {
  failed ||= !ok;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${text}`);
};
for (const seed of [1, 2, 3]) {
  const curves = [await lossCurve(playground, seed), await lossCurve(tfjs, seed)];
  for (const { name, losses, rate } of curves) {
    const text = losses.map((l) => l.toFixed(4)).join(' ');
    report(losses.at(-1) < 0.5 * losses[0], `${name}, seed ${seed}: loss every 10 epochs ${text} (~${rate} steps/s with loss checks)`);
  }
  const gap = Math.max(...curves[0].losses.map((l, i) => Math.abs(l - curves[1].losses[i])));
  report(gap < AGREEMENT, `seed ${seed}: the two trainers' losses differ by at most ${gap.toExponential(2)}`);
}
process.exitCode = failed ? 1 : 0;
