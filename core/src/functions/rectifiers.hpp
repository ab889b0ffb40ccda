// The ReLU family: piecewise-linear functions with a kink at 0.
#pragma once

#include <cmath>
#include <concepts>

#include "activations/spec.hpp"
#include "functions/kink.hpp"

namespace activations::functions {

struct Relu {
    static constexpr ActivationSpec spec{
        .name = "relu",
        .label = "ReLU",
        .formula = "f(x) = max(0, x)",
        .derivative_formula = "f′(x) = 1 for x > 0;  0 for x < 0",
        .kink_convention = "At x = 0, f′(0) = 0 as in PyTorch; the left derivative is 0, the right 1.",
    };

    explicit constexpr Relu(const ParamValues&) {}

    // f(x) = max(0, x). NaN propagates; relu(-0) = +0, so the output is
    // never negative (as Python's max(0.0, x) and NumPy's maximum give).
    template <std::floating_point T>
    T value(T x) const {
        if (std::isnan(x)) return x;
        return x > T(0) ? x : T(0);
    }

    // f'(x) = 1 for x > 0, 0 for x < 0. At the kink x = 0 (either sign of
    // zero): 0 as PyTorch's threshold_backward, left 0, right 1.
    template <std::floating_point T>
    T derivative(T x, KinkConvention kink) const {
        if (std::isnan(x)) return x;
        if (x > T(0)) return T(1);
        if (x < T(0)) return T(0);
        return detail::at_kink(kink, T(0), T(1), T(0));
    }

    Breakpoints breakpoints() const { return detail::breakpoints_at(0.0); }
};

struct LeakyRelu {
    static constexpr ActivationSpec spec{
        .name = "leaky_relu",
        .label = "Leaky ReLU",
        .param_storage = {{
            {.name = "negative_slope",
             .default_value = 0.01,
             .description = "slope for x < 0 (PyTorch 0.01; Keras' function and tf.leakyRelu 0.2; "
                            "the Keras/TF.js layer 0.3)"},
        }},
        .param_count = 1,
        .formula = "f(x) = x for x > 0;  negative_slope · x for x ≤ 0",
        .derivative_formula = "f′(x) = 1 for x > 0;  negative_slope for x < 0",
        .kink_convention =
            "At x = 0, f′(0) = negative_slope as in PyTorch; the left derivative is "
            "negative_slope, the right 1.",
    };

    double negative_slope;  // slope of the x < 0 piece; any finite value

    explicit constexpr LeakyRelu(const ParamValues& p) : negative_slope(p[0]) {}

    // f(x) = x for x > 0, negative_slope·x otherwise. -0 maps to
    // -0·negative_slope, keeping the sign the product has. With a zero slope
    // the limit at -inf is 0, where the plain product would give NaN.
    template <std::floating_point T>
    T value(T x) const {
        const T slope = static_cast<T>(negative_slope);
        if (x > T(0)) return x;
        if (std::isinf(x) && slope == T(0)) return -std::copysign(T(0), slope);
        return x * slope;
    }

    // f'(x) = 1 for x > 0, negative_slope for x < 0. At x = 0:
    // negative_slope as PyTorch's leaky_relu_backward (x > 0 ? 1 : slope),
    // left negative_slope, right 1.
    template <std::floating_point T>
    T derivative(T x, KinkConvention kink) const {
        const T slope = static_cast<T>(negative_slope);
        if (std::isnan(x)) return x;
        if (x > T(0)) return T(1);
        if (x < T(0)) return slope;
        return detail::at_kink(kink, slope, T(1), slope);
    }

    Breakpoints breakpoints() const { return detail::breakpoints_at(0.0); }
};

}  // namespace activations::functions
