// The provider for builds without vector kernels: every activation runs the
// portable loop in batch.cpp, which the compiler may still vectorise.
#include "kernels/vector_kernels.hpp"

namespace activations::detail {

VectorKernels vector_kernels(ActivationId) { return {}; }

const char* vector_kernels_name() { return "portable"; }

}  // namespace activations::detail
