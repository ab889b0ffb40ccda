// TensorFlow Playground's circle problem and initial network, as its
// src/dataset.ts and src/nn.ts define them (tests/lab/PLAYGROUND.md gives
// file and line), from a seeded generator so that every trainer given the
// same seed sees the same data and starts from the same weights.
import { mulberry32 } from './inputs.mjs';

export const LAYERS = [2, 8, 8, 1];
const RADIUS = 5;
const SAMPLES = 500;
const TRAIN_SHARE = 0.5;

// Math.random's stand-in: a double in [0, 1) from 32 random bits.
export function uniformSource(seed) {
  const next = mulberry32(seed);
  return () => next() / 4294967296;
}

// 250 points with r in [0, 2.5) labelled +1, then 250 with r in [3.5, 5)
// labelled −1; x = r·sin(angle), y = r·cos(angle). Four draws a point (r,
// angle, and the two noise draws, which noise 0 multiplies away). Then the
// Fisher–Yates shuffle of dataset.ts and the 50 % split.
export function circleData(random) {
  const points = [];
  for (const [low, high, label] of [[0, RADIUS * 0.5, 1], [RADIUS * 0.7, RADIUS, -1]]) {
    for (let i = 0; i < SAMPLES / 2; i++) {
      const r = random() * (high - low) + low;
      const angle = random() * 2 * Math.PI;
      random();
      random();
      points.push({ x: r * Math.sin(angle), y: r * Math.cos(angle), label });
    }
  }
  for (let counter = points.length; counter > 0; ) {
    const index = Math.floor(random() * counter);
    counter--;
    [points[counter], points[index]] = [points[index], points[counter]];
  }
  const split = Math.floor(points.length * TRAIN_SHARE);
  return { train: points.slice(0, split), test: points.slice(split) };
}

// Weights U(−0.5, 0.5), one draw per link, layer by layer, unit by unit,
// input by input (row-major out×in); every bias 0.1.
export function playgroundInit(random, layers = LAYERS) {
  const weights = [];
  const biases = [];
  for (let l = 1; l < layers.length; l++) {
    const w = new Float64Array(layers[l] * layers[l - 1]);
    for (let k = 0; k < w.length; k++) w[k] = random() - 0.5;
    weights.push(w);
    biases.push(new Float64Array(layers[l]).fill(0.1));
  }
  return { weights, biases };
}

// The problem a trainer starts from: data first, then the weights, from one
// stream, as the Playground draws them after seeding.
export function playgroundProblem(seed) {
  const random = uniformSource(seed);
  const data = circleData(random);
  return { ...data, ...playgroundInit(random) };
}
