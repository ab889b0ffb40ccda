// An activation's properties (properties.hpp) for given parameter values.
// The registry states every entry's at its defaults; an activation whose
// Type computes them for any parameters (a `properties()` member:
// leaky_relu, prelu, rrelu, elu, celu, gelu, hardtanh, softshrink,
// hardshrink, threshold, squareplus, swish, sine, snake and step) gives
// them for these values. For any other (softplus, star_relu,
// linear_sigmoid, xielu), parameters away from the defaults give nothing:
// its spec's parameters_note says in words how they change.
#pragma once

#include <optional>
#include <string>

#include "activations/registry.hpp"
#include "activations/spec.hpp"

namespace activations {

std::optional<Properties> properties_at(ActivationId id, const ParamValues& params);

// properties_at as JSON, the shape of a registry entry's "properties"
// (registry_json()), with an empty parametersNote; "null" where
// properties_at gives nothing.
std::string properties_at_json(ActivationId id, const ParamValues& params);

}  // namespace activations
