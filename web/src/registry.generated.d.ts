// Generated from the registry by scripts/generate-registry-docs.mjs: do not edit.

/** Every activation's registry name (PyTorch's torch.nn.functional name where PyTorch has the function, else its origin's). */
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
  | 'threshold'
  | 'relu2'
  | 'star_relu'
  | 'squareplus'
  | 'sparse_plus'
  | 'sparse_sigmoid'
  | 'linear_sigmoid'
  | 'quick_gelu'
  | 'swish'
  | 'xielu'
  | 'snake'
  | 'sine'
  | 'gaussian'
  | 'linear'
  | 'step';

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
  relu2: Record<string, never>;
  star_relu: {
    /** s, the factor of relu(x)² (MetaFormer learns it from 1); any finite value. Default 1; any finite. */
    scale?: number;
    /** b, added everywhere (MetaFormer learns it from 0); any finite value. Default 0; any finite. */
    bias?: number;
  };
  squareplus: {
    /** how far the curve bends away from relu at 0 (f(0) = √b / 2); positive (Keras and JAX: 4). Default 4; (0, ∞). */
    b?: number;
  };
  sparse_plus: Record<string, never>;
  sparse_sigmoid: Record<string, never>;
  linear_sigmoid: {
    /** slope of the line through (0, 1/2) before it is clipped to [0, 1]; positive (TF.js layers' and Keras 2's hardSigmoid: 0.2). Default 0.2; (0, ∞). */
    slope?: number;
  };
  quick_gelu: Record<string, never>;
  swish: {
    /** β, the gate's sharpness: 1 gives silu, 1.702 quick_gelu, 0 the line x/2; at least 0. Default 1; [0, ∞). */
    beta?: number;
  };
  xielu: {
    /** the factor of x² for x > 0: the effective value, softplus of Hugging Face's stored alpha_p (0.8 initially); positive. Default 0.8; (0, ∞). */
    alpha_p?: number;
    /** the factor of expm1(min(x, eps)) − x for x ≤ 0: the effective value, beta plus the softplus of Hugging Face's stored alpha_n (0.8 initially); above beta. Default 0.8; any finite. */
    alpha_n?: number;
    /** the linear term beta · x on both sides (0.5 in Hugging Face and the paper); at least 0. Default 0.5; [0, ∞). */
    beta?: number;
    /** expm1 is taken of min(x, eps) (Hugging Face: −1e−6); 0 gives the paper's continuous form; at most 0. Default -0.000001; (−∞, 0]. */
    eps?: number;
  };
  snake: {
    /** α, the frequency of the ripple and the inverse of its height; positive (learnt per channel in BigVGAN, from 1). Default 1; (0, ∞). */
    alpha?: number;
  };
  sine: {
    /** ω₀, the frequency (SIREN's first layer: 30); positive. Default 30; (0, ∞). */
    omega_0?: number;
  };
  gaussian: Record<string, never>;
  linear: Record<string, never>;
  step: {
    /** the output for x ≤ 0 (TF.js' tf.step: 0 by default); any finite value. Default 0; any finite. */
    alpha?: number;
  };
}

/** The libraries whose names resolve to registry entries (act.resolve, 'library:name'). */
export type LibraryKey =
  | 'pytorch'
  | 'keras'
  | 'tfjs'
  | 'jax'
  | 'huggingface';

/** Every other library's name, written 'library:name', and the registry entry it resolves to. */
export interface LibraryNameTargets {
  'huggingface:gelu': 'gelu';
  'huggingface:gelu_accurate': 'gelu';
  'huggingface:gelu_fast': 'gelu';
  'huggingface:gelu_new': 'gelu';
  'huggingface:gelu_python': 'gelu';
  'huggingface:gelu_python_tanh': 'gelu';
  'huggingface:gelu_pytorch_tanh': 'gelu';
  'huggingface:leaky_relu': 'leaky_relu';
  'huggingface:linear': 'linear';
  'huggingface:mish': 'mish';
  'huggingface:prelu': 'prelu';
  'huggingface:quick_gelu': 'quick_gelu';
  'huggingface:relu': 'relu';
  'huggingface:relu2': 'relu2';
  'huggingface:relu6': 'relu6';
  'huggingface:sigmoid': 'sigmoid';
  'huggingface:silu': 'silu';
  'huggingface:swish': 'silu';
  'huggingface:tanh': 'tanh';
  'huggingface:xielu': 'xielu';
  'jax:celu': 'celu';
  'jax:elu': 'elu';
  'jax:gelu': 'gelu';
  'jax:hard_sigmoid': 'hardsigmoid';
  'jax:hard_silu': 'hardswish';
  'jax:hard_swish': 'hardswish';
  'jax:hard_tanh': 'hardtanh';
  'jax:identity': 'linear';
  'jax:leaky_relu': 'leaky_relu';
  'jax:log_sigmoid': 'logsigmoid';
  'jax:mish': 'mish';
  'jax:relu': 'relu';
  'jax:relu6': 'relu6';
  'jax:selu': 'selu';
  'jax:sigmoid': 'sigmoid';
  'jax:silu': 'silu';
  'jax:soft_sign': 'softsign';
  'jax:softplus': 'softplus';
  'jax:sparse_plus': 'sparse_plus';
  'jax:sparse_sigmoid': 'sparse_sigmoid';
  'jax:squareplus': 'squareplus';
  'jax:swish': 'silu';
  'keras:ELU': 'elu';
  'keras:LeakyReLU': 'leaky_relu';
  'keras:PReLU': 'prelu';
  'keras:ReLU': 'relu';
  'keras:celu': 'celu';
  'keras:elu': 'elu';
  'keras:gelu': 'gelu';
  'keras:hard_shrink': 'hardshrink';
  'keras:hard_sigmoid': 'hardsigmoid';
  'keras:hard_silu': 'hardswish';
  'keras:hard_swish': 'hardswish';
  'keras:hard_tanh': 'hardtanh';
  'keras:leaky_relu': 'leaky_relu';
  'keras:linear': 'linear';
  'keras:log_sigmoid': 'logsigmoid';
  'keras:mish': 'mish';
  'keras:relu': 'relu';
  'keras:relu6': 'relu6';
  'keras:selu': 'selu';
  'keras:sigmoid': 'sigmoid';
  'keras:silu': 'silu';
  'keras:soft_shrink': 'softshrink';
  'keras:softplus': 'softplus';
  'keras:softsign': 'softsign';
  'keras:sparse_plus': 'sparse_plus';
  'keras:sparse_sigmoid': 'sparse_sigmoid';
  'keras:squareplus': 'squareplus';
  'keras:swish': 'silu';
  'keras:tanh': 'tanh';
  'keras:tanh_shrink': 'tanhshrink';
  'keras:threshold': 'threshold';
  'pytorch:CELU': 'celu';
  'pytorch:ELU': 'elu';
  'pytorch:GELU': 'gelu';
  'pytorch:Hardshrink': 'hardshrink';
  'pytorch:Hardsigmoid': 'hardsigmoid';
  'pytorch:Hardswish': 'hardswish';
  'pytorch:Hardtanh': 'hardtanh';
  'pytorch:Identity': 'linear';
  'pytorch:LeakyReLU': 'leaky_relu';
  'pytorch:LogSigmoid': 'logsigmoid';
  'pytorch:Mish': 'mish';
  'pytorch:PReLU': 'prelu';
  'pytorch:RReLU': 'rrelu';
  'pytorch:ReLU': 'relu';
  'pytorch:ReLU6': 'relu6';
  'pytorch:SELU': 'selu';
  'pytorch:SiLU': 'silu';
  'pytorch:Sigmoid': 'sigmoid';
  'pytorch:Softplus': 'softplus';
  'pytorch:Softshrink': 'softshrink';
  'pytorch:Softsign': 'softsign';
  'pytorch:Tanh': 'tanh';
  'pytorch:Tanhshrink': 'tanhshrink';
  'pytorch:Threshold': 'threshold';
  'pytorch:celu': 'celu';
  'pytorch:elu': 'elu';
  'pytorch:gelu': 'gelu';
  'pytorch:hardshrink': 'hardshrink';
  'pytorch:hardsigmoid': 'hardsigmoid';
  'pytorch:hardswish': 'hardswish';
  'pytorch:hardtanh': 'hardtanh';
  'pytorch:leaky_relu': 'leaky_relu';
  'pytorch:logsigmoid': 'logsigmoid';
  'pytorch:mish': 'mish';
  'pytorch:prelu': 'prelu';
  'pytorch:relu': 'relu';
  'pytorch:relu6': 'relu6';
  'pytorch:rrelu': 'rrelu';
  'pytorch:selu': 'selu';
  'pytorch:sigmoid': 'sigmoid';
  'pytorch:silu': 'silu';
  'pytorch:softplus': 'softplus';
  'pytorch:softshrink': 'softshrink';
  'pytorch:softsign': 'softsign';
  'pytorch:tanh': 'tanh';
  'pytorch:tanhshrink': 'tanhshrink';
  'pytorch:threshold': 'threshold';
  'tfjs:elu': 'elu';
  'tfjs:hardSigmoid': 'linear_sigmoid';
  'tfjs:layers.elu': 'elu';
  'tfjs:layers.leakyReLU': 'leaky_relu';
  'tfjs:layers.prelu': 'prelu';
  'tfjs:layers.reLU': 'relu';
  'tfjs:layers.thresholdedReLU': 'threshold';
  'tfjs:leakyRelu': 'leaky_relu';
  'tfjs:linear': 'linear';
  'tfjs:logSigmoid': 'logsigmoid';
  'tfjs:mish': 'mish';
  'tfjs:prelu': 'prelu';
  'tfjs:relu': 'relu';
  'tfjs:relu6': 'relu6';
  'tfjs:selu': 'selu';
  'tfjs:sigmoid': 'sigmoid';
  'tfjs:softplus': 'softplus';
  'tfjs:softsign': 'softsign';
  'tfjs:step': 'step';
  'tfjs:swish': 'swish';
  'tfjs:tanh': 'tanh';
}
