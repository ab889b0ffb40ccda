// Smooth functions beyond PyTorch's list (the Gaussian is in functions/bump.hpp): swish with its β (TensorFlow's
// swish; β = 1 is silu), CLIP's quick_gelu (swish with β = 1.702),
// squareplus (Keras, JAX) and the Gaussian exp(−x²). Computed in double
// with the numerics of the smooth family (functions/numerics.hpp), rounded
// once to the caller's type.
#pragma once

#include <cmath>

#include "activations/spec.hpp"
#include "functions/kink.hpp"
#include "functions/numerics.hpp"

namespace activations::detail {

// x·σ(βx) and its derivative σ(z)·(1 + z·σ(−z)), z = βx, for β ≥ 0 (as
// Silu in functions/smooth.hpp, with z = βx carried exactly as a
// double-double: where σ(z) ≈ e^z, one rounding of z would cost |z| ulps).
// f(±0) = ±0; at ±inf the limits x (x → +inf), -0 (x → −inf), and x/2 for
// β = 0.
inline double swish_value(double beta, double x) {
    if (std::isnan(x) || x == 0) return x;
    if (beta == 0) return 0.5 * x;
    if (std::isinf(x)) return x > 0 ? x : -0.0;
    const DoubleDouble z = two_prod(beta, x);  // ±inf where βx overflows: σ is then 1 or 0
    if (z.hi < kLogisticIsExpBelow) return scaled_exp(x, z);  // x·e^z
    return std::copysign(dd_mul(logistic_of(z), x).hi, x);  // x's sign, also on underflow
}

inline double swish_slope(double beta, double x) {
    if (std::isnan(x)) return x;
    if (beta == 0) return 0.5;
    const DoubleDouble z = two_prod(beta, x);
    if (!std::isfinite(z.hi)) return z.hi > 0 ? 1.0 : -0.0;  // the limits; z·σ(−z) would be inf·0
    if (z.hi < kLogisticIsExpBelow) return scaled_exp(dd_add(1.0, z).hi, z);  // e^z·(1 + z)
    const Logistic s = logistic(z);
    return dd_mul(s.of_z, dd_add(1.0, dd_mul(z, s.of_minus_z))).hi;
}

// f″ of x·σ(βx): β·σ(z)·σ(−z)·(2 − z·tanh(z/2)), z = βx carried as a
// double-double, with σ(z) − σ(−z) = tanh(z/2); e^−|z| times the rest
// through scaled_exp where σ′ would be subnormal. −0 at ±inf (the bracket
// tends to 2 − |z|).
inline double swish_curvature(double beta, double x) {
    if (std::isnan(x)) return x;
    if (beta == 0) return 0;
    if (std::isinf(x)) return -0.0;
    const DoubleDouble z = two_prod(beta, x);
    if (!std::isfinite(z.hi)) return -0.0;
    const Logistic s = logistic(z);
    const DoubleDouble gate_difference = dd_add(s.of_z, DoubleDouble{-s.of_minus_z.hi, -s.of_minus_z.lo});
    const DoubleDouble bend = dd_add(2.0, dd_mul(DoubleDouble{-z.hi, -z.lo}, gate_difference));
    const DoubleDouble k = dd_mul(beta, bend);
    if (std::fabs(z.hi) > -kLogisticIsExpBelow) return scaled_exp(k, z.hi >= 0 ? DoubleDouble{-z.hi, -z.lo} : z);
    return dd_mul(k, dd_mul(s.of_z, s.of_minus_z)).hi;
}

}  // namespace activations::detail

namespace activations::functions {

struct Swish : detail::RoundedFromDouble<Swish> {
    static constexpr ActivationSpec spec{
        .name = "swish",
        .label = "Swish (with β)",
        .param_storage = {{
            {.name = "beta",
             .default_value = 1.0,
             .min = 0.0,
             .description = "β, the gate's sharpness: 1 gives silu, 1.702 quick_gelu, 0 the line x/2; at least 0",
             .preset_storage = {{{"silu, TensorFlow swish", 1.0}, {"quick_gelu (CLIP)", 1.702}}},
             .preset_count = 2},
        }},
        .param_count = 1,
        .formula = "f(x) = x · σ(β x) = x / (1 + e^(−β x))",
        .derivative_formula = "f′(x) = σ(β x) · (1 + β x · (1 − σ(β x)))",
        .kink_convention = "Smooth everywhere: no kinks, so the three options agree.",
        // As silu: f' is σ(z)·(1 + z·σ(−z)), two logistic evaluations, and
        // crosses zero at z = −1.2785, x = −1.2785/β: the floor's window
        // covers β from 0.5 (x0 = −2.56) to 2 (x0 = −0.64).
        .bounds = {.double_ulps = {2, 4},
                   .floor_storage = {{{.zero = -1.5, .half_width = 1.3}}},
                   .floor_count = 1},
        .properties = {
            .range = {closed_open(-0.27846454276107380, kUnbounded)},  // silu's
            .monotonic = Monotonicity::not_monotonic,
            .decreasing = {open(-kUnbounded, -1.2784645427610738)},
            .saturates_below = true,
            .parameters_note = "beta = 1 (silu) here. For beta > 0 the minimum is −0.278465 / beta at x = −1.278465 "
                               "/ beta; beta = 0 is the line x / 2 (increasing, unbounded, no saturation).",
        },
    };

    double beta;

    explicit constexpr Swish(const ParamValues& p) : beta(p[0]) {}

    double f(double x) const { return detail::swish_value(beta, x); }
    double df(double x) const { return detail::swish_slope(beta, x); }
    // f″(x) = β·σ′(βx)·(2 − βx·tanh(βx/2)) (detail::swish_curvature).
    double d2f(double x) const { return detail::swish_curvature(beta, x); }

    static constexpr SecondDerivativeSpec second_derivative_spec{
        .formula = "f″(x) = β σ(βx) σ(−βx) · (2 − βx · tanh(βx/2))",
        .at_breakpoints =
            "Smooth everywhere: no breakpoints.",
        // The zeros ±2.3994/β, where the bracket cancels; terms of size β.
        .floor_storage = {{{.zero = -2.3994, .half_width = 0.02, .absolute = 0x1p-54, .scale_param = 0,
                            .scale_power = 1, .zero_param = 0},
                           {.zero = 2.3994, .half_width = 0.02, .absolute = 0x1p-54, .scale_param = 0,
                            .scale_power = 1, .zero_param = 0}}},
        .floor_count = 2,
    };

    Breakpoints breakpoints() const { return detail::kNoBreakpoints; }

    // The properties at this beta: silu's, scaled by 1/beta in x and y
    // (f(x) = silu(beta·x) / beta); beta = 0 is the line x / 2.
    constexpr Properties properties() const {
        if (beta == 0) return {.range = {open(-kUnbounded, kUnbounded)}, .symmetry = Symmetry::odd};
        Properties p = spec.properties;
        p.range = {closed_open(kSiluMinimum / beta, kUnbounded)};
        p.decreasing = {open(-kUnbounded, kSiluArgMinimum / beta)};
        p.parameters_note = {};
        return p;
    }
    // silu's minimum f(x₀) and where it is (mpmath, 17 digits; smooth.hpp).
    static constexpr double kSiluMinimum = -0.27846454276107380;
    static constexpr double kSiluArgMinimum = -1.2784645427610738;
};

struct QuickGelu : detail::RoundedFromDouble<QuickGelu> {
    static constexpr ActivationSpec spec{
        .name = "quick_gelu",
        .label = "QuickGELU",
        .formula = "f(x) = x · σ(1.702 x)",
        .derivative_formula = "f′(x) = σ(1.702 x) · (1 + 1.702 x · (1 − σ(1.702 x)))",
        .kink_convention = "Smooth everywhere: no kinks, so the three options agree.",
        // As swish; f' crosses zero at −1.2785/1.702 = −0.7512.
        .bounds = {.double_ulps = {2, 4},
                   .floor_storage = {{{.zero = -0.751, .half_width = 0.5}}},
                   .floor_count = 1},
        .properties = {
            // silu's minimum scaled by 1/1.702 (mpmath, 17 digits).
            .range = {closed_open(-0.16361018963635359, kUnbounded)},
            .monotonic = Monotonicity::not_monotonic,
            .decreasing = {open(-kUnbounded, -0.75115425544128897)},
            .saturates_below = true,
        },
    };

    // CLIP's constant, as written (its double: the float32 models round it
    // once more, to 1.70200002).
    static constexpr double kBeta = 1.702;

    explicit constexpr QuickGelu(const ParamValues&) {}

    static double f(double x) { return detail::swish_value(kBeta, x); }
    static double df(double x) { return detail::swish_slope(kBeta, x); }
    // f″(x) = β·σ′(βx)·(2 − βx·tanh(βx/2)), β = 1.702 (detail::swish_curvature).
    static double d2f(double x) { return detail::swish_curvature(kBeta, x); }

    static constexpr SecondDerivativeSpec second_derivative_spec{
        .formula = "f″(x) = 1.702 σ(1.702x) σ(−1.702x) · (2 − 1.702x · tanh(0.851x))",
        .at_breakpoints =
            "Smooth everywhere: no breakpoints.",
        // The zeros ±2.3994/1.702, where the bracket cancels.
        .floor_storage = {{{.zero = -1.4097, .half_width = 0.02, .absolute = 0x1p-53},
                           {.zero = 1.4097, .half_width = 0.02, .absolute = 0x1p-53}}},
        .floor_count = 2,
    };

    Breakpoints breakpoints() const { return detail::kNoBreakpoints; }
};

struct Squareplus : detail::RoundedFromDouble<Squareplus> {
    static constexpr ActivationSpec spec{
        .name = "squareplus",
        .label = "Squareplus",
        .param_storage = {{
            {.name = "b",
             .default_value = 4.0,
             .min = 0.0,
             .min_inclusive = false,
             .description = "how far the curve bends away from relu at 0 (f(0) = √b / 2); positive "
                            "(Keras and JAX: 4)"},
        }},
        .param_count = 1,
        .formula = "f(x) = (x + √(x² + b)) / 2",
        .derivative_formula = "f′(x) = (1 + x / √(x² + b)) / 2",
        .kink_convention = "Smooth everywhere: no kinks, so the three options agree.",
        .properties = {
            .range = {open(0, kUnbounded)},
            .value_at_zero = 1,  // √b / 2
            .saturates_below = true,
            .parameters_note = "b = 4 here: f(0) = √b / 2; every b > 0 gives the same shape, b = 0 is relu.",
        },
    };

    double b;
    double asymptotic_from;  // |x| beyond which b/x² < 1e−32: the first term of the expansion is all

    explicit Squareplus(const ParamValues& p) : b(p[0]), asymptotic_from(1e16 * std::sqrt(p[0])) {}

    // √(x² + b) to 106 bits: x² exactly (TwoProduct), the sum, then one
    // Newton step from the double root, s + (a − s²)/(2s).
    detail::DoubleDouble root(double x) const {
        using namespace detail;
        const DoubleDouble a = dd_add(two_prod(x, x), b);
        const double s = std::sqrt(a.hi);
        const DoubleDouble s_squared = two_prod(s, s);
        const double correction = dd_add(a, DoubleDouble{-s_squared.hi, -s_squared.lo}).hi / (2 * s);
        return two_sum(s, correction);
    }

    // x ≥ 0: (x + s)/2, a sum of positive terms. x < 0: x + s cancels, so
    // the same value as b / (2(s − x)). Far out (b/x² < 1e−32): x, and
    // b/(4|x|) on the left, where the next terms are below an ulp.
    // f(+inf) = +inf, f(−inf) = +0.
    double f(double x) const {
        using namespace detail;
        if (std::isnan(x)) return x;
        if (std::fabs(x) > asymptotic_from) return x > 0 ? x : (0.25 * b) / -x;
        const DoubleDouble s = root(x);
        if (x >= 0) return 0.5 * dd_add(s, x).hi;
        return 0.5 * dd_div(b, dd_add(s, -x)).hi;
    }

    // x ≥ 0: (1 + x/s)/2. x < 0: 1 + x/s cancels; it equals
    // b / (s·(s − x)). Far out: 1, and b/(4x²) on the left (0 at −inf).
    double df(double x) const {
        using namespace detail;
        if (std::isnan(x)) return x;
        if (std::fabs(x) > asymptotic_from) return x > 0 ? 1.0 : ((0.25 * b) / -x) / -x;
        const DoubleDouble s = root(x);
        if (x >= 0) return 0.5 * dd_add(1.0, dd_div(x, s)).hi;
        return 0.5 * dd_div(b, dd_mul(s, dd_add(s, -x))).hi;
    }

    // f″(x) = b / (2·(x² + b)^(3/2)) = ((b/s)/s)/s / 2, s = √(x² + b) to
    // double-double precision: each quotient stays in range (b/s ≤ √b), and
    // beyond the asymptotic point b/(2|x|³).
    double d2f(double x) const {
        using namespace detail;
        if (std::isnan(x)) return x;
        if (std::fabs(x) > asymptotic_from) return ((0.5 * b) / std::fabs(x)) / (x * x);
        const DoubleDouble s = root(x);
        return 0.5 * dd_div(dd_div(dd_div(b, s), s), s).hi;
    }

    static constexpr SecondDerivativeSpec second_derivative_spec{
        .formula = "f″(x) = b / (2 (x² + b)^(3/2))",
        .at_breakpoints =
            "Smooth everywhere: no breakpoints.",
    };

    Breakpoints breakpoints() const { return detail::kNoBreakpoints; }

    // The properties at this b: f(0) = √b / 2; the rest holds for every b > 0.
    Properties properties() const {
        Properties p = spec.properties;
        p.value_at_zero = std::sqrt(b) / 2;
        p.parameters_note = {};
        return p;
    }
};

}  // namespace activations::functions
