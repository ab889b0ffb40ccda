// The one switch from ActivationId to the activation's Type: every scalar
// and batch entry point goes through it, so the dispatch can't drift from
// activation_list.inc.
#pragma once

#include <cmath>
#include <concepts>
#include <limits>

#include "activations/activations.hpp"
#include "functions/all.hpp"

namespace activations::detail {

// Stands in for an id outside the registry (only reachable through a cast
// from a bad integer): everything is NaN.
struct UnknownActivation {
    template <std::floating_point T>
    T value(T) const { return std::numeric_limits<T>::quiet_NaN(); }
    template <std::floating_point T>
    T derivative(T, KinkConvention) const { return std::numeric_limits<T>::quiet_NaN(); }
    template <std::floating_point T>
    T second_derivative(T, KinkConvention) const { return std::numeric_limits<T>::quiet_NaN(); }
    Breakpoints breakpoints() const { return {}; }
};

// Calls visitor(activation) with the Type of `id` built from `params`.
template <class Visitor>
decltype(auto) visit(ActivationId id, const ParamValues& params, Visitor&& visitor) {
    using namespace functions;
    switch (id) {
#define ACTIVATION(name, Type) \
    case ActivationId::name: return visitor(Type{params});
#include "activations/activation_list.inc"
#undef ACTIVATION
    }
    return visitor(UnknownActivation{});
}

}  // namespace activations::detail
