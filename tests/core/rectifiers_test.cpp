// The ReLU family and the clamps (relu, leaky_relu, prelu, rrelu, relu6,
// hardtanh, threshold): values, derivatives and each kink convention, pinned
// at the points where conventions differ and at the IEEE edges.
#include <catch.hpp>
#include <array>
#include <span>
#include <limits>
#include <numeric>

#include "activations/activations.hpp"
#include "point_checks.hpp"
#include "test_support.hpp"

using namespace activations;
using point_checks::check_points;
using point_checks::id_of;
using point_checks::kInf;
using point_checks::kNaN;
using test_support::same_value;

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

// A slope float cannot hold is used in double, the product rounded once:
// the float result is the double result rounded, never NaN or a spurious
// infinity. value() and apply() (the simd128 kernel in that build) agree.
TEST_CASE("leaky family: float data with slopes beyond float's range", "[leaky_relu][prelu][rrelu]") {
    const float tiny = -1e-39f;  // a float subnormal
    const std::array<float, 4> input{0.0f, tiny, -2.0f, 3.0f};
    const std::array<double, 3> slopes{1e39, -1e39, 1e-40};
    for (const char* name : {"leaky_relu", "prelu"}) {
        const auto id = *find_activation(name);
        for (const double slope : slopes) {
            std::array<float, 4> out{};
            apply(id, std::span<const float>(input), std::span<float>(out), {slope});
            for (std::size_t i = 0; i < input.size(); ++i) {
                const double x = input[i];
                const double wide = x > 0 ? x : x * slope;
                INFO(name << " slope " << slope << " x " << x);
                CHECK(same_value(value(id, input[i], {slope}), static_cast<float>(wide)));
                CHECK(same_value(out[i], static_cast<float>(wide)));
            }
        }
    }
    const auto rrelu = *find_activation("rrelu");
    CHECK(same_value(value(rrelu, tiny, {1e39, 1e39}), static_cast<float>(static_cast<double>(tiny) * 1e39)));
    // f' is the slope rounded once: beyond float's range that is infinity.
    const auto leaky = *find_activation("leaky_relu");
    CHECK(same_value(derivative(leaky, -1.0f, {1e39}), std::numeric_limits<float>::infinity()));
    CHECK(same_value(derivative(leaky, -1.0f, {1e-40}), static_cast<float>(1e-40)));
    CHECK(same_value(value(leaky, 0.0f, {1e39}), 0.0f));
    CHECK(same_value(value(leaky, -std::numeric_limits<float>::infinity(), {1e39}), -std::numeric_limits<float>::infinity()));
    CHECK(std::isnan(value(leaky, std::numeric_limits<float>::quiet_NaN(), {1e39})));
}

TEST_CASE("ids outside the registry give NaN, not undefined behaviour", "[registry]") {
    const auto bad = static_cast<ActivationId>(1000);
    CHECK(std::isnan(value(bad, 1.0, {})));
    CHECK(std::isnan(derivative(bad, 1.0f, {})));
    CHECK(breakpoints(bad, {}).count == 0);
}

TEMPLATE_TEST_CASE("prelu: weight 0.25, kink at 0", "[prelu]", float, double) {
    const auto id = id_of("prelu");
    check_points<TestType>(id, default_params(id), {
        {2.0, 2.0, 1, 1, 1},
        {-3.0, -0.75, 0.25, 0.25, 0.25},
        {0.0, 0.0, 0.25, 0.25, 1},    // prelu'(0) = weight in PyTorch
        {-0.0, -0.0, 0.25, 0.25, 1},  // -0 · weight keeps its sign
        {kInf, kInf, 1, 1, 1},
        {-kInf, -kInf, 0.25, 0.25, 0.25},
        {kNaN, kNaN, kNaN, kNaN, kNaN},
    });
}

TEMPLATE_TEST_CASE("prelu: zero and negative weights", "[prelu]", float, double) {
    const auto id = id_of("prelu");
    check_points<TestType>(id, {0.0}, {
        {-kInf, -0.0, 0, 0, 0},  // the limit of weight · x, not -inf · 0
        {-5.0, -0.0, 0, 0, 0},
    });
    check_points<TestType>(id, {-0.5}, {
        {-2.0, 1.0, -0.5, -0.5, -0.5},
        {0.0, -0.0, -0.5, -0.5, 1},
    });
}

TEMPLATE_TEST_CASE("rrelu: evaluation mode uses the mean slope", "[rrelu]", float, double) {
    const auto id = id_of("rrelu");
    SECTION("lower 0.25, upper 0.75: slope 0.5") {
        check_points<TestType>(id, {0.25, 0.75}, {
            {-3.0, -1.5, 0.5, 0.5, 0.5},
            {0.0, 0.0, 0.5, 0.5, 1},
            {-0.0, -0.0, 0.5, 0.5, 1},
            {4.0, 4.0, 1, 1, 1},
            {-kInf, -kInf, 0.5, 0.5, 0.5},
            {kNaN, kNaN, kNaN, kNaN, kNaN},
        });
    }
    SECTION("defaults 1/8 and 1/3: slope 11/48, as leaky_relu with that slope") {
        const ParamValues params = default_params(id);
        const double slope = (1.0 / 8.0 + 1.0 / 3.0) / 2.0;
        const auto leaky = id_of("leaky_relu");
        for (const double x : {-7.5, -1.0, -1e-30, 0.0, 2.0}) {
            const auto t = static_cast<TestType>(x);
            INFO("x = " << x);
            CHECK(same_value(value(id, t, params), value(leaky, t, {slope})));
            CHECK(same_value(derivative(id, t, params), derivative(leaky, t, {slope})));
        }
        CHECK(same_value(derivative(id, TestType(0), params), static_cast<TestType>(slope)));
    }
    SECTION("lower = upper is allowed: a fixed slope") {
        check_points<TestType>(id, {0.3, 0.3}, {{-1.0, static_cast<double>(TestType(-0.3)), 0.3, 0.3, 0.3}});
    }
}

TEMPLATE_TEST_CASE("relu6: corners at 0 and 6 count as outside", "[relu6]", float, double) {
    const auto id = id_of("relu6");
    const double below_six = static_cast<double>(std::nextafter(TestType(6), TestType(0)));
    check_points<TestType>(id, default_params(id), {
        {-1.0, 0.0, 0, 0, 0},
        {0.0, 0.0, 0, 0, 1},   // relu6'(0) = 0 in PyTorch
        {-0.0, 0.0, 0, 0, 1},  // relu6(-0) = +0, as relu
        {3.0, 3.0, 1, 1, 1},
        {below_six, below_six, 1, 1, 1},
        {6.0, 6.0, 0, 1, 0},   // relu6'(6) = 0 in PyTorch
        {7.0, 6.0, 0, 0, 0},
        {kInf, 6.0, 0, 0, 0},
        {-kInf, 0.0, 0, 0, 0},
        {kNaN, kNaN, kNaN, kNaN, kNaN},
    });
}

TEMPLATE_TEST_CASE("hardtanh: clamps at min_val and max_val, corners outside", "[hardtanh]", float, double) {
    const auto id = id_of("hardtanh");
    SECTION("defaults -1 and 1") {
        check_points<TestType>(id, default_params(id), {
            {-2.0, -1.0, 0, 0, 0},
            {-1.0, -1.0, 0, 0, 1},  // hardtanh'(min_val) = 0 in PyTorch
            {-0.0, -0.0, 1, 1, 1},  // the identity piece keeps -0
            {0.5, 0.5, 1, 1, 1},
            {1.0, 1.0, 0, 1, 0},    // hardtanh'(max_val) = 0 in PyTorch
            {2.0, 1.0, 0, 0, 0},
            {kInf, 1.0, 0, 0, 0},
            {-kInf, -1.0, 0, 0, 0},
            {kNaN, kNaN, kNaN, kNaN, kNaN},
        });
    }
    SECTION("other clamps") {
        check_points<TestType>(id, {-2.0, 3.5}, {
            {-3.0, -2.0, 0, 0, 0},
            {-2.0, -2.0, 0, 0, 1},
            {3.5, 3.5, 0, 1, 0},
            {1e30, 3.5, 0, 0, 0},
        });
    }
}

TEST_CASE("hardtanh: float inputs meet the clamp's exact double value", "[hardtanh]") {
    const auto id = id_of("hardtanh");
    const ParamValues params = {0.1, 1.0};
    // 0.1f is just above 0.1, so it is inside: the identity, slope 1.
    CHECK(same_value(value(id, 0.1f, params), 0.1f));
    CHECK(same_value(derivative(id, 0.1f, params, KinkConvention::left), 1.0f));
    // Below, the clamp is 0.1 rounded to float.
    CHECK(same_value(value(id, -5.0f, params), 0.1f));
    CHECK(same_value(value(id, 0.0999f, params), 0.1f));
}

TEMPLATE_TEST_CASE("threshold: x above threshold passes, else value", "[threshold]", float, double) {
    const auto id = id_of("threshold");
    SECTION("defaults threshold 1, value 0") {
        check_points<TestType>(id, default_params(id), {
            {2.0, 2.0, 1, 1, 1},
            {1.0, 0.0, 0, 0, 1},  // at the threshold: value, and f' = 0 as in PyTorch
            {0.5, 0.0, 0, 0, 0},
            {-0.0, 0.0, 0, 0, 0},
            {kInf, kInf, 1, 1, 1},
            {-kInf, 0.0, 0, 0, 0},
            {kNaN, kNaN, kNaN, kNaN, kNaN},
        });
    }
    SECTION("a jump: threshold 0.5, value -3") {
        check_points<TestType>(id, {0.5, -3.0}, {
            {0.5, -3.0, 0, 0, 1},
            {0.75, 0.75, 1, 1, 1},
            {-10.0, -3.0, 0, 0, 0},
        });
    }
}

TEST_CASE("breakpoints: the rectifiers' kinks and the clamps' corners", "[breakpoints]") {
    auto check = [](const char* name, const ParamValues& params, std::initializer_list<double> expected) {
        INFO(name);
        const auto points = breakpoints(id_of(name), params);
        REQUIRE(points.count == expected.size());
        std::size_t i = 0;
        for (const double x : expected) CHECK(points.x[i++] == x);
    };
    for (const char* name : {"relu", "leaky_relu", "prelu", "rrelu"}) {
        check(name, default_params(id_of(name)), {0.0});
    }
    check("relu6", {}, {0.0, 6.0});
    check("hardtanh", default_params(id_of("hardtanh")), {-1.0, 1.0});
    check("hardtanh", {-2.0, 3.5}, {-2.0, 3.5});
    check("threshold", {0.25, 7.0}, {0.25});
}
