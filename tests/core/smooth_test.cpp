// GELU (exact and tanh), SiLU, Mish and softplus: values known in closed
// form, the limits at ±inf, the sign of zero, the tails that must keep
// their relative precision, and softplus's cut-off.
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

// gelu's approximate parameter is the index of its choice.
const ParamValues kExact = {0.0};
const ParamValues kTanh = {1.0};

// Within 4 ulps for gelu and mish (several transcendental steps), 2 else.
constexpr std::uint64_t kGatedUlps = 4;
constexpr std::uint64_t kUlps = 2;

}  // namespace

TEMPLATE_TEST_CASE("gelu: exact form", "[gelu]", float, double) {
    const auto id = id_of("gelu");
    check_points<TestType>(id, kExact, {
        smooth(0.0, 0.0, 0.5),
        smooth(-0.0, -0.0, 0.5),  // gelu(-0) = -0 · Φ(0)
        smooth(kInf, kInf, 1),
        smooth(-kInf, -0.0, -0.0),  // both tend to 0 from below
        smooth(kNaN, kNaN, kNaN),
        smooth(-50.0, -0.0, -0.0),
    });
    // Φ(1) and φ(1) from their definitions, to 17 digits.
    check_points<TestType>(id, kExact, {
        smooth(1.0, 0.8413447460685429, 1.0833154705876864),
        smooth(-1.0, -0.15865525393145705, -0.0833154705876863),
        smooth(-10.0, -7.619853024160526e-23, -7.618400096464814e-22),  // relative accuracy in the tail
    }, kGatedUlps);
}

TEMPLATE_TEST_CASE("gelu: tanh approximation", "[gelu]", float, double) {
    const auto id = id_of("gelu");
    check_points<TestType>(id, kTanh, {
        smooth(0.0, 0.0, 0.5),
        smooth(-0.0, -0.0, 0.5),
        smooth(kInf, kInf, 1),
        smooth(-kInf, -0.0, -0.0),
        smooth(kNaN, kNaN, kNaN),
    });
    check_points<TestType>(id, kTanh, {
        smooth(1.0, 0.8411919906082767, 1.0829640838457826),
        smooth(-1.0, -0.1588080093917233, -0.08296408384578255),
        smooth(-10.0, -1.204092348209806e-37, -2.7576380638540315e-36),
    }, kGatedUlps);
}

TEST_CASE("gelu: no overflow and no spurious NaN at the ends of double", "[gelu]") {
    const auto id = id_of("gelu");
    for (const ParamValues& params : {kExact, kTanh}) {
        CHECK(same_value(value(id, 1e308, params), 1e308));
        CHECK(same_value(value(id, -1e308, params), -0.0));
        CHECK(same_value(derivative(id, 1e308, params), 1.0));
        CHECK(same_value(derivative(id, -1e308, params), -0.0));
        CHECK(same_value(value(id, 3.4e38, params), 3.4e38));
        CHECK(same_value(value(id, -3.4e38f, params), -0.0f));
    }
    // Deep in the tail the exact form stays relatively accurate, down to
    // where it leaves the normal doubles (|gelu(-38)| ≈ 1.1e-314, a subnormal).
    CHECK(ulp_distance(value(id, -30.0, kExact), -1.472014178144456e-196) <= kGatedUlps);
    CHECK(ulp_distance(value(id, -20.0, kExact), -5.507248237212468e-88) <= kGatedUlps);
}

TEST_CASE("gelu: the approximate choice selects the form", "[gelu]") {
    const auto id = id_of("gelu");
    CHECK(default_params(id)[0] == 0.0);  // "none"
    CHECK(value(id, 1.0, kExact) != value(id, 1.0, kTanh));
}

TEMPLATE_TEST_CASE("silu: x · σ(x)", "[silu]", float, double) {
    const auto id = id_of("silu");
    check_points<TestType>(id, {}, {
        smooth(0.0, 0.0, 0.5),
        smooth(-0.0, -0.0, 0.5),
        smooth(kInf, kInf, 1),
        smooth(-kInf, -0.0, -0.0),
        smooth(kNaN, kNaN, kNaN),
        smooth(-800.0, -0.0, -0.0),
    });
    // σ(ln 3) = 3/4: silu = (3/4)·ln 3, silu' = (3/4)·(1 + ln 3 / 4).
    check_points<TestType>(id, {}, {smooth(kLn3, 0.8239592165010823, 0.9559898041252706)}, kUlps);
}

TEST_CASE("silu: the ends of double", "[silu]") {
    const auto id = id_of("silu");
    CHECK(same_value(value(id, 1e308, {}), 1e308));
    CHECK(same_value(derivative(id, 1e308, {}), 1.0));
    CHECK(same_value(value(id, -1e308, {}), -0.0));
    CHECK(same_value(derivative(id, -1e308, {}), -0.0));
    // -40·e^-40 / (1 + e^-40): the tail keeps its relative precision.
    CHECK(ulp_distance(value(id, -40.0, {}), -1.6993417021166355e-16) <= kUlps);
}

TEMPLATE_TEST_CASE("mish: x · tanh(softplus(x))", "[mish]", float, double) {
    const auto id = id_of("mish");
    check_points<TestType>(id, {}, {
        smooth(-0.0, -0.0, 0.6),  // mish'(0) = tanh(ln 2) = 3/5
        smooth(kInf, kInf, 1),
        smooth(-kInf, -0.0, -0.0),
        smooth(kNaN, kNaN, kNaN),
        smooth(-800.0, -0.0, -0.0),
    });
    // At ln 3, 1 + e^x = 4 and tanh(ln 4) = 15/17.
    check_points<TestType>(id, {}, {
        smooth(0.0, 0.0, 0.6),
        smooth(kLn3, 0.9693637841189203, 1.064821418187091),
    }, kGatedUlps);
}

TEST_CASE("mish: the ends of double", "[mish]") {
    const auto id = id_of("mish");
    CHECK(same_value(value(id, 1e308, {}), 1e308));
    CHECK(same_value(derivative(id, 1e308, {}), 1.0));
    CHECK(same_value(value(id, -1e308, {}), -0.0));
    CHECK(same_value(derivative(id, -1.7976931348623157e308, {}), -0.0));
}

TEMPLATE_TEST_CASE("softplus: beta 1, threshold 20", "[softplus]", float, double) {
    const auto id = id_of("softplus");
    const ParamValues params = default_params(id);
    check_points<TestType>(id, params, {
        smooth(30.0, 30.0, 1),  // beyond the cut-off: the identity
        smooth(kInf, kInf, 1),
        smooth(-kInf, 0.0, 0.0),
        smooth(kNaN, kNaN, kNaN),
        smooth(-800.0, 0.0, 0.0),
    });
    check_points<TestType>(id, params, {
        smooth(0.0, kLn2, 0.5),
        smooth(-0.0, kLn2, 0.5),
        smooth(kLn3, 2 * kLn2, 0.75),  // ln(1 + 3) and σ(ln 3)
        smooth(-kLn3, 0.2876820724517809, 0.25),
        // At the cut-off x = 20 itself: still ln(1 + e^20), and f' = σ(20) as
        // PyTorch (beta·x > threshold is false), the left value; right 1.
        {20.0, 20.000000002061153, 0.9999999979388464, 0.9999999979388464, 1},
    }, kUlps);
}

TEST_CASE("softplus: tails and other parameters", "[softplus]") {
    const auto id = id_of("softplus");
    CHECK(ulp_distance(value(id, -700.0, {1.0, 20.0}), 9.85967654375977e-305) <= kUlps);
    CHECK(same_value(value(id, -1e308, {1.0, 20.0}), 0.0));
    CHECK(same_value(value(id, 1e308, {1.0, 20.0}), 1e308));
    // beta 2: the cut-off moves to 20 / 2 = 10.
    CHECK(ulp_distance(value(id, 10.0, {2.0, 20.0}), 10.000000001030577) <= kUlps);
    CHECK(same_value(value(id, 10.5, {2.0, 20.0}), 10.5));
    CHECK(same_value(derivative(id, 10.0, {2.0, 20.0}, KinkConvention::right), 1.0));
    CHECK(ulp_distance(value(id, 0.0, {0.5, 20.0}), 2 * kLn2) <= kUlps);
    // A huge threshold: no cut-off in reach, and still no overflow.
    CHECK(same_value(value(id, 1e300, {1.0, 1e306}), 1e300));
    CHECK(same_value(derivative(id, 1e300, {1.0, 1e306}), 1.0));
}

TEST_CASE("breakpoints: none for the smooth gates, softplus's cut-off", "[breakpoints]") {
    for (const char* name : {"gelu", "silu", "mish"}) {
        INFO(name);
        CHECK(breakpoints(id_of(name), default_params(id_of(name))).count == 0);
    }
    const auto cut = breakpoints(id_of("softplus"), {4.0, 20.0});
    REQUIRE(cut.count == 1);
    CHECK(cut.x[0] == 5.0);
}
