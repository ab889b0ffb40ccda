// Correctness before speed: every contender's output is compared with the
// library's scalar reference before it is timed, and a wrong one stops the
// run. A fast wrong kernel must never reach the table.

// Tolerances, |got - want| <= atol + rtol·|want|, against the double result.
// The library's float kernels are specified within 4 ulp of the correctly
// rounded value (4.8e-7 relative at most); the peers (TF.js, the plain JS
// loop's erf approximation, whose error is 1.5e-7 absolute) are held to
// float32 accuracy with room for their approximations. The absolute floor
// covers results near zero (gelu at -6 is -6e-9), where a float kernel
// built from 1 + erf(x) loses its relative accuracy.
export const TOLERANCE = Object.freeze({
  library: { rtol: 1e-6, atol: 1e-7 },
  peer: { rtol: 1e-5, atol: 1e-6 },
  exact: { rtol: 0, atol: 0 },
});

// The reference for `input`: the library's float64 batch path, itself
// checked against the scalar act.evaluate on evenly spread indices.
export function reference(act, fn, input) {
  const ref = act.apply(fn.name, Float64Array.from(input), fn.params);
  const count = Math.min(input.length, 4096);
  for (let k = 0; k < count; k++) {
    const i = count === 1 ? 0 : Math.round((k * (input.length - 1)) / (count - 1));
    const want = act.evaluate(fn.name, input[i], fn.params);
    // Both in double: a few ulp apart at most, whatever the kernel.
    if (!close(ref[i], want, 1e-13, 1e-300)) {
      throw new Error(`${fn.name}: the float64 apply gives ${ref[i]} at x = ${input[i]}, but evaluate gives ${want}`);
    }
  }
  return ref;
}

const close = (got, want, rtol, atol) =>
  Number.isNaN(want) ? Number.isNaN(got) : got === want || Math.abs(got - want) <= atol + rtol * Math.abs(want);

// Throws, naming the contender and the first wrong element, unless every
// element of `output` is within `tolerance` of `want` (the first n values).
export function checkOutput(label, output, want, input, tolerance) {
  const n = input.length;
  if (output?.length !== n) throw new Error(`${label}: output has length ${output?.length}, expected ${n}`);
  const { rtol, atol } = tolerance;
  for (let i = 0; i < n; i++) {
    if (!close(output[i], want[i], rtol, atol)) {
      throw new Error(
        `${label} is wrong at n = ${n}, index ${i}: f(${input[i]}) gave ${output[i]}, reference ${want[i]} ` +
          `(allowed ${atol} + ${rtol}·|reference|)`,
      );
    }
  }
}
