// The library's performance targets, each checked against this run's
// medians and printed with its ratio, so a run says plainly what is met.
import { SIZES as ALL } from '../functions.mjs';
import { ratio, sizeLabel } from './format.mjs';

const FROM_2_14 = ALL.filter((n) => n >= 2 ** 14);

// { what, fn, row, vs: [fn, row], sizes, min }: the throughput of fn's row
// over that of vs must be at least `min` at every size listed.
const TARGETS = [
  { what: 'relu zero-copy / dst.set', fn: 'relu', row: 'zero-copy', vs: ['relu', 'dst.set'], sizes: [2 ** 24], min: 1.0 },
  { what: 'relu in place / dst.set', fn: 'relu', row: 'in-place', vs: ['relu', 'dst.set'], sizes: [2 ** 24], min: 1.0 },
  { what: 'relu zero-copy / dst.set', fn: 'relu', row: 'zero-copy', vs: ['relu', 'dst.set'], sizes: [2 ** 18], min: 0.6 },
  { what: 'relu in place / dst.set', fn: 'relu', row: 'in-place', vs: ['relu', 'dst.set'], sizes: [2 ** 18], min: 0.6 },
  { what: 'relu zero-copy / TF.js op only', fn: 'relu', row: 'zero-copy', vs: ['relu', 'tf-op'], sizes: FROM_2_14, min: 1.0 },
  { what: 'relu out array / TF.js end to end', fn: 'relu', row: 'out', vs: ['relu', 'tf-e2e'], sizes: [2 ** 20, 2 ** 24], min: 2.5 },
  { what: 'leaky_relu / relu, zero-copy', fn: 'leaky_relu', row: 'zero-copy', vs: ['relu', 'zero-copy'], sizes: ALL, min: 0.9 },
  { what: 'leaky_relu zero-copy / TF.js op only (aim: about 10x)', fn: 'leaky_relu', row: 'zero-copy', vs: ['leaky_relu', 'tf-op'], sizes: ALL, min: 10 },
  { what: 'sigmoid zero-copy / TF.js op only', fn: 'sigmoid', row: 'zero-copy', vs: ['sigmoid', 'tf-op'], sizes: [2 ** 20], min: 1.0 },
  { what: 'elu zero-copy / TF.js op only', fn: 'elu', row: 'zero-copy', vs: ['elu', 'tf-op'], sizes: [2 ** 20], min: 1.0 },
  { what: 'tanh zero-copy / plain JS loop', fn: 'tanh', row: 'zero-copy', vs: ['tanh', 'js-loop'], sizes: ALL, min: 3.0 },
  { what: 'gelu zero-copy / plain JS loop', fn: 'gelu', row: 'zero-copy', vs: ['gelu', 'js-loop'], sizes: ALL, min: 3.0 },
  { what: 'relu apply zero-copy / TF.js op only', fn: 'relu', row: 'zero-copy', vs: ['relu', 'tf-op'], sizes: [2 ** 10], min: 2.0 },
  { what: 'relu apply out array / TF.js op only', fn: 'relu', row: 'out', vs: ['relu', 'tf-op'], sizes: [2 ** 10], min: 2.0 },
];

const verdict = (met) => (met ? '[ok]  ' : '[MISS]');

// Lines for every ratio target, then the per-call overhead target.
export function targetLines(results, evaluateNs) {
  const lines = TARGETS.map(({ what, fn, row, vs, sizes, min }) => {
    const ratios = sizes.map((n) => ({ n, value: results.ratio(fn, row, n, vs[1], vs[0]) }));
    const missing = ratios.filter((r) => r.value === undefined);
    if (missing.length) return `[n/a]  ${what}: not measured at ${missing.map((r) => sizeLabel(r.n)).join(', ')}`;
    const worst = ratios.reduce((a, b) => (b.value < a.value ? b : a));
    const where = sizes.length === 1 ? `at ${sizeLabel(sizes[0])}` : `worst at ${sizeLabel(worst.n)}`;
    const short = worst.value < min ? `, short by ${Math.round((1 - worst.value / min) * 100)}%` : '';
    const each = sizes.length > 1 ? `   [${ratios.map((r) => `${sizeLabel(r.n)} ${ratio(r.value)}`).join(', ')}]` : '';
    return `${verdict(worst.value >= min)} ${what} ${where} = ${ratio(worst.value)} (target ≥ ${min.toFixed(1)}x${short})${each}`;
  });
  const limitNs = 300;
  lines.push(
    `${verdict(evaluateNs < limitNs)} evaluate('relu', x), one number = ${evaluateNs.toFixed(0)} ns per call (target < ${limitNs} ns)`,
  );
  return lines;
}
