// Declarations of the WASM SIMD kernels (one .cpp per family), generated
// from kernel_list.inc. Every kernel has the ApplyKernel shape: n elements
// from input to output, which may be the same array, with the registry's
// parameters.
#pragma once

#include <cstddef>

#include "activations/spec.hpp"

namespace activations::detail::simd128 {

#define SIMD128_F32(name, ulps) void name##_f32(std::size_t n, const float* input, float* output, const ParamValues& params);
#define SIMD128_F64(name, ulps) void name##_f64(std::size_t n, const double* input, double* output, const ParamValues& params);
#include "kernels/simd128/kernel_list.inc"
#undef SIMD128_F32
#undef SIMD128_F64

}  // namespace activations::detail::simd128
