// One value at a time: the reference every batch kernel is checked against.
#include "activations/activations.hpp"
#include "visit.hpp"

namespace activations {
namespace {

template <std::floating_point T>
T value_of(ActivationId id, T x, const ParamValues& params) {
    return detail::visit(id, params, [x](const auto& f) { return f.value(x); });
}

template <std::floating_point T>
T derivative_of(ActivationId id, T x, const ParamValues& params, KinkConvention kink) {
    return detail::visit(id, params, [x, kink](const auto& f) { return f.derivative(x, kink); });
}

}  // namespace

double value(ActivationId id, double x, const ParamValues& params) { return value_of(id, x, params); }
float value(ActivationId id, float x, const ParamValues& params) { return value_of(id, x, params); }

double derivative(ActivationId id, double x, const ParamValues& params, KinkConvention kink) {
    return derivative_of(id, x, params, kink);
}
float derivative(ActivationId id, float x, const ParamValues& params, KinkConvention kink) {
    return derivative_of(id, x, params, kink);
}

Breakpoints breakpoints(ActivationId id, const ParamValues& params) {
    return detail::visit(id, params, [](const auto& f) { return f.breakpoints(); });
}

}  // namespace activations
