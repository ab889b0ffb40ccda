// Piecewise polynomials beyond PyTorch's list (the straight-line ones,
// linear_sigmoid, linear and step, are in functions/linear_pieces.hpp): squared ReLU and StarReLU
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

    // f″(x) = 2 for x > 0, 0 for x < 0. At 0 f′ is continuous and f″ jumps
    // from 0 to 2: 0 there, as autograd gives for relu(x)² (2·relu′(0)² with
    // relu′(0) = 0); left 0, right 2.
    template <std::floating_point T>
    T second_derivative(T x, KinkConvention kink) const {
        if (std::isnan(x)) return x;
        if (x > T(0)) return T(2);
        if (x < T(0)) return T(0);
        return detail::at_kink(kink, T(0), T(2), T(0));
    }

    static constexpr SecondDerivativeSpec second_derivative_spec{
        .formula = "f″(x) = 2 for x > 0;  0 for x < 0",
        .at_breakpoints =
            "f′ is continuous at 0; f″ jumps there from 0 to 2: second_derivative(0) is 0, as "
            "autograd gives for relu(x)²; left 0, right 2.",
    };

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

    // f″(x) = 2·scale for x > 0, 0 for x < 0; at 0 (f′ continuous, f″
    // jumping): 0 as autograd gives for scale·relu(x)² + bias; left 0, right 2·scale.
    double d2f(double x, KinkConvention kink) const {
        if (std::isnan(x)) return x;
        if (x > 0) return 2 * scale;
        if (x < 0) return 0;
        return detail::at_kink(kink, 0.0, 2 * scale, 0.0);
    }

    static constexpr SecondDerivativeSpec second_derivative_spec{
        .formula = "f″(x) = 2 · scale for x > 0;  0 for x < 0",
        .at_breakpoints =
            "f′ is continuous at 0; f″ jumps there from 0 to 2 · scale: second_derivative(0) is 0, as "
            "autograd gives for scale · relu(x)² + bias; left 0, right 2 · scale.",
    };

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

    // f″(x) = 1/2 on (−1, 1), 0 outside. f′ is continuous; at ±1 f″ jumps:
    // 0 there, as autograd gives for the where-form (the outer branches hold
    // ±1); at −1 left 0, right 1/2; at 1 left 1/2, right 0.
    static double d2f(double x, KinkConvention kink) {
        if (std::isnan(x)) return x;
        if (x > -1 && x < 1) return 0.5;
        if (x == -1) return detail::at_kink(kink, 0.0, 0.5, 0.0);
        if (x == 1) return detail::at_kink(kink, 0.5, 0.0, 0.0);
        return 0;
    }

    static constexpr SecondDerivativeSpec second_derivative_spec{
        .formula = "f″(x) = 1/2 for −1 < x < 1;  0 for x < −1 or x > 1",
        .at_breakpoints =
            "f′ is continuous at ±1; f″ jumps there: second_derivative(±1) is 0, as autograd gives "
            "for the where-form; at −1 left 0, right 1/2; at 1 left 1/2, right 0.",
    };

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

    // f″(x) = 0: piecewise linear (detail::piecewise_linear_second_derivative).
    template <std::floating_point T>
    T second_derivative(T x, KinkConvention) const { return detail::piecewise_linear_second_derivative(x); }

    static constexpr SecondDerivativeSpec second_derivative_spec{
        .formula = "f″(x) = 0 on every piece (piecewise linear)",
        .at_breakpoints =
            "f′ jumps at ±1 (between 0 outside and 1/2 inside): f″ there is a point mass, drawn as "
            "the jump of f′; second_derivative returns 0 there, and 0 for the left and right limits "
            "too.",
    };

    Breakpoints breakpoints() const { return detail::breakpoints_at(-1.0, 1.0); }
};

}  // namespace activations::functions
