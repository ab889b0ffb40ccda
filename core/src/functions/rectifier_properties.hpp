// The properties (activations/properties.hpp) of the rectifiers whose
// shape turns on one parameter, computed for that parameter's value
// rather than stated at the default: a leaky piece slope · x (leaky_relu,
// prelu, rrelu) and an exponential one alpha · (eˣ − 1) (elu); and the
// identity, which shapes with a parameter become at one value. Checked
// against f and f′ at many values by tests/core/properties_test.cpp.
#pragma once

#include "activations/spec.hpp"

namespace activations::detail {

// f(x) = x: what a shape with a parameter becomes at the value that
// removes its corners (a shrink with lambd = 0, a leaky slope of 1).
constexpr Properties identity_properties() {
    return {.range = {open(-kUnbounded, kUnbounded)}, .symmetry = Symmetry::odd};
}

// relu's: the slope-0 case of both shapes.
constexpr Properties relu_properties() {
    return {
        .range = {closed_open(0, kUnbounded)},
        .monotonic = Monotonicity::non_decreasing,
        .points = {kink(0, 1)},
        .saturates_below = true,
        .zero_gradient = {open(-kUnbounded, 0)},
    };
}

// f(x) = x for x > 0, slope · x otherwise. f′ jumps at 0 from slope to 1;
// a positive slope keeps f increasing over all of ℝ, a negative one makes
// it fall for x < 0 to a minimum of 0 at 0 (|x| for slope −1, which is
// even); slope 1 is the line x, with nothing at 0.
constexpr Properties leaky_properties(double slope) {
    if (slope == 0) return relu_properties();
    if (slope == 1) return identity_properties();
    Properties p{.range = {open(-kUnbounded, kUnbounded)}, .points = {kink(0, 1 - slope)}};
    if (slope < 0) {
        p.range = {closed_open(0, kUnbounded)};
        p.monotonic = Monotonicity::not_monotonic;
        p.decreasing = {open(-kUnbounded, 0)};
        if (slope == -1) p.symmetry = Symmetry::even;
    }
    return p;
}

// f(x) = x for x > 0, alpha · (eˣ − 1) otherwise: f → −alpha as x → −∞
// with f′ = alpha · eˣ → 0 (saturation); f′ jumps at 0 from alpha to 1,
// except for alpha = 1 where only f″ does (from 1 to 0). A negative alpha
// makes f fall for x < 0 from −alpha towards 0.
constexpr Properties elu_properties(double alpha) {
    if (alpha == 0) return relu_properties();
    Properties p{
        .range = {open(-alpha, kUnbounded)},
        .points = {alpha == 1 ? curvature_jump(0) : kink(0, 1 - alpha)},
        .saturates_below = true,
    };
    if (alpha < 0) {
        p.range = {closed_open(0, kUnbounded)};
        p.monotonic = Monotonicity::not_monotonic;
        p.decreasing = {open(-kUnbounded, 0)};
    }
    return p;
}

}  // namespace activations::detail
