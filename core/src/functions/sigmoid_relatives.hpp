// softsign, logsigmoid and tanhshrink: relatives of the S-shaped functions of
// functions/sigmoids.hpp, with its helpers.
#pragma once

#include "functions/sigmoids.hpp"

namespace activations::functions {

struct Softsign : detail::RoundedFromDouble<Softsign> {
    static constexpr ActivationSpec spec{
        .name = "softsign",
        .label = "Softsign",
        .formula = "f(x) = x / (1 + |x|)",
        .derivative_formula = "f′(x) = 1 / (1 + |x|)²",
        .kink_convention =
            "No kink: f′ is continuous at 0 with f′(0) = 1 (only f″ jumps there), so the "
            "left and right options give 1 as well.",
        .properties = {
            .range = {open(-1, 1)},
            .symmetry = Symmetry::odd,
            .points = {curvature_jump(0)},  // f″ = ∓2/(1 + |x|)³ jumps from 2 to −2
            .saturates_below = true,
            .saturates_above = true,
        },
    };

    explicit constexpr Softsign(const ParamValues&) {}


    // Beyond 2^995, 1/|x| is far below an ulp of 1 (f = ±1), and the
    // double-double steps would overflow.
    static constexpr double kSaturatesBeyond = 0x1p995;
    // Beyond 1e100, 1/(1 + |x|)² = (1/|x|)² to the last bit (the relative
    // difference 2/|x| is below 1e−99), and (1/|x|)² does not form
    // (1 + |x|)², which overflows from 1.3e154 while f' is still a subnormal.
    static constexpr double kInverseSquareBeyond = 1e100;

    // f(x) = x/(1 + |x|), with 1 + |x| kept exactly as a double-double so no
    // bit of |x| is lost in it: one rounding in all. ±1 at ±inf (where
    // x/(1 + |x|) would be inf/inf); f(±0) = ±0.
    static double f(double x) {
        if (std::isnan(x) || x == 0) return x;
        if (std::fabs(x) > kSaturatesBeyond) return std::copysign(1.0, x);
        return detail::dd_div(x, detail::two_sum(1.0, std::fabs(x))).hi;
    }

    // f'(x) = 1/(1 + |x|)², likewise rounded once; 0 at ±inf.
    static double df(double x) {
        using namespace detail;
        if (std::isnan(x)) return x;
        const double magnitude = std::fabs(x);
        if (magnitude > kInverseSquareBeyond) {
            if (std::isinf(x)) return 0;
            const DoubleDouble inverse = dd_div(1.0, magnitude);
            return dd_mul(inverse, inverse).hi;
        }
        const DoubleDouble d = two_sum(1.0, magnitude);
        return dd_div(1.0, dd_mul(d, d)).hi;
    }

    // f''(x) = −2·sign(x)/(1 + |x|)³, rounded once
    // (functions/second_derivatives.hpp). At 0 f'' jumps from 2 to −2: 0 as
    // PyTorch's double backward (the sign of 0 is 0), left 2, right −2.
    static double d2f(double x, KinkConvention kink);

    static constexpr SecondDerivativeSpec second_derivative_spec{
        .formula = "f″(x) = −2 · sign(x) / (1 + |x|)³",
        .at_breakpoints =
            "f′ is continuous at 0; f″ jumps there from 2 to −2: second_derivative(0) is 0 as "
            "PyTorch's double backward (sign(0) = 0); left 2, right −2.",
    };

    // f' is continuous at 0 but has a corner there (f'' jumps from 2 to −2).
    Breakpoints breakpoints() const { return detail::breakpoints_at(0.0); }
};

struct Logsigmoid : detail::RoundedFromDouble<Logsigmoid> {
    static constexpr ActivationSpec spec{
        .name = "logsigmoid",
        .label = "LogSigmoid",
        .formula = "f(x) = ln σ(x) = −ln(1 + e⁻ˣ)",
        .derivative_formula = "f′(x) = 1 − σ(x) = σ(−x)",
        .kink_convention = "Smooth everywhere: no kinks, so the three options agree.",
        .properties = {
            .range = {open(-kUnbounded, 0)},
            .value_at_zero = -0.69314718055994531,  // −ln 2
            .saturates_above = true,
        },
    };

    explicit constexpr Logsigmoid(const ParamValues&) {}


    // f(x) = −softplus(−x) = −(max(−x, 0) + ln(1 + e^−|x|)) (detail::softplus):
    // ≈ −e^−x to full precision for large x, where ln(σ(x)) would round σ to
    // 1 and give 0; x − ln(1 + e^x) for x < 0 without overflow.
    // f(-inf) = -inf, f(+inf) = -0.
    static double f(double x) { return -detail::softplus(-x).hi; }

    // f'(x) = σ(−x): 1 at -inf, 0 at +inf.
    static double df(double x) { return detail::logistic_of(-x).hi; }

    // f''(x) = −σ(x)·σ(−x), rounded once.
    static double d2f(double x) { return detail::logistic_slope(x, -1); }

    static constexpr SecondDerivativeSpec second_derivative_spec{
        .formula = "f″(x) = −σ(x) σ(−x)",
        .at_breakpoints =
            "Smooth everywhere: no breakpoints.",
    };

    Breakpoints breakpoints() const { return detail::kNoBreakpoints; }
};

struct Tanhshrink : detail::RoundedFromDouble<Tanhshrink> {
    static constexpr ActivationSpec spec{
        .name = "tanhshrink",
        .label = "Tanhshrink",
        .formula = "f(x) = x − tanh(x)",
        .derivative_formula = "f′(x) = 1 − (1 − tanh²(x)) = tanh²(x)",
        .kink_convention = "Smooth everywhere: no kinks, so the three options agree.",
        .properties = {
            .range = {open(-kUnbounded, kUnbounded)},  // f′ = tanh² x is zero only at 0
            .symmetry = Symmetry::odd,
        },
    };

    explicit constexpr Tanhshrink(const ParamValues&) {}


    // f(x) = x − tanh(x). Below |x| = 2 the subtraction would cancel (at
    // x = 0.5 the result is 1/12 of tanh(x), magnifying tanh's rounding 12
    // times), so x − tanh(x) comes from Lambert's continued fraction with no
    // subtraction at all (detail::tanhshrink_small); f(±0) = ±0. From 2 on,
    // x − tanh(x) = (|x| − 1 + 2e/(1 + e))·sign(x), e = e^−2|x|, where
    // |x| − 1 is exact and 2e/(1 + e) < 0.04 adds under a tenth of an ulp of
    // error. ±inf pass.
    static double f(double x) {
        if (x == 0) return x;
        if (std::fabs(x) < detail::kTanhFractionBelow) {
            return std::copysign(detail::tanhshrink_small(x).hi, x);  // -0 on underflow
        }
        if (std::isnan(x)) return x;
        const double magnitude = std::fabs(x);
        const double e = std::exp(-2 * magnitude);
        return std::copysign((magnitude - 1) + 2 * e / (1 + e), x);
    }

    // f'(x) = tanh²(x), to about half an ulp (detail::tanh_squared), where
    // squaring a tanh that is 2 ulps off would give 4.
    static double df(double x) { return detail::tanh_squared(x); }

    // f''(x) = 2·tanh(x)·sech²(x) = 8·tanh(x)·σ(2x)·σ(−2x), as tanh's with
    // the other sign.
    static double d2f(double x) {
        if (std::isnan(x)) return x;
        return detail::logistic_slope(2 * x, 8 * detail::tanh_accurate(x));
    }

    static constexpr SecondDerivativeSpec second_derivative_spec{
        .formula = "f″(x) = 2 tanh(x) (1 − tanh²(x))",
        .at_breakpoints =
            "Smooth everywhere: no breakpoints.",
    };

    Breakpoints breakpoints() const { return detail::kNoBreakpoints; }
};

}  // namespace activations::functions
