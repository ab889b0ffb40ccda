// A stand-in for the few TensorFlow.js ops the exported snippets use, over
// plain float64 arrays, so that every TensorFlow.js snippet runs in
// `npm test` without TensorFlow.js as a dependency. Each op is the
// element-wise function its tf.* name documents; nothing else is emulated.
// (Math.expm1, Math.log1p and erf below: erf by the Abramowitz–Stegun
// 7.1.26 form is too coarse, so it is the series/continued fraction to full
// double precision.)

const tensor = (values) => ({ values, shape: [values.length] });
const valuesOf = (a, n) => (typeof a === 'number' ? new Float64Array(n).fill(a) : a.values);
const lengthOf = (...args) => args.find((a) => typeof a !== 'number').values.length;

function elementwise(f) {
  return (...args) => {
    const n = lengthOf(...args);
    const arrays = args.map((a) => valuesOf(a, n));
    const out = new Float64Array(n);
    for (let i = 0; i < n; i++) out[i] = f(...arrays.map((a) => a[i]));
    return tensor(out);
  };
}

// erf(x) to double precision: the Maclaurin series for |x| < 2.5, else
// 1 − erfc by Lentz's continued fraction.
function erf(x) {
  const ax = Math.abs(x);
  if (ax < 2.5) {
    let term = x;
    let sum = x;
    for (let n = 1; n < 200 && Math.abs(term) > 1e-17 * Math.abs(sum); n++) {
      term *= (-x * x) / n;
      sum += term / (2 * n + 1);
    }
    return (2 / Math.sqrt(Math.PI)) * sum;
  }
  // erfc(ax) = exp(−ax²)/√π · 1/(ax + 1/2/(ax + 1/(ax + 3/2/(ax + …)))) (modified Lentz).
  let f = ax;
  let c = ax;
  let d = 0;
  for (let k = 1; k < 500; k++) {
    const a = k / 2;
    d = ax + a * d;
    d = 1 / d;
    c = ax + a / c;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  const erfc = Math.exp(-ax * ax) / Math.sqrt(Math.PI) / f;
  return Math.sign(x) * (1 - erfc);
}

export const tf = {
  tensor1d: (values) => tensor(Float64Array.from(values)),
  tidy: (fn) => fn(),
  fill: (shape, value) => tensor(new Float64Array(shape[0]).fill(value)),
  add: elementwise((a, b) => a + b),
  sub: elementwise((a, b) => a - b),
  mul: elementwise((a, b) => a * b),
  div: elementwise((a, b) => a / b),
  neg: elementwise((a) => -a),
  maximum: elementwise((a, b) => (Number.isNaN(a) || Number.isNaN(b) ? NaN : Math.max(a, b))),
  minimum: elementwise((a, b) => (Number.isNaN(a) || Number.isNaN(b) ? NaN : Math.min(a, b))),
  greater: elementwise((a, b) => (a > b ? 1 : 0)),
  greaterEqual: elementwise((a, b) => (a >= b ? 1 : 0)),
  less: elementwise((a, b) => (a < b ? 1 : 0)),
  lessEqual: elementwise((a, b) => (a <= b ? 1 : 0)),
  where: elementwise((c, a, b) => (c ? a : b)),
  exp: elementwise(Math.exp),
  expm1: elementwise(Math.expm1),
  log1p: elementwise(Math.log1p),
  tanh: elementwise(Math.tanh),
  sigmoid: elementwise((z) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)))),
  erf: elementwise(erf),
  sqrt: elementwise(Math.sqrt),
  sin: elementwise(Math.sin),
  abs: elementwise(Math.abs),
  square: elementwise((a) => a * a),
};
