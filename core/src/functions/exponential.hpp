// The exponential linear units: ELU, SELU and CELU. Each is the identity
// (scaled, for SELU) for x > 0 and a multiple of e^t − 1 for x ≤ 0, which
// tends to a finite value as x → −∞, so nothing overflows. e^t − 1 comes
// from expm1, which keeps full relative precision near 0 where exp(t) − 1
// cancels (PyTorch's elu gives 0 at x = −1e−30; this gives −1e−30), and
// f(−0) = −0 for a positive scale.
//
// Computed in double; a float input gives the double result rounded once
// to float (see functions/numerics.hpp).
#pragma once

#include <cmath>
#include <concepts>

#include "activations/spec.hpp"
#include "functions/kink.hpp"
#include "functions/numerics.hpp"
#include "functions/rectifier_properties.hpp"

namespace activations::functions {

struct Elu : detail::RoundedFromDouble<Elu> {
    static constexpr ActivationSpec spec{
        .name = "elu",
        .label = "ELU",
        .param_storage = {{
            {.name = "alpha",
             .default_value = 1.0,
             .description = "scale of the negative part: f(x) → −alpha as x → −∞; any finite value"},
        }},
        .param_count = 1,
        .formula = "f(x) = x for x > 0;  alpha · (eˣ − 1) for x ≤ 0",
        .derivative_formula = "f′(x) = 1 for x > 0;  alpha · eˣ for x ≤ 0",
        .kink_convention =
            "At x = 0, f′(0) = alpha as in PyTorch; the left derivative is alpha, the right 1 "
            "(f′ is continuous there when alpha = 1).",
        .properties = {
            .range = {open(-1, kUnbounded)},
            .points = {curvature_jump(0)},
            .saturates_below = true,
            .parameters_note = "alpha = 1 here. For alpha > 0 the range is (−alpha, ∞) and f increasing; f′ is "
                               "continuous at 0 (f is C¹) only for alpha = 1, else it jumps there from alpha to 1; "
                               "alpha = 0 is relu; a negative alpha makes f decrease for x < 0.",
        },
    };

    double alpha;  // f(-inf) = -alpha; any finite value

    explicit constexpr Elu(const ParamValues& p) : alpha(p[0]) {}


    // f(x) = x for x > 0, alpha·(e^x − 1) otherwise; f(-inf) = -alpha.
    double f(double x) const {
        if (x > 0) return x;
        return alpha * std::expm1(x);  // NaN stays NaN
    }

    // f'(x) = 1 for x > 0, alpha·e^x for x < 0 (without losing bits where
    // e^x underflows, detail::scaled_exp). At x = 0: alpha as PyTorch's
    // elu_backward (x <= 0 ? alpha·e^x : 1), left alpha, right 1.
    double df(double x, KinkConvention kink) const {
        if (x > 0) return 1;
        if (x < 0) return detail::scaled_exp(alpha, x);
        if (x == 0) return detail::at_kink(kink, alpha, 1.0, alpha);
        return x;  // NaN
    }

    Breakpoints breakpoints() const { return detail::breakpoints_at(0.0); }

    // The properties at this alpha (the spec states them at 1).
    constexpr Properties properties() const { return detail::elu_properties(alpha); }
};

struct Selu : detail::RoundedFromDouble<Selu> {
    // PyTorch's constants (Klambauer et al., 2017): the values that make
    // zero mean and unit variance a fixed point of a SELU network's layers.
    static constexpr double kScale = 1.0507009873554804934193349852946;
    static constexpr double kAlpha = 1.6732632423543772848170429916717;
    // scale · alpha rounded once from the exact product, so the x ≤ 0 branch
    // carries one rounding fewer than multiplying the two rounded constants.
    static constexpr double kScaleAlpha = 1.7580993408473768599402175208123;

    static constexpr ActivationSpec spec{
        .name = "selu",
        .label = "SELU",
        .formula =
            "f(x) = scale · x for x > 0;  scale · alpha · (eˣ − 1) for x ≤ 0, "
            "with scale ≈ 1.0507 and alpha ≈ 1.6733",
        .derivative_formula = "f′(x) = scale for x > 0;  scale · alpha · eˣ for x ≤ 0",
        .kink_convention =
            "At x = 0, f′(0) = scale · alpha ≈ 1.7581 as in PyTorch; the left derivative is "
            "scale · alpha, the right scale ≈ 1.0507.",
        .properties = {
            .range = {open(-1.7580993408473769, kUnbounded)},  // −scale · alpha
            .points = {kink(0, -0.70739835349189637)},  // scale − scale · alpha
            .saturates_below = true,
        },
    };

    explicit constexpr Selu(const ParamValues&) {}


    // f(x) = scale·x for x > 0, scale·alpha·(e^x − 1) otherwise;
    // f(-inf) = -scale·alpha.
    double f(double x) const {
        if (x > 0) return kScale * x;
        return kScaleAlpha * std::expm1(x);
    }

    // f'(x) = scale for x > 0, scale·alpha·e^x for x < 0. At x = 0:
    // scale·alpha as PyTorch's elu_backward, left scale·alpha, right scale.
    double df(double x, KinkConvention kink) const {
        if (x > 0) return kScale;
        if (x < 0) return detail::scaled_exp(kScaleAlpha, x);
        if (x == 0) return detail::at_kink(kink, kScaleAlpha, kScale, kScaleAlpha);
        return x;  // NaN
    }

    Breakpoints breakpoints() const { return detail::breakpoints_at(0.0); }
};

struct Celu : detail::RoundedFromDouble<Celu> {
    static constexpr ActivationSpec spec{
        .name = "celu",
        .label = "CELU",
        .param_storage = {{
            {.name = "alpha",
             .default_value = 1.0,
             .min = 0.0,
             .min_inclusive = false,
             .description = "scale of the negative part: f(x) → −alpha as x → −∞; positive "
                            "(PyTorch accepts any nonzero alpha)"},
        }},
        .param_count = 1,
        .formula = "f(x) = x for x > 0;  alpha · (exp(x / alpha) − 1) for x ≤ 0",
        .derivative_formula = "f′(x) = 1 for x > 0;  exp(x / alpha) for x ≤ 0",
        .kink_convention =
            "No kink: f′ is continuous at 0 with f′(0) = 1 (only f″ jumps there), so the "
            "left and right options give 1 as well.",
        .properties = {
            .range = {open(-1, kUnbounded)},
            .points = {curvature_jump(0)},
            .saturates_below = true,
            .parameters_note = "alpha = 1 here. For every alpha > 0 the range is (−alpha, ∞), f is increasing and f′ "
                               "is continuous at 0 (f is C¹).",
        },
    };

    double alpha;  // f(-inf) = -alpha; alpha > 0

    explicit constexpr Celu(const ParamValues& p) : alpha(p[0]) {}


    // f(x) = x for x > 0, alpha·(e^(x/alpha) − 1) otherwise. t = x/alpha is
    // carried as hi + lo, e^(hi + lo) − 1 = expm1(hi) + e^hi·lo to first
    // order with e^hi = expm1(hi) + 1, and the product with alpha is
    // rounded once. Below t = -40, e^t < 4.3e−18 is under half an ulp of 1:
    // f = -alpha, as at -inf.
    double f(double x) const {
        if (x > 0 || x == 0 || std::isnan(x)) return x;  // f(±0) = ±0 (alpha > 0)
        const double t = x / alpha;
        if (t < kSaturatesBelow) return -alpha;
        // f = x·(1 + t/2 + …): for |t| below 2^−54 that is x to the last bit,
        // and a subnormal t would have lost bits that alpha then magnifies.
        if (t > -kIdentityWithin) return x;
        const detail::DoubleDouble quotient = detail::dd_div(x, alpha);
        const double m = std::expm1(quotient.hi);
        return detail::dd_mul(alpha, detail::dd_add(m, (m + 1) * quotient.lo)).hi;
    }

    static constexpr double kSaturatesBelow = -40;
    static constexpr double kIdentityWithin = 0x1p-54;

    // f'(x) = 1 for x > 0, e^(x/alpha) for x ≤ 0: both sides give 1 at 0, so
    // every convention agrees there (PyTorch: (1/alpha)·alpha·e^0 = 1). Here
    // the quotient's rounding would cost |x/alpha| ulps of e^(x/alpha), so it
    // is carried as a double-double.
    double df(double x, KinkConvention) const {
        if (x > 0) return 1;
        if (x / alpha < kZeroBelow) return 0;  // also x = -inf
        return detail::scaled_exp(1.0, detail::dd_div(x, alpha));
    }

    // e^t for t < -750 is below half the smallest subnormal (e^−745.1): 0.
    static constexpr double kZeroBelow = -750;

    // f' is continuous at 0 but has a corner there (f'' jumps from 1/alpha
    // to 0).
    Breakpoints breakpoints() const { return detail::breakpoints_at(0.0); }

    // The properties at this alpha: the spec's (at alpha = 1) with the range
    // (−alpha, ∞); the rest holds for every alpha > 0.
    constexpr Properties properties() const {
        Properties p = spec.properties;
        p.range = {open(-alpha, kUnbounded)};
        p.parameters_note = {};
        return p;
    }
};

}  // namespace activations::functions
