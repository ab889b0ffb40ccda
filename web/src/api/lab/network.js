// One dense network in the lab's core (core/include/activations/lab/
// network.hpp), with arrays in and out as copies the caller owns.
import { describe } from '../describe.js';
import { withScratch } from './heap.js';
import {
  LOSSES,
  OUTPUTS,
  checkActivation,
  checkChoice,
  checkInit,
  checkKeys,
  checkObject,
  checkOptimizer,
  checkSeed,
  checkWidths,
} from './options.js';

const UNIT_STATES = ['alive', 'dead', 'negative'];

// Frees a network's core object if the caller drops it without dispose().
const collector = new FinalizationRegistry((handle) => handle.delete());

// X as a Float64Array of n × width numbers; returns n.
function checkPoints(X, width, name, maxPoints) {
  if (!(X instanceof Float64Array) && !Array.isArray(X)) {
    throw new TypeError(`${name} must be a Float64Array or an array of numbers (n × ${width}, row-major), got ${describe(X)}`);
  }
  if (X.length === 0 || X.length % width !== 0) {
    throw new RangeError(`${name} has ${X.length} numbers; expected a positive multiple of ${width} (n points × ${width})`);
  }
  const n = X.length / width;
  if (n > maxPoints) throw new RangeError(`${name} has ${n} points (at most ${maxPoints})`);
  for (let i = 0; i < X.length; i++) {
    if (typeof X[i] !== 'number' || !Number.isFinite(X[i])) {
      throw new (typeof X[i] === 'number' ? RangeError : TypeError)(`${name}[${i}] must be a finite number, got ${describe(X[i])}`);
    }
  }
  return n;
}

export function createNetworkFactory(core, { registry, maxParams, limits }) {
  return function createNetwork(options) {
    options = checkObject(options, 'options', "{ layers: [2, 8, 8, 1], activation: 'relu' }");
    checkKeys(options, ['layers', 'activation', 'params', 'kink', 'output', 'init', 'bias', 'seed'], 'createNetwork');
    const layers = checkWidths(options.layers, 'layers', limits.width, { minLength: 2, maxLength: limits.layers });
    let parameterCount = 0;
    layers.reduce((fanIn, width) => ((parameterCount += width * (fanIn + 1)), width));
    if (parameterCount > limits.parameters) {
      throw new RangeError(`layers ${JSON.stringify(layers)} make ${parameterCount} parameters (at most ${limits.parameters})`);
    }
    const activation = checkActivation(options, registry, maxParams);
    const output = checkChoice(options.output ?? 'linear', 'output', OUTPUTS);
    const init = checkInit(options, 'he-normal', 'initialiser');
    const seed = checkSeed(options.seed ?? 1);

    const handle = withScratch(core, (s) => {
      const widths = s.f64(layers.length, layers);
      const params = s.f64(maxParams, activation.params);
      return new core.Network(widths, layers.length, activation.id, params, activation.kink, output);
    });
    handle.initialise(init.init, init.bias, init.biasValue, seed, 0);
    const network = new Network(core, handle, { layers, activation: activation.spec.name, output: OUTPUTS[output] }, limits);
    collector.register(network, handle, network);
    return network;
  };
}

class Network {
  #core;
  #handle;
  #limits;

  constructor(core, handle, { layers, activation, output }, limits) {
    this.#core = core;
    this.#handle = handle;
    this.#limits = limits;
    this.layers = Object.freeze([...layers]);
    this.activation = activation;
    this.output = output;
    Object.freeze(this);
  }

  #live() {
    if (!this.#handle) throw new Error('this network was disposed');
    return this.#handle;
  }

  get #inputs() {
    return this.layers[0];
  }

  get #outputs() {
    return this.layers[this.layers.length - 1];
  }

  // [{ weight: Float64Array (out × in, row-major), bias: Float64Array }] per layer.
  parameters() {
    const handle = this.#live();
    const start = handle.parametersAddress() / 8;
    const all = this.#core.HEAPF64.slice(start, start + handle.parameterCount());
    return splitLayers(this.layers, all);
  }

  setParameters(list) {
    const handle = this.#live();
    if (!Array.isArray(list) || list.length !== this.layers.length - 1) {
      throw new TypeError(`parameters must be an array of ${this.layers.length - 1} layers { weight, bias }, got ${describe(list)}`);
    }
    const flat = new Float64Array(handle.parameterCount());
    let offset = 0;
    list.forEach((layer, l) => {
      const fanIn = this.layers[l], units = this.layers[l + 1];
      if (typeof layer !== 'object' || layer === null) throw new TypeError(`parameters[${l}] must be { weight, bias }, got ${describe(layer)}`);
      for (const [key, length] of [['weight', units * fanIn], ['bias', units]]) {
        const values = layer[key];
        if (!(values instanceof Float64Array) && !Array.isArray(values)) {
          throw new TypeError(`parameters[${l}].${key} must be a Float64Array or an array of numbers, got ${describe(values)}`);
        }
        if (values.length !== length) throw new RangeError(`parameters[${l}].${key} has ${values.length} numbers; expected ${length}`);
        for (let i = 0; i < length; i++) {
          if (typeof values[i] !== 'number' || !Number.isFinite(values[i])) {
            throw new (typeof values[i] === 'number' ? RangeError : TypeError)(`parameters[${l}].${key}[${i}] must be a finite number, got ${describe(values[i])}`);
          }
          flat[offset + i] = values[i];
        }
        offset += length;
      }
    });
    this.#core.HEAPF64.set(flat, handle.parametersAddress() / 8);
  }

  // X: n × in, row-major -> Float64Array n × out.
  forward(X) {
    const handle = this.#live();
    const n = checkPoints(X, this.#inputs, 'X', this.#limits.points);
    return withScratch(this.#core, (s) => {
      const x = s.f64(X.length, X), out = s.f64(n * this.#outputs);
      handle.forward(x, n, out);
      return s.readF64(out, n * this.#outputs);
    });
  }

  // The gradient of the mean loss over the points.
  gradients(X, T, options) {
    const handle = this.#live();
    const { n, loss } = this.#checkBatch(X, T, options, ['loss']);
    return withScratch(this.#core, (s) => {
      const x = s.f64(X.length, X), t = s.f64(T.length, T), out = s.f64(handle.parameterCount());
      const value = handle.gradients(x, t, n, loss, out);
      return { loss: value, layers: splitLayers(this.layers, s.readF64(out, handle.parameterCount())) };
    });
  }

  // One optimiser step on these points; returns the mean loss before it.
  step(X, T, options) {
    const handle = this.#live();
    const { n, loss, optimizer } = this.#checkBatch(X, T, options, ['loss', 'optimizer']);
    return withScratch(this.#core, (s) => {
      const x = s.f64(X.length, X), t = s.f64(T.length, T);
      return handle.step(x, t, n, loss, optimizer.kind, optimizer.lr, optimizer.beta1, optimizer.beta2, optimizer.eps);
    });
  }

  // Adam's moments and step count start afresh at the next step.
  resetOptimizer() {
    this.#live().resetOptimizer();
  }

  // Per hidden layer, one boolean per unit: dead on these points
  // (pre-activation ≤ 0 and f′ = 0 on all of them).
  deadUnits(X) {
    return this.unitStates(X).states.map((layer) => layer.map((state) => state === 'dead'));
  }

  // Per hidden layer: each unit 'alive', 'dead' or 'negative' (≤ 0
  // everywhere but still receiving gradient), and Pr[z > 0] per layer.
  unitStates(X) {
    const handle = this.#live();
    const n = checkPoints(X, this.#inputs, 'X', this.#limits.points);
    const hidden = this.layers.slice(1, -1);
    const units = hidden.reduce((a, b) => a + b, 0);
    return withScratch(this.#core, (s) => {
      const x = s.f64(X.length, X), states = s.bytes(units), probability = s.f64(hidden.length);
      handle.unitStates(x, n, states, probability);
      const codes = s.readU8(states, units);
      let first = 0;
      return {
        states: hidden.map((width) => Array.from(codes.subarray(first, (first += width)), (code) => UNIT_STATES[code])),
        activeProbability: Array.from(s.readF64(probability, hidden.length)),
      };
    });
  }

  // Whether the network's output is the same at every point of X (a
  // sampled test; for one input, zero hidden biases and a positively
  // homogeneous activation such as ReLU, X = [−1, 0, 1] decides constancy
  // on all of [−1, 1]: the output is affine on each half).
  isConstant(X) {
    const handle = this.#live();
    const n = checkPoints(X, this.#inputs, 'X', this.#limits.points);
    return withScratch(this.#core, (s) => handle.isConstant(s.f64(X.length, X), n));
  }

  // Every layer's outputs (hidden layers, then the output), each n × width.
  layerOutputs(X) {
    const handle = this.#live();
    const n = checkPoints(X, this.#inputs, 'X', this.#limits.points);
    const widths = this.layers.slice(1);
    const total = widths.reduce((a, b) => a + b, 0) * n;
    return withScratch(this.#core, (s) => {
      const x = s.f64(X.length, X), out = s.f64(total);
      handle.layerOutputs(x, n, out);
      const all = s.readF64(out, total);
      let first = 0;
      return widths.map((width) => all.slice(first, (first += width * n)));
    });
  }

  dispose() {
    if (!this.#handle) return;
    collector.unregister(this);
    this.#handle.delete();
    this.#handle = null;
  }

  #checkBatch(X, T, options, keys) {
    const n = checkPoints(X, this.#inputs, 'X', this.#limits.points);
    const m = checkPoints(T, this.#outputs, 'T', this.#limits.points);
    if (m !== n) throw new RangeError(`X has ${n} points but T has ${m}; they must match`);
    options = checkObject(options, 'options', "{ loss: 'half-mse' }");
    checkKeys(options, keys, 'training');
    const loss = checkChoice(options.loss ?? 'half-mse', 'loss', LOSSES);
    if (loss === LOSSES.indexOf('bce-logits') && !this.#linearOutput()) {
      throw new RangeError('loss "bce-logits" needs output "linear" (the output is the logit)');
    }
    const optimizer = keys.includes('optimizer') ? checkOptimizer(options.optimizer, { name: 'sgd', lr: 0.01 }) : undefined;
    return { n, loss, optimizer };
  }

  #linearOutput() {
    return this.output === 'linear';
  }
}

function splitLayers(layers, all) {
  const result = [];
  let offset = 0;
  for (let l = 0; l + 1 < layers.length; l++) {
    const fanIn = layers[l], units = layers[l + 1];
    result.push({ weight: all.slice(offset, offset + units * fanIn), bias: all.slice(offset + units * fanIn, offset + units * (fanIn + 1)) });
    offset += units * (fanIn + 1);
  }
  return result;
}
