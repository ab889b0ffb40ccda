// Numerical building blocks of the smooth activations: the logistic
// function, its slope, tanh and softplus in forms that neither overflow nor
// cancel, a guard against underflow in the tails, and the double-double
// arithmetic that keeps intermediate results to about 100 bits, so that
// each function rounds essentially once, at the end.
//
// Everything here works in double. The smooth activations evaluate a float
// input in double and round the result once to float: the 29 extra bits
// absorb the roundings inside, so the float result is within one float ulp
// of the correctly rounded value.
//
// The double-double operations need finite operands (an infinity turns the
// error terms into NaN): every caller handles ±inf before reaching them.
#pragma once

#include <cmath>
#include <limits>

namespace activations::detail {

inline constexpr double kInfinity = std::numeric_limits<double>::infinity();

// An unevaluated sum hi + lo, |lo| at most about an ulp of hi: a value
// carried to about twice double's precision. A double converts to {x, 0}.
struct DoubleDouble {
    double hi;
    double lo;
    constexpr DoubleDouble(double high, double low = 0) : hi(high), lo(low) {}
};

// a + b = hi + lo exactly (Knuth's TwoSum, for either order of magnitudes).
inline DoubleDouble two_sum(double a, double b) {
    const double sum = a + b;
    const double b_part = sum - a;
    const double error = (a - (sum - b_part)) + (b - b_part);
    return {sum, error};
}

// a = hi + lo, each with at most 26 significant bits (Veltkamp's split).
inline DoubleDouble split(double a) {
    constexpr double kSplitter = 134217729.0;  // 2^27 + 1: cuts the 53-bit significand 27 bits down
    const double scaled = kSplitter * a;
    const double hi = scaled - (scaled - a);
    return {hi, a - hi};
}

// a · b = hi + lo (Dekker's TwoProduct): exact unless the product
// underflows. Needs plain IEEE multiplies and adds, which the build ensures
// with -ffp-contract=off. Beyond 2^995 the split would overflow; there lo
// is 0, and callers only use such products where hi alone decides.
inline DoubleDouble two_prod(double a, double b) {
    constexpr double kSplitLimit = 0x1p995;  // 2^27 · 2^995 stays below the largest double
    const double product = a * b;
    if (!(std::fabs(a) < kSplitLimit && std::fabs(b) < kSplitLimit && std::isfinite(product))) {
        return {product, 0.0};
    }
    const DoubleDouble as = split(a);
    const DoubleDouble bs = split(b);
    const double error = ((as.hi * bs.hi - product) + as.hi * bs.lo + as.lo * bs.hi) + as.lo * bs.lo;
    return {product, error};
}

// Sums, products and quotients of double-doubles, each to about 100 bits
// (relative error below 1e−30 before the final rounding of hi).
inline DoubleDouble dd_add(DoubleDouble a, DoubleDouble b) {
    const DoubleDouble s = two_sum(a.hi, b.hi);
    return two_sum(s.hi, s.lo + (a.lo + b.lo));
}

inline DoubleDouble dd_mul(DoubleDouble a, DoubleDouble b) {
    const DoubleDouble p = two_prod(a.hi, b.hi);
    return two_sum(p.hi, p.lo + (a.hi * b.lo + a.lo * b.hi));
}

// q = a.hi / b.hi, then the remainder a − q·b, which the TwoProduct makes
// exact to first order, divided by b once more.
inline DoubleDouble dd_div(DoubleDouble a, DoubleDouble b) {
    const double q = a.hi / b.hi;
    const DoubleDouble p = two_prod(q, b.hi);
    const double remainder = (((a.hi - p.hi) - p.lo) + a.lo) - q * b.lo;
    return two_sum(q, remainder / b.hi);
}

// k · e^z for z = hi + lo (e^(hi + lo) = e^hi · (1 + lo) to first order),
// rounded once, also where e^z alone would be subnormal and lose bits before
// k multiplies it: there e^z is computed as e^(z + 512 ln 2) · 2^−512, with
// ln 2 split so that z + 512·ln2_hi is exact (Cody and Waite's reduction)
// and the rest carried beside it; the scaling by 2^−512 is the only
// rounding into the subnormal range. The result has k's sign, also when it
// underflows to zero. NaN gives NaN; callers keep k finite.
inline double scaled_exp(DoubleDouble k, DoubleDouble z) {
    constexpr double kDirectFrom = -708;    // e^−708 ≈ 3.3e−308, still a normal double
    constexpr double kShiftedFrom = -1000;  // z + 512 ln 2 ∈ [−646, −353]: exact, and e^ of it normal
    constexpr double kLn2Hi = 0x1.62e42feep-1;  // ln 2 to 32 bits: 512·kLn2Hi + z is exact
    constexpr double kLn2Lo = 0x1.a39ef35793c76p-33;  // ln 2 − kLn2Hi
    double result;
    if (!(z.hi < kDirectFrom)) {  // also NaN
        const double e = std::exp(z.hi);
        result = dd_mul(k, DoubleDouble{e, e * z.lo}).hi;
    } else if (z.hi >= kShiftedFrom) {
        // z + 512 ln 2 = shifted.hi + shifted.lo exactly, |shifted.lo| < 1e−13.
        const DoubleDouble shifted = two_sum(z.hi + 512 * kLn2Hi, z.lo + 512 * kLn2Lo);
        const double e = std::exp(shifted.hi);
        result = std::ldexp(dd_mul(k, DoubleDouble{e, e * shifted.lo}).hi, -512);
    } else {
        // Further out e^z < 1e−434: k·e^z is 0 unless k is huge, and then
        // its rounding into the subnormal range is all that matters. h =
        // e^(z/2) and (k·h)·h avoid the intermediate underflow.
        const double h = std::exp(0.5 * z.hi) * (1 + 0.5 * z.lo);
        result = (k.hi * h) * h;
    }
    return std::copysign(result, k.hi);
}

// Below this, σ(z) = e^z / (1 + e^z) equals e^z to the last bit (e^z <
// 2^−1000), and the tails of the gated units use scaled_exp instead.
inline constexpr double kLogisticIsExpBelow = -700;

// σ(z) = 1 / (1 + e^−z) and σ(−z) = 1 − σ(z), both as double-doubles
// whose only error of note is that of exp: with e = e^−|z| ≤ 1 nothing
// overflows, and the smaller of the two is e / (1 + e), not the cancelling
// 1 − σ. For z = hi + lo, e^−|z| = e^−|hi| · (1 ∓ lo) to first order; this
// keeps σ(z) ≈ e^z right to the last bit when z is a rounded product of
// size hundreds. NaN gives NaN in both; z = ±inf gives 1 and 0.
struct Logistic {
    DoubleDouble of_z;        // σ(z)
    DoubleDouble of_minus_z;  // σ(−z) = 1 − σ(z)
};

// e^−|z| as a double-double.
inline DoubleDouble exp_minus_abs(DoubleDouble z) {
    const double toward_zero = z.hi >= 0 ? -z.lo : z.lo;  // the sign lo has in −|z|
    const double e = std::exp(-std::fabs(z.hi));
    return {e, e * toward_zero};
}

inline Logistic logistic(DoubleDouble z) {
    const DoubleDouble e = exp_minus_abs(z);
    const DoubleDouble d = dd_add(1.0, e);
    const DoubleDouble large = dd_div(1.0, d);  // σ(|z|) ∈ [1/2, 1]
    const DoubleDouble small = dd_div(e, d);    // σ(−|z|) ∈ [0, 1/2]
    if (z.hi >= 0) return {large, small};
    return {small, large};
}

// σ(z) alone, as logistic(z).of_z at half the divisions.
inline DoubleDouble logistic_of(DoubleDouble z) {
    const DoubleDouble e = exp_minus_abs(z);
    const DoubleDouble d = dd_add(1.0, e);
    return dd_div(z.hi >= 0 ? DoubleDouble{1.0} : e, d);
}

// k·σ(z)·σ(−z) = k·e / (1 + e)², e = e^−|z|, rounded once: k times the
// slope of the logistic function, 0 at ±inf. Where e is tiny the slope is e
// to the last bit, and k·e goes through scaled_exp, so a subnormal e is not
// rounded before k multiplies it.
inline double logistic_slope(double z, double k = 1) {
    if (std::fabs(z) > -kLogisticIsExpBelow) return scaled_exp(k, -std::fabs(z));
    const double e = std::exp(-std::fabs(z));
    const DoubleDouble d = two_sum(1.0, e);
    return dd_mul(k, dd_div(e, dd_mul(d, d))).hi;
}

// k·σ(z)·σ(−z) for z = hi + lo carried beside it (a rounded product beta·x):
// e^−|z| = e^−|hi|·(1 ∓ lo) to first order, as in exp_minus_abs, so the
// tails keep their last bits where rounding z would cost |z| ulps.
inline double logistic_slope(DoubleDouble z, double k) {
    if (std::isnan(z.hi)) return z.hi;
    const DoubleDouble minus_abs = z.hi >= 0 ? DoubleDouble{-z.hi, -z.lo} : z;
    if (std::fabs(z.hi) > -kLogisticIsExpBelow) return scaled_exp(k, minus_abs);
    const DoubleDouble e = exp_minus_abs(z);
    const DoubleDouble d = dd_add(1.0, e);
    return dd_mul(k, dd_div(e, dd_mul(d, d))).hi;
}

// ln(1 + e^z) = max(z, 0) + ln(1 + e^−|z|), the sum kept as a
// double-double: the exponential never overflows, the two terms never
// cancel, and log1p keeps full precision when e^−|z| is tiny (so z → −∞
// gives e^z, not 0). For z = hi + lo, ln(1 + e^(hi + lo)) = ln(1 + e^hi) +
// lo · σ(hi) to first order (the derivative of ln(1 + e^z) is σ(z)).
// ±inf give +inf and 0.
inline DoubleDouble softplus(DoubleDouble z) {
    if (z.hi == kInfinity) return kInfinity;
    const DoubleDouble sum = two_sum(z.hi > 0 ? z.hi : 0.0, std::log1p(std::exp(-std::fabs(z.hi))));
    if (z.lo == 0) return sum;
    return dd_add(sum, z.lo * logistic_of(z.hi).hi);
}

// tanh(x) and x − tanh(x) as double-doubles for |x| < 2, from Lambert's
// continued fraction tanh(x) = x / (1 + x²/K), K = 3 + x²/(5 + x²/(7 + …)).
// With v = x²/K: tanh(x) = x / (1 + v) and x − tanh(x) = x·v / (1 + v),
// all terms positive, so nothing cancels. Ending the fraction at 23 leaves
// a relative error below 1.1e−18 for |x| < 2. The levels below K are
// summed in double: an error in K₂ = 5 + x²/(7 + …) reaches K = 3 + x²/K₂
// scaled by x²/(K₂·K) < 0.2, a tenth of an ulp in all.
inline constexpr double kTanhFractionBelow = 2;  // |x| < 2: x² < 4, the range the truncation at 23 is sized for

struct TanhFraction {
    DoubleDouble v;           // x²/K
    DoubleDouble one_plus_v;  // 1 + x²/K
};

inline TanhFraction tanh_fraction(double x) {
    const DoubleDouble square = two_prod(x, x);
    double below = 23;  // K₂ = 5 + x²/(7 + … + x²/23)
    for (double j = 21; j >= 5; j -= 2) below = j + square.hi / below;
    const DoubleDouble k = dd_add(3.0, dd_div(square, below));
    const DoubleDouble v = dd_div(square, k);
    return {v, dd_add(1.0, v)};
}

inline DoubleDouble tanh_small(double x) { return dd_div(x, tanh_fraction(x).one_plus_v); }

inline DoubleDouble tanhshrink_small(double x) {
    const TanhFraction fraction = tanh_fraction(x);
    return dd_div(dd_mul(x, fraction.v), fraction.one_plus_v);
}

// tanh(x) and tanh²(x) to within about half an ulp (std::tanh is allowed
// two): the fraction above for |x| < 2; beyond, with e = e^−2|x| ≤ e^−4,
// tanh(|x|) = 1 − 2e/(1 + e) and tanh² = 1 − sech² = 1 − 4e/(1 + e)², where
// the subtracted term is under 0.08, so its rounding hardly shows.
inline double tanh_accurate(double x) {
    if (std::fabs(x) < kTanhFractionBelow) return std::copysign(tanh_small(x).hi, x);  // -0 on underflow
    if (std::isnan(x)) return x;
    const double e = std::exp(-2 * std::fabs(x));
    return std::copysign(1 - 2 * e / (1 + e), x);
}

inline double tanh_squared(double x) {
    if (std::fabs(x) < kTanhFractionBelow) {
        const DoubleDouble t = tanh_small(x);
        return dd_mul(t, t).hi;
    }
    if (std::isnan(x)) return x;
    return 1 - logistic_slope(2 * x, 4);  // sech²(x) = 4σ(2x)σ(−2x)
}

}  // namespace activations::detail
