// TensorFlow Playground's own training algorithm in plain JS: the network as
// its src/nn.ts builds it, an object graph of nodes and links, trained one
// example at a time with derivatives accumulated on every node and link and
// an update after each batch (tests/lab/PLAYGROUND.md describes it with file
// and line). What it measures: what a page that trains the Playground's
// 2-8-8-1 the Playground's way pays per SGD step on a batch of 10 — ten
// forward and backward passes through the graph plus one update — in double
// precision, with no WASM and no typed arrays.
import { LAYERS, playgroundProblem } from '../lib/circle-data.mjs';

const ACTIVATIONS = {
  // f′(0) = 0, as nn.ts's `x <= 0 ? 0 : 1`.
  relu: { output: (x) => Math.max(0, x), der: (x) => (x <= 0 ? 0 : 1) },
  tanh: {
    output: (x) => Math.tanh(x),
    der: (x) => {
      const t = Math.tanh(x);
      return 1 - t * t;
    },
  },
};

// ½(o − t)² and its derivative o − t.
const SQUARE = { der: (output, target) => output - target };

class Node {
  constructor(activation, bias) {
    this.activation = activation;
    this.bias = bias;
    this.inputLinks = [];
    this.outputs = [];
    this.totalInput = 0;
    this.output = 0;
    this.outputDer = 0;
    this.inputDer = 0;
    this.accInputDer = 0;
    this.numAccumulatedDers = 0;
  }

  updateOutput() {
    let total = this.bias;
    for (const link of this.inputLinks) total += link.weight * link.source.output;
    this.totalInput = total;
    this.output = this.activation.output(total);
    return this.output;
  }
}

class Link {
  constructor(source, dest, weight) {
    this.source = source;
    this.dest = dest;
    this.weight = weight;
    this.accErrorDer = 0;
    this.numAccumulatedDers = 0;
  }
}

// Layers of nodes; weights[l] is row-major out×in, so link (i ← j) of layer
// l + 1 takes weights[l][i·in + j], the order nn.ts draws them in.
function buildNetwork(layers, hidden, { weights, biases }) {
  const network = [[]];
  for (let j = 0; j < layers[0]; j++) network[0].push(new Node(null, 0));
  for (let l = 1; l < layers.length; l++) {
    const activation = l === layers.length - 1 ? ACTIVATIONS.tanh : hidden;
    const layer = [];
    for (let i = 0; i < layers[l]; i++) {
      const node = new Node(activation, biases[l - 1][i]);
      network[l - 1].forEach((source, j) => {
        const link = new Link(source, node, weights[l - 1][i * layers[l - 1] + j]);
        source.outputs.push(link);
        node.inputLinks.push(link);
      });
      layer.push(node);
    }
    network.push(layer);
  }
  return network;
}

function forwardProp(network, inputs) {
  network[0].forEach((node, i) => (node.output = inputs[i]));
  for (let l = 1; l < network.length; l++) for (const node of network[l]) node.updateOutput();
  return network[network.length - 1][0].output;
}

function backProp(network, target) {
  const outputNode = network[network.length - 1][0];
  outputNode.outputDer = SQUARE.der(outputNode.output, target);
  for (let l = network.length - 1; l >= 1; l--) {
    for (const node of network[l]) {
      node.inputDer = node.outputDer * node.activation.der(node.totalInput);
      node.accInputDer += node.inputDer;
      node.numAccumulatedDers++;
    }
    for (const node of network[l]) {
      for (const link of node.inputLinks) {
        link.accErrorDer += node.inputDer * link.source.output;
        link.numAccumulatedDers++;
      }
    }
    if (l === 1) continue;
    for (const node of network[l - 1]) {
      let der = 0;
      for (const link of node.outputs) der += link.weight * link.dest.inputDer;
      node.outputDer = der;
    }
  }
}

// Plain SGD on the batch-mean derivative, regularisation rate 0.
function updateWeights(network, learningRate) {
  for (let l = 1; l < network.length; l++) {
    for (const node of network[l]) {
      if (node.numAccumulatedDers > 0) {
        node.bias -= (learningRate * node.accInputDer) / node.numAccumulatedDers;
        node.accInputDer = 0;
        node.numAccumulatedDers = 0;
      }
      for (const link of node.inputLinks) {
        if (link.numAccumulatedDers > 0) {
          link.weight -= (learningRate / link.numAccumulatedDers) * link.accErrorDer;
          link.accErrorDer = 0;
          link.numAccumulatedDers = 0;
        }
      }
    }
  }
}

// One trainBatch() = one SGD step on the next 10 training points, in the
// Playground's fixed order (25 steps make an epoch, then it starts over).
export async function createTrainer({ seed = 1, lr = 0.03, activation = 'relu', batch = 10 } = {}) {
  const hidden = ACTIVATIONS[activation];
  if (!hidden) throw new RangeError(`activation must be relu or tanh, got ${activation}`);
  const problem = playgroundProblem(seed);
  const network = buildNetwork(LAYERS, hidden, problem);
  const train = problem.train;
  let next = 0;
  return {
    name: 'Playground nn.ts algorithm (plain JS object graph)',
    trainBatch() {
      for (let k = 0; k < batch; k++) {
        const point = train[next];
        forwardProp(network, [point.x, point.y]);
        backProp(network, point.label);
        next = (next + 1) % train.length;
      }
      updateWeights(network, lr);
    },
    // Mean ½(o − t)² over the training set, as the Playground's getLoss.
    loss() {
      let sum = 0;
      for (const p of train) sum += 0.5 * (forwardProp(network, [p.x, p.y]) - p.label) ** 2;
      return sum / train.length;
    },
  };
}
