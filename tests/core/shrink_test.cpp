// softshrink and hardshrink: the edges of the dead zone under each
// convention, lambd = 0, float inputs against a lambd float cannot hold,
// and the IEEE edges.
#include <catch.hpp>
#include <cmath>
#include <limits>

#include "activations/activations.hpp"
#include "point_checks.hpp"
#include "test_support.hpp"

using namespace activations;
using point_checks::check_points;
using point_checks::id_of;
using point_checks::kInf;
using point_checks::kNaN;
using test_support::same_value;

TEMPLATE_TEST_CASE("softshrink: lambd 0.5, edges count as inside", "[softshrink]", float, double) {
    const auto id = id_of("softshrink");
    check_points<TestType>(id, default_params(id), {
        {-1.0, -0.5, 1, 1, 1},
        {-0.5, 0.0, 0, 1, 0},  // softshrink'(−lambd) = 0 in PyTorch
        {-0.25, 0.0, 0, 0, 0},
        {-0.0, 0.0, 0, 0, 0},
        {0.0, 0.0, 0, 0, 0},
        {0.5, 0.0, 0, 0, 1},   // softshrink'(lambd) = 0 in PyTorch
        {2.0, 1.5, 1, 1, 1},
        {kInf, kInf, 1, 1, 1},
        {-kInf, -kInf, 1, 1, 1},
        {kNaN, kNaN, kNaN, kNaN, kNaN},
    });
    check_points<TestType>(id, {0.0}, {
        {0.0, 0.0, 0, 1, 1},  // both edges at 0: left and right are 1, PyTorch 0
        {-0.0, 0.0, 0, 1, 1},
        {-2.0, -2.0, 1, 1, 1},
        {2.0, 2.0, 1, 1, 1},
    });
}

TEST_CASE("softshrink: the shift is made in double", "[softshrink]") {
    const auto id = id_of("softshrink");
    // 0.1f lies 1.49e-9 above 0.1: that difference, not 0.
    const float x = 0.1f;
    CHECK(same_value(value(id, x, {0.1}), static_cast<float>(static_cast<double>(x) - 0.1)));
    CHECK(value(id, x, {0.1}) > 0.0f);
    CHECK(same_value(value(id, -x, {0.1}), -static_cast<float>(static_cast<double>(x) - 0.1)));
}

TEMPLATE_TEST_CASE("hardshrink: lambd 0.5, a jump at each edge", "[hardshrink]", float, double) {
    const auto id = id_of("hardshrink");
    check_points<TestType>(id, default_params(id), {
        {-1.0, -1.0, 1, 1, 1},
        {-0.5, 0.0, 0, 1, 0},  // f(−lambd) = 0 and f'(−lambd) = 0 in PyTorch
        {-0.25, 0.0, 0, 0, 0},
        {0.0, 0.0, 0, 0, 0},
        {0.5, 0.0, 0, 0, 1},
        {0.75, 0.75, 1, 1, 1},
        {kInf, kInf, 1, 1, 1},
        {-kInf, -kInf, 1, 1, 1},
        {kNaN, kNaN, kNaN, kNaN, kNaN},
    });
    check_points<TestType>(id, {0.0}, {
        {0.0, 0.0, 0, 1, 1},
        {-3.0, -3.0, 1, 1, 1},
    });
    // Just outside the dead zone, x itself.
    const TestType outside = std::nextafter(TestType(0.5), TestType(1));
    CHECK(same_value(value(id, outside, default_params(id)), outside));
}

TEST_CASE("breakpoints: the shrink functions at ±lambd", "[breakpoints]") {
    for (const char* name : {"softshrink", "hardshrink"}) {
        INFO(name);
        const auto points = breakpoints(id_of(name), {0.5});
        REQUIRE(points.count == 2);
        CHECK(points.x[0] == -0.5);
        CHECK(points.x[1] == 0.5);
        const auto zero = breakpoints(id_of(name), {0.0});
        REQUIRE(zero.count == 1);  // -lambd and lambd coincide
        CHECK(zero.x[0] == 0.0);
    }
}
