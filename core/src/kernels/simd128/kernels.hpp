// Declarations of the WASM SIMD kernels (one .cpp per family).
#pragma once

#include <cstddef>

#include "activations/spec.hpp"

namespace activations::detail::simd128 {

void relu_f32(std::size_t n, const float* input, float* output, const ParamValues& params);
void relu_f64(std::size_t n, const double* input, double* output, const ParamValues& params);

}  // namespace activations::detail::simd128
