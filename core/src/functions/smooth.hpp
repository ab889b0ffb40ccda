// Softplus and Mish are in functions/softplus.hpp, on this file's helpers.
// The smooth gated units x · g(x), GELU, SiLU and Mish, and softplus, the
// smooth ReLU they are built around. No exponential here can overflow:
// each is taken of a non-positive argument (e^−|x| and the like), so ±inf
// and ±1e308 give the limits. The gate's tail for x → −∞ keeps its relative
// precision (the output is x times a tiny gate, not 0 from a cancellation),
// and ±0 give ±0.
//
// Computed in double; a float input gives the double result rounded once
// to float (see functions/numerics.hpp).
#pragma once

#include <cmath>
#include <concepts>

#include "activations/spec.hpp"
#include "functions/kink.hpp"
#include "functions/numerics.hpp"

namespace activations::functions {

struct Gelu : detail::RoundedFromDouble<Gelu> {
    enum class Approximate { none = 0, tanh = 1 };  // indices into the choices of `approximate`

    static constexpr ActivationSpec spec{
        .name = "gelu",
        .label = "GELU",
        .param_storage = {{
            {.name = "approximate",
             .default_value = 0,
             .description = "\"none\": exact, x · Φ(x) with the Gaussian CDF; \"tanh\": "
                            "the tanh approximation",
             .choice_storage = {"none", "tanh"},
             .choice_count = 2},
        }},
        .param_count = 1,
        .formula =
            "f(x) = x · Φ(x) = x/2 · (1 + erf(x / √2));  tanh: x/2 · (1 + tanh(u)), "
            "u = √(2/π) · (x + 0.044715 x³)",
        .derivative_formula =
            "f′(x) = Φ(x) + x · φ(x), φ(x) = exp(−x²/2) / √(2π);  tanh: ½ (1 + tanh u) + "
            "½ x (1 − tanh² u) · √(2/π) (1 + 0.134145 x²)",
        .kink_convention = "Smooth everywhere: no kinks, so the three options agree.",
        // f: erfc (or σ) of a carried argument, then a product; f': Φ(x) +
        // x·φ(x), an erfc and an exp (tanh form: σ twice). f' crosses zero
        // at −0.7518 (tanh form −0.7525): the floor covers both.
        .bounds = {.double_ulps = {4, 4},
                   .floor_storage = {{{.zero = -0.752, .half_width = 0.5}}},
                   .floor_count = 1},
        .properties = {
            // The minimum, where f′ = Φ(x) + x·φ(x) crosses zero (mpmath, 17 digits).
            .range = {closed_open(-0.16997120747990366, kUnbounded)},
            .monotonic = Monotonicity::not_monotonic,
            .decreasing = {open(-kUnbounded, -0.75179152469356446)},
            .saturates_below = true,
            .parameters_note = "approximate = \"none\" here. The tanh form has the same properties with its minimum "
                               "−0.170041 at x = −0.752461.",
        },
    };

    Approximate approximate;

    // The parameter is the index of the choice; the JS API passes only 0 or 1.
    explicit constexpr Gelu(const ParamValues& p)
        : approximate(p[0] == 1 ? Approximate::tanh : Approximate::none) {}


    double f(double x) const { return approximate == Approximate::tanh ? f_tanh(x) : f_exact(x); }
    double df(double x) const { return approximate == Approximate::tanh ? df_tanh(x) : df_exact(x); }

    // f''(x) = φ(x)·(2 − x²); tanh: σ'(z)·[2z' − x·z'²·tanh(z/2) + x·z''],
    // z = 2u (functions/second_derivatives.hpp).
    double d2f(double x) const { return approximate == Approximate::tanh ? d2f_tanh(x) : d2f_exact(x); }
    static double d2f_exact(double x);
    static double d2f_tanh(double x);

    static constexpr SecondDerivativeSpec second_derivative_spec{
        .formula = "f″(x) = φ(x) · (2 − x²);  tanh: σ′(z) · (2z′ − x z′² tanh(z/2) + x z″), z = 2u",
        .at_breakpoints =
            "Smooth everywhere: no breakpoints.",
        // The tanh form's zeros (the exact form's, ±√2, need no floor: 2 − x² is exact).
        .floor_storage = {{{.zero = -1.4185, .half_width = 0.02, .absolute = 0x1p-54},
                           {.zero = 1.4185, .half_width = 0.02, .absolute = 0x1p-54}}},
        .floor_count = 2,
    };

    Breakpoints breakpoints() const { return detail::kNoBreakpoints; }

    // The properties of either form: the tanh form's minimum is its own.
    constexpr Properties properties() const {
        Properties p = spec.properties;
        p.parameters_note = {};
        if (approximate == Approximate::tanh) {
            // Where the tanh form's f′ crosses zero (mpmath, 17 digits).
            p.range = {closed_open(-0.17004075057125406, kUnbounded)};
            p.decreasing = {open(-kUnbounded, -0.7524614220710163)};
        }
        return p;
    }

    // ---- exact: f = x·Φ(x), f' = Φ(x) + x·φ(x) ----

    // Above 10, Φ(x) = 1 − 7.6e−24 rounds to 1 and x·φ(x) < 1e−21: f = x, f' = 1.
    static constexpr double kExactIsIdentityFrom = 10;
    // Below -28 the asymptotic series of Φ (9 terms, error < 1e−19) replaces
    // erfc, whose argument would need more care there than the series does.
    static constexpr double kExactSeriesBelow = -28;
    // Below -40 both |f| (1.5e−349 at -40) and |f'| lie under the smallest
    // subnormal, 4.9e−324: both are -0, the sign their limits approach from.
    static constexpr double kExactZeroBelow = -40;

    static constexpr detail::DoubleDouble kInvSqrt2{0x1.6a09e667f3bcdp-1, -4.833646656726457e-17};  // 1/√2
    static constexpr double kTwoOverSqrtPi = 0x1.20dd750429b6dp+0;  // 2/√π: erfc'(y) = −(2/√π)·e^−y²
    static constexpr detail::DoubleDouble kInvSqrtTwoPi{0x1.9884533d43651p-2, -2.49232720227773e-17};  // φ(0)

    static double f_exact(double x) {
        using namespace detail;
        if (std::isnan(x) || x == 0) return x;  // gelu(±0) = ±0
        if (x >= kExactIsIdentityFrom) return x;
        if (x < kExactZeroBelow) return -0.0;
        if (x < kExactSeriesBelow) return -gaussian_times(x, mills_series(x));  // x·Φ(x) = −φ(x)·S
        return std::copysign(dd_mul(x, cdf(x)).hi, x);  // x's sign, also on underflow
    }

    static double df_exact(double x) {
        using namespace detail;
        if (std::isnan(x)) return x;
        if (x >= kExactIsIdentityFrom) return 1;
        if (x < kExactZeroBelow) return -0.0;
        if (x < kExactSeriesBelow) {
            // Φ(x) + x·φ(x) = φ(x)·(S/|x| + x) = φ(x)·x·(1 − S/x²): no cancellation.
            const double w = 1 / (x * x);
            return gaussian_times(x, dd_mul(x, dd_add(1.0, -(mills_series(x).hi * w))));
        }
        const DoubleDouble square = two_prod(x, x);
        const double e = std::exp(-0.5 * square.hi);
        const DoubleDouble gaussian = dd_mul(kInvSqrtTwoPi, DoubleDouble{e, -0.5 * e * square.lo});
        return dd_add(cdf(x), dd_mul(x, gaussian)).hi;
    }

    // Φ(x) = erfc(y)/2 with y = −x/√2, for -28 ≤ x < 10. For x < 0, erfc(y)
    // ≈ e^−y²/(y√π) is so steep that rounding y to a double would cost about
    // 2y² ulps (400 at x = -20). So y = p + ε is carried to twice double's
    // precision and erfc(p + ε) = erfc(p) − ε·(2/√π)·e^−p² to first order
    // (the second-order term is below 1e−30 relative). For x ≥ 0, erfc(y)
    // ∈ [1, 2] and y's rounding moves it by under half an ulp.
    static detail::DoubleDouble cdf(double x) {
        using namespace detail;
        if (x >= 0) return 0.5 * std::erfc(-x * kInvSqrt2.hi);
        const DoubleDouble y = two_prod(-x, kInvSqrt2.hi);
        const double epsilon = y.lo + (-x) * kInvSqrt2.lo;
        const DoubleDouble twice = dd_add(std::erfc(y.hi), -epsilon * kTwoOverSqrtPi * std::exp(-y.hi * y.hi));
        return {0.5 * twice.hi, 0.5 * twice.lo};
    }

    // k·φ(x) for |x| ≤ 40, rounded once. x² = s + e exactly and
    // e^(−(s + e)/2) = e^(−s/2)·(1 − e/2): rounding x² alone would cost x²/2
    // ulps (800 at |x| = 40). detail::scaled_exp keeps the subnormal range,
    // reached from |x| = 37.6, from rounding twice.
    static double gaussian_times(double x, detail::DoubleDouble k) {
        using namespace detail;
        const DoubleDouble square = two_prod(x, x);
        return scaled_exp(dd_mul(k, kInvSqrtTwoPi), DoubleDouble{-0.5 * square.hi, -0.5 * square.lo});
    }

    // S(x) with Φ(x) = φ(x)·S(x)/|x| for x < 0: the asymptotic series
    // S = Σ (−1)^k (2k−1)!! / x^(2k) = 1 − w(1 − 3w(1 − 5w(…))), w = 1/x².
    // Truncated after k = 9 (17!! w⁹); the first omitted term, 19!! w¹⁰, is
    // below 1e−20 for x ≤ -28, and it bounds the error of this alternating
    // series. The last step, 1 − w·(…), is kept as a double-double; the
    // roundings inside reach S shrunk by w ≤ 1/784.
    static detail::DoubleDouble mills_series(double x) {
        const double w = 1 / (x * x);
        double inner = 1;
        for (double k = 17; k >= 3; k -= 2) inner = 1 - k * w * inner;
        return detail::dd_add(1.0, -(w * inner));
    }

    // ---- tanh approximation: f = x/2·(1 + tanh u) = x·σ(z), z = 2u ----

    // Beyond ±30, |z| > 1974 and σ(z) is exactly 0 or 1: f = x or -0,
    // f' = 1 or -0; inside, the double-double steps cannot overflow.
    static constexpr double kTanhSaturatesBeyond = 30;

    // z = 2·√(2/π)·(x + 0.044715·x³) = c·x·(1 + a·x²), z' = c·(1 + 3a·x²),
    // with c, a and 3a as hi + lo (a and 3a are the decimals 0.044715 and
    // 0.134145 exactly, as written in the formula).
    static constexpr detail::DoubleDouble kC{0x1.9884533d43651p+0, -9.96930880911092e-17};  // 2·√(2/π)
    static constexpr detail::DoubleDouble kA{0.044715, 2.1960211427085595e-18};
    static constexpr detail::DoubleDouble kThreeA{0.134145, 1.3526957332032908e-17};

    // z and z' to about 100 bits: for x < 0, σ(z) ≈ e^z with z down to
    // -745, where one rounding of z would cost |z| ulps of σ(z).
    struct TanhArgument {
        detail::DoubleDouble z;
        detail::DoubleDouble slope;  // z'
    };

    static TanhArgument tanh_argument(double x) {
        using namespace detail;
        const DoubleDouble square = two_prod(x, x);
        const DoubleDouble z = dd_mul(kC, dd_mul(x, dd_add(1.0, dd_mul(kA, square))));
        const DoubleDouble slope = dd_mul(kC, dd_add(1.0, dd_mul(kThreeA, square)));
        return {z, slope};
    }

    static double f_tanh(double x) {
        if (std::isnan(x) || x == 0) return x;  // gelu(±0) = ±0
        if (x > kTanhSaturatesBeyond) return x;
        if (x < -kTanhSaturatesBeyond) return -0.0;
        const TanhArgument arg = tanh_argument(x);
        if (arg.z.hi < detail::kLogisticIsExpBelow) return detail::scaled_exp(x, arg.z);  // x·e^z
        // x·σ(z) has x's sign, also where it underflows to zero.
        return std::copysign(detail::dd_mul(detail::logistic_of(arg.z), x).hi, x);
    }

    // f' = σ(z) + x·σ(z)·σ(−z)·z' = σ(z)·(1 + x·z'·σ(−z)); where σ(z) = e^z
    // and σ(−z) = 1 to the last bit, e^z·(1 + x·z').
    static double df_tanh(double x) {
        using namespace detail;
        if (std::isnan(x)) return x;
        if (x > kTanhSaturatesBeyond) return 1;
        if (x < -kTanhSaturatesBeyond) return -0.0;
        const TanhArgument arg = tanh_argument(x);
        if (arg.z.hi < kLogisticIsExpBelow) return scaled_exp(dd_add(1.0, dd_mul(x, arg.slope)).hi, arg.z);
        const Logistic s = logistic(arg.z);
        return dd_mul(s.of_z, dd_add(1.0, dd_mul(dd_mul(x, arg.slope), s.of_minus_z))).hi;
    }
};

struct Silu : detail::RoundedFromDouble<Silu> {
    static constexpr ActivationSpec spec{
        .name = "silu",
        .label = "SiLU (swish)",
        .formula = "f(x) = x · σ(x) = x / (1 + e⁻ˣ)",
        .derivative_formula = "f′(x) = σ(x) · (1 + x · (1 − σ(x)))",
        .kink_convention = "Smooth everywhere: no kinks, so the three options agree.",
        // f': σ(x)·(1 + x·σ(−x)), two logistic evaluations; it crosses zero
        // at −1.2785.
        .bounds = {.double_ulps = {2, 4},
                   .floor_storage = {{{.zero = -1.278, .half_width = 0.5}}},
                   .floor_count = 1},
        .properties = {
            // The minimum, where f′ crosses zero: x₀ = −1.27846…, f(x₀) = x₀ + 1 (mpmath, 17 digits).
            .range = {closed_open(-0.27846454276107380, kUnbounded)},
            .monotonic = Monotonicity::not_monotonic,
            .decreasing = {open(-kUnbounded, -1.2784645427610738)},
            .saturates_below = true,
        },
    };

    explicit constexpr Silu(const ParamValues&) {}


    // f(x) = x·σ(x), rounded once from double-doubles; where σ(x) = e^x to
    // the last bit, x·e^x without an intermediate underflow. f(±0) = ±0,
    // f(+inf) = +inf, f(-inf) = -0 (x·σ(x) → 0 from below).
    static double f(double x) {
        if (std::isnan(x) || x == 0) return x;
        if (std::isinf(x)) return x > 0 ? x : -0.0;
        if (x < detail::kLogisticIsExpBelow) return detail::scaled_exp(x, x);
        // x·σ(x) has x's sign, also where it underflows to zero.
        return std::copysign(detail::dd_mul(detail::logistic_of(x), x).hi, x);
    }

    // f'(x) = σ(x)·(1 + x·σ(−x)) (as 1 − σ(x) = σ(−x)), in double-doubles;
    // e^x·(1 + x) where σ(x) = e^x. The limits are 1 at +inf and -0 at -inf,
    // where the product would be inf·0.
    static double df(double x) {
        using namespace detail;
        if (std::isnan(x)) return x;
        if (std::isinf(x)) return x > 0 ? 1.0 : -0.0;
        if (x < kLogisticIsExpBelow) return scaled_exp(1 + x, x);
        const Logistic s = logistic(x);
        return dd_mul(s.of_z, dd_add(1.0, dd_mul(x, s.of_minus_z))).hi;
    }

    // f''(x) = σ(x)·σ(−x)·(2 − x·tanh(x/2)) (functions/second_derivatives.hpp).
    static double d2f(double x);

    static constexpr SecondDerivativeSpec second_derivative_spec{
        .formula = "f″(x) = σ(x) σ(−x) · (2 − x · tanh(x/2))",
        .at_breakpoints =
            "Smooth everywhere: no breakpoints.",
        .floor_storage = {{{.zero = -2.3994, .half_width = 0.02, .absolute = 0x1p-54},
                           {.zero = 2.3994, .half_width = 0.02, .absolute = 0x1p-54}}},
        .floor_count = 2,
    };

    Breakpoints breakpoints() const { return detail::kNoBreakpoints; }
};

}  // namespace activations::functions
