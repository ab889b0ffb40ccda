// Generated from the registry by scripts/generate-registry-docs.mjs: do not edit.

/** Every activation's registry name (PyTorch's torch.nn.functional name). */
export type ActivationName =
  | 'relu'
  | 'leaky_relu';

/** The parameters each activation takes; every one is optional and defaults as documented. */
export interface ActivationParams {
  relu: {};
  leaky_relu: {
    /** slope for x < 0 (PyTorch 0.01; Keras' function and tf.leakyRelu 0.2; the Keras/TF.js layer 0.3). Default 0.01; any finite. */
    negative_slope?: number;
  };
}
