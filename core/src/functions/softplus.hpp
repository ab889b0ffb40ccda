// softplus and mish (x · tanh(softplus(x))): the smooth functions built on
// log(1 + eˣ), with the helpers of functions/smooth.hpp.
#pragma once

#include "functions/smooth.hpp"

namespace activations::functions {

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

    // f''(x) = (1 − T²)·σ(x)·(2 + x·(1 − σ(x) − 2T·σ(x))), T = tanh(sp(x)),
    // in the variables of f' (functions/second_derivatives.hpp).
    static double d2f(double x);
    static constexpr double kZeroAbove = 400;

    static constexpr SecondDerivativeSpec second_derivative_spec{
        .formula = "f″(x) = (1 − T²) σ(x) · (2 + x (1 − σ(x) − 2T σ(x))), T = tanh(softplus(x))",
        .at_breakpoints =
            "Smooth everywhere: no breakpoints.",
        .floor_storage = {{{.zero = -2.2564, .half_width = 0.02, .absolute = 0x1p-54},
                           {.zero = 1.4906, .half_width = 0.02, .absolute = 0x1p-54}}},
        .floor_count = 2,
    };

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

    // f''(x) = beta·σ(beta·x)·σ(−beta·x) below the cut-off, 0 above. At
    // x = cutoff, where f and f' jump: 0 as PyTorch's double backward (it
    // takes beta·x < threshold strictly), left beta·σ'(threshold), right 0.
    double d2f(double x, KinkConvention kink) const {
        if (std::isnan(x)) return x;
        if (x > cutoff) return 0;
        const double left = detail::logistic_slope(detail::two_prod(beta, x), beta);
        if (x == cutoff) return detail::at_kink(kink, left, 0.0, 0.0);
        return left;
    }

    static constexpr SecondDerivativeSpec second_derivative_spec{
        .formula = "f″(x) = beta · σ(beta · x) σ(−beta · x);  0 where beta · x > threshold",
        .at_breakpoints =
            "At the cut-off x = threshold / beta, f and f′ jump slightly (point masses of f′ and f″, "
            "drawn as jumps) and f″ from beta · σ′(threshold) to 0: second_derivative there is 0 as "
            "PyTorch's double backward (which takes beta · x < threshold strictly); left beta · "
            "σ′(threshold), right 0.",
    };

    // A jump in f (of ln(1 + e^−threshold)/beta) and in f'; none when the
    // cut-off lies beyond the doubles.
    Breakpoints breakpoints() const {
        if (!std::isfinite(cutoff)) return detail::kNoBreakpoints;
        return detail::breakpoints_at(cutoff);
    }
};

}  // namespace activations::functions
