// Pinning f and f' (under each kink convention) at chosen points: the kinks,
// corners and jumps where the conventions differ, the IEEE edges, and a few
// values known in closed form.
#pragma once

#include <catch.hpp>

#include <cstdint>
#include <initializer_list>
#include <limits>

#include "activations/activations.hpp"
#include "test_support.hpp"

namespace point_checks {

inline constexpr double kInf = std::numeric_limits<double>::infinity();
inline constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// f(x), and f'(x) under the PyTorch, left and right conventions.
struct Expected {
    double x, f, df_pytorch, df_left, df_right;
};

// A smooth function's point: the three conventions agree.
constexpr Expected smooth(double x, double f, double df) { return {x, f, df, df, df}; }

// Checks every point in T, within `ulps` of the expected value rounded to T
// (0: exactly that value, sign of zero included; NaN matches NaN).
template <class T>
void check_points(activations::ActivationId id, const activations::ParamValues& params,
                  std::initializer_list<Expected> points, std::uint64_t ulps = 0) {
    using activations::KinkConvention;
    using test_support::ulp_distance;
    for (const auto& p : points) {
        const T x = static_cast<T>(p.x);
        INFO("x = " << p.x);
        CHECK(ulp_distance(activations::value(id, x, params), static_cast<T>(p.f)) <= ulps);
        CHECK(ulp_distance(activations::derivative(id, x, params), static_cast<T>(p.df_pytorch)) <= ulps);
        CHECK(ulp_distance(activations::derivative(id, x, params, KinkConvention::left),
                           static_cast<T>(p.df_left)) <= ulps);
        CHECK(ulp_distance(activations::derivative(id, x, params, KinkConvention::right),
                           static_cast<T>(p.df_right)) <= ulps);
    }
}

inline activations::ActivationId id_of(const char* name) {
    const auto id = activations::find_activation(name);
    REQUIRE(id.has_value());
    return *id;
}

}  // namespace point_checks
