// f″ for one value, and the registry's words about it: both reached through
// the list, like f and f′ (scalar.cpp).
#include "activations/activations.hpp"
#include "activations/second_derivative.hpp"
#include "visit.hpp"

namespace activations {
namespace {

template <std::floating_point T>
T second_derivative_of(ActivationId id, T x, const ParamValues& params, KinkConvention kink) {
    return detail::visit(id, params, [x, kink](const auto& f) { return f.second_derivative(x, kink); });
}

constexpr SecondDerivativeSpec kSecondDerivativeSpecs[] = {
#define ACTIVATION(name, Type) functions::Type::second_derivative_spec,
#include "activations/activation_list.inc"
#undef ACTIVATION
};
static_assert(std::size(kSecondDerivativeSpecs) == kActivationCount);

}  // namespace

double second_derivative(ActivationId id, double x, const ParamValues& params, KinkConvention kink) {
    return second_derivative_of(id, x, params, kink);
}
float second_derivative(ActivationId id, float x, const ParamValues& params, KinkConvention kink) {
    return second_derivative_of(id, x, params, kink);
}

const SecondDerivativeSpec& second_derivative_spec(ActivationId id) {
    static constexpr SecondDerivativeSpec kNone{};
    const auto index = static_cast<std::size_t>(id);
    return index < kActivationCount ? kSecondDerivativeSpecs[index] : kNone;
}

}  // namespace activations
