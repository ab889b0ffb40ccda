// simd128 kernels for the cheap piecewise functions beyond PyTorch's list
// (functions/polynomial.hpp): relu2, sparse_sigmoid, linear and step, float
// and double. Compares, selects, pmin/pmax and the scalar's own arithmetic
// in the same order, so every result is bit-identical to the scalar
// function (bound 0 in kernel_list.inc).
#include <wasm_simd128.h>

#include "functions/all.hpp"
#include "kernels/simd128/kernels.hpp"
#include "kernels/simd128/lanes.hpp"

namespace activations::detail::simd128 {
namespace {

// relu2: x·x where !(x <= 0), else +0. NaN gives x·x, a NaN; -0 and the
// negatives select +0.
template <std::floating_point T>
void relu2(std::size_t n, const T* input, T* output) {
    using L = Lanes<T>;
    const v128_t zero = L::splat(T(0));
    for_each_vector<T, kUnrollStreaming>(n, input, output,
                                         [=](v128_t x) { return select(L::le(x, zero), zero, L::mul(x, x)); });
}

// sparse_sigmoid: (x + 1)·0.5, as the scalar computes the middle piece,
// clamped by pmax(m, +0) = (m < 0 ? +0 : m) and pmin(·, 1) = (1 < m ? 1 :
// m). For x <= −1, m <= 0 (exactly +0 at −1: −1 + 1 is +0), so +0; for x
// >= 1, m >= 1, so 1; inside, m itself; NaN passes both.
template <std::floating_point T>
void sparse_sigmoid(std::size_t n, const T* input, T* output) {
    using L = Lanes<T>;
    const v128_t one = L::splat(T(1));
    const v128_t half = L::splat(T(0.5));
    const v128_t zero = L::splat(T(0));
    for_each_vector<T, kUnrollStreaming>(n, input, output, [=](v128_t x) {
        return L::pmin(L::pmax(L::mul(L::add(x, one), half), zero), one);
    });
}

// linear: a copy (in place, a pass that rewrites every element unchanged).
template <std::floating_point T>
void linear(std::size_t n, const T* input, T* output) {
    for_each_vector<T, kUnrollStreaming>(n, input, output, [](v128_t x) { return x; });
}

// step: 1 where x > 0, x itself where x is NaN, alpha (rounded to T as the
// scalar rounds it) elsewhere.
template <std::floating_point T>
void step(std::size_t n, const T* input, T* output, const ParamValues& params) {
    using L = Lanes<T>;
    const v128_t one = L::splat(T(1));
    const v128_t zero = L::splat(T(0));
    const v128_t alpha = L::splat(round_to<T>(functions::Step{params}.alpha));
    for_each_vector<T, kUnrollStreaming>(n, input, output, [=](v128_t x) {
        return select(L::gt(x, zero), one, select(L::ne(x, x), x, alpha));
    });
}

}  // namespace

void relu2_f32(std::size_t n, const float* in, float* out, const ParamValues&) { relu2(n, in, out); }
void relu2_f64(std::size_t n, const double* in, double* out, const ParamValues&) { relu2(n, in, out); }

void sparse_sigmoid_f32(std::size_t n, const float* in, float* out, const ParamValues&) {
    sparse_sigmoid(n, in, out);
}
void sparse_sigmoid_f64(std::size_t n, const double* in, double* out, const ParamValues&) {
    sparse_sigmoid(n, in, out);
}

void linear_f32(std::size_t n, const float* in, float* out, const ParamValues&) { linear(n, in, out); }
void linear_f64(std::size_t n, const double* in, double* out, const ParamValues&) { linear(n, in, out); }

void step_f32(std::size_t n, const float* in, float* out, const ParamValues& p) { step(n, in, out, p); }
void step_f64(std::size_t n, const double* in, double* out, const ParamValues& p) { step(n, in, out, p); }

}  // namespace activations::detail::simd128
