// "Copy as PyTorch / Keras / JAX / TensorFlow.js / NumPy": code that
// computes exactly a curve's function with its parameters. PyTorch calls
// its own function where it has one (every parameter spelled out); the
// others, and PyTorch where it lacks the function, get the formula in that
// library's element-wise ops (curves/code-formulas.js). Each snippet says
// which names that library gives the function and with which defaults, so
// a default that differs is visible. Pure: no DOM; the page copies the text.
import { FORMULAS } from './code-formulas.js';

export const CODE_TARGETS = Object.freeze([
  { key: 'pytorch', label: 'PyTorch', language: 'python' },
  { key: 'keras', label: 'Keras', language: 'python' },
  { key: 'jax', label: 'JAX', language: 'python' },
  { key: 'tfjs', label: 'TensorFlow.js', language: 'javascript' },
  { key: 'numpy', label: 'NumPy', language: 'python' },
]);

// The element-wise ops of each target: fn(name) gives the call's callee,
// and `full` spells a constant where the op needs an array.
const OPS = {
  pytorch: {
    fn: (name) => `torch.${name}`, where: 'torch.where', max: 'torch.maximum', min: 'torch.minimum',
    full: (v) => `torch.full_like(x, ${v})`,
    // torch.maximum and torch.minimum take tensors only: a bound is a clamp.
    bound: { max: (a, v) => `torch.clamp(${a}, min=${v})`, min: (a, v) => `torch.clamp(${a}, max=${v})` },
  },
  keras: { fn: (name) => `ops.${name}`, where: 'ops.where', max: 'ops.maximum', min: 'ops.minimum', full: (v) => v },
  jax: {
    fn: (name) => ({ sigmoid: 'jax.nn.sigmoid', erf: 'jax.scipy.special.erf' })[name] ?? `jnp.${name}`,
    where: 'jnp.where', max: 'jnp.maximum', min: 'jnp.minimum', full: (v) => v,
  },
  numpy: { fn: (name) => ({ sigmoid: '_sigmoid', erf: '_erf' })[name] ?? `np.${name}`, where: 'np.where', max: 'np.maximum', min: 'np.minimum', full: (v) => v },
};

const PRECEDENCE = { add: 1, sub: 1, mul: 2, div: 2, neg: 3 };
const INFIX = { add: '+', sub: '-', mul: '*', div: '/', gt: '>', ge: '>=', lt: '<', le: '<=' };

const pythonNumber = (v) => (Number.isInteger(v) && Math.abs(v) < 1e16 ? `${v}.0` : String(v));

// Python infix rendering, parenthesised only where precedence needs it.
function python(node, ops, parent = 0) {
  const wrap = (text, own) => (own < parent ? `(${text})` : text);
  switch (node.op) {
    case 'x': return 'x';
    case 'num': return node.value < 0 && parent > 0 ? `(${pythonNumber(node.value)})` : pythonNumber(node.value);
    case 'neg': return wrap(`-${python(node.a, ops, 3)}`, 3);
    case 'fn': return `${ops.fn(node.name)}(${python(node.a, ops)})`;
    case 'max': case 'min':
      if (ops.bound && node.b.op === 'num') return ops.bound[node.op](python(node.a, ops), pythonNumber(node.b.value));
      return `${ops[node.op]}(${python(node.a, ops)}, ${python(node.b, ops)})`;
    case 'where': {
      const branch = (b) => (b.op === 'num' ? ops.full(pythonNumber(b.value)) : python(b, ops));
      return `${ops.where}(${python(node.cond, ops)}, ${branch(node.a)}, ${branch(node.b)})`;
    }
    case 'gt': case 'ge': case 'lt': case 'le': return `${python(node.a, ops, 1)} ${INFIX[node.op]} ${python(node.b, ops, 1)}`;
    default: {
      const own = PRECEDENCE[node.op];
      // a - (b - c), a / (b * c): the right operand of - and / binds tighter.
      const right = node.op === 'sub' || node.op === 'div' ? own + 1 : own;
      return wrap(`${python(node.a, ops, own)} ${INFIX[node.op]} ${python(node.b, ops, right)}`, own);
    }
  }
}

// TensorFlow.js: every operation a tf.* call; constants become tensors of
// x's shape where tf.where needs them.
const TF_CALL = { add: 'add', sub: 'sub', mul: 'mul', div: 'div', max: 'maximum', min: 'minimum', gt: 'greater', ge: 'greaterEqual', lt: 'less', le: 'lessEqual' };
function tfjs(node) {
  switch (node.op) {
    case 'x': return 'x';
    case 'num': return String(node.value);
    case 'neg': return `tf.neg(${tfjs(node.a)})`;
    case 'fn': return `tf.${node.name}(${tfjs(node.a)})`;
    case 'where': {
      const branch = (b) => (b.op === 'num' ? `tf.fill(x.shape, ${b.value})` : tfjs(b));
      return `tf.where(${tfjs(node.cond)}, ${branch(node.a)}, ${branch(node.b)})`;
    }
    default: return `tf.${TF_CALL[node.op]}(${tfjs(node.a)}, ${tfjs(node.b)})`;
  }
}

// PyTorch's own functions, every parameter spelled out.
const TORCH_NATIVE = {
  relu: () => 'F.relu(x)',
  leaky_relu: (p) => `F.leaky_relu(x, negative_slope=${pythonNumber(p.negative_slope)})`,
  prelu: (p) => `F.prelu(x, torch.tensor([${pythonNumber(p.weight)}], dtype=x.dtype))`,
  rrelu: (p) => `F.rrelu(x, lower=${pythonNumber(p.lower)}, upper=${pythonNumber(p.upper)}, training=False)`,
  relu6: () => 'F.relu6(x)',
  elu: (p) => `F.elu(x, alpha=${pythonNumber(p.alpha)})`,
  selu: () => 'F.selu(x)',
  celu: (p) => `F.celu(x, alpha=${pythonNumber(p.alpha)})`,
  gelu: (p) => `F.gelu(x, approximate='${p.approximate}')`,
  silu: () => 'F.silu(x)',
  mish: () => 'F.mish(x)',
  softplus: (p) => `F.softplus(x, beta=${pythonNumber(p.beta)}, threshold=${pythonNumber(p.threshold)})`,
  sigmoid: () => 'torch.sigmoid(x)',
  tanh: () => 'torch.tanh(x)',
  hardtanh: (p) => `F.hardtanh(x, min_val=${pythonNumber(p.min_val)}, max_val=${pythonNumber(p.max_val)})`,
  hardsigmoid: () => 'F.hardsigmoid(x)',
  hardswish: () => 'F.hardswish(x)',
  softsign: () => 'F.softsign(x)',
  logsigmoid: () => 'F.logsigmoid(x)',
  tanhshrink: () => 'F.tanhshrink(x)',
  softshrink: (p) => `F.softshrink(x, lambd=${pythonNumber(p.lambd)})`,
  hardshrink: (p) => `F.hardshrink(x, lambd=${pythonNumber(p.lambd)})`,
  threshold: (p) => `F.threshold(x, threshold=${pythonNumber(p.threshold)}, value=${pythonNumber(p.value)})`,
  linear: () => 'x',
};

const HEADERS = {
  pytorch: ['import torch', 'import torch.nn.functional as F'],
  keras: ['from keras import ops'],
  jax: ['import jax', 'import jax.numpy as jnp'],
  numpy: ['import math', 'import numpy as np'],
};

// The curve's parameters, defaults filled in from the registry entry.
function completeParams(spec, params = {}) {
  return Object.fromEntries(spec.params.map((p) => [p.name, Object.hasOwn(params, p.name) ? params[p.name] : p.default]));
}

const paramText = (params) =>
  Object.entries(params).map(([k, v]) => `${k} = ${typeof v === 'string' ? `'${v}'` : v === Number.MAX_VALUE ? 'no cut-off' : v}`).join(', ');

// What the target library calls this function, with its defaults.
function namesNote(spec, target) {
  const names = spec.libraryNames.filter((entry) => entry.library === target);
  const label = CODE_TARGETS.find((t) => t.key === target).label;
  if (names.length === 0) return target === 'numpy' ? '' : `not a built-in of ${label}: its formula`;
  const spelled = names.map((entry) => (Object.keys(entry.params).length ? `${entry.name} (default ${paramText(entry.params)})` : entry.name));
  return `${label} calls it ${spelled.join(', ')}`;
}

function describeCurve(spec, params, target) {
  const settings = paramText(params);
  const note = namesNote(spec, target);
  return `${spec.name}${settings ? ` with ${settings}` : ''}${note ? `; ${note}` : ''}`;
}

// Code for `curve` ({ name, params }) in `target`, given the registry list
// (act.list()): a function named `activation` of an array or tensor x.
export function exportCode(curve, target, specs) {
  const spec = specs.find((s) => s.name === curve.name);
  if (spec === undefined) throw new RangeError(`unknown activation "${curve.name}"`);
  if (!CODE_TARGETS.some((t) => t.key === target)) {
    throw new RangeError(`unknown code target "${target}" (expected one of: ${CODE_TARGETS.map((t) => t.key).join(', ')})`);
  }
  const params = completeParams(spec, curve.params);
  const formula = FORMULAS[spec.name](params);
  const about = describeCurve(spec, params, target);
  if (target === 'tfjs') {
    return `import * as tf from '@tensorflow/tfjs';\n\n// ${about}\nconst activation = (x) => tf.tidy(() => ${tfjs(formula)});\n`;
  }
  const native = target === 'pytorch' ? TORCH_NATIVE[spec.name] : undefined;
  const body = native ? native(params) : python(formula, OPS[target]);
  const helpers = target === 'numpy' ? numpyHelpers(body) : [];
  return `${[...HEADERS[target], ...helpers].join('\n')}\n\n\ndef activation(x):\n    """${about}"""\n    return ${body}\n`;
}

// NumPy has neither a logistic function nor erf: small exact definitions.
function numpyHelpers(body) {
  const helpers = [];
  if (body.includes('_sigmoid(')) helpers.push('', '', 'def _sigmoid(z):', '    return np.exp(-np.logaddexp(0.0, -z))');
  if (body.includes('_erf(')) helpers.push('', '', '_erf = np.vectorize(math.erf)');
  return helpers;
}
