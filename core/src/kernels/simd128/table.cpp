// The WASM SIMD provider: which activations have simd128 kernels. Every
// activation without one here falls back to the portable loop; the batch
// tests compare every kernel with the scalar function either way.
#include "kernels/simd128/kernels.hpp"
#include "kernels/vector_kernels.hpp"

namespace activations::detail {

VectorKernels vector_kernels(ActivationId id) {
    using namespace simd128;
    switch (id) {
        case ActivationId::relu: return {relu_f32, relu_f64};
        default: return {};
    }
}

const char* vector_kernels_name() { return "simd128"; }

}  // namespace activations::detail
