// The zero-gradient panel's counts, made cheap enough for every step of a
// slider drag with 100,000 inputs loaded. The inputs are copied into WASM
// memory once per input set (not once per curve and step), the core
// computes f′ into a second WASM buffer with no copy, and each curve's
// count is remembered per (name, parameters, kink convention) for that
// input set: a step that moves one curve's parameter recomputes that curve
// only.

// Counts remembered per input set: a drag visits a few hundred parameter
// values at most; past this many the memo starts again.
const MEMO_LIMIT = 256;

export class ZeroGradientCounts {
  #act;
  #xs = null;
  #input = null;
  #output = null;
  #memo = new Map();

  constructor(act) {
    this.#act = act;
  }

  // How many of `xs` (a Float64Array) get a zero gradient from `curve`.
  count(curve, xs, kink) {
    if (xs !== this.#xs) this.#load(xs);
    const key = JSON.stringify([curve.name, curve.params, kink]);
    let zero = this.#memo.get(key);
    if (zero === undefined) {
      zero = this.#countZeros(curve, kink);
      if (this.#memo.size >= MEMO_LIMIT) this.#memo.clear();
      this.#memo.set(key, zero);
    }
    return { zero, total: xs.length };
  }

  #countZeros(curve, kink) {
    if (!this.#input) return 0;
    this.#act.gradient(curve.name, this.#input, curve.params, this.#output, { kink });
    const gradients = this.#output.array;  // read after the call: memory may have grown
    let zero = 0;
    for (let i = 0; i < gradients.length; i++) if (gradients[i] === 0) zero++;
    return zero;
  }

  #load(xs) {
    this.#input?.free();
    this.#output?.free();
    this.#memo.clear();
    this.#xs = xs;
    this.#input = xs.length ? this.#act.allocate(xs.length, 'float64').set(xs) : null;
    this.#output = xs.length ? this.#act.allocate(xs.length, 'float64') : null;
  }
}
