// Generated from the registry by scripts/generate-registry-docs.mjs: do not edit.

/** Every activation's registry name (PyTorch's torch.nn.functional name). */
export type ActivationName =
  | 'relu'
  | 'leaky_relu'
  | 'prelu'
  | 'rrelu'
  | 'relu6'
  | 'elu'
  | 'selu'
  | 'celu'
  | 'gelu'
  | 'silu'
  | 'mish'
  | 'softplus'
  | 'sigmoid'
  | 'tanh'
  | 'hardtanh'
  | 'hardsigmoid'
  | 'hardswish'
  | 'softsign'
  | 'logsigmoid'
  | 'tanhshrink'
  | 'softshrink'
  | 'hardshrink'
  | 'threshold';

/** The parameters each activation takes; every one is optional and defaults as documented. */
export interface ActivationParams {
  relu: Record<string, never>;
  leaky_relu: {
    /** slope for x < 0 (PyTorch 0.01; Keras' function and tf.leakyRelu 0.2; the Keras/TF.js layer 0.3). Float32 data: a slope that float32 holds (zero, or a normal float32) is rounded to float32, as PyTorch does; one beyond float32's range or below its normal numbers is used as given, the product computed in double and rounded once. Default 0.01; any finite. */
    negative_slope?: number;
  };
  prelu: {
    /** slope for x < 0: PyTorch's learnable weight (0.25 initially), one value shared by every input; any finite value. Float32 data: a slope that float32 holds (zero, or a normal float32) is rounded to float32, as PyTorch does; one beyond float32's range or below its normal numbers is used as given, the product computed in double and rounded once. Default 0.25; any finite. */
    weight?: number;
  };
  rrelu: {
    /** lower end of the random slope for x < 0 in training; evaluation uses the fixed slope (lower + upper) / 2. Default 0.125; any finite. */
    lower?: number;
    /** upper end of the random slope for x < 0 in training; at least lower. Float32 data use the slope (lower + upper) / 2 as leaky_relu uses its own: Float32 data: a slope that float32 holds (zero, or a normal float32) is rounded to float32, as PyTorch does; one beyond float32's range or below its normal numbers is used as given, the product computed in double and rounded once. Default 0.3333333333333333; any finite. */
    upper?: number;
  };
  relu6: Record<string, never>;
  elu: {
    /** scale of the negative part: f(x) → −alpha as x → −∞; any finite value. Default 1; any finite. */
    alpha?: number;
  };
  selu: Record<string, never>;
  celu: {
    /** scale of the negative part: f(x) → −alpha as x → −∞; positive (PyTorch accepts any nonzero alpha). Default 1; (0, ∞). */
    alpha?: number;
  };
  gelu: {
    /** "none": exact, x · Φ(x) with the Gaussian CDF; "tanh": the tanh approximation. Default "none"; "none" or "tanh". */
    approximate?: 'none' | 'tanh';
  };
  silu: Record<string, never>;
  mish: Record<string, never>;
  softplus: {
    /** sharpness: larger beta bends closer to ReLU; positive. Default 1; (0, ∞). */
    beta?: number;
    /** where beta · x exceeds it, f(x) = x (PyTorch's cut-off to the linear part); any finite value. Default 20; any finite. */
    threshold?: number;
  };
  sigmoid: Record<string, never>;
  tanh: Record<string, never>;
  hardtanh: {
    /** lower clamp; below max_val. Default -1; any finite. */
    min_val?: number;
    /** upper clamp; above min_val. Default 1; any finite. */
    max_val?: number;
  };
  hardsigmoid: Record<string, never>;
  hardswish: Record<string, never>;
  softsign: Record<string, never>;
  logsigmoid: Record<string, never>;
  tanhshrink: Record<string, never>;
  softshrink: {
    /** half-width of the dead zone [−lambd, lambd] (PyTorch's spelling); at least 0. Default 0.5; [0, ∞). */
    lambd?: number;
  };
  hardshrink: {
    /** half-width of the dead zone [−lambd, lambd] (PyTorch's spelling); at least 0. Default 0.5; [0, ∞). */
    lambd?: number;
  };
  threshold: {
    /** inputs above it pass through unchanged (PyTorch has no default; 1 here). Default 1; any finite. */
    threshold?: number;
    /** the output for inputs at or below threshold (PyTorch has no default; 0 here). Default 0; any finite. */
    value?: number;
  };
}
