// The standard normal density φ and distribution function Φ, to within a
// few ulps over the whole double range, from the careful forms GELU already
// needs (functions/smooth.hpp): e^(−x²/2) with x² carried exactly, and
// erfc of an argument carried to double-double precision.
#pragma once

#include <cmath>

#include "functions/numerics.hpp"
#include "functions/smooth.hpp"

namespace activations::moments_detail {

using functions::Gelu;

// Beyond |x| = 40, φ(x) < 1.5e−348 and Φ(−x) < 4e−350: both below the
// smallest subnormal.
inline constexpr double kNormalNegligibleBeyond = 40;

// k·φ(x), rounded once.
inline double normal_pdf_times(double x, detail::DoubleDouble k) {
    if (std::isnan(x)) return x;
    if (std::fabs(x) > kNormalNegligibleBeyond) return 0;
    return Gelu::gaussian_times(x, k);
}

inline double normal_pdf(double x) { return normal_pdf_times(x, 1.0); }

// Φ(x): erfc with a double-double argument from -28 up; below, the
// asymptotic series φ(x)·S(x)/|x| (Gelu::mills_series, error < 1e−20).
inline double normal_cdf(double x) {
    if (std::isnan(x)) return x;
    if (x < -kNormalNegligibleBeyond) return 0;
    if (x < Gelu::kExactSeriesBelow) {
        return Gelu::gaussian_times(x, detail::dd_div(Gelu::mills_series(x), -x));
    }
    return Gelu::cdf(x).hi;
}

// Φ(−x) = 1 − Φ(x) without the subtraction.
inline double normal_tail(double x) { return normal_cdf(-x); }

// Φ(b) − Φ(a) for a ≤ b: from the two tails on the side where both are
// small, so a far-out interval keeps its relative precision; across 0, as
// (erf(b/√2) − erf(a/√2))/2, a sum of two terms of one sign, while both
// ends are within kErfWithin (beyond, one tail is below Φ(−1) ≈ 0.16 and
// 1 − Φ(a) − Φ(−b) loses at most a factor of 6).
inline constexpr double kErfWithin = 1;

inline double normal_mass(double a, double b) {
    if (a >= 0) return normal_tail(a) - normal_tail(b);
    if (b <= 0) return normal_cdf(b) - normal_cdf(a);
    if (-a <= kErfWithin && b <= kErfWithin) {
        return 0.5 * (std::erf(b * Gelu::kInvSqrt2.hi) - std::erf(a * Gelu::kInvSqrt2.hi));
    }
    return 1 - normal_cdf(a) - normal_tail(b);
}

// The size of the terms normal_mass subtracts, to judge its error by.
inline double normal_mass_terms(double a, double b) {
    if (a >= 0) return normal_tail(a);
    if (b <= 0) return normal_cdf(b);
    if (-a <= kErfWithin && b <= kErfWithin) return normal_mass(a, b);
    return 1;
}

}  // namespace activations::moments_detail
