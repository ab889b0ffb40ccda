// The clamps: relu6, hardtanh and threshold, piecewise linear with flat pieces, in the
// conventions of functions/rectifiers.hpp (whose helpers they use).
#pragma once

#include "functions/rectifiers.hpp"

namespace activations::functions {

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

    // f″(x) = 0: piecewise linear (detail::piecewise_linear_second_derivative).
    template <std::floating_point T>
    T second_derivative(T x, KinkConvention) const { return detail::piecewise_linear_second_derivative(x); }

    static constexpr SecondDerivativeSpec second_derivative_spec{
        .formula = "f″(x) = 0 on every piece (piecewise linear)",
        .at_breakpoints =
            "f′ jumps at 0 and 6 (from 0 to 1, and from 1 to 0): f″ there is a point mass, drawn as "
            "the jump of f′; second_derivative returns 0 there, as PyTorch's double backward, and 0 "
            "for the left and right limits too.",
    };

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

    // f″(x) = 0: piecewise linear (detail::piecewise_linear_second_derivative).
    template <std::floating_point T>
    T second_derivative(T x, KinkConvention) const { return detail::piecewise_linear_second_derivative(x); }

    static constexpr SecondDerivativeSpec second_derivative_spec{
        .formula = "f″(x) = 0 on every piece (piecewise linear)",
        .at_breakpoints =
            "f′ jumps at min_val and max_val (from 0 to 1, and from 1 to 0): f″ there is a point "
            "mass, drawn as the jump of f′; second_derivative returns 0 there, as PyTorch's double "
            "backward, and 0 for the left and right limits too.",
    };

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

    // f″(x) = 0: piecewise linear (detail::piecewise_linear_second_derivative).
    template <std::floating_point T>
    T second_derivative(T x, KinkConvention) const { return detail::piecewise_linear_second_derivative(x); }

    static constexpr SecondDerivativeSpec second_derivative_spec{
        .formula = "f″(x) = 0 on every piece (piecewise linear)",
        .at_breakpoints =
            "f jumps at threshold (from value to threshold, unless they are equal) and f′ from 0 to "
            "1: point masses of f′ and f″, drawn as jumps; second_derivative returns 0 there, as "
            "PyTorch's double backward, and 0 for the left and right limits too.",
    };

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
