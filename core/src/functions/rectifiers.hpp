// The ReLU family (the clamps are in functions/clamps.hpp): piecewise-linear
// functions, computed in
// the input's own type. Their corners sit where PyTorch puts them; at a
// corner f′ takes the value PyTorch's autograd gives, or the left or right
// one-sided value on request. Parameters stay double: comparisons with them
// are made in double, so a float input is compared with the parameter's
// exact value, the same value breakpoints() reports.
#pragma once

#include <cmath>
#include <concepts>
#include <numeric>

#include "activations/spec.hpp"
#include "functions/kink.hpp"
#include "functions/rectifier_properties.hpp"

// The registry's statement of how float32 data use a slope (detail::leaky).
#define ACTIVATIONS_FLOAT32_SLOPE_NOTE                                                   \
    "Float32 data: a slope that float32 holds (zero, or a normal float32) is rounded " \
    "to float32, as PyTorch does; one beyond float32's range or below its normal "    \
    "numbers is used as given, the product computed in double and rounded once"

namespace activations::detail {

// x for x > 0, slope · x otherwise: the shared shape of leaky_relu, prelu
// and rrelu. -0 maps to -0 · slope, keeping the sign the product has. With a
// zero slope the limit at -inf is 0, where the plain product would give NaN.
// In float the slope is rounded to float when it holds there (holds_in); a
// slope beyond float's range (1e39) or below its normal numbers (1e-40) is
// used as the double it is, the product rounded once, so x = -1e-39 with
// slope 1e39 gives -1.0000002 rather than -inf (and 0 gives 0, not NaN).
template <std::floating_point T>
T leaky(T x, double slope_parameter) {
    if (!holds_in<T>(slope_parameter)) {
        if (x > T(0)) return x;
        return round_to<T>(static_cast<double>(x) * slope_parameter);
    }
    const T slope = round_to<T>(slope_parameter);
    if (x > T(0)) return x;
    if (std::isinf(x) && slope == T(0)) return -std::copysign(T(0), slope);
    return x * slope;
}

// Its derivative: 1 for x > 0, slope for x < 0; at x = 0 slope as PyTorch's
// leaky_relu_backward (x > 0 ? 1 : slope), left slope, right 1. In float
// the slope rounded once: a slope beyond float's range gives ±inf, the
// float nearest to it.
template <std::floating_point T>
T leaky_derivative(T x, double slope_parameter, KinkConvention kink) {
    const T slope = round_to<T>(slope_parameter);
    if (std::isnan(x)) return x;
    if (x > T(0)) return T(1);
    if (x < T(0)) return slope;
    return at_kink(kink, slope, T(1), slope);
}

}  // namespace activations::detail

namespace activations::functions {

struct Relu {
    static constexpr ActivationSpec spec{
        .name = "relu",
        .label = "ReLU",
        .formula = "f(x) = max(0, x)",
        .derivative_formula = "f′(x) = 1 for x > 0;  0 for x < 0",
        .kink_convention = "At x = 0, f′(0) = 0 as in PyTorch; the left derivative is 0, the right 1.",
        .properties = {
            .range = {closed_open(0, kUnbounded)},
            .monotonic = Monotonicity::non_decreasing,
            .points = {kink(0, 1)},
            .saturates_below = true,
            .zero_gradient = {open(-kUnbounded, 0)},
        },
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

    // f″(x) = 0: piecewise linear (detail::piecewise_linear_second_derivative).
    template <std::floating_point T>
    T second_derivative(T x, KinkConvention) const { return detail::piecewise_linear_second_derivative(x); }

    static constexpr SecondDerivativeSpec second_derivative_spec{
        .formula = "f″(x) = 0 on every piece (piecewise linear)",
        .at_breakpoints =
            "f′ jumps at 0 (from 0 to 1): f″ there is a point mass, drawn as the jump of f′; "
            "second_derivative returns 0 there, as PyTorch's double backward, and 0 for the left and "
            "right limits too.",
    };

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
                            "the Keras/TF.js layer 0.3). " ACTIVATIONS_FLOAT32_SLOPE_NOTE,
             .preset_storage = {{{"PyTorch", 0.01},
                                 {"Keras leaky_relu and tf.leakyRelu", 0.2},
                                 {"Keras / TF.js LeakyReLU layer", 0.3},
                                 {"“ReLu Function with Examples” code", 0.001}}},
             .preset_count = 4},
        }},
        .param_count = 1,
        .formula = "f(x) = x for x > 0;  negative_slope · x for x ≤ 0",
        .derivative_formula = "f′(x) = 1 for x > 0;  negative_slope for x < 0",
        .kink_convention =
            "At x = 0, f′(0) = negative_slope as in PyTorch; the left derivative is "
            "negative_slope, the right 1.",
        .properties = {
            .range = {open(-kUnbounded, kUnbounded)},
            .points = {kink(0, 0.99)},
            .parameters_note = "negative_slope = 0.01 here. Any positive slope keeps f increasing with range (−∞, ∞) "
                               "and f′ jumping at 0 by 1 − negative_slope; negative_slope = 0 is relu; a negative "
                               "slope makes f decrease for x < 0 (range [0, ∞)).",
        },
    };

    double negative_slope;  // slope of the x < 0 piece; any finite value

    explicit constexpr LeakyRelu(const ParamValues& p) : negative_slope(p[0]) {}

    // f(x) = x for x > 0, negative_slope·x otherwise (detail::leaky).
    template <std::floating_point T>
    T value(T x) const { return detail::leaky(x, negative_slope); }

    // f'(x) = 1 for x > 0, negative_slope for x < 0. At x = 0:
    // negative_slope as PyTorch, left negative_slope, right 1.
    template <std::floating_point T>
    T derivative(T x, KinkConvention kink) const { return detail::leaky_derivative(x, negative_slope, kink); }

    // f″(x) = 0: piecewise linear (detail::piecewise_linear_second_derivative).
    template <std::floating_point T>
    T second_derivative(T x, KinkConvention) const { return detail::piecewise_linear_second_derivative(x); }

    static constexpr SecondDerivativeSpec second_derivative_spec{
        .formula = "f″(x) = 0 on every piece (piecewise linear)",
        .at_breakpoints =
            "f′ jumps at 0 (from negative_slope to 1): f″ there is a point mass, drawn as the jump of "
            "f′; second_derivative returns 0 there, as PyTorch's double backward, and 0 for the left "
            "and right limits too.",
    };

    Breakpoints breakpoints() const { return detail::breakpoints_at(0.0); }

    // The properties at this slope (the spec states them at 0.01).
    constexpr Properties properties() const { return detail::leaky_properties(negative_slope); }
};

struct Prelu {
    static constexpr ActivationSpec spec{
        .name = "prelu",
        .label = "PReLU",
        .param_storage = {{
            {.name = "weight",
             .default_value = 0.25,
             .description = "slope for x < 0: PyTorch's learnable weight (0.25 initially), "
                            "one value shared by every input; any finite value. " ACTIVATIONS_FLOAT32_SLOPE_NOTE,
             .preset_storage = {{{"PyTorch initial weight", 0.25}, {"Keras PReLU initial alpha", 0.0}}},
             .preset_count = 2},
        }},
        .param_count = 1,
        .formula = "f(x) = x for x > 0;  weight · x for x ≤ 0",
        .derivative_formula = "f′(x) = 1 for x > 0;  weight for x < 0",
        .kink_convention =
            "At x = 0, f′(0) = weight as in PyTorch; the left derivative is weight, the right 1.",
        .properties = {
            .range = {open(-kUnbounded, kUnbounded)},
            .points = {kink(0, 0.75)},
            .parameters_note = "weight = 0.25 here. Any positive weight keeps f increasing with range (−∞, ∞) and f′ "
                               "jumping at 0 by 1 − weight; weight = 0 is relu; a negative weight makes f decrease "
                               "for x < 0 (range [0, ∞)).",
        },
    };

    double weight;  // slope of the x < 0 piece; any finite value

    explicit constexpr Prelu(const ParamValues& p) : weight(p[0]) {}

    // f(x) = x for x > 0, weight·x otherwise (detail::leaky).
    template <std::floating_point T>
    T value(T x) const { return detail::leaky(x, weight); }

    // f'(x) = 1 for x > 0, weight for x < 0. At x = 0: weight as PyTorch's
    // prelu backward (x > 0 ? 1 : weight), left weight, right 1.
    template <std::floating_point T>
    T derivative(T x, KinkConvention kink) const { return detail::leaky_derivative(x, weight, kink); }

    // f″(x) = 0: piecewise linear (detail::piecewise_linear_second_derivative).
    template <std::floating_point T>
    T second_derivative(T x, KinkConvention) const { return detail::piecewise_linear_second_derivative(x); }

    static constexpr SecondDerivativeSpec second_derivative_spec{
        .formula = "f″(x) = 0 on every piece (piecewise linear)",
        .at_breakpoints =
            "f′ jumps at 0 (from weight to 1): f″ there is a point mass, drawn as the jump of f′; "
            "second_derivative returns 0 there, as PyTorch's double backward, and 0 for the left and "
            "right limits too.",
    };

    Breakpoints breakpoints() const { return detail::breakpoints_at(0.0); }

    constexpr Properties properties() const { return detail::leaky_properties(weight); }
};

struct Rrelu {
    static constexpr ActivationSpec spec{
        .name = "rrelu",
        .label = "RReLU (evaluation mode)",
        .param_storage = {{
            {.name = "lower",
             .default_value = 1.0 / 8.0,
             .description = "lower end of the random slope for x < 0 in training; evaluation "
                            "uses the fixed slope (lower + upper) / 2"},
            {.name = "upper",
             .default_value = 1.0 / 3.0,
             .description = "upper end of the random slope for x < 0 in training; at least lower. "
                            "Float32 data use the slope (lower + upper) / 2 as leaky_relu uses its own: "
                            ACTIVATIONS_FLOAT32_SLOPE_NOTE},
        }},
        .param_count = 2,
        .formula = "f(x) = x for x > 0;  a · x for x ≤ 0, with a = (lower + upper) / 2",
        .derivative_formula = "f′(x) = 1 for x > 0;  a = (lower + upper) / 2 for x < 0",
        .kink_convention =
            "At x = 0, f′(0) = (lower + upper) / 2 as in PyTorch; the left derivative is "
            "(lower + upper) / 2, the right 1.",
        .order_storage = {{{.lower = 0, .upper = 1, .strict = false}}},
        .order_count = 1,
        .properties = {
            .range = {open(-kUnbounded, kUnbounded)},
            .points = {kink(0, 1.0 - 11.0 / 48.0)},
            .parameters_note = "lower = 1/8, upper = 1/3 here: the evaluation-mode slope a = (lower + upper) / 2 = "
                               "11/48. Any positive a keeps f increasing with range (−∞, ∞) and f′ jumping at 0 by 1 "
                               "− a; a = 0 is relu; a negative a makes f decrease for x < 0.",
        },
    };

    double lower;  // ends of the training-time slope range, lower <= upper
    double upper;
    double slope;  // the evaluation-mode slope, their mean

    // std::midpoint is (lower + upper) / 2 rounded once, as PyTorch's
    // (lower + upper) / 2, but cannot overflow for huge ends.
    explicit constexpr Rrelu(const ParamValues& p)
        : lower(p[0]), upper(p[1]), slope(std::midpoint(p[0], p[1])) {}

    // Evaluation mode: f(x) = x for x > 0, slope·x otherwise, with
    // slope = (lower + upper) / 2, as PyTorch's rrelu(training=False).
    template <std::floating_point T>
    T value(T x) const { return detail::leaky(x, slope); }

    // f'(x) = 1 for x > 0, slope for x < 0. At x = 0: slope as PyTorch
    // (evaluation-mode rrelu is leaky_relu), left slope, right 1.
    template <std::floating_point T>
    T derivative(T x, KinkConvention kink) const { return detail::leaky_derivative(x, slope, kink); }

    // f″(x) = 0: piecewise linear (detail::piecewise_linear_second_derivative).
    template <std::floating_point T>
    T second_derivative(T x, KinkConvention) const { return detail::piecewise_linear_second_derivative(x); }

    static constexpr SecondDerivativeSpec second_derivative_spec{
        .formula = "f″(x) = 0 on every piece (piecewise linear)",
        .at_breakpoints =
            "f′ jumps at 0 (from (lower + upper) / 2 to 1): f″ there is a point mass, drawn as the "
            "jump of f′; second_derivative returns 0 there, as PyTorch's double backward, and 0 for "
            "the left and right limits too.",
    };

    Breakpoints breakpoints() const { return detail::breakpoints_at(0.0); }

    constexpr Properties properties() const { return detail::leaky_properties(slope); }
};

}  // namespace activations::functions
