// simd128 kernels for the S-shaped functions (functions/sigmoids.hpp):
// hardsigmoid and hardswish (float and double, bit-identical to the scalar
// function) and sigmoid, tanh and logsigmoid (float, within the bounds
// stated at each; vector_math.hpp has the approximations).
#include <wasm_simd128.h>

#include "functions/all.hpp"
#include "kernels/simd128/kernels.hpp"
#include "kernels/simd128/lanes.hpp"
#include "kernels/simd128/vector_math.hpp"

namespace activations::detail::simd128 {
namespace {

// The middle piece of hardsigmoid, as detail::hard_sigmoid_middle:
// (x + 3)/6 for x <= −1.5, x/6 + 1/2 above, with one division for both.
// The division stays a division: x·(1/6) would round differently.
template <std::floating_point T>
v128_t hard_sigmoid_middle(v128_t x) {
    using L = Lanes<T>;
    const v128_t low = L::le(x, L::splat(T(-1.5)));
    const v128_t q = L::div(select(low, L::add(x, L::splat(T(3))), x), L::splat(T(6)));
    return select(low, q, L::add(q, L::splat(T(0.5))));
}

// hardsigmoid: 0 for x <= −3, 1 for x >= 3, the middle piece between. The
// middle piece is at most 0 exactly for x <= −3 ((x + 3)/6 is +0 at −3)
// and at least 1 exactly for x >= 3, so the clamps are pmax(pmin(m, 1), +0).
// NaN is returned as it came (arithmetic would quiet a signalling NaN).
template <std::floating_point T>
void hardsigmoid(std::size_t n, const T* input, T* output) {
    using L = Lanes<T>;
    const v128_t zero = L::splat(T(0));
    const v128_t one = L::splat(T(1));
    for_each_vector<T, kUnrollStreaming>(n, input, output, [=](v128_t x) {
        const v128_t clamped = L::pmax(L::pmin(hard_sigmoid_middle<T>(x), one), zero);
        return select(L::ne(x, x), x, clamped);
    });
}

// hardswish: +0 for x <= −3, x for x >= 3, x times the middle piece
// between (so hardswish(−0) = −0). NaN fails both comparisons and is
// returned as it came.
template <std::floating_point T>
void hardswish(std::size_t n, const T* input, T* output) {
    using L = Lanes<T>;
    const v128_t corner = L::splat(static_cast<T>(functions::Hardswish::kCorner));
    const v128_t minus_corner = L::splat(static_cast<T>(-functions::Hardswish::kCorner));
    for_each_vector<T, kUnrollStreaming>(n, input, output, [=](v128_t x) {
        const v128_t product = L::mul(x, hard_sigmoid_middle<T>(x));
        return wasm_v128_andnot(select(L::lt(x, corner), product, x), L::le(x, minus_corner));
    });
}

}  // namespace

void hardsigmoid_f32(std::size_t n, const float* in, float* out, const ParamValues&) { hardsigmoid(n, in, out); }
void hardsigmoid_f64(std::size_t n, const double* in, double* out, const ParamValues&) { hardsigmoid(n, in, out); }

void hardswish_f32(std::size_t n, const float* in, float* out, const ParamValues&) { hardswish(n, in, out); }
void hardswish_f64(std::size_t n, const double* in, double* out, const ParamValues&) { hardswish(n, in, out); }

// σ(x) = c/D with D = c·(1 + e^−x), c = 2^−64 (logistic_denominator_f32):
// one quotient for both signs of x, with e^−x kept normal by the scaling
// where σ(x) = e^x is subnormal. No cancellation: 1 − σ is never formed.
// Error: D within 1.5 ulp, then the quotient's rounding; measured over
// every float, within 2 ulp of the scalar's result. σ(−inf) = 0,
// σ(+inf) = 1, σ(±0) = 1/2, NaN gives NaN.
void sigmoid_f32(std::size_t n, const float* input, float* output, const ParamValues&) {
    using L = Lanes<float>;
    const v128_t c = L::splat(kLogisticScale);
    for_each_vector<float, kUnrollFloatMath>(n, input, output, [=](v128_t x) { return L::div(c, logistic_denominator_f32(x)); });
}

// tanh(|x|) = (1 − e)/(1 + e), e = e^−2|x| = s·(1 + t) (exp_parts_f32),
// as numerator (1 − s) − s·t and denominator (1 + s) + s·t, where s·t is
// exact and 1 ± s is exact for n >= −23. Each is then rounded once, so
// neither the cancellation of 1 − e near 0 (where s = 1 and the numerator
// is −t) nor that of e^−2|x| − 1 near saturation reaches the result; the
// sign of x is put back last, so tanh(±0) = ±0. Error: under 3 ulp by the
// sum of its roundings; measured over every float, within 2 ulp of the
// scalar's result.
// Beyond |x| = 9.25 (2|x| > 18.5) the argument is held at −18.5: tanh
// rounds to 1 from |x| = 9.02 on.
void tanh_f32(std::size_t n, const float* input, float* output, const ParamValues&) {
    using L = Lanes<float>;
    const v128_t one = L::splat(1.0f);
    const v128_t minus_two = L::splat(-2.0f);
    const v128_t floor = L::splat(-18.5f);
    for_each_vector<float, kUnrollFloatMath>(n, input, output, [=](v128_t x) {
        const ExpParts e = exp_parts_f32<0>(L::pmax(L::mul(L::abs(x), minus_two), floor));
        const v128_t st = L::mul(e.s, expm1_of_reduced(e));
        const v128_t numerator = L::sub(L::sub(one, e.s), st);
        const v128_t denominator = L::add(L::add(one, e.s), st);
        return copysign<float>(L::div(numerator, denominator), x);
    });
}

// logsigmoid(x) = −softplus(−x) = −(max(−x, 0) + ln(1 + e^−|x|)), computed
// in double (exp_f64, log1p_f64; within 1e−11) and rounded once: within
// 1 ulp. For large x it is −e^−x to full precision (into the subnormals
// from x = 87.3 on), −x − ln(1 + e^x) for x < 0 without overflow;
// logsigmoid(+inf) = −0, logsigmoid(−inf) = −inf, NaN gives NaN.
void logsigmoid_f32(std::size_t n, const float* input, float* output, const ParamValues&) {
    using D = Lanes<double>;
    const v128_t zero = D::splat(0.0);
    const v128_t sign_bit = D::splat(-0.0);
    for_each_vector<float, kUnrollDoubleMath>(n, input, output, [=](v128_t x) {
        return in_double(x, [=](v128_t w) {
            const v128_t minus = wasm_f64x2_neg(w);
            const v128_t e = exp_f64(wasm_v128_or(w, sign_bit));  // e^−|x|
            const v128_t softplus = D::add(select(D::gt(minus, zero), minus, zero), log1p_f64(e));
            return wasm_f64x2_neg(softplus);
        });
    });
}

}  // namespace activations::detail::simd128
