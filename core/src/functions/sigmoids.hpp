// The S-shaped functions (their relatives softsign, logsigmoid and
// tanhshrink are in functions/sigmoid_relatives.hpp): sigmoid, tanh, their hard
// (piecewise-linear) versions, hardswish, softsign, logsigmoid and
// tanhshrink.
//
// The smooth ones are computed in double; a float input gives the double
// result rounded once to float (see functions/numerics.hpp). The hard ones
// are piecewise polynomials computed in the input's own type.
#pragma once

#include <cmath>
#include <concepts>

#include "activations/spec.hpp"
#include "functions/kink.hpp"
#include "functions/numerics.hpp"

namespace activations::detail {

// The middle piece x/6 + 1/2 of hardsigmoid, correct to about an ulp: for
// x ≤ −1.5 as (x + 3)/6, where x + 3 is exact (Sterbenz: 3 − |x| with
// |x| ∈ [1.5, 6]) and only the division rounds; above, as x/6 + 1/2, where
// x/6 lies in a lower binade than the result, so its rounding costs at most
// a quarter ulp. Each form, used on the other side, would cancel near −3 or
// round x + 3 as well.
template <std::floating_point T>
T hard_sigmoid_middle(T x) {
    if (x <= T(-1.5)) return (x + T(3)) / T(6);
    return x / T(6) + T(0.5);
}

}  // namespace activations::detail

namespace activations::functions {

struct Sigmoid : detail::RoundedFromDouble<Sigmoid> {
    static constexpr ActivationSpec spec{
        .name = "sigmoid",
        .label = "Sigmoid (logistic)",
        .formula = "f(x) = σ(x) = 1 / (1 + e⁻ˣ)",
        .derivative_formula = "f′(x) = σ(x) · (1 − σ(x))",
        .kink_convention = "Smooth everywhere: no kinks, so the three options agree.",
        .properties = {
            .range = {open(0, 1)},
            .value_at_zero = 0.5,
            .symmetry = Symmetry::point,
            .saturates_below = true,
            .saturates_above = true,
        },
    };

    explicit constexpr Sigmoid(const ParamValues&) {}


    // f(x) = σ(x), from e^−|x| so that it neither overflows nor cancels
    // (detail::logistic_of): σ(-inf) = 0, σ(+inf) = 1, σ(-745) ≈ 5e−324.
    static double f(double x) { return detail::logistic_of(x).hi; }

    // f'(x) = σ(x)·σ(−x) = e^−|x| / (1 + e^−|x|)², the tails keeping their
    // relative precision (1 − σ(x) would leave nothing of them); 0 at ±inf.
    static double df(double x) { return detail::logistic_slope(x); }

    // f''(x) = σ'(x)·(σ(−x) − σ(x)) = −sign(x)·e·(1 − e)/(1 + e)³, e = e^−|x|
    // (functions/second_derivatives.hpp); 0 at 0 and ±inf.
    static double d2f(double x);

    static constexpr SecondDerivativeSpec second_derivative_spec{
        .formula = "f″(x) = σ(x) σ(−x) · (σ(−x) − σ(x))",
        .at_breakpoints =
            "Smooth everywhere: no breakpoints.",
    };

    Breakpoints breakpoints() const { return detail::kNoBreakpoints; }
};

struct Tanh : detail::RoundedFromDouble<Tanh> {
    static constexpr ActivationSpec spec{
        .name = "tanh",
        .label = "Tanh",
        .formula = "f(x) = tanh(x) = (eˣ − e⁻ˣ) / (eˣ + e⁻ˣ)",
        .derivative_formula = "f′(x) = 1 − tanh²(x)",
        .kink_convention = "Smooth everywhere: no kinks, so the three options agree.",
        .properties = {
            .range = {open(-1, 1)},
            .symmetry = Symmetry::odd,
            .saturates_below = true,
            .saturates_above = true,
        },
    };

    explicit constexpr Tanh(const ParamValues&) {}


    // f(x) = tanh(x) to about half an ulp (detail::tanh_accurate): ±1 at
    // ±inf, tanh(±0) = ±0.
    static double f(double x) {
        if (x == 0) return x;
        return detail::tanh_accurate(x);
    }

    // f'(x) = 1 − tanh²(x) = sech²(x) = 4·σ(2x)·σ(−2x): the subtraction
    // would leave nothing of the tail (1 − tanh²(20) is 1.7e−17, under an ulp
    // of tanh²), the product keeps it to the last bit; 0 at ±inf.
    static double df(double x) { return detail::logistic_slope(2 * x, 4); }

    // f''(x) = −2·tanh(x)·sech²(x) = −8·tanh(x)·σ(2x)·σ(−2x), the factor
    // −8·tanh(x) rounded once into detail::logistic_slope.
    static double d2f(double x) {
        if (std::isnan(x)) return x;
        return detail::logistic_slope(2 * x, -8 * detail::tanh_accurate(x));
    }

    static constexpr SecondDerivativeSpec second_derivative_spec{
        .formula = "f″(x) = −2 tanh(x) (1 − tanh²(x))",
        .at_breakpoints =
            "Smooth everywhere: no breakpoints.",
    };

    Breakpoints breakpoints() const { return detail::kNoBreakpoints; }
};

struct Hardsigmoid {
    static constexpr ActivationSpec spec{
        .name = "hardsigmoid",
        .label = "Hardsigmoid",
        .formula = "f(x) = 0 for x ≤ −3;  x / 6 + 1/2 for −3 < x < 3;  1 for x ≥ 3",
        .derivative_formula = "f′(x) = 1/6 for −3 < x < 3;  0 for x < −3 or x > 3",
        .kink_convention =
            "A corner counts as outside, as in PyTorch: f′(−3) = 0 and f′(3) = 0. "
            "At −3 the left derivative is 0, the right 1/6; at 3 the left is 1/6, the right 0.",
        .properties = {
            .range = {closed(0, 1)},
            .monotonic = Monotonicity::non_decreasing,
            .value_at_zero = 0.5,
            .symmetry = Symmetry::point,
            .points = {kink(-3, 1.0 / 6.0), kink(3, -1.0 / 6.0)},
            .saturates_below = true,
            .saturates_above = true,
            .zero_gradient = {open(-kUnbounded, -3), open(3, kUnbounded)},
        },
    };

    static constexpr double kCorner = 3;  // f reaches 0 and 1 at ∓3 (PyTorch's relu6(x + 3)/6)

    explicit constexpr Hardsigmoid(const ParamValues&) {}

    // f(x) = min(max(x + 3, 0), 6)/6; f(±0) = 1/2.
    template <std::floating_point T>
    T value(T x) const {
        if (std::isnan(x)) return x;
        if (x <= T(-kCorner)) return T(0);
        if (x >= T(kCorner)) return T(1);
        return detail::hard_sigmoid_middle(x);
    }

    // f'(x) = 1/6 inside (−3, 3), 0 outside; 1/6 rounded once in T (PyTorch's
    // double kernel uses the float value of 1/6). At ±3: 0 as PyTorch's
    // hardsigmoid_backward (the inside is open); at −3 left 0, right 1/6;
    // at 3 left 1/6, right 0.
    template <std::floating_point T>
    T derivative(T x, KinkConvention kink) const {
        if (std::isnan(x)) return x;
        const T sixth = T(1) / T(6);
        if (x > T(-kCorner) && x < T(kCorner)) return sixth;
        if (x == T(-kCorner)) return detail::at_kink(kink, T(0), sixth, T(0));
        if (x == T(kCorner)) return detail::at_kink(kink, sixth, T(0), T(0));
        return T(0);
    }

    // f″(x) = 0: piecewise linear (detail::piecewise_linear_second_derivative).
    template <std::floating_point T>
    T second_derivative(T x, KinkConvention) const { return detail::piecewise_linear_second_derivative(x); }

    static constexpr SecondDerivativeSpec second_derivative_spec{
        .formula = "f″(x) = 0 on every piece (piecewise linear)",
        .at_breakpoints =
            "f′ jumps at ±3 (between 0 outside and 1/6 inside): f″ there is a point mass, drawn as "
            "the jump of f′; second_derivative returns 0 there, as PyTorch's double backward, and 0 "
            "for the left and right limits too. (PyTorch has no double backward for hardsigmoid: it "
            "raises an error.)",
    };

    Breakpoints breakpoints() const { return detail::breakpoints_at(-kCorner, kCorner); }
};

struct Hardswish {
    static constexpr ActivationSpec spec{
        .name = "hardswish",
        .label = "Hardswish",
        .formula = "f(x) = 0 for x ≤ −3;  x · (x + 3) / 6 for −3 < x < 3;  x for x ≥ 3",
        .derivative_formula = "f′(x) = 0 for x < −3;  (2x + 3) / 6 for −3 < x < 3;  1 for x > 3",
        .kink_convention =
            "At −3, f′ = −0.5 (the right limit) and at 3, f′ = 1.5 (the left limit), as "
            "PyTorch's CPU hardswish_backward (0 for x < −3, x/3 + 1/2 for x ≤ 3, 1 above); "
            "its other code paths give 1 at 3. At −3 the left derivative is 0, the right −0.5; "
            "at 3 the left is 1.5, the right 1.",
        .properties = {
            .range = {closed_open(-0.375, kUnbounded)},  // f(−3/2) = −3/8
            .monotonic = Monotonicity::not_monotonic,
            .decreasing = {open(-3, -1.5)},
            .points = {kink(-3, -0.5), kink(3, -0.5)},
            .saturates_below = true,
            .zero_gradient = {open(-kUnbounded, -3)},
        },
    };

    static constexpr double kCorner = 3;  // the gate x/6 + 1/2 reaches 0 and 1 at ∓3

    explicit constexpr Hardswish(const ParamValues&) {}

    // f(x) = x·hardsigmoid(x): 0 for x ≤ −3 (+0: the constant piece), x for
    // x ≥ 3, x·(x/6 + 1/2) between (so f(-0) = -0).
    template <std::floating_point T>
    T value(T x) const {
        if (std::isnan(x)) return x;
        if (x <= T(-kCorner)) return T(0);
        if (x >= T(kCorner)) return x;
        return x * detail::hard_sigmoid_middle(x);
    }

    // f'(x) = 0 for x < −3, (2x + 3)/6 inside, 1 for x > 3. At the corners
    // PyTorch's CPU kernel gives x/3 + 1/2: −0.5 at −3 (the right limit) and
    // 1.5 at 3 (the left limit). Inside, (2x + 3)/6 is computed like
    // hardsigmoid's middle piece: 2x + 3 is exact for x ≤ −0.75, and above
    // x/3 lies in a lower binade than x/3 + 1/2.
    template <std::floating_point T>
    T derivative(T x, KinkConvention kink) const {
        if (std::isnan(x)) return x;
        if (x < T(-kCorner)) return T(0);
        if (x > T(kCorner)) return T(1);
        if (x == T(-kCorner)) return detail::at_kink(kink, T(0), T(-0.5), T(-0.5));
        if (x == T(kCorner)) return detail::at_kink(kink, T(1.5), T(1), T(1.5));
        if (x <= T(-0.75)) return (T(2) * x + T(3)) / T(6);
        return x / T(3) + T(0.5);
    }

    // f''(x) = 1/3 inside (−3, 3), 0 outside. At ±3 (where f' jumps): 0 as
    // PyTorch's double backward (the inside is open); at −3 left 0, right
    // 1/3; at 3 left 1/3, right 0.
    template <std::floating_point T>
    T second_derivative(T x, KinkConvention kink) const {
        if (std::isnan(x)) return x;
        const T third = T(1) / T(3);
        if (x > T(-kCorner) && x < T(kCorner)) return third;
        if (x == T(-kCorner)) return detail::at_kink(kink, T(0), third, T(0));
        if (x == T(kCorner)) return detail::at_kink(kink, third, T(0), T(0));
        return T(0);
    }

    static constexpr SecondDerivativeSpec second_derivative_spec{
        .formula = "f″(x) = 1/3 for −3 < x < 3;  0 for x < −3 or x > 3",
        .at_breakpoints =
            "f′ jumps at −3 (from 0 to −0.5) and at 3 (from 1.5 to 1): point masses of f″, drawn as "
            "the jumps; second_derivative at ±3 is 0 as PyTorch's double backward (the inside is "
            "open); at −3 left 0, right 1/3; at 3 left 1/3, right 0.",
    };

    Breakpoints breakpoints() const { return detail::breakpoints_at(-kCorner, kCorner); }
};

}  // namespace activations::functions
