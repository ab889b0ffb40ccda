// The lane operations every simd128 kernel is written in, for f32x4 and
// f64x2 alike, and the loop that runs a kernel's vector body over a span.
//
// Lanes are chosen by compare-and-select or by the pseudo-minimum/maximum
// (pmin(a, b) = b < a ? b : a, pmax(a, b) = a < b ? b : a, one instruction
// each on x86 and ARM), never by f32x4.min/max: those canonicalise NaN and
// V8 lowers them to a long sequence. A select or pmin/pmax returns one of
// its operands bit for bit, so NaN payloads, signed zeros and subnormals
// pass through as the scalar code passes them.
#pragma once

#include <wasm_simd128.h>

#include <cmath>
#include <concepts>
#include <cstddef>
#include <cstring>
#include <limits>

#include "functions/kink.hpp"

namespace activations::detail::simd128 {

template <std::floating_point T>
struct Lanes;

template <>
struct Lanes<float> {
    static constexpr std::size_t kCount = 4;
    static v128_t splat(float v) { return wasm_f32x4_splat(v); }
    static v128_t add(v128_t a, v128_t b) { return wasm_f32x4_add(a, b); }
    static v128_t sub(v128_t a, v128_t b) { return wasm_f32x4_sub(a, b); }
    static v128_t mul(v128_t a, v128_t b) { return wasm_f32x4_mul(a, b); }
    static v128_t div(v128_t a, v128_t b) { return wasm_f32x4_div(a, b); }
    static v128_t abs(v128_t a) { return wasm_f32x4_abs(a); }
    static v128_t lt(v128_t a, v128_t b) { return wasm_f32x4_lt(a, b); }
    static v128_t le(v128_t a, v128_t b) { return wasm_f32x4_le(a, b); }
    static v128_t gt(v128_t a, v128_t b) { return wasm_f32x4_gt(a, b); }
    static v128_t ge(v128_t a, v128_t b) { return wasm_f32x4_ge(a, b); }
    static v128_t ne(v128_t a, v128_t b) { return wasm_f32x4_ne(a, b); }
    // a < b ? b : a, and b < a ? b : a: a NaN in `a` passes.
    static v128_t pmax(v128_t a, v128_t b) { return wasm_f32x4_pmax(a, b); }
    static v128_t pmin(v128_t a, v128_t b) { return wasm_f32x4_pmin(a, b); }
};

template <>
struct Lanes<double> {
    static constexpr std::size_t kCount = 2;
    static v128_t splat(double v) { return wasm_f64x2_splat(v); }
    static v128_t add(v128_t a, v128_t b) { return wasm_f64x2_add(a, b); }
    static v128_t sub(v128_t a, v128_t b) { return wasm_f64x2_sub(a, b); }
    static v128_t mul(v128_t a, v128_t b) { return wasm_f64x2_mul(a, b); }
    static v128_t div(v128_t a, v128_t b) { return wasm_f64x2_div(a, b); }
    static v128_t abs(v128_t a) { return wasm_f64x2_abs(a); }
    static v128_t lt(v128_t a, v128_t b) { return wasm_f64x2_lt(a, b); }
    static v128_t le(v128_t a, v128_t b) { return wasm_f64x2_le(a, b); }
    static v128_t gt(v128_t a, v128_t b) { return wasm_f64x2_gt(a, b); }
    static v128_t ge(v128_t a, v128_t b) { return wasm_f64x2_ge(a, b); }
    static v128_t ne(v128_t a, v128_t b) { return wasm_f64x2_ne(a, b); }
    static v128_t pmax(v128_t a, v128_t b) { return wasm_f64x2_pmax(a, b); }
    static v128_t pmin(v128_t a, v128_t b) { return wasm_f64x2_pmin(a, b); }
};

// mask ? a : b, lane by lane (mask lanes are all ones or all zeros).
inline v128_t select(v128_t mask, v128_t a, v128_t b) { return wasm_v128_bitselect(a, b, mask); }

// The magnitude of `magnitude` with the sign of `sign` (std::copysign).
template <std::floating_point T>
v128_t copysign(v128_t magnitude, v128_t sign) {
    return wasm_v128_bitselect(sign, magnitude, Lanes<T>::splat(-T(0)));
}

// How many vectors a loop step takes, by kind of body. V8 compiles
// WebAssembly in program order, so a long dependency chain (a polynomial,
// a division) only overlaps with others the loop body itself places side
// by side: unrolling is what hides the latency. Measured in Node 20 on
// x86-64: float exponential bodies run fastest with 6 to 8 vectors a step
// (a third faster than 2), and slow down at 16, when the sixteen xmm
// registers spill; bodies computing in double already carry two f64x2
// chains per vector and are best at 2. Memory-bound selects (relu) gain a
// sixth from 4 to 8 vectors a step, where the loop's own cost (V8 checks
// for interrupts at every back edge) is spread over 128 bytes.
inline constexpr std::size_t kUnrollFloatMath = 8;
inline constexpr std::size_t kUnrollDoubleMath = 2;
inline constexpr std::size_t kUnrollStreaming = 8;

// Runs `body` (v128_t -> v128_t, one vector of T) over n elements from
// `input` to `output`, which may be the same array: every vector is loaded
// before its own lanes are stored. Whole vectors go `kUnroll` at a time, so
// the independent bodies overlap in the pipeline; the last partial vector
// goes through a zero-padded copy, so every element, whatever its position,
// is computed by the same lane code (a value never depends on the length of
// the array it sits in).
template <std::floating_point T, std::size_t kUnroll, class Body>
inline void for_each_vector(std::size_t n, const T* input, T* output, Body body) {
    constexpr std::size_t kLanes = Lanes<T>::kCount;
    std::size_t i = 0;
    for (; i + kUnroll * kLanes <= n; i += kUnroll * kLanes) {
        v128_t x[kUnroll];
        for (std::size_t u = 0; u < kUnroll; ++u) x[u] = wasm_v128_load(input + i + u * kLanes);
        for (std::size_t u = 0; u < kUnroll; ++u) wasm_v128_store(output + i + u * kLanes, body(x[u]));
    }
    for (; i + kLanes <= n; i += kLanes) {
        wasm_v128_store(output + i, body(wasm_v128_load(input + i)));
    }
    if (i < n) {
        T lanes[kLanes] = {};
        std::memcpy(lanes, input + i, (n - i) * sizeof(T));
        wasm_v128_store(lanes, body(wasm_v128_load(lanes)));
        std::memcpy(output + i, lanes, (n - i) * sizeof(T));
    }
}

// The scalar function over a span, as the portable loop runs it: the
// kernels' path for parameters outside the range their bound holds for.
template <std::floating_point T, class Activation>
void scalar_loop(const Activation& f, std::size_t n, const T* input, T* output) {
    for (std::size_t i = 0; i < n; ++i) output[i] = f.value(input[i]);
}

// Comparing a value of T with a double parameter p, as the scalar code
// does (in double), by one comparison in T: for every x of T,
//   x < p  <=>  x < at_or_above<T>(p),   the least T >= p, and
//   x > p  <=>  x > at_or_below<T>(p),   the greatest T <= p,
// since no T lies strictly between p and those bounds. Beyond T's range
// they are ±max or ±inf, which keeps the equivalences for the infinite x;
// NaN stays NaN, so every comparison with it is false, as with p itself.
template <std::floating_point T>
T at_or_above(double p) {
    T v = round_to<T>(p);
    if (static_cast<double>(v) < p) v = std::nextafter(v, std::numeric_limits<T>::infinity());
    return v;
}

template <std::floating_point T>
T at_or_below(double p) {
    T v = round_to<T>(p);
    if (static_cast<double>(v) > p) v = std::nextafter(v, -std::numeric_limits<T>::infinity());
    return v;
}

// ---- float lanes computed in double ----
//
// Where a float result needs more than float arithmetic can keep (a large
// exponent argument formed from x, say), the kernel widens the four lanes
// to two f64x2 halves, computes in double and rounds each lane once on the
// way back (f32x4.demote_f64x2_zero rounds to nearest even, overflowing to
// ±inf and into the subnormals exactly as the scalar round_to<float> does).
template <class Body>
inline v128_t in_double(v128_t x, Body body) {
    const v128_t low = body(wasm_f64x2_promote_low_f32x4(x));
    const v128_t high = body(wasm_f64x2_promote_low_f32x4(wasm_i32x4_shuffle(x, x, 2, 3, 2, 3)));
    return wasm_i64x2_shuffle(wasm_f32x4_demote_f64x2_zero(low), wasm_f32x4_demote_f64x2_zero(high), 0, 2);
}

}  // namespace activations::detail::simd128
