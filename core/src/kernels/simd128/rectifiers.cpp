// simd128 kernels for the ReLU family and the clamps (functions/rectifiers.hpp),
// float and double. Compares, selects, pmin/pmax and the one product the
// scalar makes, so every result is bit-identical to the scalar function:
// NaN passes with its bits, the sign of zero is the scalar's, and
// parameters are rounded and compared exactly as the scalar code does it.
//
// Where a pmin/pmax form exists it is preferred to compare-and-select: the
// compiler turns x & ~mask into v128.bitselect, which V8 lowers to three
// instructions, where pmin/pmax (and i32x4.max_s) are one each.
#include <wasm_simd128.h>

#include <cstdint>
#include <limits>
#include <type_traits>

#include "functions/all.hpp"
#include "kernels/simd128/kernels.hpp"
#include "kernels/simd128/lanes.hpp"

namespace activations::detail::simd128 {
namespace {

// relu(x) = x where !(x <= 0), else +0: NaN passes (NaN <= 0 is false) and
// -0 becomes +0, as in the scalar function.
//
// In float lanes: pmax(x, +0) = (x < 0 ? +0 : x) is right for every x but
// -0, which it keeps. So -0 is first moved to the negative float next to
// it: as an int32, -0 is INT32_MIN, the least of all, and i32x4.max_s with
// INT32_MIN + 1 (-denorm_min) changes nothing else; pmax then sends it to
// +0 with the other negatives. NaNs of either sign pass both unchanged.
// Double lanes have no i64x2.max_s: there x & ~(x <= 0).
template <std::floating_point T>
v128_t relu_lanes(v128_t x) {
    using L = Lanes<T>;
    if constexpr (std::is_same_v<T, float>) {
        const v128_t below_minus_zero = wasm_i32x4_splat(std::numeric_limits<std::int32_t>::min() + 1);
        return L::pmax(wasm_i32x4_max(x, below_minus_zero), L::splat(0.0f));
    } else {
        return wasm_v128_andnot(x, L::le(x, L::splat(0.0)));
    }
}

template <std::floating_point T>
void relu(std::size_t n, const T* input, T* output) {
    for_each_vector<T, kUnrollStreaming>(n, input, output, [](v128_t x) { return relu_lanes<T>(x); });
}

// detail::leaky: x for x > 0, slope·x otherwise, with the slope rounded to
// T as the scalar rounds it.
//
// For a slope k <= 1 (negative ones too) that is pmax(k·x, x) = (k·x < x ?
// x : k·x), and for k > 1 pmin(k·x, x) = (x < k·x ? x : k·x): x > 0 gives x
// (k·x lies below it, or above for k > 1), x < 0 gives k·x, and at ±0,
// ±inf and NaN the comparison is false and k·x is taken, the very product
// the scalar returns for x <= 0 (and NaN for NaN). Two operations a
// vector, as relu; a NaN slope compares false everywhere, so it selects.
//
// A zero slope gives, for every x <= 0, the zero whose sign is the
// product's (sign of x xor sign of the slope): x·(±0) for finite x, and at
// -inf the limit the scalar returns, -copysign(0, slope), where the plain
// product would be NaN.
//
// A slope that T does not hold (holds_in: 1e39 or 1e-40 in float) is used
// in double by the scalar function; those rare slopes run its loop.
template <std::floating_point T>
void leaky(std::size_t n, const T* input, T* output, double slope_parameter) {
    using L = Lanes<T>;
    if (!holds_in<T>(slope_parameter)) {
        for (std::size_t i = 0; i < n; ++i) output[i] = detail::leaky(input[i], slope_parameter);
        return;
    }
    const T slope = round_to<T>(slope_parameter);
    const v128_t k = L::splat(slope);
    const v128_t zero = L::splat(T(0));
    if (slope == T(0)) {
        const v128_t sign_bit = L::splat(-T(0));
        for_each_vector<T, kUnrollStreaming>(n, input, output, [=](v128_t x) {
            return select(L::le(x, zero), wasm_v128_xor(wasm_v128_and(x, sign_bit), k), x);
        });
    } else if (slope <= T(1)) {
        for_each_vector<T, kUnrollStreaming>(n, input, output, [=](v128_t x) { return L::pmax(L::mul(x, k), x); });
    } else if (slope > T(1)) {
        for_each_vector<T, kUnrollStreaming>(n, input, output, [=](v128_t x) { return L::pmin(L::mul(x, k), x); });
    } else {  // NaN
        for_each_vector<T, kUnrollStreaming>(n, input, output,
                                             [=](v128_t x) { return select(L::le(x, zero), L::mul(x, k), x); });
    }
}

// relu6(x) = 0 for x <= 0 (+0), 6 for x >= 6, x between; NaN passes.
// As pmin(relu(x), 6) = (6 < r ? 6 : r), which keeps NaN and +0.
template <std::floating_point T>
void relu6(std::size_t n, const T* input, T* output) {
    using L = Lanes<T>;
    const v128_t cap = L::splat(static_cast<T>(functions::Relu6::kCap));
    for_each_vector<T, kUnrollStreaming>(n, input, output,
                                         [=](v128_t x) { return L::pmin(relu_lanes<T>(x), cap); });
}

// hardtanh: min_val where x < min_val, max_val where x > max_val, x between
// (so -0 stays -0), the clamps rounded to T. As pmax(pmin(x, high), low)
// with low and high the rounded clamps: the scalar compares x with the
// exact min_val in double, but no T lies strictly between min_val and its
// rounding, so x < min_val and x < low differ only for x = low itself,
// which both then return; likewise above. pmin/pmax keep NaN and, as the
// scalar, -0 against a +0 clamp. The registry has min_val < max_val; an
// inverted pair (the scalar's lower clamp then wins) runs the scalar loop.
template <std::floating_point T>
void hardtanh(std::size_t n, const T* input, T* output, const ParamValues& params) {
    using L = Lanes<T>;
    const functions::Hardtanh f{params};
    if (!(f.min_val < f.max_val)) return scalar_loop(f, n, input, output);
    const v128_t low = L::splat(round_to<T>(f.min_val));
    const v128_t high = L::splat(round_to<T>(f.max_val));
    for_each_vector<T, kUnrollStreaming>(n, input, output,
                                         [=](v128_t x) { return L::pmax(L::pmin(x, high), low); });
}

// threshold: x where x > threshold (compared in double by the scalar, so
// against the greatest T at or below it here), or NaN; `value` elsewhere.
template <std::floating_point T>
void threshold(std::size_t n, const T* input, T* output, const ParamValues& params) {
    using L = Lanes<T>;
    const functions::Threshold f{params};
    const v128_t bound = L::splat(at_or_below<T>(f.threshold));
    const v128_t replacement = L::splat(round_to<T>(f.replacement));
    for_each_vector<T, kUnrollStreaming>(n, input, output, [=](v128_t x) {
        return select(wasm_v128_or(L::gt(x, bound), L::ne(x, x)), x, replacement);
    });
}

}  // namespace

void relu_f32(std::size_t n, const float* in, float* out, const ParamValues&) { relu(n, in, out); }
void relu_f64(std::size_t n, const double* in, double* out, const ParamValues&) { relu(n, in, out); }

void leaky_relu_f32(std::size_t n, const float* in, float* out, const ParamValues& p) {
    leaky(n, in, out, functions::LeakyRelu{p}.negative_slope);
}
void leaky_relu_f64(std::size_t n, const double* in, double* out, const ParamValues& p) {
    leaky(n, in, out, functions::LeakyRelu{p}.negative_slope);
}

void prelu_f32(std::size_t n, const float* in, float* out, const ParamValues& p) {
    leaky(n, in, out, functions::Prelu{p}.weight);
}
void prelu_f64(std::size_t n, const double* in, double* out, const ParamValues& p) {
    leaky(n, in, out, functions::Prelu{p}.weight);
}

// Evaluation mode: the slope is the scalar's own midpoint of lower and upper.
void rrelu_f32(std::size_t n, const float* in, float* out, const ParamValues& p) {
    leaky(n, in, out, functions::Rrelu{p}.slope);
}
void rrelu_f64(std::size_t n, const double* in, double* out, const ParamValues& p) {
    leaky(n, in, out, functions::Rrelu{p}.slope);
}

void relu6_f32(std::size_t n, const float* in, float* out, const ParamValues&) { relu6(n, in, out); }
void relu6_f64(std::size_t n, const double* in, double* out, const ParamValues&) { relu6(n, in, out); }

void hardtanh_f32(std::size_t n, const float* in, float* out, const ParamValues& p) { hardtanh(n, in, out, p); }
void hardtanh_f64(std::size_t n, const double* in, double* out, const ParamValues& p) { hardtanh(n, in, out, p); }

void threshold_f32(std::size_t n, const float* in, float* out, const ParamValues& p) { threshold(n, in, out, p); }
void threshold_f64(std::size_t n, const double* in, double* out, const ParamValues& p) { threshold(n, in, out, p); }

}  // namespace activations::detail::simd128
