// Shared helpers for the core tests: ulp distances and a sample of inputs
// that covers the edges every activation must handle.
#pragma once

#include <cmath>
#include <cstring>
#include <concepts>
#include <cstdint>
#include <limits>
#include <type_traits>
#include <vector>

#include "activations/activations.hpp"

namespace test_support {

// Distance in units in the last place between two finite or infinite values
// of the same sign class; NaN matches only NaN, and +0/-0 are 1 ulp apart so
// a lost sign of zero shows up.
template <std::floating_point T>
std::uint64_t ulp_distance(T a, T b) {
    using Bits = std::conditional_t<sizeof(T) == 8, std::int64_t, std::int32_t>;
    if (std::isnan(a) || std::isnan(b)) {
        return std::isnan(a) && std::isnan(b) ? 0 : std::numeric_limits<std::uint64_t>::max();
    }
    // Map the sign-magnitude bit pattern onto a line where adjacent floats
    // are adjacent integers, with -0 just below +0.
    auto ordered = [](T v) -> std::int64_t {
        Bits bits;  // std::bit_cast is missing from Emscripten 3.1.6's libc++
        std::memcpy(&bits, &v, sizeof bits);
        return bits < 0 ? -static_cast<std::int64_t>(bits & std::numeric_limits<Bits>::max()) - 1
                        : static_cast<std::int64_t>(bits);
    };
    const std::int64_t da = ordered(a), db = ordered(b);
    return static_cast<std::uint64_t>(da > db ? da - db : db - da);
}

template <std::floating_point T>
bool same_value(T a, T b) {
    return ulp_distance(a, b) == 0;
}

// Edge values and a deterministic spread of ordinary ones.
template <std::floating_point T>
std::vector<T> sample_inputs(std::size_t count) {
    using L = std::numeric_limits<T>;
    std::vector<T> values = {T(0), -T(0), T(1), T(-1), L::infinity(), -L::infinity(),
                             L::quiet_NaN(), L::denorm_min(), -L::denorm_min(), L::max(),
                             L::lowest(), T(1e-8), T(-1e-8), T(0.5), T(-0.5)};
    std::uint32_t state = 12345;  // fixed seed: the same inputs on every build
    while (values.size() < count) {
        state = state * 1664525u + 1013904223u;
        values.push_back(static_cast<T>(state) / T(4294967296.0) * T(20) - T(10));
    }
    values.resize(count);
    return values;
}

}  // namespace test_support
