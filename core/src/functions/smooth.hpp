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

    Breakpoints breakpoints() const { return detail::kNoBreakpoints; }
};

struct Mish : detail::RoundedFromDouble<Mish> {
    static constexpr ActivationSpec spec{
        .name = "mish",
        .label = "Mish",
        .formula = "f(x) = x · tanh(softplus(x)) = x · tanh(ln(1 + eˣ))",
        .derivative_formula =
            "f′(x) = tanh(sp) + x · σ(x) · (1 − tanh²(sp)), sp = ln(1 + eˣ)",
        .kink_convention = "Smooth everywhere: no kinks, so the three options agree.",
        // f: exp, log1p and tanh in a chain; f': tanh(sp) + x·sech²(sp)·σ(x),
        // three calls. f' crosses zero at −1.1924.
        .bounds = {.double_ulps = {4, 4},
                   .floor_storage = {{{.zero = -1.192, .half_width = 0.5}}},
                   .floor_count = 1},
        .properties = {
            // The minimum, where f′ crosses zero (mpmath, 17 digits).
            .range = {closed_open(-0.30884341301725041, kUnbounded)},
            .monotonic = Monotonicity::not_monotonic,
            .decreasing = {open(-kUnbounded, -1.1924312145154952)},
            .saturates_below = true,
        },
    };

    explicit constexpr Mish(const ParamValues&) {}


    // tanh(ln(1 + e^x)) = ((1 + e^x)² − 1) / ((1 + e^x)² + 1), a rational
    // function of e^x, so no tanh or log is needed. With e = e^x and
    // n = e·(e + 2): T = n / (n + 2) for x < 0; with t = e^−x, the same
    // fraction is (1 + 2t) / (1 + 2t + 2t²) for x ≥ 0. Both take the
    // exponential of a non-positive number and add only positive terms;
    // the arithmetic is in double-doubles, so f and f' round once after exp.
    //
    // Above 25, 1 − T ≈ 2e^−2x < 4e−22 and x·(1 − T²)·σ(x) < 1e−19: f = x
    // and f' = 1 to the last bit. Below -700, T = e^x to the last bit.
    static constexpr double kIdentityAbove = 25;

    // f(x) = x·T; f(±0) = ±0, f(+inf) = +inf, f(-inf) = -0 (x·T → 0 from
    // below).
    static double f(double x) {
        using namespace detail;
        if (std::isnan(x) || x == 0) return x;
        if (x > kIdentityAbove) return x;
        if (x == -kInfinity) return -0.0;
        if (x < kLogisticIsExpBelow) return scaled_exp(x, x);
        if (x < 0) {
            const double e = std::exp(x);
            const DoubleDouble n = dd_mul(e, dd_add(e, 2.0));
            return std::copysign(dd_mul(x, dd_div(n, dd_add(n, 2.0))).hi, x);  // -0 on underflow
        }
        const double t = std::exp(-x);
        const DoubleDouble n = dd_add(1.0, 2 * t);
        return dd_mul(x, dd_div(n, dd_add(n, dd_mul(2 * t, t)))).hi;
    }

    // f'(x) = T + x·(1 − T²)·σ(x). In the same variables:
    // x < 0:  f' = e·[(e + 2)/(n + 2) + x·4(n + 1)/((n + 2)²(1 + e))], whose
    //         factor e carries the tail: e^x·(1 + x) below -700, -0 at -inf;
    // x ≥ 0:  f' = T + x·4t²(1 + t)/D², D = 1 + 2t + 2t², the second term
    //         → 0 as x → +inf.
    static double df(double x) {
        using namespace detail;
        if (std::isnan(x)) return x;
        if (x > kIdentityAbove) return 1;
        if (x < kLogisticIsExpBelow) return x == -kInfinity ? -0.0 : scaled_exp(1 + x, x);
        if (x < 0) {
            const double e = std::exp(x);
            const DoubleDouble n = dd_mul(e, dd_add(e, 2.0));
            const DoubleDouble n2 = dd_add(n, 2.0);
            const DoubleDouble gate = dd_div(dd_add(e, 2.0), n2);
            const DoubleDouble tail =
                dd_div(dd_mul(4 * x, dd_add(n, 1.0)), dd_mul(dd_mul(n2, n2), dd_add(1.0, e)));
            return dd_mul(e, dd_add(gate, tail)).hi;
        }
        const double t = std::exp(-x);
        const DoubleDouble n = dd_add(1.0, 2 * t);
        const DoubleDouble d = dd_add(n, dd_mul(2 * t, t));
        const DoubleDouble slope = dd_div(dd_mul(dd_mul(4 * x, dd_mul(t, t)), dd_add(1.0, t)), dd_mul(d, d));
        return dd_add(dd_div(n, d), slope).hi;
    }

    Breakpoints breakpoints() const { return detail::kNoBreakpoints; }
};

struct Softplus : detail::RoundedFromDouble<Softplus> {
    static constexpr ActivationSpec spec{
        .name = "softplus",
        .label = "Softplus",
        .param_storage = {{
            {.name = "beta",
             .default_value = 1.0,
             .min = 0.0,
             .min_inclusive = false,
             .description = "sharpness: larger beta bends closer to ReLU; positive"},
            {.name = "threshold",
             .default_value = 20.0,
             .description = "where beta · x exceeds it, f(x) = x (PyTorch's cut-off to the "
                            "linear part); any finite value"},
        }},
        .param_count = 2,
        .formula = "f(x) = ln(1 + exp(beta · x)) / beta;  x where beta · x > threshold",
        .derivative_formula = "f′(x) = σ(beta · x);  1 where beta · x > threshold",
        .kink_convention =
            "At the cut-off x = threshold / beta, f and f′ jump slightly (f′ from σ(threshold) "
            "to 1); f′ there is σ(threshold) as in PyTorch, which is also the left value; the "
            "right is 1.",
        .properties = {
            .range = {open(0, kUnbounded)},
            // PyTorch's switch to f(x) = x at the cut-off drops f by ln(1 + e⁻²⁰) and
            // lifts f′ from σ(20) to 1 (mpmath): a tiny jump, but a jump, and a drop.
            .monotonic = Monotonicity::not_monotonic,
            .value_at_zero = 0.69314718055994531,  // ln 2
            .points = {jump(20, -2.0611536203143807e-9, 2.0611536181902036e-9)},
            .saturates_below = true,
            .parameters_note = "beta = 1, threshold = 20 here. Below the cut-off x = threshold / beta, f is "
                               "increasing and smooth (C∞) for every beta > 0, with f(0) = ln 2 / beta; at the "
                               "cut-off PyTorch's switch to f(x) = x drops f by ln(1 + e^−threshold) / beta and "
                               "lifts f′ from σ(threshold) to 1.",
        },
    };

    double beta;       // sharpness, beta > 0
    double threshold;  // beta·x above it: the linear part
    double cutoff;     // threshold / beta: where the linear part starts

    // The switch is at the double nearest threshold / beta, the very point
    // breakpoints() reports, so the one-sided options are read exactly there.
    // (PyTorch compares the rounded beta·x with threshold, which differs only
    // within an ulp of the cut-off.)
    explicit constexpr Softplus(const ParamValues& p)
        : beta(p[0]), threshold(p[1]), cutoff(p[1] / p[0]) {}


    // Below this, ln(1 + e^z) = e^z to the last bit (e^z < 2^−1000), and
    // e^z / beta goes through detail::scaled_exp, so that a subnormal e^z is
    // not rounded before a small beta divides it. (Reaching z < -700 takes
    // beta > 3.8e−306, so 1/beta is finite there.)
    static constexpr double kExponentialBelow = -700;

    // f(x) = x above the cut-off; otherwise ln(1 + e^z)/beta with z = beta·x
    // carried as hi + lo (its rounding would otherwise cost |z| ulps where
    // ln(1 + e^z) ≈ e^z). f(+inf) = +inf, f(-inf) = 0.
    double f(double x) const {
        using namespace detail;
        if (std::isnan(x)) return x;
        if (x > cutoff) return x;
        const DoubleDouble z = two_prod(beta, x);
        if (z.hi < kExponentialBelow) return scaled_exp(dd_div(1.0, beta), z);
        return dd_div(softplus(z), beta).hi;
    }

    // f'(x) = σ(beta·x), 1 above the cut-off. At x = cutoff: σ(beta·x) as
    // PyTorch's softplus_backward (beta·x > threshold ? 1 : σ), which is the
    // left limit; right 1.
    double df(double x, KinkConvention kink) const {
        if (std::isnan(x)) return x;
        if (x > cutoff) return 1;
        const double left = detail::logistic_of(detail::two_prod(beta, x)).hi;
        if (x == cutoff) return detail::at_kink(kink, left, 1.0, left);
        return left;
    }

    // A jump in f (of ln(1 + e^−threshold)/beta) and in f'; none when the
    // cut-off lies beyond the doubles.
    Breakpoints breakpoints() const {
        if (!std::isfinite(cutoff)) return detail::kNoBreakpoints;
        return detail::breakpoints_at(cutoff);
    }
};

}  // namespace activations::functions
