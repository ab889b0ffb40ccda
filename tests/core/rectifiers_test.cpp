// ReLU and leaky ReLU: values, derivatives and each kink convention, pinned
// at the points where conventions differ and at the IEEE edges.
#include <catch.hpp>
#include <limits>

#include "activations/activations.hpp"
#include "test_support.hpp"

using namespace activations;
using test_support::same_value;

namespace {

struct Expected {
    double x, f, df_pytorch, df_left, df_right;
};

template <class T>
void check_points(ActivationId id, const ParamValues& params, std::initializer_list<Expected> points) {
    for (const auto& p : points) {
        const T x = static_cast<T>(p.x);
        INFO("x = " << p.x);
        CHECK(same_value(value(id, x, params), static_cast<T>(p.f)));
        CHECK(same_value(derivative(id, x, params), static_cast<T>(p.df_pytorch)));
        CHECK(same_value(derivative(id, x, params, KinkConvention::pytorch), static_cast<T>(p.df_pytorch)));
        CHECK(same_value(derivative(id, x, params, KinkConvention::left), static_cast<T>(p.df_left)));
        CHECK(same_value(derivative(id, x, params, KinkConvention::right), static_cast<T>(p.df_right)));
    }
}

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

}  // namespace

TEMPLATE_TEST_CASE("relu: values, derivatives and the kink at 0", "[relu]", float, double) {
    const auto id = *find_activation("relu");
    check_points<TestType>(id, default_params(id), {
        {2.0, 2.0, 1, 1, 1},
        {-3.0, 0.0, 0, 0, 0},
        {0.0, 0.0, 0, 0, 1},    // relu'(0) = 0 in PyTorch
        {-0.0, 0.0, 0, 0, 1},   // relu(-0) = +0: the output is never negative
        {1e-30, 1e-30, 1, 1, 1},
        {-1e-30, 0.0, 0, 0, 0},
        {kInf, kInf, 1, 1, 1},
        {-kInf, 0.0, 0, 0, 0},
        {kNaN, kNaN, kNaN, kNaN, kNaN},
    });
}

TEMPLATE_TEST_CASE("leaky_relu: default slope 0.01", "[leaky_relu]", float, double) {
    const auto id = *find_activation("leaky_relu");
    const double slope = 0.01;
    const auto s = static_cast<double>(static_cast<TestType>(slope));
    check_points<TestType>(id, default_params(id), {
        {2.0, 2.0, 1, 1, 1},
        {-3.0, static_cast<double>(TestType(-3) * TestType(slope)), s, s, s},
        {0.0, 0.0, s, s, 1},     // leaky_relu'(0) = negative_slope in PyTorch
        {-0.0, -0.0, s, s, 1},   // -0 · slope keeps its sign
        {kInf, kInf, 1, 1, 1},
        {-kInf, -kInf, s, s, s},
        {kNaN, kNaN, kNaN, kNaN, kNaN},
    });
}

TEST_CASE("leaky_relu: seed 001's slope 0.001 gives -0.003 at -3", "[leaky_relu]") {
    const auto id = *find_activation("leaky_relu");
    CHECK(test_support::ulp_distance(value(id, -3.0, {0.001}), -0.003) <= 1);
}

TEMPLATE_TEST_CASE("leaky_relu: unusual slopes", "[leaky_relu]", float, double) {
    const auto id = *find_activation("leaky_relu");
    const TestType inf = std::numeric_limits<TestType>::infinity();
    SECTION("zero slope: the limit at -inf is 0, not NaN") {
        CHECK(same_value(value(id, -inf, {0.0}), -TestType(0)));
        CHECK(same_value(value(id, TestType(-5), {0.0}), -TestType(0)));
        CHECK(same_value(derivative(id, -inf, {0.0}), TestType(0)));
    }
    SECTION("negative slope folds the negative half upwards") {
        CHECK(same_value(value(id, TestType(-2), {-0.5}), TestType(1)));
        CHECK(same_value(value(id, -TestType(0), {-0.5}), TestType(0)));
        CHECK(same_value(derivative(id, TestType(-2), {-0.5}), TestType(-0.5)));
    }
    SECTION("slope above 1") {
        CHECK(same_value(value(id, TestType(-2), {3.0}), TestType(-6)));
        CHECK(same_value(derivative(id, TestType(0), {3.0}, KinkConvention::right), TestType(1)));
    }
}

TEST_CASE("breakpoints: both rectifiers have their kink at 0", "[breakpoints]") {
    for (const char* name : {"relu", "leaky_relu"}) {
        const auto id = *find_activation(name);
        const auto points = breakpoints(id, default_params(id));
        REQUIRE(points.count == 1);
        CHECK(points.x[0] == 0.0);
    }
}

TEST_CASE("ids outside the registry give NaN, not undefined behaviour", "[registry]") {
    const auto bad = static_cast<ActivationId>(1000);
    CHECK(std::isnan(value(bad, 1.0, {})));
    CHECK(std::isnan(derivative(bad, 1.0f, {})));
    CHECK(breakpoints(bad, {}).count == 0);
}
