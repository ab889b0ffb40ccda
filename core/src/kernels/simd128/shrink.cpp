// simd128 kernels for the shrink functions (functions/shrink.hpp), float
// and double, bit-identical to the scalar function. The scalar compares x
// with lambd in double; at_or_above/below (lanes.hpp) make each comparison
// one in the input's type.
#include <wasm_simd128.h>

#include <type_traits>

#include "functions/all.hpp"
#include "kernels/simd128/kernels.hpp"
#include "kernels/simd128/lanes.hpp"

namespace activations::detail::simd128 {
namespace {

// softshrink: x − lambd for x > lambd, x + lambd for x < −lambd, +0 on the
// dead zone between, NaN passing. With lambd >= 0 (the registry's range)
// the shift is x − copysign(lambd, x). The scalar makes it in double and
// rounds once to T, so float lanes are shifted in double (in_double) and
// rounded by the same single conversion. NaN is returned as it came (the
// conversions would quiet a signalling NaN). Another lambd (negative or
// NaN, reachable only through the C++ API) runs the scalar loop.
template <std::floating_point T>
void softshrink(std::size_t n, const T* input, T* output, const ParamValues& params) {
    using L = Lanes<T>;
    const functions::Softshrink f{params};
    if (!(f.lambd >= 0)) return scalar_loop(f, n, input, output);
    const v128_t lower = L::splat(at_or_above<T>(-f.lambd));
    const v128_t upper = L::splat(at_or_below<T>(f.lambd));
    const v128_t lambd = wasm_f64x2_splat(f.lambd);
    const auto shift = [=](v128_t wide) { return wasm_f64x2_sub(wide, copysign<double>(lambd, wide)); };
    for_each_vector<T, kUnrollStreaming>(n, input, output, [=](v128_t x) {
        const v128_t dead = wasm_v128_and(L::ge(x, lower), L::le(x, upper));  // false for NaN
        v128_t shifted;
        if constexpr (std::is_same_v<T, float>) shifted = in_double(x, shift);
        else shifted = shift(x);
        return select(L::ne(x, x), x, wasm_v128_andnot(shifted, dead));
    });
}

// hardshrink: x where |x| > lambd, or NaN; +0 elsewhere.
template <std::floating_point T>
void hardshrink(std::size_t n, const T* input, T* output, const ParamValues& params) {
    using L = Lanes<T>;
    const functions::Hardshrink f{params};
    const v128_t bound = L::splat(at_or_below<T>(f.lambd));
    for_each_vector<T, kUnrollStreaming>(n, input, output, [=](v128_t x) {
        return wasm_v128_and(x, wasm_v128_or(L::gt(L::abs(x), bound), L::ne(x, x)));
    });
}

}  // namespace

void softshrink_f32(std::size_t n, const float* in, float* out, const ParamValues& p) { softshrink(n, in, out, p); }
void softshrink_f64(std::size_t n, const double* in, double* out, const ParamValues& p) { softshrink(n, in, out, p); }

void hardshrink_f32(std::size_t n, const float* in, float* out, const ParamValues& p) { hardshrink(n, in, out, p); }
void hardshrink_f64(std::size_t n, const double* in, double* out, const ParamValues& p) { hardshrink(n, in, out, p); }

}  // namespace activations::detail::simd128
