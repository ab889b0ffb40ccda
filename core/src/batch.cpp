// Whole spans: the dispatch happens once per call, outside the loop. A
// build's vector kernel runs when it has one (kernels/vector_kernels.hpp);
// otherwise the portable loop, a straight pass over one activation the
// compiler can vectorise.
#include <algorithm>
#include <type_traits>

#include "activations/activations.hpp"
#include "kernels/vector_kernels.hpp"
#include "visit.hpp"

namespace activations {
namespace {

// Reads element i before writing it, so output may alias input.
template <std::floating_point T>
void apply_span(ActivationId id, std::span<const T> input, std::span<T> output,
                const ParamValues& params) {
    const std::size_t n = std::min(input.size(), output.size());
    const T* in = input.data();
    T* out = output.data();
    const detail::VectorKernels kernels = detail::vector_kernels(id);
    const detail::ApplyKernel<T> kernel = [&] {
        if constexpr (std::is_same_v<T, float>) return kernels.f32.apply;
        else return kernels.f64.apply;
    }();
    if (kernel != nullptr) {
        kernel(n, in, out, params);
        return;
    }
    detail::visit(id, params, [=](const auto& f) {
        for (std::size_t i = 0; i < n; ++i) out[i] = f.value(in[i]);
    });
}

template <std::floating_point T>
void gradient_span(ActivationId id, std::span<const T> input, std::span<T> output,
                   const ParamValues& params, KinkConvention kink) {
    const std::size_t n = std::min(input.size(), output.size());
    const T* in = input.data();
    T* out = output.data();
    detail::visit(id, params, [=](const auto& f) {
        for (std::size_t i = 0; i < n; ++i) out[i] = f.derivative(in[i], kink);
    });
}

}  // namespace

void apply(ActivationId id, std::span<const float> input, std::span<float> output,
           const ParamValues& params) {
    apply_span(id, input, output, params);
}
void apply(ActivationId id, std::span<const double> input, std::span<double> output,
           const ParamValues& params) {
    apply_span(id, input, output, params);
}

void gradient(ActivationId id, std::span<const float> input, std::span<float> output,
              const ParamValues& params, KinkConvention kink) {
    gradient_span(id, input, output, params, kink);
}
void gradient(ActivationId id, std::span<const double> input, std::span<double> output,
              const ParamValues& params, KinkConvention kink) {
    gradient_span(id, input, output, params, kink);
}

}  // namespace activations
