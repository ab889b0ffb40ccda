// linear_sigmoid, linear and step: functions made of straight pieces, beside the
// polynomial ones of functions/polynomial.hpp (whose helpers they share).
#pragma once

#include "functions/polynomial.hpp"

namespace activations::functions {

struct LinearSigmoid : detail::RoundedFromDouble<LinearSigmoid> {
    static constexpr ActivationSpec spec{
        .name = "linear_sigmoid",
        .label = "Linear sigmoid (clipped line)",
        .param_storage = {{
            {.name = "slope",
             .default_value = 0.2,
             .min = 0.0,
             .min_inclusive = false,
             .description = "slope of the line through (0, 1/2) before it is clipped to [0, 1]; positive "
                            "(TF.js layers' and Keras 2's hardSigmoid: 0.2)",
             .preset_storage = {{{"TF.js layers hardSigmoid, Keras 2 hard_sigmoid", 0.2},
                                 {"PyTorch hardsigmoid, Keras 3 hard_sigmoid", 1.0 / 6.0},
                                 {"sparse_sigmoid", 0.5}}},
             .preset_count = 3},
        }},
        .param_count = 1,
        .formula = "f(x) = min(max(slope · x + 1/2, 0), 1)",
        .derivative_formula = "f′(x) = slope where 0 < slope · x + 1/2 < 1;  0 outside",
        .kink_convention =
            "A corner counts as outside, as the clip's where-form gives: f′ = 0 where slope · x + 1/2 is "
            "exactly 0 or 1. There the left and right derivatives are 0 and slope (lower corner), slope "
            "and 0 (upper). The corners are at ∓1/(2 slope), which a double holds exactly only for some "
            "slopes (not 0.2, whose double is a little above 1/5).",
        .properties = {
            .range = {closed(0, 1)},
            .monotonic = Monotonicity::non_decreasing,
            .value_at_zero = 0.5,
            .symmetry = Symmetry::point,
            .points = {kink(-2.5, 0.2), kink(2.5, -0.2)},
            .saturates_below = true,
            .saturates_above = true,
            .zero_gradient = {open(-kUnbounded, -2.5), open(2.5, kUnbounded)},
            .parameters_note = "slope = 0.2 here: the corners are at ∓1 / (2 slope), the gradient zero beyond them.",
        },
    };

    double slope;

    explicit constexpr LinearSigmoid(const ParamValues& p) : slope(p[0]) {}

    // slope·x + 1/2 to 106 bits (exact product, one more rounding in the
    // sum), so the clip decides exactly and the middle rounds once.
    detail::DoubleDouble line(double x) const { return detail::dd_add(detail::two_prod(slope, x), 0.5); }

    static int compare(detail::DoubleDouble a, double b) {
        if (a.hi != b) return a.hi < b ? -1 : 1;
        return a.lo < 0 ? -1 : (a.lo > 0 ? 1 : 0);
    }

    double f(double x) const {
        if (std::isnan(x)) return x;
        if (std::isinf(x)) return x > 0 ? 1 : 0;  // the line's double-double sum would be inf − inf
        const detail::DoubleDouble y = line(x);
        if (compare(y, 0) <= 0) return 0;
        if (compare(y, 1) >= 0) return 1;
        return y.hi;
    }

    double df(double x, KinkConvention kink) const {
        if (std::isnan(x)) return x;
        if (std::isinf(x)) return 0;
        const detail::DoubleDouble y = line(x);
        const int low = compare(y, 0);
        const int high = compare(y, 1);
        if (low > 0 && high < 0) return slope;
        if (low == 0) return detail::at_kink(kink, 0.0, slope, 0.0);
        if (high == 0) return detail::at_kink(kink, slope, 0.0, 0.0);
        return 0;
    }

    // f″(x) = 0: piecewise linear.
    static double d2f(double x) { return std::isnan(x) ? x : 0.0; }

    static constexpr SecondDerivativeSpec second_derivative_spec{
        .formula = "f″(x) = 0 on every piece (piecewise linear)",
        .at_breakpoints =
            "f′ jumps at ∓1/(2 slope) (between 0 outside and slope inside): f″ there is a point mass, "
            "drawn as the jump of f′; second_derivative returns 0 there, and 0 for the left and right "
            "limits too.",
    };

    // ∓1/(2·slope), rounded; none beyond the doubles (a tiny slope).
    Breakpoints breakpoints() const {
        const double corner = 0.5 / slope;
        if (!std::isfinite(corner)) return detail::kNoBreakpoints;
        return detail::breakpoints_at(-corner, corner);
    }
};

struct Linear {
    static constexpr ActivationSpec spec{
        .name = "linear",
        .label = "Linear (identity)",
        .formula = "f(x) = x",
        .derivative_formula = "f′(x) = 1",
        .kink_convention = "Smooth everywhere: no kinks, so the three options agree.",
        .properties = {
            .range = {open(-kUnbounded, kUnbounded)},
            .symmetry = Symmetry::odd,
        },
    };

    explicit constexpr Linear(const ParamValues&) {}

    // f(x) = x, -0, ±inf and NaN included.
    template <std::floating_point T>
    T value(T x) const { return x; }

    template <std::floating_point T>
    T derivative(T x, KinkConvention) const {
        if (std::isnan(x)) return x;
        return T(1);
    }

    // f″(x) = 0: piecewise linear (detail::piecewise_linear_second_derivative).
    template <std::floating_point T>
    T second_derivative(T x, KinkConvention) const { return detail::piecewise_linear_second_derivative(x); }

    static constexpr SecondDerivativeSpec second_derivative_spec{
        .formula = "f″(x) = 0",
        .at_breakpoints =
            "Smooth everywhere: no breakpoints.",
    };

    Breakpoints breakpoints() const { return detail::kNoBreakpoints; }
};

struct Step {
    static constexpr ActivationSpec spec{
        .name = "step",
        .label = "Step",
        .param_storage = {{
            {.name = "alpha",
             .default_value = 0.0,
             .description = "the output for x ≤ 0 (TF.js' tf.step: 0 by default); any finite value"},
        }},
        .param_count = 1,
        .formula = "f(x) = 1 for x > 0;  alpha for x ≤ 0",
        .derivative_formula = "f′(x) = 0 for x ≠ 0",
        .kink_convention =
            "f jumps at 0, from alpha (at 0 and left of it) to 1; the jump has no derivative, and f′ is "
            "0 on both sides and at 0 (autograd's value: a step passes no gradient), so the three options "
            "agree.",
        .properties = {
            .range = {single(0), single(1)},
            .monotonic = Monotonicity::non_decreasing,
            .points = {jump(0, 1, 0)},
            .saturates_below = true,
            .saturates_above = true,
            .zero_gradient = {open(-kUnbounded, 0), open(0, kUnbounded)},
            .parameters_note = "alpha = 0 here: f jumps at 0 from alpha to 1, f(0) = alpha, the range is {alpha, 1}; "
                               "f is non-decreasing for alpha ≤ 1.",
        },
    };

    double alpha;  // the output for x <= 0

    explicit constexpr Step(const ParamValues& p) : alpha(p[0]) {}

    // f(x) = 1 for x > 0, alpha otherwise (TF.js: x > 0 ? 1 : alpha);
    // -inf gives alpha, +inf 1.
    template <std::floating_point T>
    T value(T x) const {
        if (std::isnan(x)) return x;
        return x > T(0) ? T(1) : detail::round_to<T>(alpha);
    }

    template <std::floating_point T>
    T derivative(T x, KinkConvention) const {
        if (std::isnan(x)) return x;
        return T(0);
    }

    // f″(x) = 0: piecewise linear (detail::piecewise_linear_second_derivative).
    template <std::floating_point T>
    T second_derivative(T x, KinkConvention) const { return detail::piecewise_linear_second_derivative(x); }

    static constexpr SecondDerivativeSpec second_derivative_spec{
        .formula = "f″(x) = 0 for x ≠ 0",
        .at_breakpoints =
            "f jumps at 0 (from alpha to 1): a point mass of f′ (and its derivative in f″), drawn as "
            "the jump of f; second_derivative returns 0 there, and 0 for the left and right limits "
            "too.",
    };

    Breakpoints breakpoints() const { return detail::breakpoints_at(0.0); }

    // The properties at this alpha: f jumps at 0 from alpha to 1 (a drop
    // for alpha > 1); alpha = 1 is the constant 1.
    constexpr Properties properties() const {
        if (alpha == 1) {
            return {.range = {single(1)},
                    .monotonic = Monotonicity::non_decreasing,
                    .value_at_zero = 1,
                    .symmetry = Symmetry::even,
                    .saturates_below = true,
                    .saturates_above = true,
                    .zero_gradient = {open(-kUnbounded, kUnbounded)}};
        }
        Properties p{
            .range = {single(alpha), single(1)},
            .monotonic = Monotonicity::non_decreasing,
            .value_at_zero = alpha,
            .points = {jump(0, 1 - alpha, 0)},
            .saturates_below = true,
            .saturates_above = true,
            .zero_gradient = {open(-kUnbounded, 0), open(0, kUnbounded)},
        };
        if (alpha > 1) {
            p.range = {single(1), single(alpha)};
            p.monotonic = Monotonicity::not_monotonic;
        }
        // alpha = −1 is the sign function: odd for every x ≠ 0 (f(0) = −1).
        if (alpha == -1) p.symmetry = Symmetry::odd;
        return p;
    }
};

}  // namespace activations::functions
