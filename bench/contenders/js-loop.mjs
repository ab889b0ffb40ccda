// What a caller writes without a library: a plain loop over Float32Arrays,
// computing in double with Math.* and storing float32. Each kernel is its
// own function so V8 optimises it for exactly one activation.
import { TOLERANCE } from '../lib/check.mjs';

// erf by Abramowitz & Stegun 7.1.26, the approximation JS code commonly
// carries since Math has no erf: |error| <= 1.5e-7 for all x.
function erf(x) {
  const a = Math.abs(x);
  const t = 1 / (1 + 0.3275911 * a);
  const poly = ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t;
  const y = 1 - poly * Math.exp(-a * a);
  return x < 0 ? -y : y;
}

const KERNELS = {
  relu: () => (x, y) => {
    for (let i = 0; i < x.length; i++) {
      const v = x[i];
      y[i] = v > 0 ? v : 0;
    }
  },
  leaky_relu: ({ negative_slope: slope }) => (x, y) => {
    for (let i = 0; i < x.length; i++) {
      const v = x[i];
      y[i] = v > 0 ? v : v * slope;
    }
  },
  elu: ({ alpha }) => (x, y) => {
    for (let i = 0; i < x.length; i++) {
      const v = x[i];
      y[i] = v > 0 ? v : alpha * (Math.exp(v) - 1);
    }
  },
  sigmoid: () => (x, y) => {
    for (let i = 0; i < x.length; i++) y[i] = 1 / (1 + Math.exp(-x[i]));
  },
  tanh: () => (x, y) => {
    for (let i = 0; i < x.length; i++) y[i] = Math.tanh(x[i]);
  },
  // Exact gelu, x·Φ(x) = x/2·(1 + erf(x/√2)), with the erf above.
  gelu: () => (x, y) => {
    for (let i = 0; i < x.length; i++) {
      const v = x[i];
      y[i] = 0.5 * v * (1 + erf(v * Math.SQRT1_2));
    }
  },
};

export const jsLoop = {
  id: 'js-loop',
  label: 'plain JS loop (Math.*)',
  tolerance: TOLERANCE.peer,
  supports: (fn) => (fn.name in KERNELS && (fn.name !== 'gelu' || fn.params.approximate === 'none')) || 'no JS loop written for it',
  prepare(fn, input) {
    const kernel = KERNELS[fn.name](fn.params);
    const out = new Float32Array(input.length);
    return { run: () => kernel(input, out), output: () => out, dispose() {} };
  },
};
