// Each registry activation as a small expression tree in x, with its
// parameters filled in: what curves/code-export.js renders into PyTorch,
// Keras, JAX, TensorFlow.js and NumPy code. Forms are chosen to be exact
// and stable in float64 (softplus as max(z, 0) + log1p(e^−|z|), gelu's tanh
// form as x·σ(2u), which equals x/2·(1 + tanh u) without its cancellation).
// No DOM; a pure module.

export const X = Object.freeze({ op: 'x' });
export const num = (value) => ({ op: 'num', value });
const lift = (a) => (typeof a === 'number' ? num(a) : a);
const binary = (op) => (a, b) => ({ op, a: lift(a), b: lift(b) });
export const add = binary('add');
export const sub = binary('sub');
export const mul = binary('mul');
export const div = binary('div');
export const max = binary('max');
export const min = binary('min');
export const gt = binary('gt');
export const ge = binary('ge');
export const lt = binary('lt');
export const le = binary('le');
export const neg = (a) => ({ op: 'neg', a: lift(a) });
export const where = (cond, a, b) => ({ op: 'where', cond, a: lift(a), b: lift(b) });
// exp, expm1, log1p, tanh, sigmoid, erf, sqrt, sin, abs, square
export const fn = (name, a) => ({ op: 'fn', name, a: lift(a) });

const clip = (a, low, high) => min(max(a, low), high);
const softplus = (z) => add(max(z, 0), fn('log1p', fn('exp', neg(fn('abs', z)))));
const gated = (beta) => mul(X, fn('sigmoid', beta === 1 ? X : mul(beta, X)));

// selu's constants (PyTorch's, to 20 digits).
export const SELU_SCALE = 1.0507009873554804934;
export const SELU_ALPHA = 1.6732632423543772848;
const SQRT_HALF = Math.SQRT1_2;
const TWO_SQRT_2_OVER_PI = 2 * Math.sqrt(2 / Math.PI);  // 2·√(2/π): σ(2u) = (1 + tanh u)/2

// name -> (params) -> expression. Params arrive complete (defaults filled).
export const FORMULAS = Object.freeze({
  relu: () => max(X, 0),
  leaky_relu: (p) => where(gt(X, 0), X, mul(p.negative_slope, X)),
  prelu: (p) => where(gt(X, 0), X, mul(p.weight, X)),
  rrelu: (p) => where(gt(X, 0), X, mul((p.lower + p.upper) / 2, X)),
  relu6: () => clip(X, 0, 6),
  elu: (p) => where(gt(X, 0), X, mul(p.alpha, fn('expm1', X))),
  selu: () => mul(SELU_SCALE, where(gt(X, 0), X, mul(SELU_ALPHA, fn('expm1', X)))),
  celu: (p) => where(gt(X, 0), X, mul(p.alpha, fn('expm1', div(X, p.alpha)))),
  gelu: (p) =>
    p.approximate === 'tanh'
      ? mul(X, fn('sigmoid', mul(TWO_SQRT_2_OVER_PI, add(X, mul(0.044715, mul(X, fn('square', X)))))))
      : mul(mul(0.5, X), add(1, fn('erf', mul(X, SQRT_HALF)))),
  silu: () => gated(1),
  mish: () => mul(X, fn('tanh', softplus(X))),
  softplus: (p) => {
    const smooth = div(softplus(p.beta === 1 ? X : mul(p.beta, X)), p.beta);
    return p.threshold >= 1e308 ? smooth : where(gt(mul(p.beta, X), p.threshold), X, smooth);
  },
  sigmoid: () => fn('sigmoid', X),
  tanh: () => fn('tanh', X),
  hardtanh: (p) => clip(X, p.min_val, p.max_val),
  hardsigmoid: () => clip(add(div(X, 6), 0.5), 0, 1),
  hardswish: () => div(mul(X, clip(add(X, 3), 0, 6)), 6),
  softsign: () => div(X, add(1, fn('abs', X))),
  logsigmoid: () => neg(softplus(neg(X))),
  tanhshrink: () => sub(X, fn('tanh', X)),
  softshrink: (p) => where(gt(X, p.lambd), sub(X, p.lambd), where(lt(X, -p.lambd), add(X, p.lambd), 0)),
  hardshrink: (p) => where(gt(fn('abs', X), p.lambd), X, 0),
  threshold: (p) => where(gt(X, p.threshold), X, p.value),
  relu2: () => fn('square', max(X, 0)),
  star_relu: (p) => add(mul(p.scale, fn('square', max(X, 0))), p.bias),
  squareplus: (p) => div(add(X, fn('sqrt', add(fn('square', X), p.b))), 2),
  sparse_plus: () => where(le(X, -1), 0, where(ge(X, 1), X, div(fn('square', add(X, 1)), 4))),
  sparse_sigmoid: () => clip(div(add(X, 1), 2), 0, 1),
  linear_sigmoid: (p) => clip(add(mul(p.slope, X), 0.5), 0, 1),
  quick_gelu: () => gated(1.702),
  swish: (p) => gated(p.beta),
  xielu: (p) =>
    where(
      gt(X, 0),
      add(mul(p.alpha_p, fn('square', X)), mul(p.beta, X)),
      add(mul(p.alpha_n, sub(fn('expm1', min(X, p.eps)), X)), mul(p.beta, X)),
    ),
  snake: (p) => add(X, div(fn('square', fn('sin', mul(p.alpha, X))), p.alpha)),
  sine: (p) => fn('sin', mul(p.omega_0, X)),
  gaussian: () => fn('exp', neg(fn('square', X))),
  linear: () => X,
  step: (p) => where(gt(X, 0), 1, p.alpha),
});
