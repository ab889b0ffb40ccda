// The WASM SIMD provider: which activations have simd128 kernels, read from
// kernel_list.inc. Every activation without one here falls back to the
// portable loop; the batch tests compare every kernel with the scalar
// function either way.
#include "kernels/simd128/kernels.hpp"
#include "kernels/vector_kernels.hpp"

namespace activations::detail {

namespace {

VectorKernel<float> float_kernel(ActivationId id) {
    using namespace simd128;
    switch (id) {
#define SIMD128_F32(name, ulps) \
    case ActivationId::name: return {name##_f32, ulps};
#define SIMD128_F64(name, ulps)
#include "kernels/simd128/kernel_list.inc"
#undef SIMD128_F32
#undef SIMD128_F64
        default: return {};
    }
}

VectorKernel<double> double_kernel(ActivationId id) {
    using namespace simd128;
    switch (id) {
#define SIMD128_F32(name, ulps)
#define SIMD128_F64(name, ulps) \
    case ActivationId::name: return {name##_f64, ulps};
#include "kernels/simd128/kernel_list.inc"
#undef SIMD128_F32
#undef SIMD128_F64
        default: return {};
    }
}

}  // namespace

VectorKernels vector_kernels(ActivationId id) { return {float_kernel(id), double_kernel(id)}; }

const char* vector_kernels_name() { return "simd128"; }

}  // namespace activations::detail
