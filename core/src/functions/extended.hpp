// e^x, e^x − 1 and e^x − 1 − x to about 100 bits (double-doubles), and the
// sine and cosine of a phase carried as a double-double. The newer
// activations need them where a result is a small difference of larger
// terms: xielu's α·(e^x − 1 − x) + β·x crosses zero at an irrational x, so
// e^x must be known well beyond double's precision for the sum to keep its
// relative accuracy; sine and snake take sin(ω·x) of the exact product ω·x,
// whose rounding to a double would cost up to |ω·x| ulps of the phase.
#pragma once

#include <cmath>

#include "functions/numerics.hpp"

namespace activations::detail {

// ln 2 = kLn2.hi + kLn2.lo to 106 bits: the reduction x − k·ln 2 then
// carries an error near 2^−106·|k| ≤ 1e−29, far below what the results need.
inline constexpr DoubleDouble kLn2{0x1.62e42fefa39efp-1, 0x1.abc9e3b39803fp-56};

// Beyond these, e^x overflows a double or lies below half its smallest
// subnormal.
inline constexpr double kExpOverflowAbove = 709.8;
inline constexpr double kExpUnderflowBelow = -745.2;

// The Taylor factor T(r) with e^r = 1 + r·T(r) for |r| ≤ 0.35 (the reduced
// argument): T = 1 + r/2·(1 + r/3·(1 + …)), by Horner from the 24th term,
// where 0.35^24/24! ≈ 2e−35 bounds what the truncation leaves. `from` = 2
// gives T; `from` = 3 gives U with e^r − 1 − r = r²/2·U.
inline DoubleDouble taylor_factor(DoubleDouble r, double from) {
    DoubleDouble t = 1.0;
    for (double n = 24; n >= from; --n) t = dd_add(1.0, dd_mul(dd_div(r, n), t));
    return t;
}

// e^x as a double-double: x = k·ln 2 + r with |r| ≤ ln 2/2, r carried to
// 106 bits, e^x = 2^k·(1 + r·T(r)). Finite x within the double range.
inline DoubleDouble exp_dd(double x) {
    if (x > kExpOverflowAbove) return kInfinity;
    if (x < kExpUnderflowBelow) return 0.0;
    const double k = std::nearbyint(x / kLn2.hi);
    const DoubleDouble k_ln2 = dd_mul(kLn2, k);
    const DoubleDouble r = dd_add(x, DoubleDouble{-k_ln2.hi, -k_ln2.lo});
    const DoubleDouble e = dd_add(1.0, dd_mul(r, taylor_factor(r, 2)));
    const int exponent = static_cast<int>(k);
    return {std::ldexp(e.hi, exponent), std::ldexp(e.lo, exponent)};
}

// Below this |x| the series replaces e^x − 1, which would cancel.
inline constexpr double kSeriesBelow = 0.35;

// e^x − 1 as a double-double: r·T(r) near 0, where nothing cancels;
// elsewhere e^x − 1, which loses at most a bit or two of the 106.
inline DoubleDouble expm1_dd(double x) {
    if (std::fabs(x) < kSeriesBelow) return dd_mul(x, taylor_factor(x, 2));
    return dd_add(exp_dd(x), -1.0);
}

// e^x − 1 − x ≥ 0 as a double-double: x²/2·U(x) near 0 (all of it the
// quadratic term, so nothing cancels), elsewhere (e^x − 1) − x, where the
// two terms have opposite signs for x < 0 and the difference is at least
// 0.05.
inline DoubleDouble exp_minus_linear(double x) {
    if (std::fabs(x) < kSeriesBelow) {
        const DoubleDouble half_square = dd_mul(two_prod(x, x), 0.5);
        return dd_mul(half_square, taylor_factor(x, 3));
    }
    return dd_add(expm1_dd(x), -x);
}

// The phase k·x as an exact double-double (Dekker's product), or, where
// k·x lies beyond the doubles, not finite.
// Beyond 2^995 two_prod cannot split x (the split would overflow), so x is
// scaled down by 2^64 first, exactly, and the product scaled back.
inline DoubleDouble phase_of(double k, double x) {
    constexpr double kSplitLimit = 0x1p995;
    if (!(std::fabs(x) >= kSplitLimit)) return two_prod(k, x);
    const DoubleDouble scaled = two_prod(k, x * 0x1p-64);
    return {scaled.hi * 0x1p64, scaled.lo * 0x1p64};
}

// sin and cos of a phase hi + lo, from the addition theorem sin(hi + lo) =
// sin hi · cos lo + cos hi · sin lo: libm reduces each part exactly
// (Payne–Hanek for large arguments), so the result keeps the phase's
// precision, not the rounded hi's.
inline double sin_of(DoubleDouble phase) {
    return dd_add(dd_mul(std::sin(phase.hi), std::cos(phase.lo)), dd_mul(std::cos(phase.hi), std::sin(phase.lo))).hi;
}

inline double cos_of(DoubleDouble phase) {
    const DoubleDouble sines = dd_mul(std::sin(phase.hi), std::sin(phase.lo));
    return dd_add(dd_mul(std::cos(phase.hi), std::cos(phase.lo)), DoubleDouble{-sines.hi, -sines.lo}).hi;
}

// sin(k·x) where k·x overflows a double (|x| beyond DBL_MAX/|k|): the
// product is formed in long double, which holds it exactly in the WASM
// builds (binary128: 113 bits for a 106-bit product, with a wider exponent)
// and in the native x87 build when k has at most 11 significant bits (30,
// the default ω, has 4); sinl reduces it exactly.
inline double sin_of_wide(double k, double x) {
    return static_cast<double>(std::sin(static_cast<long double>(k) * static_cast<long double>(x)));
}

inline double cos_of_wide(double k, double x) {
    return static_cast<double>(std::cos(static_cast<long double>(k) * static_cast<long double>(x)));
}

}  // namespace activations::detail
