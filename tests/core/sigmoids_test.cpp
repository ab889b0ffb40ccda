// sigmoid, tanh, hardsigmoid, hardswish, softsign, logsigmoid and
// tanhshrink: the corners of the hard ones under each convention, the limits
// at ±inf, the sign of zero, the tails and the small-x forms that must not
// cancel, and values known in closed form.
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
constexpr double kLn3 = 1.0986122886681098;
constexpr double kSixth = 1.0 / 6.0;
constexpr std::uint64_t kUlps = 2;

}  // namespace

TEMPLATE_TEST_CASE("sigmoid: σ(x) = 1 / (1 + e^-x)", "[sigmoid]", float, double) {
    const auto id = id_of("sigmoid");
    check_points<TestType>(id, {}, {
        smooth(0.0, 0.5, 0.25),
        smooth(-0.0, 0.5, 0.25),
        smooth(kInf, 1, 0),
        smooth(-kInf, 0, 0),
        smooth(kNaN, kNaN, kNaN),
        smooth(800.0, 1, 0),
    });
    check_points<TestType>(id, {}, {
        smooth(kLn3, 0.75, 0.1875),  // σ(ln 3) = 3/4
        smooth(-kLn3, 0.25, 0.1875),
        smooth(-40.0, 4.248354255291589e-18, 4.248354255291589e-18),  // the tail, not 1 − σ(40) = 0
    }, kUlps);
}

TEST_CASE("sigmoid: the subnormal tail", "[sigmoid]") {
    const auto id = id_of("sigmoid");
    CHECK(same_value(value(id, -745.0, {}), 5e-324));
    CHECK(same_value(value(id, -1e308, {}), 0.0));
    CHECK(same_value(value(id, 1e308, {}), 1.0));
}

TEMPLATE_TEST_CASE("tanh", "[tanh]", float, double) {
    const auto id = id_of("tanh");
    check_points<TestType>(id, {}, {
        smooth(0.0, 0.0, 1),
        smooth(-0.0, -0.0, 1),
        smooth(kInf, 1, 0),
        smooth(-kInf, -1, 0),
        smooth(kNaN, kNaN, kNaN),
        smooth(1e-30, 1e-30, 1),
    });
    check_points<TestType>(id, {}, {
        smooth(kLn2, 0.6, 0.64),  // tanh(ln 2) = 3/5
        smooth(-kLn2, -0.6, 0.64),
        smooth(20.0, 1, 1.6993417021166355e-17),  // sech²(20), not 1 − tanh²(20) = 0
    }, kUlps);
}

TEMPLATE_TEST_CASE("hardsigmoid: corners at ±3 count as outside", "[hardsigmoid]", float, double) {
    const auto id = id_of("hardsigmoid");
    check_points<TestType>(id, {}, {
        {-4.0, 0, 0, 0, 0},
        {-3.0, 0, 0, 0, kSixth},  // hardsigmoid'(−3) = 0 in PyTorch
        {-1.5, 0.25, kSixth, kSixth, kSixth},
        {-0.0, 0.5, kSixth, kSixth, kSixth},
        {0.0, 0.5, kSixth, kSixth, kSixth},
        {1.5, 0.75, kSixth, kSixth, kSixth},
        {3.0, 1, 0, kSixth, 0},  // hardsigmoid'(3) = 0 in PyTorch
        {4.0, 1, 0, 0, 0},
        {kInf, 1, 0, 0, 0},
        {-kInf, 0, 0, 0, 0},
        {kNaN, kNaN, kNaN, kNaN, kNaN},
    });
}

TEST_CASE("hardsigmoid: f' is 1/6 rounded once in each type", "[hardsigmoid]") {
    const auto id = id_of("hardsigmoid");
    CHECK(same_value(derivative(id, 1.0, {}), 1.0 / 6.0));  // not the float value of 1/6
    CHECK(same_value(derivative(id, 1.0f, {}), 1.0f / 6.0f));
    // Near −3 the result is tiny and exact: (x + 3) / 6 does not cancel.
    CHECK(same_value(value(id, -3.0 + 0x1p-40, {}), 0x1p-40 / 6));
}

TEMPLATE_TEST_CASE("hardswish: PyTorch's CPU kernel at the corners", "[hardswish]", float, double) {
    const auto id = id_of("hardswish");
    check_points<TestType>(id, {}, {
        {-4.0, 0, 0, 0, 0},
        {-3.0, 0, -0.5, 0, -0.5},  // hardswish'(−3) = −0.5: the right limit
        {-1.5, -0.375, 0, 0, 0},   // the minimum: (2x + 3)/6 = 0
        {-0.0, -0.0, 0.5, 0.5, 0.5},
        {0.0, 0.0, 0.5, 0.5, 0.5},
        {1.5, 1.125, 1, 1, 1},
        {3.0, 3, 1.5, 1.5, 1},     // hardswish'(3) = 1.5: the left limit
        {4.0, 4, 1, 1, 1},
        {kInf, kInf, 1, 1, 1},
        {-kInf, 0, 0, 0, 0},
        {kNaN, kNaN, kNaN, kNaN, kNaN},
    });
}

TEMPLATE_TEST_CASE("softsign: x / (1 + |x|)", "[softsign]", float, double) {
    const auto id = id_of("softsign");
    check_points<TestType>(id, {}, {
        smooth(0.0, 0.0, 1),  // f' is continuous at 0: every convention gives 1
        smooth(-0.0, -0.0, 1),
        smooth(1.0, 0.5, 0.25),
        smooth(-1.0, -0.5, 0.25),
        smooth(3.0, 0.75, 0.0625),
        smooth(0.5, 1.0 / 3.0, 4.0 / 9.0),
        smooth(1e-30, 1e-30, 1),
        smooth(kInf, 1, 0),
        smooth(-kInf, -1, 0),
        smooth(kNaN, kNaN, kNaN),
    }, 1);
}

TEST_CASE("softsign: the ends of double", "[softsign]") {
    const auto id = id_of("softsign");
    CHECK(same_value(value(id, 1e308, {}), 1.0));
    CHECK(same_value(value(id, -1.7976931348623157e308, {}), -1.0));
    CHECK(same_value(derivative(id, 1e308, {}), 0.0));
    CHECK(ulp_distance(derivative(id, 1e10, {}), 9.999999998e-21) <= 1);
    // 1/(1 + |x|)² still a subnormal where (1 + |x|)² alone would overflow.
    CHECK(derivative(id, 1e160, {}) > 0.0);
}

TEMPLATE_TEST_CASE("logsigmoid: ln σ(x)", "[logsigmoid]", float, double) {
    const auto id = id_of("logsigmoid");
    check_points<TestType>(id, {}, {
        smooth(kInf, -0.0, 0),  // ln σ(x) → 0 from below
        smooth(-kInf, -kInf, 1),
        smooth(kNaN, kNaN, kNaN),
        smooth(-800.0, -800.0, 1),
    });
    check_points<TestType>(id, {}, {
        smooth(0.0, -kLn2, 0.5),
        smooth(-0.0, -kLn2, 0.5),
        smooth(kLn3, -0.2876820724517809, 0.25),  // ln(3/4)
        smooth(-kLn3, -2 * kLn2, 0.75),           // ln(1/4)
        smooth(40.0, -4.248354255291589e-18, 4.248354255291589e-18),  // −e^−40, not ln(1) = 0
    }, kUlps);
}

TEST_CASE("logsigmoid: the ends of double", "[logsigmoid]") {
    const auto id = id_of("logsigmoid");
    CHECK(same_value(value(id, 1e308, {}), -0.0));
    CHECK(same_value(value(id, -1e308, {}), -1e308));
    CHECK(same_value(derivative(id, -1e308, {}), 1.0));
}

TEMPLATE_TEST_CASE("tanhshrink: x − tanh(x) without cancellation", "[tanhshrink]", float, double) {
    const auto id = id_of("tanhshrink");
    check_points<TestType>(id, {}, {
        smooth(0.0, 0.0, 0),
        smooth(-0.0, -0.0, 0),
        smooth(kInf, kInf, 1),
        smooth(-kInf, -kInf, 1),
        smooth(kNaN, kNaN, kNaN),
    });
    check_points<TestType>(id, {}, {
        smooth(0.5, 0.03788284273999024, 0.2135522670340726),
        smooth(-0.5, -0.03788284273999024, 0.2135522670340726),
        smooth(kLn2, 0.09314718055994531, 0.36),  // ln 2 − 3/5, (3/5)²
        smooth(3.0, 2.0049452463132695, 0.9901339628345598),
        smooth(1e-5, 3.3333333332e-16, 9.999999999333333e-11),  // x³/3: x − tanh(x) would give garbage
    }, kUlps);
}

TEST_CASE("tanhshrink: tiny inputs keep their sign and magnitude", "[tanhshrink]") {
    const auto id = id_of("tanhshrink");
    CHECK(ulp_distance(value(id, -1e-100, {}), -3.3333333333333334e-301) <= kUlps);
    CHECK(same_value(value(id, -1e-200, {}), -0.0));  // x³/3 underflows, keeping x's sign
}

TEST_CASE("breakpoints: the sigmoids", "[breakpoints]") {
    for (const char* name : {"sigmoid", "tanh", "logsigmoid", "tanhshrink"}) {
        INFO(name);
        CHECK(breakpoints(id_of(name), {}).count == 0);
    }
    for (const char* name : {"hardsigmoid", "hardswish"}) {
        INFO(name);
        const auto points = breakpoints(id_of(name), {});
        REQUIRE(points.count == 2);
        CHECK(points.x[0] == -3.0);
        CHECK(points.x[1] == 3.0);
    }
    const auto softsign = breakpoints(id_of("softsign"), {});
    REQUIRE(softsign.count == 1);  // f'' jumps at 0
    CHECK(softsign.x[0] == 0.0);
}
