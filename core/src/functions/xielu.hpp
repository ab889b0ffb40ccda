// xIELU (Huang and Schlag, arXiv 2411.13010; the MLP activation of
// Apertus), exactly as Hugging Face transformers' XIELUActivation computes
// it:
//   x > 0:  alpha_p · x² + beta · x
//   x ≤ 0:  alpha_n · (expm1(min(x, eps)) − x) + beta · x
// Parameters are the effective values that enter this formula. Hugging
// Face stores alpha_p and alpha_n through a softplus: its module holds
// a_p = log(expm1(alpha_p_init)) and a_n = log(expm1(alpha_n_init − beta))
// and uses alpha_p = softplus(a_p), alpha_n = beta + softplus(a_n), so
// alpha_p > 0 and alpha_n > beta; its defaults (alpha_p_init = alpha_n_init
// = 0.8, beta = 0.5, eps = −1e−6) are this entry's. A checkpoint's stored
// a_p, a_n map to alpha_p = softplus(a_p), alpha_n = beta + softplus(a_n).
//
// eps < 0 makes two breakpoints: at eps, f' jumps from alpha_n·expm1(eps) +
// beta to beta − alpha_n (expm1 stops following x), and at 0 f jumps from
// alpha_n·expm1(eps) (≈ −8e−7 by default) to 0, and f' from beta − alpha_n
// to beta. eps = 0 is the paper's form, continuous at 0 with f'(0) = beta.
//
// Computed in double-doubles and rounded once: f crosses zero at an
// irrational x < 0 (near −2.5 with the defaults), where alpha_n·(e^x − 1 −
// x) and beta·x cancel, and f' where alpha_n·expm1(x) and beta cancel (near
// −0.98): e^x is carried to about 100 bits (detail::exp_dd), so both keep
// their relative accuracy.
#pragma once

#include <cmath>

#include "activations/spec.hpp"
#include "functions/extended.hpp"
#include "functions/kink.hpp"
#include "functions/numerics.hpp"

namespace activations::functions {

struct Xielu : detail::RoundedFromDouble<Xielu> {
    static constexpr ActivationSpec spec{
        .name = "xielu",
        .label = "xIELU",
        .param_storage = {{
            {.name = "alpha_p",
             .default_value = 0.8,
             .min = 0.0,
             .min_inclusive = false,
             .description = "the factor of x² for x > 0: the effective value, softplus of Hugging Face's "
                            "stored alpha_p (0.8 initially); positive"},
            {.name = "alpha_n",
             .default_value = 0.8,
             .description = "the factor of expm1(min(x, eps)) − x for x ≤ 0: the effective value, beta plus "
                            "the softplus of Hugging Face's stored alpha_n (0.8 initially); above beta"},
            {.name = "beta",
             .default_value = 0.5,
             .min = 0.0,
             .description = "the linear term beta · x on both sides (0.5 in Hugging Face and the paper); "
                            "at least 0"},
            {.name = "eps",
             .default_value = -1e-6,
             .max = 0.0,
             .description = "expm1 is taken of min(x, eps) (Hugging Face: −1e−6); 0 gives the paper's "
                            "continuous form; at most 0"},
        }},
        .param_count = 4,
        .formula = "f(x) = alpha_p · x² + beta · x for x > 0;  alpha_n · (e^min(x, eps) − 1 − x) + beta · x "
                   "for x ≤ 0",
        .derivative_formula = "f′(x) = 2 alpha_p · x + beta for x > 0;  alpha_n · (eˣ − 1) + beta for x < eps;  "
                              "beta − alpha_n for eps < x ≤ 0",
        .kink_convention =
            "At eps, f′ jumps from alpha_n · (e^eps − 1) + beta (left) to beta − alpha_n (right); PyTorch's "
            "autograd gives their mean there (torch.min splits a tie's gradient). At 0, f jumps from "
            "alpha_n · (e^eps − 1) to 0 and f′ from beta − alpha_n to beta; f′(0) = beta − alpha_n as in "
            "PyTorch (x > 0 is false at 0). With eps = 0 both points are 0: f′ is beta on both sides and "
            "PyTorch gives beta − alpha_n / 2.",
        .order_storage = {{{.lower = 2, .upper = 1, .strict = true}}},
        .order_count = 1,
        .edges = {.derivative_bounded = false},
        .properties = {
            // The minimum at x₀ = ln(1 − beta/alpha_n), where f′ = alpha_n·expm1(x) +
            // beta crosses zero; on (eps, 0] the slope is beta − alpha_n < 0, and at 0
            // f jumps from alpha_n·expm1(eps) to 0 (mpmath, 17 digits).
            .range = {closed_open(-0.20575122409648211, kUnbounded)},
            .monotonic = Monotonicity::not_monotonic,
            .decreasing = {open(-kUnbounded, -0.98082925301172614), open(-1e-6, 0)},
            .value_at_zero = -7.9999960000013334e-7,
            .points = {kink(-1e-6, -0.79999920000040004), jump(0, 7.9999960000013334e-7, 0.8)},
            .parameters_note = "alpha_p = 0.8, alpha_n = 0.8, beta = 0.5, eps = −1e−6 (Hugging Face's) here. f "
                               "decreases for x < ln(1 − beta / alpha_n) and on (eps, 0] (slope beta − alpha_n), and "
                               "jumps at 0 by −alpha_n · expm1(eps) ≈ alpha_n · |eps|; eps = 0 (the paper's form) "
                               "makes f and f′ continuous.",
        },
    };

    double alpha_p;
    double alpha_n;
    double beta;
    double eps;

    explicit constexpr Xielu(const ParamValues& p) : alpha_p(p[0]), alpha_n(p[1]), beta(p[2]), eps(p[3]) {}

    // Beyond this x² leaves the double-double range; beta·x is then below
    // an ulp of alpha_p·x².
    static constexpr double kSquareFrom = 1e150;

    // alpha_n − beta > 0 and beta − alpha_n as double-doubles.
    detail::DoubleDouble excess() const { return detail::two_sum(alpha_n, -beta); }

    double f(double x) const {
        using namespace detail;
        if (std::isnan(x)) return x;
        if (std::isinf(x)) return kInfinity;  // both limits: alpha_p > 0 and alpha_n > beta
        if (x > 0) {
            if (x > kSquareFrom) return (alpha_p * x) * x;  // +inf at +inf
            return dd_add(dd_mul(alpha_p, two_prod(x, x)), two_prod(beta, x)).hi;
        }
        if (x > eps) {  // expm1 held at eps: alpha_n·expm1(eps) + (beta − alpha_n)·x
            const DoubleDouble held = dd_mul(alpha_n, expm1_dd(eps));
            const DoubleDouble slope = excess();
            return dd_add(held, dd_mul(DoubleDouble{-slope.hi, -slope.lo}, x)).hi;
        }
        if (x < kExpUnderflowBelow) {
            // e^x is below half the smallest subnormal: f = (alpha_n − beta)·(−x) − alpha_n,
            // formed so that it overflows only where the value does (+inf at −inf).
            const DoubleDouble slope = excess();
            if (!std::isfinite(slope.hi * -x)) return kInfinity;
            return dd_add(dd_mul(slope, -x), -alpha_n).hi;
        }
        const double result = dd_add(dd_mul(alpha_n, exp_minus_linear(x)), two_prod(beta, x)).hi;
        // Near 0 (|x| in the subnormals) f ≈ beta·x underflows: a zero keeps
        // that sign (+0 for beta = 0, where f = alpha_n·x²/2 ≥ 0).
        if (result == 0 && x < 0 && beta > 0) return -0.0;
        return result;
    }

    double df(double x, KinkConvention kink) const {
        using namespace detail;
        if (std::isnan(x)) return x;
        if (x > kSquareFrom) return 2 * alpha_p * x + beta;  // +inf where it overflows
        if (x > 0) return dd_add(dd_mul(2 * alpha_p, x), beta).hi;
        const double inside = dd_add(DoubleDouble{beta}, DoubleDouble{-alpha_n}).hi;  // beta − alpha_n
        const double at_eps_left = dd_add(dd_mul(alpha_n, expm1_dd(eps)), beta).hi;
        if (x == eps) {
            // Right of eps lies the middle piece, or for eps = 0 the x > 0 one.
            const double right = eps < 0 ? inside : beta;
            // torch.min(x, eps) at a tie passes half the gradient:
            // alpha_n·(e^eps/2 − 1) + beta = alpha_n·(expm1(eps) − 1)/2 + beta.
            const double pytorch = dd_add(dd_mul(alpha_n, dd_mul(dd_add(expm1_dd(eps), -1.0), 0.5)), beta).hi;
            return at_kink(kink, at_eps_left, right, pytorch);
        }
        if (x == 0) return at_kink(kink, inside, beta, inside);  // eps < 0 here
        if (x > eps) return inside;
        return dd_add(dd_mul(alpha_n, expm1_dd(x)), beta).hi;  // beta − alpha_n at −inf
    }

    Breakpoints breakpoints() const { return detail::breakpoints_at(eps, 0.0); }
};

}  // namespace activations::functions
