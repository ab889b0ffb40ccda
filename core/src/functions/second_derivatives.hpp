// The second derivatives that take more than a line: gelu (both forms),
// silu, mish, sigmoid and softsign. Each is written as a product whose
// factors have no cancellation except in one bracket that crosses zero
// where f'' itself does, and is computed in double-doubles from one or two
// exponentials, so the result rounds essentially once: within a few ulps of
// the exact f'' away from its zeros. Near an irrational zero the bracket
// keeps an absolute error of a few ulps of its terms, which the tests
// allow as a floor (tests/core/second_derivative_test.cpp).
//
// Tails: where σ'(z) ≈ e^−|z| would be subnormal, the factor multiplying it
// goes into detail::scaled_exp, so the product rounds once into the
// subnormal range instead of losing bits first. ±inf give the limit, a
// zero with the sign f'' approaches it from.
#pragma once

#include <cmath>

#include "functions/numerics.hpp"
#include "functions/sigmoids.hpp"
#include "functions/smooth.hpp"

namespace activations::functions {

inline detail::DoubleDouble negated(detail::DoubleDouble a) { return {-a.hi, -a.lo}; }

// f = x·Φ(x): f'' = 2φ(x) + x·φ'(x) = φ(x)·(2 − x²). x² = s + e exactly
// (TwoProduct), and 2 − s is exact near the zeros ±√2 (Sterbenz), so the
// bracket is exact to double-double precision and crosses zero cleanly;
// gaussian_times rounds k·φ(x) once. Beyond |x| = 40 the result is below
// the smallest subnormal: -0, the sign of 2 − x².
inline double Gelu::d2f_exact(double x) {
    using namespace detail;
    if (std::isnan(x)) return x;
    if (std::fabs(x) > -kExactZeroBelow) return -0.0;
    const DoubleDouble square = two_prod(x, x);
    return gaussian_times(x, dd_add(2.0, negated(square)));
}

// f = x·σ(z), z = c·x·(1 + a·x²): f' = σ(z) + x·σ'(z)·z', and with
// σ'' = σ'·(σ(−z) − σ(z)),
//   f'' = σ'(z)·[2z' + x·z'²·(σ(−z) − σ(z)) + x·z''],  z'' = 6ac·x.
// Beyond ±30, σ'(z) < e^−1974: -0 (the bracket is negative on both sides,
// −x·z'² or x·z'² with x < 0 leading). For |z| > 700, σ'(z) = e^−|z| and
// σ(−z) − σ(z) = ∓1 to the last bit.
inline double Gelu::d2f_tanh(double x) {
    using namespace detail;
    if (std::isnan(x)) return x;
    if (std::fabs(x) > kTanhSaturatesBeyond) return -0.0;
    const TanhArgument arg = tanh_argument(x);
    const DoubleDouble curvature = dd_mul(dd_mul(kThreeA, kC), 2 * x);  // z'' = 6ac·x
    const DoubleDouble slope_squared = dd_mul(arg.slope, arg.slope);
    auto bracket = [&](DoubleDouble gate_difference) {
        return dd_add(dd_add(dd_mul(2.0, arg.slope), dd_mul(dd_mul(x, slope_squared), gate_difference)),
                      dd_mul(x, curvature));
    };
    if (std::fabs(arg.z.hi) > -kLogisticIsExpBelow) {
        const DoubleDouble minus_abs = arg.z.hi >= 0 ? negated(arg.z) : arg.z;
        return scaled_exp(bracket(arg.z.hi >= 0 ? -1.0 : 1.0), minus_abs);
    }
    const Logistic s = logistic(arg.z);
    const DoubleDouble gate_slope = dd_mul(s.of_z, s.of_minus_z);
    return dd_mul(gate_slope, bracket(dd_add(s.of_minus_z, negated(s.of_z)))).hi;
}

// f = x·σ(x): f'' = 2σ'(x) + x·σ''(x) = σ(x)·σ(−x)·(2 − x·(σ(x) − σ(−x))),
// where σ(x) − σ(−x) = tanh(x/2). Zero at x ≈ ±2.3994, where the bracket
// cancels; -0 at ±inf (the bracket tends to 2 − |x|).
inline double Silu::d2f(double x) {
    using namespace detail;
    if (std::isnan(x)) return x;
    if (std::isinf(x)) return -0.0;
    const Logistic s = logistic(x);
    const DoubleDouble bend = dd_add(2.0, dd_mul(-x, dd_add(s.of_z, negated(s.of_minus_z))));
    if (std::fabs(x) > -kLogisticIsExpBelow) return scaled_exp(bend, -std::fabs(x));
    return dd_mul(dd_mul(s.of_z, s.of_minus_z), bend).hi;
}

// f = x·T, T = tanh(sp(x)), sp' = σ: f'' = (1 − T²)·σ·(2 + x·(1 − σ − 2Tσ)).
// In the variables of f' (Mish::f), every factor is a ratio of polynomials
// in one exponential with positive terms, except the bracket:
// x < 0, e = e^x, n = e(e + 2):
//   f'' = e · 4(1 + e)/(n + 2)² · (2 + x·N/((1 + e)(n + 2))),
//   N = 2 + 2e − 3e² − 2e³;                       e^x·(2 + x) below -700;
// x ≥ 0, t = e^−x, D = 1 + 2t + 2t²:
//   f'' = e^−2x · 4(1 + t)/D² · (2 + x·N'/((1 + t)·D)),
//   N' = −2 − 3t + 2t² + 2t³,
// with e^−2x from scaled_exp (t·t would round twice and underflow early).
// Above 400, |f''| ≈ 8x·e^−2x < 1e−340 is below every subnormal: -0.
inline double Mish::d2f(double x) {
    using namespace detail;
    if (std::isnan(x)) return x;
    if (std::isinf(x)) return -0.0;  // e^x·(2 + x) and −8x·e^−2x both tend to 0 from below
    if (x < kLogisticIsExpBelow) return scaled_exp(2 + x, x);
    if (x > kZeroAbove) return -0.0;
    if (x < 0) {
        const double e = std::exp(x);
        const DoubleDouble one_plus_e = dd_add(1.0, e);
        const DoubleDouble n2 = dd_add(dd_mul(e, dd_add(e, 2.0)), 2.0);
        const DoubleDouble numerator = dd_add(2.0, dd_mul(e, dd_add(2.0, dd_mul(e, dd_add(-3.0, -2 * e)))));
        const DoubleDouble bend = dd_add(2.0, dd_div(dd_mul(x, numerator), dd_mul(one_plus_e, n2)));
        const DoubleDouble weight = dd_div(dd_mul(4 * e, one_plus_e), dd_mul(n2, n2));
        return dd_mul(weight, bend).hi;
    }
    const double t = std::exp(-x);
    const DoubleDouble one_plus_t = dd_add(1.0, t);
    const DoubleDouble d = dd_add(dd_add(1.0, 2 * t), dd_mul(2 * t, t));
    const DoubleDouble numerator = dd_add(-2.0, dd_mul(t, dd_add(-3.0, dd_mul(t, dd_add(2.0, 2 * t)))));
    const DoubleDouble bend = dd_add(2.0, dd_div(dd_mul(x, numerator), dd_mul(one_plus_t, d)));
    const DoubleDouble weight = dd_div(dd_mul(4.0, one_plus_t), dd_mul(d, d));
    return scaled_exp(dd_mul(weight, bend), -2 * x);
}

// f'' = σ'(x)·(σ(−x) − σ(x)) = −sign(x)·e·(1 − e)/(1 + e)³, e = e^−|x|,
// with 1 − e from expm1 (no cancellation near 0); e to the last bit beyond
// 700. f''(±0) = ∓0 (odd), ∓0 at ±inf.
inline double Sigmoid::d2f(double x) {
    using namespace detail;
    if (std::isnan(x)) return x;
    const double magnitude = std::fabs(x);
    const double sign = std::signbit(x) ? 1.0 : -1.0;
    if (magnitude > -kLogisticIsExpBelow) return scaled_exp(sign, -magnitude);
    const double e = std::exp(-magnitude);
    const DoubleDouble d = two_sum(1.0, e);
    const DoubleDouble numerator = two_prod(sign * e, -std::expm1(-magnitude));
    return dd_div(numerator, dd_mul(dd_mul(d, d), d)).hi;
}

// f'' = −2·sign(x)/(1 + |x|)³, from 1/(1 + |x|) as a double-double (1/|x|
// beyond 1e100, where the two agree to 1e−99), cubed and rounded once. At
// 0 f'' jumps from 2 to −2: 0 as PyTorch's double backward (sgn(0) = 0),
// left 2, right −2. ∓0 at ±inf.
inline double Softsign::d2f(double x, KinkConvention kink) {
    using namespace detail;
    if (std::isnan(x)) return x;
    if (x == 0) return at_kink(kink, 2.0, -2.0, 0.0);
    if (std::isinf(x)) return std::copysign(0.0, -x);
    const double magnitude = std::fabs(x);
    const DoubleDouble inverse =
        magnitude > kInverseSquareBeyond ? dd_div(1.0, magnitude) : dd_div(1.0, two_sum(1.0, magnitude));
    const DoubleDouble cube = dd_mul(dd_mul(inverse, inverse), inverse);
    return std::copysign(2 * cube.hi, -x);
}

}  // namespace activations::functions
