// simd128 float kernels for the smooth gated units and softplus
// (functions/smooth.hpp). silu computes in float; gelu, mish and softplus
// compute their lanes in double (lanes.hpp, in_double) and round once,
// because each forms an exponential's argument or a sum of terms that float
// arithmetic would round by more than the 4-ulp budget allows (gelu's
// e^(−x²/2), its tanh form's cubic argument, softplus's beta·x, mish's
// chain of exp, log and tanh); their approximations (vector_math.hpp) are
// accurate to 1.1e−10, so those kernels are within 1 ulp.
#include <wasm_simd128.h>

#include "functions/all.hpp"
#include "kernels/simd128/kernels.hpp"
#include "kernels/simd128/lanes.hpp"
#include "kernels/simd128/vector_math.hpp"

namespace activations::detail::simd128 {
namespace {

using D = Lanes<double>;

// Exact gelu, x·Φ(x): Φ(x) = Φ(−|x|) (gaussian_tail_f64) for x < 0 and
// 1 − Φ(−|x|) for x >= 0 (at least 1/2: nothing cancels). x is held to
// [−16, 16] for the tail, where Φ(−16) = 6e−58 is 1 − Φ(16) as well; and
// the product takes x held at −16 below, so −inf gives −16·Φ(−16), which
// rounds to −0 in float as every x below −14.2 does, and +inf gives
// +inf·1. gelu(±0) = ±0, NaN gives NaN.
v128_t gelu_exact(v128_t x) {
    const v128_t lower = D::pmax(x, D::splat(-kTailLimit));
    const v128_t tail = gaussian_tail_f64(D::abs(D::pmin(lower, D::splat(kTailLimit))));
    const v128_t cdf = select(D::lt(x, D::splat(0.0)), tail, D::sub(D::splat(1.0), tail));
    return D::mul(lower, cdf);
}

// gelu's tanh form, x/2·(1 + tanh(u)) = x·σ(z) with z = 2u =
// 2√(2/π)·x·(1 + 0.044715·x²), in double (in float the rounding of z
// would cost up to |z| ≈ 100 ulps of σ(z) ≈ e^z). σ(z) = 1/(1 + e) or
// e/(1 + e), e = e^−|z|. Beyond |x| = 12, |z| > 142: σ(z) is 1 in double,
// or so small that x·σ(z) rounds to −0 in float (from x = −10.1 on), so x
// is held to [−12, 12] for z and, below −12, for the product too.
inline constexpr double kTanhC = 0x1.9884533d43651p+0;  // 2·√(2/π)
inline constexpr double kTanhA = 0.044715;              // the cubic's coefficient, as in the formula
inline constexpr double kTanhLimit = 12;

v128_t gelu_tanh(v128_t x) {
    const v128_t one = D::splat(1.0);
    const v128_t lower = D::pmax(x, D::splat(-kTanhLimit));
    const v128_t held = D::pmin(lower, D::splat(kTanhLimit));
    const v128_t square = D::mul(held, held);
    const v128_t z = D::mul(D::mul(D::splat(kTanhC), held), D::add(one, D::mul(D::splat(kTanhA), square)));
    const v128_t e = exp_f64_in_range(wasm_v128_or(z, D::splat(-0.0)));  // e^−|z|, |z| ≤ 142.4
    const v128_t numerator = select(D::ge(z, D::splat(0.0)), one, e);
    return D::mul(lower, D::div(numerator, D::add(one, e)));
}

}  // namespace

// gelu: the exact form (approximate = "none", choice 0) or the tanh form
// (choice 1), chosen as the scalar chooses (Gelu's constructor). Within
// 1 ulp either way.
void gelu_f32(std::size_t n, const float* input, float* output, const ParamValues& params) {
    const functions::Gelu f{params};
    if (f.approximate == functions::Gelu::Approximate::tanh) {
        for_each_vector<float, kUnrollDoubleMath>(n, input, output, [](v128_t x) { return in_double(x, gelu_tanh); });
    } else {
        for_each_vector<float, kUnrollDoubleMath>(n, input, output, [](v128_t x) { return in_double(x, gelu_exact); });
    }
}

// silu(x) = x·σ(x) = (x·c)/D with D = c·(1 + e^−x), c = 2^−64
// (logistic_denominator_f32), in float: one quotient for both signs of x,
// and where the result is subnormal it is rounded once, by the quotient.
// x·c is exact unless it falls below the normal floats (|x| < 2^−62);
// there, as everywhere below |x| = 2^−25, x·σ(x) = x/2 + x²/4 rounds to
// x/2, which is used instead. x is held at −110 below, where x·σ(x)
// rounds to −0, so −inf gives −0. Error: D within 1.5 ulp, then the
// quotient's rounding; measured over every float, within 2 ulp of the
// scalar's result. silu(±0) = ±0, NaN gives NaN.
void silu_f32(std::size_t n, const float* input, float* output, const ParamValues&) {
    using L = Lanes<float>;
    const v128_t c = L::splat(kLogisticScale);
    const v128_t floor = L::splat(kLogisticFloor);
    const v128_t half = L::splat(0.5f);
    const v128_t halving_below = L::splat(0x1p-25f);
    for_each_vector<float, kUnrollFloatMath>(n, input, output, [=](v128_t x) {
        const v128_t lower = L::pmax(x, floor);
        const v128_t quotient = L::div(L::mul(lower, c), logistic_denominator_f32(lower));
        return select(L::lt(L::abs(x), halving_below), L::mul(x, half), quotient);
    });
}

// mish(x) = x·tanh(ln(1 + e^x)) = x·N/D, the rational function of e^x the
// scalar uses (functions/smooth.hpp), with e = e^−|x| ≤ 1:
//   x < 0:  N = e² + 2e, D = N + 2;   x >= 0:  N = 1 + 2e, D = N + 2e²,
// all terms positive. In double, rounded once: within 1 ulp. x is held at
// −200 below (mish(−200) rounds to −0 in float), so −inf gives −0;
// mish(±0) = ±0·3/5, NaN gives NaN.
inline constexpr double kMishFloor = -200;

void mish_f32(std::size_t n, const float* input, float* output, const ParamValues&) {
    for_each_vector<float, kUnrollDoubleMath>(n, input, output, [](v128_t x) {
        return in_double(x, [](v128_t w) {
            const v128_t one = D::splat(1.0);
            const v128_t two = D::splat(2.0);
            const v128_t lower = D::pmax(w, D::splat(kMishFloor));
            const v128_t e = exp_f64(wasm_v128_or(lower, D::splat(-0.0)));  // e^−|x|
            const v128_t square = D::mul(e, e);
            const v128_t negative = D::lt(w, D::splat(0.0));
            const v128_t numerator = D::add(D::add(e, e), select(negative, square, one));
            const v128_t denominator = D::add(numerator, select(negative, two, D::add(square, square)));
            return D::mul(lower, D::div(numerator, denominator));
        });
    });
}

// softplus(x) = x above the cut-off threshold/beta (compared in double, as
// the scalar compares), else ln(1 + e^z)/beta with z = beta·x, as
// max(z, 0) + ln(1 + e^−|z|) (exp_f64, log1p_f64): no overflow, no
// cancellation, e^z to full precision where z → −∞. In double, rounded
// once: within 1 ulp. softplus(−inf) = 0, softplus(+inf) = +inf, NaN gives
// NaN. Where z < −700, exp_f64 gives 0, while the exact e^z/beta could be
// a float only for beta < e^−600: a beta below 2^−60 (or NaN) runs the
// scalar loop.
inline constexpr double kSoftplusSmallestBeta = 0x1p-60;

void softplus_f32(std::size_t n, const float* input, float* output, const ParamValues& params) {
    const functions::Softplus f{params};
    if (!(f.beta >= kSoftplusSmallestBeta)) return scalar_loop(f, n, input, output);
    const v128_t beta = D::splat(f.beta);
    const v128_t inverse_beta = D::splat(1 / f.beta);
    const v128_t cutoff = D::splat(f.cutoff);
    for_each_vector<float, kUnrollDoubleMath>(n, input, output, [=](v128_t x) {
        return in_double(x, [=](v128_t w) {
            const v128_t zero = D::splat(0.0);
            const v128_t z = D::mul(beta, w);
            const v128_t e = exp_f64(wasm_v128_or(z, D::splat(-0.0)));  // e^−|z|
            const v128_t sum = D::add(select(D::gt(z, zero), z, zero), log1p_f64(e));
            return select(D::gt(w, cutoff), w, D::mul(sum, inverse_beta));
        });
    });
}

}  // namespace activations::detail::simd128
