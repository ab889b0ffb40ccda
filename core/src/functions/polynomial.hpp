// Piecewise polynomials beyond PyTorch's list: squared ReLU and StarReLU
// (recent language and vision models), Keras' and JAX's sparse_plus and
// sparse_sigmoid, the clipped-line sigmoid of Keras 2 and TF.js layers, the
// identity and TF.js' step. Pieces that are exact in the input's type are
// computed in it; the others in double-doubles, rounded once.
#pragma once

#include <cmath>
#include <concepts>

#include "activations/spec.hpp"
#include "functions/kink.hpp"
#include "functions/numerics.hpp"

namespace activations::functions {

struct Relu2 {
    static constexpr ActivationSpec spec{
        .name = "relu2",
        .label = "Squared ReLU",
        .formula = "f(x) = max(0, x)²",
        .derivative_formula = "f′(x) = 2x for x > 0;  0 for x ≤ 0",
        .kink_convention =
            "No kink: f′ is continuous at 0 with f′(0) = 0 (only f″ jumps there), so the left and right "
            "options give 0 as well.",
        .edges = {.derivative_bounded = false},
        .properties = {
            .range = {closed_open(0, kUnbounded)},
            .monotonic = Monotonicity::non_decreasing,
            .points = {curvature_jump(0)},  // f″ jumps from 0 to 2
            .saturates_below = true,
            .zero_gradient = {open(-kUnbounded, 0)},
        },
    };

    explicit constexpr Relu2(const ParamValues&) {}

    // f(x) = x·x for x > 0 (one rounding: correctly rounded; overflow to
    // +inf where x² exceeds the type), +0 for x ≤ 0, -0 included (relu(-0)
    // = +0, then squared).
    template <std::floating_point T>
    T value(T x) const {
        if (std::isnan(x)) return x;
        return x > T(0) ? x * x : T(0);
    }

    // f'(x) = 2x (exact, or +inf past half the type's maximum), 0 for x ≤ 0;
    // continuous at 0, where autograd gives 2·relu(0)·relu'(0) = 0.
    template <std::floating_point T>
    T derivative(T x, KinkConvention) const {
        if (std::isnan(x)) return x;
        return x > T(0) ? T(2) * x : T(0);
    }

    Breakpoints breakpoints() const { return detail::breakpoints_at(0.0); }
};

struct StarRelu : detail::RoundedFromDouble<StarRelu> {
    static constexpr ActivationSpec spec{
        .name = "star_relu",
        .label = "StarReLU",
        .param_storage = {{
            {.name = "scale",
             .default_value = 1.0,
             .description = "s, the factor of relu(x)² (MetaFormer learns it from 1); any finite value",
             .preset_storage = {{{"MetaFormer initial", 1.0},
                                 // 1/√Var(relu(z)²) for z ~ N(0, 1): E relu(z)⁴ = 3/2, E relu(z)² = 1/2, Var = 5/4.
                                 {"unit variance for z ~ N(0, 1): 2/√5", 0.8944271909999159}}},
             .preset_count = 2},
            {.name = "bias",
             .default_value = 0.0,
             .description = "b, added everywhere (MetaFormer learns it from 0); any finite value",
             .preset_storage = {{{"MetaFormer initial", 0.0},
                                 // −s·E relu(z)² with s = 2/√5: zero mean for z ~ N(0, 1).
                                 {"zero mean for z ~ N(0, 1): −1/√5", -0.4472135954999579}}},
             .preset_count = 2},
        }},
        .param_count = 2,
        .formula = "f(x) = scale · max(0, x)² + bias",
        .derivative_formula = "f′(x) = 2 · scale · x for x > 0;  0 for x ≤ 0",
        .kink_convention =
            "No kink: f′ is continuous at 0 with f′(0) = 0 (only f″ jumps there), so the left and right "
            "options give 0 as well.",
        .edges = {.derivative_bounded = false},
        .properties = {
            .range = {closed_open(0, kUnbounded)},
            .monotonic = Monotonicity::non_decreasing,
            .points = {curvature_jump(0)},  // f″ jumps from 0 to 2 · scale
            .saturates_below = true,
            .zero_gradient = {open(-kUnbounded, 0)},
            .parameters_note = "scale = 1, bias = 0 here. f(0) = bias; for scale > 0 the range is [bias, ∞) and f "
                               "non-decreasing, for scale < 0 (−∞, bias] and f non-increasing.",
        },
    };

    double scale;
    double bias;

    explicit constexpr StarRelu(const ParamValues& p) : scale(p[0]), bias(p[1]) {}

    // Beyond this x² leaves the double-double range; bias is then below an
    // ulp of scale·x² unless scale is absurdly small.
    static constexpr double kSquareFrom = 1e150;

    // f(x) = s·x² + b for x > 0, b for x ≤ 0. With b < 0 < s the sum
    // crosses zero at √(−b/s), an irrational point in general: s·x² is kept
    // to 106 bits, so the sum keeps its relative accuracy there.
    double f(double x) const {
        using namespace detail;
        if (std::isnan(x)) return x;
        if (!(x > 0) || scale == 0) return bias;
        if (x > kSquareFrom) return (scale * x) * x + bias;  // ±inf for x = +inf
        return dd_add(dd_mul(scale, two_prod(x, x)), bias).hi;
    }

    // f'(x) = 2s·x for x > 0 (one rounding), 0 for x ≤ 0: continuous at 0.
    double df(double x) const {
        if (std::isnan(x)) return x;
        if (!(x > 0) || scale == 0) return 0;
        return 2 * scale * x;
    }

    Breakpoints breakpoints() const { return detail::breakpoints_at(0.0); }
};

struct SparsePlus : detail::RoundedFromDouble<SparsePlus> {
    static constexpr ActivationSpec spec{
        .name = "sparse_plus",
        .label = "SparsePlus",
        .formula = "f(x) = 0 for x ≤ −1;  (x + 1)² / 4 for −1 < x < 1;  x for x ≥ 1",
        .derivative_formula = "f′(x) = 0 for x ≤ −1;  (x + 1) / 2 for −1 < x < 1;  1 for x ≥ 1",
        .kink_convention =
            "No kink: f′ is continuous (0 at −1, 1 at 1; only f″ jumps there), so the three options agree.",
        .properties = {
            .range = {closed_open(0, kUnbounded)},
            .monotonic = Monotonicity::non_decreasing,
            .value_at_zero = 0.25,
            .points = {curvature_jump(-1), curvature_jump(1)},  // f″ jumps from 0 to 1/2, then back to 0
            .saturates_below = true,
            .zero_gradient = {open(-kUnbounded, -1)},
        },
    };

    explicit constexpr SparsePlus(const ParamValues&) {}

    // f(x) = (x + 1)²/4 on (−1, 1), with x + 1 carried exactly (TwoSum) and
    // squared in double-doubles: one rounding. 0 (+0) below, x above.
    static double f(double x) {
        if (std::isnan(x)) return x;
        if (x <= -1) return 0;
        if (x >= 1) return x;
        const detail::DoubleDouble shifted = detail::two_sum(x, 1.0);
        return detail::dd_mul(detail::dd_mul(shifted, shifted), 0.25).hi;
    }

    // f'(x) = (x + 1)/2 on (−1, 1): one rounding of x + 1, an exact halving.
    static double df(double x) {
        if (std::isnan(x)) return x;
        if (x <= -1) return 0;
        if (x >= 1) return 1;
        return (x + 1) * 0.5;
    }

    Breakpoints breakpoints() const { return detail::breakpoints_at(-1.0, 1.0); }
};

struct SparseSigmoid {
    static constexpr ActivationSpec spec{
        .name = "sparse_sigmoid",
        .label = "SparseSigmoid",
        .formula = "f(x) = 0 for x ≤ −1;  (x + 1) / 2 for −1 < x < 1;  1 for x ≥ 1",
        .derivative_formula = "f′(x) = 1/2 for −1 < x < 1;  0 for x < −1 or x > 1",
        .kink_convention =
            "A corner counts as outside, as Keras' definition (0 for x ≤ −1, 1 for x ≥ 1) gives: "
            "f′(±1) = 0 (JAX's clip form splits the tie and gives 1/4). At −1 the left derivative is 0, "
            "the right 1/2; at 1 the left is 1/2, the right 0.",
        .properties = {
            .range = {closed(0, 1)},
            .monotonic = Monotonicity::non_decreasing,
            .value_at_zero = 0.5,
            .symmetry = Symmetry::point,
            .points = {kink(-1, 0.5), kink(1, -0.5)},
            .saturates_below = true,
            .saturates_above = true,
            .zero_gradient = {open(-kUnbounded, -1), open(1, kUnbounded)},
        },
    };

    explicit constexpr SparseSigmoid(const ParamValues&) {}

    // f(x) = (x + 1)/2 inside: one rounding of x + 1, an exact halving, in
    // the input's type. -0 gives 1/2 like +0.
    template <std::floating_point T>
    T value(T x) const {
        if (std::isnan(x)) return x;
        if (x <= T(-1)) return T(0);
        if (x >= T(1)) return T(1);
        return (x + T(1)) * T(0.5);
    }

    template <std::floating_point T>
    T derivative(T x, KinkConvention kink) const {
        if (std::isnan(x)) return x;
        if (x > T(-1) && x < T(1)) return T(0.5);
        if (x == T(-1)) return detail::at_kink(kink, T(0), T(0.5), T(0));
        if (x == T(1)) return detail::at_kink(kink, T(0.5), T(0), T(0));
        return T(0);
    }

    Breakpoints breakpoints() const { return detail::breakpoints_at(-1.0, 1.0); }
};

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
