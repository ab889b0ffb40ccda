// Vector kernels a build may provide for some activations. apply() uses
// the kernel when there is one and the portable loop over the scalar
// function otherwise, so a build without SIMD (native, or a WASM engine
// without SIMD) computes the same functions, and the scalar function stays
// the reference every kernel is tested against.
//
// Each build links exactly one provider of vector_kernels(): portable.cpp
// (none) or simd128/table.cpp (WASM SIMD).
#pragma once

#include <cstddef>

#include "activations/activations.hpp"

namespace activations::detail {

// Kernels follow one shape: n elements from input to output, which may be
// the same array (in place).
template <class T>
using ApplyKernel = void (*)(std::size_t n, const T* input, T* output, const ParamValues& params);

// A kernel and its error bound: how far its results may be from the scalar
// function's, in ulps of the scalar result (kernel_list.inc states it).
template <class T>
struct VectorKernel {
    ApplyKernel<T> apply = nullptr;
    unsigned ulps = 0;
};

struct VectorKernels {
    VectorKernel<float> f32;
    VectorKernel<double> f64;
};

// The vector kernels of `id` in this build; null `apply` where it has none.
VectorKernels vector_kernels(ActivationId id);

// Which provider this build links, for tests and diagnostics.
const char* vector_kernels_name();

}  // namespace activations::detail
