// The lab's generator: its logarithm against libm's, its normal draws'
// moments, and pinned outputs, which every build (native, scalar WASM, SIMD
// WASM) must reproduce bit for bit.
#include <catch.hpp>

#include <cmath>
#include <cstdint>

#include "activations/lab/random.hpp"
#include "test_support.hpp"

using activations::lab::Random;
using activations::lab::portable_log;
using test_support::ulp_distance;

TEST_CASE("portable_log is within 2 ulp of libm's log", "[lab][random]") {
    Random random(7);
    std::uint64_t worst = 0;
    for (int i = 0; i < 200000; ++i) {
        // Magnitudes across the whole exponent range, subnormals included.
        const double x = std::ldexp(1 + random.uniform(), static_cast<int>(random.below(2100)) - 1074);
        if (x == 0 || std::isinf(x)) continue;
        worst = std::max(worst, ulp_distance(portable_log(x), std::log(x)));
    }
    for (double x : {1.0, 2.0, 0.5, 1e-300, 4.9e-324, 1.7976931348623157e308, 0.9999999999999999, 1.0000000000000002}) {
        INFO("x = " << x);
        CHECK(ulp_distance(portable_log(x), std::log(x)) <= 2);
    }
    CHECK(worst <= 2);
    CHECK(portable_log(1.0) == 0.0);
}

TEST_CASE("uniform and normal draws have the right moments", "[lab][random]") {
    Random random(2024, 3);
    const int n = 400000;
    double sum = 0, square = 0, normal_sum = 0, normal_square = 0, fourth = 0;
    for (int i = 0; i < n; ++i) {
        const double u = random.uniform();
        REQUIRE(u >= 0);
        REQUIRE(u < 1);
        sum += u;
        square += u * u;
        const double z = random.normal();
        normal_sum += z;
        normal_square += z * z;
        fourth += z * z * z * z;
    }
    // Standard errors: uniform mean 0.00046, normal mean 0.0016, variance
    // 0.0022, fourth moment 0.017; the bounds are about five of them.
    CHECK(std::fabs(sum / n - 0.5) < 0.0025);
    CHECK(std::fabs(square / n - 1.0 / 3) < 0.0025);
    CHECK(std::fabs(normal_sum / n) < 0.008);
    CHECK(std::fabs(normal_square / n - 1) < 0.011);
    CHECK(std::fabs(fourth / n - 3) < 0.09);
}

TEST_CASE("streams are independent and reproducible", "[lab][random]") {
    Random a(1, 0), b(1, 0), c(1, 1), d(2, 0);
    for (int i = 0; i < 10; ++i) {
        const auto bits = a.next_bits();
        CHECK(bits == b.next_bits());
        CHECK(bits != c.next_bits());
        CHECK(bits != d.next_bits());
    }
}

TEST_CASE("pinned draws: the same in every build", "[lab][random]") {
    Random random(1, 0);
    CHECK(random.next_bits() == 0xBAA24E21D05C2935ull);
    CHECK(random.next_bits() == 0x19AC350577648864ull);
    Random normals(42, 5);
    double values[4];
    for (double& value : values) value = normals.normal();
    CHECK(values[0] == -0x1.f743e0e91a19ap-1);
    CHECK(values[1] == 0x1.5ae82e7ea6baap-2);
    CHECK(values[2] == 0x1.68c5795c27c5ep-3);
    CHECK(values[3] == 0x1.14cd7265d939dp+1);
    CHECK(portable_log(0.3) == -0x1.34378fcbda721p+0);
}

TEST_CASE("portable sin and cos are within 2 ulp of libm's on [0, 2π]", "[lab][random]") {
    Random random(17);
    std::uint64_t worst = 0;
    for (int i = 0; i < 200000; ++i) {
        const double x = random.uniform(0, 6.283185307179586);
        // Near a zero of the function an ulp of the result is tiny; compare
        // there with an absolute bound of 2^−53 instead.
        const double s = activations::lab::portable_sin(x), c = activations::lab::portable_cos(x);
        if (std::fabs(std::sin(x)) > 0x1p-4) worst = std::max(worst, ulp_distance(s, std::sin(x)));
        else CHECK(std::fabs(s - std::sin(x)) <= 0x1p-56);
        if (std::fabs(std::cos(x)) > 0x1p-4) worst = std::max(worst, ulp_distance(c, std::cos(x)));
        else CHECK(std::fabs(c - std::cos(x)) <= 0x1p-56);
    }
    CHECK(worst <= 2);
    CHECK(activations::lab::portable_sin(0.0) == 0.0);
    CHECK(activations::lab::portable_cos(0.0) == 1.0);
}
