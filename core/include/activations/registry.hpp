// The registry: every activation's id and spec, generated from
// activation_list.inc so there is no second hand-kept list.
#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "activations/spec.hpp"

namespace activations {

enum class ActivationId : int {
#define ACTIVATION(name, Type) name,
#include "activations/activation_list.inc"
#undef ACTIVATION
};

inline constexpr std::size_t kActivationCount = 0
#define ACTIVATION(name, Type) +1
#include "activations/activation_list.inc"
#undef ACTIVATION
    ;

// All specs, indexed by ActivationId.
std::span<const ActivationSpec> registry();

const ActivationSpec& spec_of(ActivationId id);

// The activation with this exact registry name, if any.
std::optional<ActivationId> find_activation(std::string_view name);

// The registry's default value for every parameter of `id`.
ParamValues default_params(ActivationId id);

// The whole registry as JSON (for the JS API and the generated docs):
// {"maxParams": N, "activations": [{name, label, params: [{name, default,
// min, max, minInclusive, maxInclusive, description, choices (only for a
// choice), presets: [{label, value}] (only where given)}], formula,
// derivativeFormula, kinkConvention, orders: [{lower, upper, strict}],
// bounds: {double: {value, derivative}, float: {...}, derivativeFloors:
// [{zero, halfWidth, fromDistance, double, float}]}, edges: {valueLimits,
// derivativeLimits, derivativeBounded}, properties: {range: [interval],
// boundedBelow, boundedAbove, monotonic ("increasing", "non-decreasing",
// "not monotonic"), decreasing: [interval], decreasingPeriod (null for
// none), valueAtZero, symmetry ("none", "odd", "point", "even"),
// smoothness ("Cinf", "C1", "C0", "discontinuous"), points: [{x,
// valueJump, derivativeJump}], saturates: {below, above}, zeroGradient:
// [interval], parametersNote} at the default parameters, where interval =
// {low, high, lowClosed, highClosed}}], libraries: [{key, label}],
// libraryNames: [{library, name, activation, params: {name: value}, note}]}
// (library_names.hpp). Unbounded limits are null; a
// choice's value is an index.
std::string registry_json();

}  // namespace activations
