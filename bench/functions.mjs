// What the benchmark runs: the sizes, from 4 KiB per array (in L1) to
// 64 MiB (in DRAM), and the activations with the parameters every
// contender uses (PyTorch's defaults, given explicitly because TF.js' own
// defaults differ: tf.leakyRelu's slope is 0.2).
export const SIZES = [2 ** 10, 2 ** 14, 2 ** 18, 2 ** 20, 2 ** 22, 2 ** 24];

export const FUNCTIONS = [
  { name: 'relu', params: {} },
  { name: 'leaky_relu', params: { negative_slope: 0.01 } },
  { name: 'elu', params: { alpha: 1 } },
  { name: 'sigmoid', params: {} },
  { name: 'tanh', params: {} },
  { name: 'gelu', params: { approximate: 'none' } },
];

// Read and write: one float32 in, one out.
export const BYTES_PER_ELEMENT = 8;
