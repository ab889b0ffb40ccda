// simd128 kernels for the piecewise-linear functions. They use
// compare-and-select lane operations, which keep NaN and signed-zero
// semantics exactly (f32x4.max would canonicalise NaN, and V8 lowers it to
// a slow sequence).
#include <wasm_simd128.h>

#include "kernels/simd128/kernels.hpp"

namespace activations::detail::simd128 {

// relu(x) = x where !(x <= 0), else +0: NaN passes (NaN <= 0 is false) and
// -0 becomes +0, as the scalar function.
void relu_f32(std::size_t n, const float* input, float* output, const ParamValues&) {
    const v128_t zero = wasm_f32x4_splat(0.0f);
    std::size_t i = 0;
    for (; i + 4 <= n; i += 4) {
        const v128_t x = wasm_v128_load(input + i);
        wasm_v128_store(output + i, wasm_v128_andnot(x, wasm_f32x4_le(x, zero)));
    }
    for (; i < n; ++i) {
        const float x = input[i];
        output[i] = x <= 0.0f ? 0.0f : x;
    }
}

void relu_f64(std::size_t n, const double* input, double* output, const ParamValues&) {
    const v128_t zero = wasm_f64x2_splat(0.0);
    std::size_t i = 0;
    for (; i + 2 <= n; i += 2) {
        const v128_t x = wasm_v128_load(input + i);
        wasm_v128_store(output + i, wasm_v128_andnot(x, wasm_f64x2_le(x, zero)));
    }
    for (; i < n; ++i) {
        const double x = input[i];
        output[i] = x <= 0.0 ? 0.0 : x;
    }
}

}  // namespace activations::detail::simd128
