// Vectorised exponentials, log1p and the Gaussian tail for the smooth
// kernels. The scalar functions (functions/) compute in double-doubles and
// round once; these keep within a few float ulps of them at a fraction of
// the cost, and each states its error bound.
//
// Two working precisions:
//  * f32x4 (exp_parts_f32, logistic_denominator_f32, expm1_f32):
//    Cody–Waite range reduction and a degree-6 polynomial, for the kernels
//    whose argument is exact in float (±x, −2|x|), where float arithmetic
//    alone meets the 4-ulp bound: sigmoid, tanh, silu, elu, selu.
//  * f64x2 (exp_f64, expm1_f64, log1p_f64, gaussian_tail_f64), for float
//    kernels that compute their lanes in double (lanes.hpp, in_double) and
//    round once: where float would lose too much, as in e^(−x²/2), the
//    cubic argument of gelu's tanh form or celu's x/alpha, whose rounding
//    in float would cost up to |argument| ulps. These are accurate to
//    1.1e−10 or better, far below float's half ulp (3e−8), so those kernels
//    round to the float nearest the exact value, or to its neighbour when
//    the exact value lies within 1.1e−10 (relative) of a midpoint: at
//    most 1 ulp.
//
// All bounds below were measured against mpmath at 40 digits on dense
// grids of the reduced interval, with the coefficients as stored.
#pragma once

#include <wasm_simd128.h>

#include "kernels/simd128/lanes.hpp"

namespace activations::detail::simd128 {

// ---------------------------------------------------------------------------
// float: e^z = 2^n · e^r, n = round(z / ln 2), r = z − n·ln 2 ∈ [−ln2/2, ln2/2]

// e^r − 1 = t(r) = r + r²·(c2 + c3·r + c4·r² + c5·r³ + c6·r⁴): minimax for
// the relative error of e^r − 1 on |r| ≤ ln2/2 + 1e−5 (the slack covers the
// rounding of z/ln 2), fitted one coefficient at a time with the earlier
// ones already rounded to float: |t/(e^r − 1) − 1| ≤ 1.37e−8, at most
// 0.23 ulp. The degree-5 fit gives 4.5e−7 (up to 7.5 ulps): too coarse for
// a 4-ulp bound.
inline constexpr float kExpC2 = 0x1.fffffep-2f;
inline constexpr float kExpC3 = 0x1.5554b4p-3f;
inline constexpr float kExpC4 = 0x1.5556f6p-5f;
inline constexpr float kExpC5 = 0x1.122534p-7f;
inline constexpr float kExpC6 = 0x1.6b97bep-10f;

inline constexpr float kLog2eF = 0x1.715476p+0f;
// ln 2 in two parts (Cody and Waite): kLn2HiF has 15 significant bits, so
// n·kLn2HiF is exact for |n| < 2^9 and z − n·kLn2HiF is exact (the two are
// within a factor of two, Sterbenz); kLn2LoF = ln 2 − kLn2HiF, rounded.
inline constexpr float kLn2HiF = 0x1.62e400p-1f;
inline constexpr float kLn2LoF = 0x1.7f7d1cp-20f;

// e^z = s · e^r with s = 2^(n + kScale) and e^r = 1 + r + r²·q(r), for
// |n + kScale| ≤ 126 (s normal): callers hold z in a range where that
// holds. The rounding to the integer n adds 1.5·2^23 (the "magic" number:
// in [2^23, 2^24) the float spacing is 1, so the sum rounds z/ln 2 to an
// integer and holds n in its low mantissa bits); adding 127 + kScale there
// as well makes those bits, shifted up to the exponent field, the float
// 2^(n + kScale). A NaN z gives NaN in r and q.
struct ExpParts {
    v128_t s;  // 2^(n + kScale)
    v128_t r;  // z − n·ln 2, exact but for one rounding (2^−26 absolute)
    v128_t q;  // c2 + c3·r + c4·r² + c5·r³ + c6·r⁴
};

template <int kScale>
ExpParts exp_parts_f32(v128_t z) {
    using L = Lanes<float>;
    static_assert(127 + kScale > 0 && 127 + kScale < 255);
    constexpr float kMagic = 0x1.8p23f + static_cast<float>(127 + kScale);
    const v128_t magic = L::splat(kMagic);
    const v128_t m = L::add(L::mul(z, L::splat(kLog2eF)), magic);
    const v128_t n = L::sub(m, magic);
    const v128_t s = wasm_i32x4_shl(m, 23);
    v128_t r = L::sub(z, L::mul(n, L::splat(kLn2HiF)));
    r = L::sub(r, L::mul(n, L::splat(kLn2LoF)));
    v128_t q = L::add(L::mul(L::splat(kExpC6), r), L::splat(kExpC5));
    q = L::add(L::mul(q, r), L::splat(kExpC4));
    q = L::add(L::mul(q, r), L::splat(kExpC3));
    q = L::add(L::mul(q, r), L::splat(kExpC2));
    return {s, r, q};
}

// e^r − 1 = r + r²·q: r is exact and r²·q is under 0.25·|r|, so this
// carries little more than its own rounding (0.75 ulp in all).
inline v128_t expm1_of_reduced(const ExpParts& e) {
    using L = Lanes<float>;
    return L::add(L::mul(L::mul(e.q, e.r), e.r), e.r);
}

// The logistic function's denominator, scaled: D = c·(1 + e^−x) with
// c = 2^−64, so that σ(x) = c/D and x·σ(x) = (x·c)/D. The scaling keeps
// c·e^−x normal across x ∈ [−110, 40] (from 2^−122 to 2^95), so neither
// end loses bits: where σ(x) = e^x is subnormal (x < −87.3) the quotient
// rounds into the subnormals once, and no select between the two signs of
// x is needed. x is held to that range: above 40, e^−x < 2^−57 leaves σ = 1
// and x·σ = x to the last bit; below −110 (e^−110 = 1.7e−48, under half the
// least subnormal) c/D rounds to 0, and callers hold x there too (−inf
// gives c/D = 0 and −110·c/D = −0). NaN gives NaN. Error of D: the
// polynomial (1.37e−8) and the roundings of r, of t, of s + s·t (s·t is
// exact) and of the final sum: within 1.5 ulp; σ and x·σ add the
// quotient's rounding.
inline constexpr float kLogisticScale = 0x1p-64f;
inline constexpr float kLogisticFloor = -110.0f;
inline constexpr float kLogisticCeiling = 40.0f;

inline v128_t logistic_denominator_f32(v128_t x) {
    using L = Lanes<float>;
    const v128_t held = L::pmin(L::pmax(x, L::splat(kLogisticFloor)), L::splat(kLogisticCeiling));
    const ExpParts e = exp_parts_f32<-64>(wasm_f32x4_neg(held));
    const v128_t scaled_exp = L::add(L::mul(e.s, expm1_of_reduced(e)), e.s);  // c·e^−x
    return L::add(scaled_exp, L::splat(kLogisticScale));
}

// e^z − 1 for z ≤ 0 (lanes with z > 0 give meaningless values: callers
// select them away or pass min(x, 0)). With s = 2^n and t = e^r − 1,
//   e^z − 1 = s·t − (1 − s),
// where s·t is exact (a power of two times a float) and 1 − s is exact for
// n ≥ −24, so only the final subtraction rounds: no cancellation of e^z
// against 1 near z = 0, where n = 0 and the result is t itself. t is
// formed as r·(1 + r·q), which keeps r's sign when r is a zero, so the
// result keeps z's: expm1(±0) = ±0 (and a subnormal z gives z). Below
// −17.5 the result rounds to −1 (e^z < 2^−25, half an ulp of 1), so z is
// raised to −17.5 (n = −25, 1 − s rounds to 1); −inf gives −1, NaN NaN.
// Error: within 2 ulp (polynomial, the rounding of r, which moves e^z by
// 2^−26 relative, the two roundings in t and the final subtraction).
inline constexpr float kExpm1Floor = -17.5f;

inline v128_t expm1_f32(v128_t z) {
    using L = Lanes<float>;
    const v128_t one = L::splat(1.0f);
    const ExpParts e = exp_parts_f32<0>(L::pmax(z, L::splat(kExpm1Floor)));
    const v128_t t = L::mul(e.r, L::add(L::mul(e.r, e.q), one));
    return L::sub(L::mul(e.s, t), L::sub(one, e.s));
}

// ---------------------------------------------------------------------------
// double, for float lanes computed in double

// e^r − 1 = r + r²·(d2 + d3·r + … + d8·r⁶): minimax for the relative error
// of e^r − 1 on |r| ≤ ln2/2 + 1e−9 (the slack covers the rounding of
// z/ln 2): ≤ 5.3e−12, so e^r = 1 + that is within 2.2e−12; both far below
// float's half ulp, 3e−8.
inline constexpr double kExpD2 = 0x1.0000000017117p-1;
inline constexpr double kExpD3 = 0x1.555555734c008p-3;
inline constexpr double kExpD4 = 0x1.555554f3845cep-5;
inline constexpr double kExpD5 = 0x1.1110b22ae27dcp-7;
inline constexpr double kExpD6 = 0x1.6c1766b3b37b0p-10;
inline constexpr double kExpD7 = 0x1.a16f5382aaa90p-13;
inline constexpr double kExpD8 = 0x1.a003a40b6e000p-16;

inline constexpr double kLog2eD = 0x1.71547652b82fep+0;
// fdlibm's split of ln 2: kLn2HiD has 32 significant bits, so n·kLn2HiD is
// exact for |n| < 2^21.
inline constexpr double kLn2HiD = 0x1.62e42fee00000p-1;
inline constexpr double kLn2LoD = 0x1.a39ef35793c76p-33;

// e^z = s · (1 + r + r²·q) in double, as exp_parts_f32: s = 2^n from the
// low bits of z/ln 2 + 1.5·2^52 + 1023 shifted up by 52, for z ∈ [−708,
// 0] (s normal). NaN gives NaN in r and q.
struct ExpPartsD {
    v128_t s;
    v128_t r;
    v128_t q;
};

inline ExpPartsD exp_parts_f64(v128_t z) {
    using L = Lanes<double>;
    const v128_t magic = L::splat(0x1.8p52 + 1023);
    const v128_t m = L::add(L::mul(z, L::splat(kLog2eD)), magic);
    const v128_t n = L::sub(m, magic);
    const v128_t s = wasm_i64x2_shl(m, 52);
    v128_t r = L::sub(z, L::mul(n, L::splat(kLn2HiD)));
    r = L::sub(r, L::mul(n, L::splat(kLn2LoD)));
    v128_t q = L::add(L::mul(L::splat(kExpD8), r), L::splat(kExpD7));
    q = L::add(L::mul(q, r), L::splat(kExpD6));
    q = L::add(L::mul(q, r), L::splat(kExpD5));
    q = L::add(L::mul(q, r), L::splat(kExpD4));
    q = L::add(L::mul(q, r), L::splat(kExpD3));
    q = L::add(L::mul(q, r), L::splat(kExpD2));
    return {s, r, q};
}

// e^z for z ∈ [−700, 0] (e^−700 = 9.9e−305, near the bottom of the normal
// doubles), relative error within 2.3e−12; NaN gives NaN.
inline v128_t exp_f64_in_range(v128_t z) {
    using L = Lanes<double>;
    const ExpPartsD e = exp_parts_f64(z);
    const v128_t p = L::add(L::add(L::mul(L::mul(e.q, e.r), e.r), e.r), L::splat(1.0));
    return L::mul(e.s, p);
}

// e^z for any z ≤ 0: as above, and 0 below −700, exactly what the float
// kernels need there (the smallest float is e^−103.3); −inf gives 0.
inline constexpr double kExpZeroBelow = -700;

inline v128_t exp_f64(v128_t z) {
    using L = Lanes<double>;
    const v128_t floor = L::splat(kExpZeroBelow);
    return wasm_v128_andnot(exp_f64_in_range(L::pmax(z, floor)), L::lt(z, floor));
}

// e^z − 1 for z ≤ 0 in double, as expm1_f32: s·t − (1 − s) with
// t = r·(1 + r·q), exact but for the roundings of r, t and the final
// subtraction, and the polynomial's 5.3e−12; relative error within 6e−12
// at every z, ±0 keeping its sign. Below −40 the result rounds to −1 in
// double (e^−40 = 4e−18), so z is raised to −40; −inf gives −1, NaN NaN.
inline constexpr double kExpm1FloorD = -40;

inline v128_t expm1_f64(v128_t z) {
    using L = Lanes<double>;
    const v128_t one = L::splat(1.0);
    const ExpPartsD e = exp_parts_f64(L::pmax(z, L::splat(kExpm1FloorD)));
    const v128_t t = L::mul(e.r, L::add(L::mul(e.r, e.q), one));
    return L::sub(L::mul(e.s, t), L::sub(one, e.s));
}

// ln(1 + e) for e ∈ [0, 1] in double: with s = e/(2 + e) ∈ [0, 1/3],
// ln(1 + e) = 2·atanh(s) = 2s·A(s²), A(u) = atanh(√u)/√u = 1 + u/3 + u²/5 + …,
// replaced by its degree-6 minimax on u ∈ [0, 1/9]: relative error
// ≤ 2.6e−12, and no cancellation anywhere (every term is positive), so a
// tiny e gives e − e²/2 to full precision.
inline constexpr double kAtanhA0 = 0x1.0000000002c2cp+0;
inline constexpr double kAtanhA1 = 0x1.5555552f99f3ap-2;
inline constexpr double kAtanhA2 = 0x1.9999c390dc304p-3;
inline constexpr double kAtanhA3 = 0x1.248991430250cp-3;
inline constexpr double kAtanhA4 = 0x1.c8d3076d6bcc4p-4;
inline constexpr double kAtanhA5 = 0x1.5e8bef4208136p-4;
inline constexpr double kAtanhA6 = 0x1.c012f5c243449p-4;

inline v128_t log1p_f64(v128_t e) {
    using L = Lanes<double>;
    const v128_t s = L::div(e, L::add(e, L::splat(2.0)));
    const v128_t u = L::mul(s, s);
    v128_t a = L::add(L::mul(L::splat(kAtanhA6), u), L::splat(kAtanhA5));
    a = L::add(L::mul(a, u), L::splat(kAtanhA4));
    a = L::add(L::mul(a, u), L::splat(kAtanhA3));
    a = L::add(L::mul(a, u), L::splat(kAtanhA2));
    a = L::add(L::mul(a, u), L::splat(kAtanhA1));
    a = L::add(L::mul(a, u), L::splat(kAtanhA0));
    return L::mul(L::add(s, s), a);
}

// The Gaussian lower tail Φ(−a) = erfc(a/√2)/2 for a ∈ [0, 16], in double:
// Φ(−a) = e^(−a²/2) · M(a), where M(a) = e^(a²/2)·Φ(−a) (half the scaled
// complementary error function at a/√2) is smooth and decreasing, from 1/2
// at 0 to about 1/(a√(2π)). M is replaced by a rational P5(a)/Q6(a),
// minimax for the relative error on [0, 16] (linearised Remez): ≤ 1.05e−10.
// All its coefficients are positive, so for a ≥ 0 nothing cancels. For a
// float a, a² is exact in double (48 bits), so e^(−a²/2) carries only
// exp_f64's error: 1.1e−10 in all. Beyond 16 the tail (6e−58) is far
// below anything a float result can show.
inline constexpr double kTailP0 = 0x1.ffffffff1bf04p-2;
inline constexpr double kTailP1 = 0x1.05583f22f9024p-1;
inline constexpr double kTailP2 = 0x1.033d92ba5a14cp-2;
inline constexpr double kTailP3 = 0x1.2898317e35ff2p-4;
inline constexpr double kTailP4 = 0x1.85b483e05c7b0p-7;
inline constexpr double kTailP5 = 0x1.e016b8fc39c00p-11;
inline constexpr double kTailQ1 = 0x1.d19a68977c990p+0;
inline constexpr double kTailQ2 = 0x1.751e2cb70147ap+0;
inline constexpr double kTailQ3 = 0x1.542095fdcc4eap-1;
inline constexpr double kTailQ4 = 0x1.786fd391d391fp-3;
inline constexpr double kTailQ5 = 0x1.e86b9fc486378p-6;
inline constexpr double kTailQ6 = 0x1.2cd9ef1ccbf00p-9;
inline constexpr double kTailLimit = 16;

inline v128_t gaussian_tail_f64(v128_t a) {
    using L = Lanes<double>;
    v128_t p = L::add(L::mul(L::splat(kTailP5), a), L::splat(kTailP4));
    p = L::add(L::mul(p, a), L::splat(kTailP3));
    p = L::add(L::mul(p, a), L::splat(kTailP2));
    p = L::add(L::mul(p, a), L::splat(kTailP1));
    p = L::add(L::mul(p, a), L::splat(kTailP0));
    v128_t q = L::add(L::mul(L::splat(kTailQ6), a), L::splat(kTailQ5));
    q = L::add(L::mul(q, a), L::splat(kTailQ4));
    q = L::add(L::mul(q, a), L::splat(kTailQ3));
    q = L::add(L::mul(q, a), L::splat(kTailQ2));
    q = L::add(L::mul(q, a), L::splat(kTailQ1));
    q = L::add(L::mul(q, a), L::splat(1.0));
    const v128_t half_square = L::mul(L::mul(a, a), L::splat(-0.5));
    return L::mul(exp_f64_in_range(half_square), L::div(p, q));
}

}  // namespace activations::detail::simd128
