// The live run's activation menu: TensorFlow Playground's (state.ts:
// relu, tanh, sigmoid, linear) with leaky ReLU at PyTorch's slope 0.01, the
// articles' remedy for dying units. And the Playground's drawing caps.
export const LIVE_ACTIVATIONS = Object.freeze({
  relu: { label: 'ReLU', activation: 'relu', params: {} },
  leaky_relu: { label: 'leaky ReLU (0.01)', activation: 'leaky_relu', params: { negative_slope: 0.01 } },
  tanh: { label: 'tanh', activation: 'tanh', params: {} },
  sigmoid: { label: 'sigmoid', activation: 'sigmoid', params: {} },
  linear: { label: 'linear', activation: 'linear', params: {} },
});

// The Playground draws at most 8 units a layer and 6 hidden layers
// (playground.ts); a network is trial 0 … 1e9 of the seed (the URL's cap).
export const LIVE_LIMITS = Object.freeze({ width: 8, layers: 6, network: 1e9 });
