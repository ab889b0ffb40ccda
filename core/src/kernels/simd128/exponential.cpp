// simd128 float kernels for the exponential linear units
// (functions/exponential.hpp): x (scaled, for SELU) for x > 0 and a
// multiple of e^t − 1 for x <= 0, from expm1_f32 or expm1_f64
// (vector_math.hpp), which keep full relative precision near 0 (e^t − 1
// never cancels) and the sign of zero.
#include <wasm_simd128.h>

#include <cmath>
#include <limits>

#include "functions/all.hpp"
#include "kernels/simd128/kernels.hpp"
#include "kernels/simd128/lanes.hpp"
#include "kernels/simd128/vector_math.hpp"

namespace activations::detail::simd128 {
namespace {

// Parameters a float kernel takes as a float: finite in float. Beyond
// float's range the scalar's double product can still be finite (alpha =
// 1e39 times e^x − 1 = −1e−10), so those run the scalar loop.
bool fits_float(double v) { return std::fabs(v) <= static_cast<double>(std::numeric_limits<float>::max()); }

// scale·x for x > 0, k·(e^x − 1) otherwise, with float constants: −k at
// −inf, NaN from NaN, and for ±0 the scalar's zero, k·(±0) (expm1_f32
// keeps the sign of zero).
//
// scale·x is formed as x + (scale − 1)·x (kScaled; x alone for scale 1,
// where 0·inf would make NaN): with scale near 1 the product is small and
// its rounding (a twentieth of an ulp of the result, for SELU) nearly
// vanishes in the sum, whose rounding is the one that counts, as in the
// scalar's single rounding of scale·x; a float scale times x would add the
// constant's own rounding.
//
// With k ≥ 1 no select is needed (kSelectFree): f(x) = scale·max(x, 0) +
// k·expm1(min(x, 0)), where one of the two terms is a zero of the right
// sign, so the sum is the other term exactly: f(−0) = −0 + k·(−0) = −0,
// f(+0) = +0. That needs k·expm1(x) to stay nonzero for every x < 0, which
// k ≥ 1 ensures (expm1 of a subnormal is itself); a smaller k can round it
// to −0, and +0 + (−0) would lose the sign, so those select.
//
// Error: expm1_f32 (2 ulp), the rounding of k to float (half an ulp; none
// for ELU's default alpha = 1) and of the product: under 3 ulp in all.
// Measured over every float: within 1 ulp of the scalar's result for
// alpha = 1, within 2 for the other alphas tried and for SELU.
template <bool kScaled, bool kUnitK, bool kSelectFree>
void exponential_unit(std::size_t n, const float* input, float* output, float scale_minus_one, float k) {
    using L = Lanes<float>;
    const v128_t zero = L::splat(0.0f);
    const v128_t excess = L::splat(scale_minus_one);
    const v128_t negative_scale = L::splat(k);
    const auto scaled = [=](v128_t x) { return kScaled ? L::add(x, L::mul(excess, x)) : x; };
    const auto times_k = [=](v128_t v) { return kUnitK ? v : L::mul(negative_scale, v); };
    for_each_vector<float, kUnrollFloatMath>(n, input, output, [=](v128_t x) {
        if constexpr (kSelectFree) {
            return L::add(scaled(L::pmax(x, zero)), times_k(expm1_f32(L::pmin(x, zero))));
        } else {
            return select(L::gt(x, zero), scaled(x), times_k(expm1_f32(x)));
        }
    });
}

void exponential_unit(std::size_t n, const float* input, float* output, float scale_minus_one, float k) {
    const bool scaled = scale_minus_one != 0;
    if (k == 1 && !scaled) return exponential_unit<false, true, true>(n, input, output, scale_minus_one, k);
    if (k >= 1) {
        if (scaled) return exponential_unit<true, false, true>(n, input, output, scale_minus_one, k);
        return exponential_unit<false, false, true>(n, input, output, scale_minus_one, k);
    }
    if (scaled) return exponential_unit<true, false, false>(n, input, output, scale_minus_one, k);
    exponential_unit<false, false, false>(n, input, output, scale_minus_one, k);
}

}  // namespace

// elu(x) = x for x > 0, alpha·(e^x − 1) otherwise.
void elu_f32(std::size_t n, const float* input, float* output, const ParamValues& params) {
    const functions::Elu f{params};
    if (!fits_float(f.alpha)) return scalar_loop(f, n, input, output);
    exponential_unit(n, input, output, 0.0f, round_to<float>(f.alpha));
}

// selu(x) = scale·x for x > 0 (within 1 ulp; the scalar's value for 97% of
// inputs), scale·alpha·(e^x − 1) otherwise.
void selu_f32(std::size_t n, const float* input, float* output, const ParamValues&) {
    using functions::Selu;
    exponential_unit(n, input, output, static_cast<float>(Selu::kScale - 1), static_cast<float>(Selu::kScaleAlpha));
}

// celu(x) = x for x > 0, alpha·(e^(x/alpha) − 1) otherwise, computed in
// double (in_double, expm1_f64) and rounded once: within 1 ulp. In float,
// the roundings of x/alpha and of alpha would reach the result (3 ulps
// for alpha = 0.1); in double, x/alpha keeps 53 bits and no float alpha is
// formed, so any positive finite alpha is taken as it is. −inf gives
// −alpha (rounded to float), ±0 give ±0 (expm1_f64 keeps the sign of
// zero), NaN gives NaN. The registry's alpha is positive; another (or an
// infinite one) runs the scalar loop.
void celu_f32(std::size_t n, const float* input, float* output, const ParamValues& params) {
    using D = Lanes<double>;
    const functions::Celu f{params};
    if (!(f.alpha > 0 && std::isfinite(f.alpha))) return scalar_loop(f, n, input, output);
    const v128_t zero = D::splat(0.0);
    const v128_t alpha = D::splat(f.alpha);
    for_each_vector<float, kUnrollDoubleMath>(n, input, output, [=](v128_t x) {
        return in_double(x, [=](v128_t w) {
            return select(D::gt(w, zero), w, D::mul(alpha, expm1_f64(D::div(w, alpha))));
        });
    });
}

}  // namespace activations::detail::simd128
