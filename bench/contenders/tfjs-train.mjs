// The Playground's network trained with TensorFlow.js on its WASM backend:
// 2-8-8-1 as tf.variable weights (out×in, as the other trainers hold them)
// and biases, hidden ReLU (or tanh), output tanh, loss the batch mean of
// ½(o − t)², and one tf.train.sgd step per batch of 10 through
// optimizer.minimize (tf.variableGrads, then the update). What it measures:
// what a page that trains this network with TF.js pays per SGD step — the
// graph of small ops, their gradients and the update, run eagerly — in
// float32 (the WASM backend has no float64), single-threaded in Node.
// The 25 batches of the training set are made into tensors once, before
// any step, so a step times only the training, none of the data's upload.
import { loadTf } from './tfjs.mjs';
import { LAYERS, playgroundProblem } from '../lib/circle-data.mjs';

// tfjs-core's Node bundle registers no gradients; the @tensorflow/tfjs
// package's bundle registers them all in TF.js' global registry, as it does
// for anyone who trains with `import * as tf from '@tensorflow/tfjs'`.
let tfPromise;
const loadOnce = () => (tfPromise ??= import('@tensorflow/tfjs').then(() => loadTf()));

function batches(tf, points, batch) {
  const out = [];
  for (let start = 0; start + batch <= points.length; start += batch) {
    const slice = points.slice(start, start + batch);
    out.push({
      x: tf.tensor2d(slice.flatMap((p) => [p.x, p.y]), [batch, 2]),
      t: tf.tensor2d(slice.map((p) => p.label), [batch, 1]),
    });
  }
  return out;
}

// One trainBatch() = one SGD step on the next 10 training points, in the
// Playground's fixed order (25 steps make an epoch, then it starts over).
export async function createTrainer({ seed = 1, lr = 0.03, activation = 'relu', batch = 10 } = {}) {
  const { tf, version } = await loadOnce();
  if (activation !== 'relu' && activation !== 'tanh') {
    throw new RangeError(`activation must be relu or tanh, got ${activation}`);
  }
  const hidden = activation === 'relu' ? tf.relu : tf.tanh;
  const problem = playgroundProblem(seed);
  const weights = problem.weights.map((w, l) => tf.variable(tf.tensor2d(Float32Array.from(w), [LAYERS[l + 1], LAYERS[l]])));
  const biases = problem.biases.map((b) => tf.variable(tf.tensor1d(Float32Array.from(b))));
  const data = batches(tf, problem.train, batch);
  const optimizer = tf.train.sgd(lr);
  const variables = [...weights, ...biases];

  // x: [n, 2] -> o: [n, 1]; each layer h·Wᵀ + b.
  const forward = (x) => {
    let h = x;
    for (let l = 0; l < weights.length; l++) {
      const z = tf.add(tf.matMul(h, weights[l], false, true), biases[l]);
      h = l === weights.length - 1 ? tf.tanh(z) : hidden(z);
    }
    return h;
  };
  const halfSquaredError = (x, t) => tf.mul(0.5, tf.mean(tf.sum(tf.square(tf.sub(forward(x), t)), 1)));

  let next = 0;
  return {
    name: `TensorFlow.js WASM, tf.train.sgd (${version})`,
    trainBatch() {
      const { x, t } = data[next];
      optimizer.minimize(() => halfSquaredError(x, t), false, variables);
      next = (next + 1) % data.length;
    },
    // Mean ½(o − t)² over the training set.
    loss() {
      return tf.tidy(() => {
        let sum = 0;
        for (const { x, t } of data) sum += halfSquaredError(x, t).dataSync()[0];
        return sum / data.length;
      });
    },
    dispose() {
      for (const v of variables) v.dispose();
      for (const { x, t } of data) {
        x.dispose();
        t.dispose();
      }
      optimizer.dispose();
    },
  };
}
