// The computations: f and f' for one value or a whole span, for float and
// double. Every activation is reached through its ActivationId; the
// parameters are the registry's, in registry order (default_params gives the
// defaults). Ids outside the registry give NaN, never undefined behaviour.
#pragma once

#include <array>
#include <cstddef>
#include <span>

#include "activations/registry.hpp"
#include "activations/spec.hpp"

namespace activations {

double value(ActivationId id, double x, const ParamValues& params);
float value(ActivationId id, float x, const ParamValues& params);

double derivative(ActivationId id, double x, const ParamValues& params,
                  KinkConvention kink = KinkConvention::pytorch);
float derivative(ActivationId id, float x, const ParamValues& params,
                 KinkConvention kink = KinkConvention::pytorch);

// f″: the second derivative, the same shape as derivative(). Where f′ jumps
// (a corner), f″ is a point mass no number can hold: the value returned
// there is what PyTorch's double backward gives (0 throughout the
// registry), and `kink` selects the left or right limit of f″ instead. The
// registry states f″ and its values at breakpoints in words
// (second_derivative_spec, activations/second_derivative.hpp).
double second_derivative(ActivationId id, double x, const ParamValues& params,
                         KinkConvention kink = KinkConvention::pytorch);
float second_derivative(ActivationId id, float x, const ParamValues& params,
                        KinkConvention kink = KinkConvention::pytorch);

// Element-wise f over `input` into `output`; `output` may be `input` itself
// (in place). Only min(input.size(), output.size()) elements are written.
void apply(ActivationId id, std::span<const float> input, std::span<float> output,
           const ParamValues& params);
void apply(ActivationId id, std::span<const double> input, std::span<double> output,
           const ParamValues& params);

// Element-wise f' with the same shape rules as apply.
void gradient(ActivationId id, std::span<const float> input, std::span<float> output,
              const ParamValues& params, KinkConvention kink = KinkConvention::pytorch);
void gradient(ActivationId id, std::span<const double> input, std::span<double> output,
              const ParamValues& params, KinkConvention kink = KinkConvention::pytorch);

// The points where f or f' is not smooth (kinks and jumps) for the given
// parameters (Breakpoints, spec.hpp).
Breakpoints breakpoints(ActivationId id, const ParamValues& params);

}  // namespace activations
