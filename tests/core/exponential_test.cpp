// ELU, SELU and CELU: the kink at 0 under each convention, the limits at
// ±inf, the sign of zero, and values known in closed form.
#include <catch.hpp>
#include <limits>

#include "activations/activations.hpp"
#include "point_checks.hpp"
#include "test_support.hpp"

using namespace activations;
using point_checks::check_points;
using point_checks::id_of;
using point_checks::kInf;
using point_checks::kNaN;
using point_checks::smooth;
using test_support::same_value;
using test_support::ulp_distance;

namespace {

constexpr double kLn2 = 0.6931471805599453;
constexpr double kScale = 1.0507009873554805;       // SELU's scale
constexpr double kScaleAlpha = 1.7580993408473768;  // SELU's scale · alpha

}  // namespace

TEMPLATE_TEST_CASE("elu: alpha 1, kink at 0", "[elu]", float, double) {
    const auto id = id_of("elu");
    check_points<TestType>(id, default_params(id), {
        {0.0, 0.0, 1, 1, 1},  // elu'(0) = alpha = 1, both sides 1
        {-0.0, -0.0, 1, 1, 1},
        {2.0, 2.0, 1, 1, 1},
        {-kInf, -1.0, 0, 0, 0},
        {kInf, kInf, 1, 1, 1},
        {kNaN, kNaN, kNaN, kNaN, kNaN},
    });
    check_points<TestType>(id, default_params(id), {
        smooth(-kLn2, -0.5, 0.5),                             // e^−ln 2 = 1/2
        smooth(-1.0, -0.6321205588285577, 0.36787944117144233),  // e^−1 − 1, e^−1
        smooth(-1e-30, -1e-30, 1.0),  // expm1 keeps it (PyTorch's exp(x) − 1 gives 0)
        smooth(-100.0, -1.0, 3.720075976020836e-44),
    }, 1);
}

TEMPLATE_TEST_CASE("elu: other alphas", "[elu]", float, double) {
    const auto id = id_of("elu");
    check_points<TestType>(id, {2.5}, {
        {0.0, 0.0, 2.5, 2.5, 1},  // elu'(0) = alpha in PyTorch: the left value
        {-kInf, -2.5, 0, 0, 0},
    });
    check_points<TestType>(id, {-1.5}, {
        {-0.0, 0.0, -1.5, -1.5, 1},  // -1.5 · (-0)
        {-kInf, 1.5, -0.0, -0.0, -0.0},
    });
    check_points<TestType>(id, {0.0}, {
        {-5.0, -0.0, 0, 0, 0},
        {-kInf, -0.0, 0, 0, 0},
    });
}

TEST_CASE("elu: far tails in double", "[elu]") {
    const auto id = id_of("elu");
    CHECK(same_value(value(id, -1e308, {1.0}), -1.0));
    CHECK(same_value(derivative(id, -1e308, {1.0}), 0.0));
    CHECK(same_value(value(id, 1e308, {1.0}), 1e308));
    // e^-740 is subnormal; alpha · e^x is rounded once, not after e^x.
    CHECK(ulp_distance(derivative(id, -740.0, {3.0}), 1.255e-321) <= 1);
}

TEMPLATE_TEST_CASE("selu: fixed scale and alpha, kink at 0", "[selu]", float, double) {
    const auto id = id_of("selu");
    check_points<TestType>(id, {}, {
        {0.0, 0.0, kScaleAlpha, kScaleAlpha, kScale},  // selu'(0) = scale·alpha in PyTorch
        {-0.0, -0.0, kScaleAlpha, kScaleAlpha, kScale},
        {1.0, kScale, kScale, kScale, kScale},
        {-kInf, -kScaleAlpha, 0, 0, 0},
        {kInf, kInf, kScale, kScale, kScale},
        {kNaN, kNaN, kNaN, kNaN, kNaN},
    });
    check_points<TestType>(id, {}, {smooth(-kLn2, -kScaleAlpha / 2, kScaleAlpha / 2)}, 1);
}

TEST_CASE("selu: no overflow short of the largest doubles", "[selu]") {
    const auto id = id_of("selu");
    CHECK(same_value(value(id, -1e308, {}), -kScaleAlpha));
    CHECK(ulp_distance(value(id, 1e308, {}), 1.0507009873554806e308) <= 1);
    CHECK(value(id, 1.7976931348623157e308, {}) == kInf);  // scale · DBL_MAX is beyond the doubles
    CHECK(value(id, 3.3e38f, {}) == std::numeric_limits<float>::infinity());  // beyond float: inf
    CHECK(ulp_distance(value(id, 3e38, {}), 3.1521029620664417e38) <= 1);
}

TEMPLATE_TEST_CASE("celu: smooth at 0 for every alpha", "[celu]", float, double) {
    const auto id = id_of("celu");
    check_points<TestType>(id, default_params(id), {
        {0.0, 0.0, 1, 1, 1},
        {-0.0, -0.0, 1, 1, 1},
        {3.0, 3.0, 1, 1, 1},
        {-kInf, -1.0, 0, 0, 0},
        {kInf, kInf, 1, 1, 1},
        {kNaN, kNaN, kNaN, kNaN, kNaN},
    });
    check_points<TestType>(id, {2.0}, {
        {0.0, 0.0, 1, 1, 1},
        {-2 * kLn2, -1.0, 0.5, 0.5, 0.5},  // 2 · (e^−ln 2 − 1)
        {-kInf, -2.0, 0, 0, 0},
    }, 1);
    check_points<TestType>(id, {1e-3}, {
        {-1.0, -1e-3, 0, 0, 0},  // e^−1000: saturated
        {0.0, 0.0, 1, 1, 1},
    }, 1);
}

TEST_CASE("celu: tiny and huge quotients x / alpha", "[celu]") {
    const auto id = id_of("celu");
    // x/alpha is subnormal: f = x to the last bit.
    CHECK(same_value(value(id, -1e-310, {1000.0}), -1e-310));
    CHECK(same_value(value(id, -1e308, {0.5}), -0.5));
    CHECK(same_value(derivative(id, -1e308, {0.5}), 0.0));
}

TEST_CASE("breakpoints: the exponential units at 0", "[breakpoints]") {
    for (const char* name : {"elu", "selu", "celu"}) {
        INFO(name);
        const auto points = breakpoints(id_of(name), default_params(id_of(name)));
        REQUIRE(points.count == 1);
        CHECK(points.x[0] == 0.0);
    }
}
