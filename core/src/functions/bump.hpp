// gaussian, e^(−x²): a bump rather than a gate, with the helpers of
// functions/gated.hpp.
#pragma once

#include "functions/gated.hpp"

namespace activations::functions {

struct Gaussian : detail::RoundedFromDouble<Gaussian> {
    static constexpr ActivationSpec spec{
        .name = "gaussian",
        .label = "Gaussian",
        .formula = "f(x) = exp(−x²)",
        .derivative_formula = "f′(x) = −2x · exp(−x²)",
        .kink_convention = "Smooth everywhere: no kinks, so the three options agree.",
        .properties = {
            .range = {open_closed(0, 1)},
            .monotonic = Monotonicity::not_monotonic,
            .decreasing = {open(0, kUnbounded)},
            .value_at_zero = 1,
            .symmetry = Symmetry::even,
            .saturates_below = true,
            .saturates_above = true,
        },
    };

    explicit constexpr Gaussian(const ParamValues&) {}

    // Beyond 40, e^−x² < 1e−694: 0 in every type (and −2x·e^−x² too).
    static constexpr double kZeroBeyond = 40;

    // e^−(s + e) with x² = s + e exactly (TwoProduct): rounding x² alone
    // would cost x² ulps (700 at |x| = 27). detail::scaled_exp keeps the
    // subnormal tail (|x| from 26.6) from rounding twice.
    static double f(double x) {
        using namespace detail;
        if (std::isnan(x)) return x;
        if (std::fabs(x) > kZeroBeyond) return 0;
        const DoubleDouble square = two_prod(x, x);
        return scaled_exp(1.0, DoubleDouble{-square.hi, -square.lo});
    }

    // f'(x) = −2x·e^−x², −2x exact; its sign is −x's, also where it
    // underflows (f'(±0) = ∓0, f'(±inf) = ∓0).
    static double df(double x) {
        using namespace detail;
        if (std::isnan(x)) return x;
        if (std::fabs(x) > kZeroBeyond) return -std::copysign(0.0, x);
        if (x == 0) return -2 * x;
        const DoubleDouble square = two_prod(x, x);
        return scaled_exp(-2 * x, DoubleDouble{-square.hi, -square.lo});
    }

    // f″(x) = (4x² − 2)·e^(−x²): the bracket from x² = s + e exactly (zero
    // at ±1/√2, where it stays exact), the product rounded once; +0 beyond 40.
    static double d2f(double x) {
        using namespace detail;
        if (std::isnan(x)) return x;
        if (std::fabs(x) > kZeroBeyond) return 0;
        const DoubleDouble square = two_prod(x, x);
        const DoubleDouble bracket = dd_add(dd_mul(4.0, square), -2.0);
        return scaled_exp(bracket, DoubleDouble{-square.hi, -square.lo});
    }

    static constexpr SecondDerivativeSpec second_derivative_spec{
        .formula = "f″(x) = (4x² − 2) · e^(−x²)",
        .at_breakpoints =
            "Smooth everywhere: no breakpoints.",
    };

    Breakpoints breakpoints() const { return detail::kNoBreakpoints; }
};

}  // namespace activations::functions
