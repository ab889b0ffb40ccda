// The ReLU family and the clamps: piecewise-linear functions, computed in
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

    Breakpoints breakpoints() const { return detail::breakpoints_at(0.0); }

    constexpr Properties properties() const { return detail::leaky_properties(slope); }
};

struct Relu6 {
    static constexpr ActivationSpec spec{
        .name = "relu6",
        .label = "ReLU6",
        .formula = "f(x) = min(max(0, x), 6)",
        .derivative_formula = "f′(x) = 1 for 0 < x < 6;  0 for x < 0 or x > 6",
        .kink_convention =
            "A corner counts as outside, as in PyTorch: f′(0) = 0 and f′(6) = 0. "
            "At 0 the left derivative is 0, the right 1; at 6 the left is 1, the right 0.",
        .properties = {
            .range = {closed(0, 6)},
            .monotonic = Monotonicity::non_decreasing,
            .points = {kink(0, 1), kink(6, -1)},
            .saturates_below = true,
            .saturates_above = true,
            .zero_gradient = {open(-kUnbounded, 0), open(6, kUnbounded)},
        },
    };

    explicit constexpr Relu6(const ParamValues&) {}

    static constexpr double kCap = 6;  // the upper clamp that names the function

    // f(x) = min(max(0, x), 6). relu6(-0) = +0: like relu, the output is
    // never negative.
    template <std::floating_point T>
    T value(T x) const {
        if (std::isnan(x)) return x;
        if (x <= T(0)) return T(0);
        if (x >= T(kCap)) return T(kCap);
        return x;
    }

    // f'(x) = 1 for 0 < x < 6, 0 for x < 0 or x > 6. At the corners: 0 as
    // PyTorch's hardtanh_backward (the inside is open); at 0 left 0, right 1;
    // at 6 left 1, right 0.
    template <std::floating_point T>
    T derivative(T x, KinkConvention kink) const {
        if (std::isnan(x)) return x;
        if (x > T(0) && x < T(kCap)) return T(1);
        if (x == T(0)) return detail::at_kink(kink, T(0), T(1), T(0));
        if (x == T(kCap)) return detail::at_kink(kink, T(1), T(0), T(0));
        return T(0);
    }

    Breakpoints breakpoints() const { return detail::breakpoints_at(0.0, kCap); }
};

struct Hardtanh {
    static constexpr ActivationSpec spec{
        .name = "hardtanh",
        .label = "Hardtanh",
        .param_storage = {{
            {.name = "min_val", .default_value = -1.0, .description = "lower clamp; below max_val"},
            {.name = "max_val", .default_value = 1.0, .description = "upper clamp; above min_val"},
        }},
        .param_count = 2,
        .formula = "f(x) = min_val for x < min_val;  x for min_val ≤ x ≤ max_val;  max_val for x > max_val",
        .derivative_formula = "f′(x) = 1 for min_val < x < max_val;  0 for x < min_val or x > max_val",
        .kink_convention =
            "A corner counts as outside, as in PyTorch: f′(min_val) = 0 and f′(max_val) = 0. "
            "At min_val the left derivative is 0, the right 1; at max_val the left is 1, the right 0.",
        .order_storage = {{{.lower = 0, .upper = 1, .strict = true}}},
        .order_count = 1,
        .properties = {
            .range = {closed(-1, 1)},
            .monotonic = Monotonicity::non_decreasing,
            .symmetry = Symmetry::odd,
            .points = {kink(-1, 1), kink(1, -1)},
            .saturates_below = true,
            .saturates_above = true,
            .zero_gradient = {open(-kUnbounded, -1), open(1, kUnbounded)},
            .parameters_note = "min_val = −1, max_val = 1 here. In general the range is [min_val, max_val], the "
                               "gradient zero outside it; f is odd only when min_val = −max_val, and f(0) = 0 only "
                               "when 0 lies between them.",
        },
    };

    double min_val;  // the clamps, min_val < max_val
    double max_val;

    explicit constexpr Hardtanh(const ParamValues& p) : min_val(p[0]), max_val(p[1]) {}

    // f(x) = clamp(x, min_val, max_val); inside, x itself (so -0 stays -0).
    template <std::floating_point T>
    T value(T x) const {
        if (std::isnan(x)) return x;
        const double wide = static_cast<double>(x);
        if (wide < min_val) return detail::round_to<T>(min_val);
        if (wide > max_val) return detail::round_to<T>(max_val);
        return x;
    }

    // f'(x) = 1 strictly inside, 0 outside. At the corners: 0 as PyTorch's
    // hardtanh_backward; at min_val left 0, right 1; at max_val left 1, right 0.
    template <std::floating_point T>
    T derivative(T x, KinkConvention kink) const {
        if (std::isnan(x)) return x;
        const double wide = static_cast<double>(x);
        if (wide > min_val && wide < max_val) return T(1);
        if (wide == min_val) return detail::at_kink(kink, T(0), T(1), T(0));
        if (wide == max_val) return detail::at_kink(kink, T(1), T(0), T(0));
        return T(0);
    }

    Breakpoints breakpoints() const { return detail::breakpoints_at(min_val, max_val); }

    // The properties at these clamps: the range [min_val, max_val], flat
    // outside it; odd only when min_val = −max_val.
    constexpr Properties properties() const {
        return {
            .range = {closed(min_val, max_val)},
            .monotonic = Monotonicity::non_decreasing,
            .value_at_zero = min_val > 0 ? min_val : (max_val < 0 ? max_val : 0),
            .symmetry = min_val == -max_val ? Symmetry::odd : Symmetry::none,
            .points = {kink(min_val, 1), kink(max_val, -1)},
            .saturates_below = true,
            .saturates_above = true,
            .zero_gradient = {open(-kUnbounded, min_val), open(max_val, kUnbounded)},
        };
    }
};

struct Threshold {
    static constexpr ActivationSpec spec{
        .name = "threshold",
        .label = "Threshold",
        .param_storage = {{
            {.name = "threshold",
             .default_value = 1.0,
             .description = "inputs above it pass through unchanged (PyTorch has no default; 1 here)"},
            {.name = "value",
             .default_value = 0.0,
             .description = "the output for inputs at or below threshold (PyTorch has no default; 0 here)"},
        }},
        .param_count = 2,
        .formula = "f(x) = x for x > threshold;  value for x ≤ threshold",
        .derivative_formula = "f′(x) = 1 for x > threshold;  0 for x < threshold",
        .kink_convention =
            "At x = threshold (a jump unless value = threshold), f′ = 0 as in PyTorch; "
            "the left derivative is 0, the right 1.",
        .properties = {
            .range = {single(0), open(1, kUnbounded)},
            .monotonic = Monotonicity::non_decreasing,
            .points = {jump(1, 1, 1)},
            .saturates_below = true,
            .zero_gradient = {open(-kUnbounded, 1)},
            .parameters_note = "threshold = 1, value = 0 here. f jumps at threshold from value to threshold (f is "
                               "continuous only when they are equal) and is non-decreasing while value ≤ threshold; "
                               "the range is {value} ∪ (threshold, ∞) then.",
        },
    };

    double threshold;    // inputs above it pass through
    double replacement;  // the parameter `value`: the output at or below threshold

    explicit constexpr Threshold(const ParamValues& p) : threshold(p[0]), replacement(p[1]) {}

    // f(x) = x for x > threshold, value otherwise (PyTorch: x <= threshold ?
    // value : x); -inf gives value, +inf passes.
    template <std::floating_point T>
    T value(T x) const {
        if (std::isnan(x)) return x;
        return static_cast<double>(x) > threshold ? x : detail::round_to<T>(replacement);
    }

    // f'(x) = 1 for x > threshold, 0 for x < threshold. At x = threshold: 0
    // as PyTorch's threshold_backward (x <= threshold ? 0 : 1), left 0,
    // right 1.
    template <std::floating_point T>
    T derivative(T x, KinkConvention kink) const {
        if (std::isnan(x)) return x;
        const double wide = static_cast<double>(x);
        if (wide > threshold) return T(1);
        if (wide < threshold) return T(0);
        return detail::at_kink(kink, T(0), T(1), T(0));
    }

    Breakpoints breakpoints() const { return detail::breakpoints_at(threshold); }

    // The properties at these parameters: f jumps at threshold from value
    // to threshold, up (a gap in the range) for value < threshold, down for
    // value > threshold; equal, f only has a corner there.
    constexpr Properties properties() const {
        Properties p{
            .range = {single(replacement), open(threshold, kUnbounded)},
            .monotonic = Monotonicity::non_decreasing,
            .value_at_zero = 0 > threshold ? 0 : replacement,
            .points = {jump(threshold, threshold - replacement, 1)},
            .saturates_below = true,
            .zero_gradient = {open(-kUnbounded, threshold)},
        };
        if (replacement == threshold) {
            p.range = {closed_open(threshold, kUnbounded)};
            p.points = {kink(threshold, 1)};
        } else if (replacement > threshold) {
            p.range = {open(threshold, kUnbounded)};
            p.monotonic = Monotonicity::not_monotonic;
        }
        return p;
    }
};

}  // namespace activations::functions
