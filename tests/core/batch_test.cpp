// Every batch entry point against the scalar reference, for every
// activation in the registry, at every size class a vector loop can get
// wrong (empty, shorter than a vector, exact multiples, one over, long) and
// in place. The same tests run in every build: with the portable loop
// (native, and the scalar WASM build) and with the simd128 kernels.
#include <catch.hpp>

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "activations/activations.hpp"
#include "test_support.hpp"
// The build's vector kernels: none (portable.cpp) or the simd128 ones.
#include "kernels/vector_kernels.hpp"

using namespace activations;
using test_support::ulp_distance;

namespace {

// ---------------------------------------------------------------------------
// How far apply() may be from the scalar function, in ulps of the scalar
// result.
//
// Where the build has no vector kernel for an activation and type, apply()
// runs the scalar code itself: 0. A kernel carries its own bound, stated
// beside it in core/src/kernels/simd128/kernel_list.inc (0 for the
// compare-and-select piecewise-linear kernels, 1 or 2 for the smooth ones).
// The scalar result itself is within an ulp of the correctly rounded value,
// so a kernel's bound plus one must stay within the registry's bound for
// the type (spec.bounds), which reference_test.cpp checks against the
// high-precision data through the same batch path.

template <class T>
detail::VectorKernel<T> kernel_of(ActivationId id) {
    const detail::VectorKernels kernels = detail::vector_kernels(id);
    if constexpr (std::is_same_v<T, float>) return kernels.f32;
    else return kernels.f64;
}

template <class T>
bool has_kernel(ActivationId id) {
    return kernel_of<T>(id).apply != nullptr;
}

// The bound for apply() on T: the kernel's, or 0 for the scalar loop.
template <class T>
std::uint64_t allowed_ulps(ActivationId id) {
    const detail::VectorKernel<T> kernel = kernel_of<T>(id);
    return kernel.apply == nullptr ? 0 : kernel.ulps;
}

// Within `ulps` of the scalar result, and the same at the edges: NaN only
// for NaN, an infinity only for the same infinity, a zero with the same
// sign.
template <class T>
bool matches(T got, T want, std::uint64_t ulps) {
    if (std::isnan(want) || std::isnan(got)) return std::isnan(want) && std::isnan(got);
    if (std::isinf(want) || std::isinf(got)) return got == want;
    if (want == 0 && got == 0) return std::signbit(want) == std::signbit(got);
    return ulp_distance(got, want) <= ulps;
}

// Every digit and the exact bits, so a one-ulp difference shows.
template <class T>
std::string show(T v) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*g (%a)", std::numeric_limits<T>::max_digits10, static_cast<double>(v),
                  static_cast<double>(v));
    return buffer;
}

// ---------------------------------------------------------------------------
// Inputs: the edges every kernel must get right first (so that from n = 4
// on they sit in full vectors), then the activation's breakpoints with
// their neighbours, then a spread of ordinary values. Edges: NaN, ±inf,
// ±0, subnormals, the normal/subnormal boundary, ±max, ±3.4e38 and ±1e10
// (no overflow), and the tails where a float result turns subnormal
// (exponentials between −87.3 and −103.3; gelu near −14, its tanh form near
// −10) or rounds to its limit (tanh from 9.02, expm1 below −17.3).
template <class T>
std::vector<T> batch_inputs(ActivationId id, const ParamValues& params, std::size_t n) {
    using L = std::numeric_limits<T>;
    std::vector<T> values = {
        T(0), -T(0), L::quiet_NaN(), L::infinity(), -L::infinity(),
        L::denorm_min(), -L::denorm_min(), L::min() / 3, -L::min() / 3, L::min(), -L::min(),
        L::max(), L::lowest(), T(3.4e38), T(-3.4e38), T(1e10), T(-1e10),
        T(100), T(-100), T(88), T(-88), T(89), T(-89),
        T(-87.5), T(-95), T(-103.5), T(-104), T(-110),  // e^x subnormal, then below half the least
        T(20), T(-20), T(-17.4), T(-18), T(9), T(-9.1), T(-10.2), T(-14), T(-14.5),
        T(6), T(-6), T(3), T(-3), T(1e-8), T(-1e-8), T(0.5), T(-0.5), T(1), T(-1),
    };
    const Breakpoints kinks = breakpoints(id, params);
    for (std::size_t k = 0; k < kinks.count; ++k) {
        const double kink = kinks.x[k];
        if (!(std::fabs(kink) <= static_cast<double>(L::max()))) continue;
        const T at = static_cast<T>(kink);
        values.insert(values.end(), {at, std::nextafter(at, -L::infinity()), std::nextafter(at, L::infinity())});
    }
    const std::vector<T> spread = test_support::sample_inputs<T>(n);
    values.insert(values.end(), spread.begin(), spread.end());
    values.resize(n);
    return values;
}

constexpr std::size_t kSizes[] = {0, 1, 3, 4, 5, 15, 16, 17, 1000};
constexpr KinkConvention kKinks[] = {KinkConvention::pytorch, KinkConvention::left,
                                     KinkConvention::right};

template <class T>
void check_against_scalar(ActivationId id, const ParamValues& params, std::size_t n, bool in_place) {
    const std::vector<T> input = batch_inputs<T>(id, params, n);
    const std::uint64_t ulps = allowed_ulps<T>(id);

    std::vector<T> out(n);
    if (in_place) out = input;
    apply(id, in_place ? std::span<const T>(out) : std::span<const T>(input), std::span<T>(out), params);
    for (std::size_t i = 0; i < n; ++i) {
        const T want = value(id, input[i], params);
        INFO("f at x = " << show(input[i]) << ": got " << show(out[i]) << ", want " << show(want) << " (" << ulps
                         << " ulp allowed)");
        CHECK(matches(out[i], want, ulps));
    }

    // gradient() has no vector kernels: it runs the scalar code, exactly.
    for (const auto kink : kKinks) {
        if (in_place) out = input;
        gradient(id, in_place ? std::span<const T>(out) : std::span<const T>(input), std::span<T>(out),
                 params, kink);
        for (std::size_t i = 0; i < n; ++i) {
            INFO("f' at x = " << show(input[i]));
            CHECK(matches(out[i], derivative(id, input[i], params, kink), 0));
        }
    }
}

template <class T>
void check_against_scalar(ActivationId id, std::size_t n, bool in_place) {
    check_against_scalar<T>(id, default_params(id), n, in_place);
}

// Parameter sets beyond the defaults: every preset the registry names (each
// parameter at its preset value, the others at their defaults), and these,
// which take a kernel down another of its paths: slopes of zero (either
// sign), above one and negative, or beyond float's range; clamps and thresholds that float cannot hold; an
// empty dead zone; scales below and above one and negative; a softplus
// beta small enough for the scalar loop; gelu's tanh form.
struct ExtraParams {
    std::string_view name;
    ParamValues params;
};

constexpr ExtraParams kExtraParams[] = {
    {"leaky_relu", {0.0, 0}},     {"leaky_relu", {-0.0, 0}},     {"leaky_relu", {-2.0, 0}},
    {"leaky_relu", {3.0, 0}},     {"leaky_relu", {1.0, 0}},      {"leaky_relu", {1e39, 0}},
    {"prelu", {-0.5, 0}},         {"rrelu", {0.5, 2.5}},         {"hardtanh", {-0.1, 0.3}},
    {"hardtanh", {-1e300, 1e300}}, {"hardtanh", {2.0, 3.0}},     {"threshold", {0.1, -2.0}},
    {"threshold", {-1e-50, 1e40}}, {"softshrink", {0.0, 0}},     {"softshrink", {0.1, 0}},
    {"softshrink", {1e30, 0}},    {"hardshrink", {0.0, 0}},      {"hardshrink", {0.1, 0}},
    {"elu", {0.5, 0}},            {"elu", {2.0, 0}},             {"elu", {-1.0, 0}},
    {"elu", {0.0, 0}},            {"elu", {1e39, 0}},            {"celu", {0.25, 0}},
    {"celu", {3.0, 0}},           {"softplus", {0.5, 20.0}},     {"softplus", {2.0, 10.0}},
    {"softplus", {1.0, -1.0}},    {"softplus", {1e-30, 20.0}},   {"softplus", {30.0, 0.5}},
    {"gelu", {1.0, 0}},
};

// Every preset of every parameter, the other parameters at their defaults.
std::vector<std::pair<ActivationId, ParamValues>> preset_params() {
    std::vector<std::pair<ActivationId, ParamValues>> sets;
    for (const auto& spec : registry()) {
        const ActivationId id = *find_activation(spec.name);
        for (std::size_t p = 0; p < spec.params().size(); ++p) {
            for (const auto& preset : spec.params()[p].presets()) {
                ParamValues values = default_params(id);
                values[p] = preset.value;
                sets.emplace_back(id, values);
            }
        }
    }
    return sets;
}

}  // namespace

TEMPLATE_TEST_CASE("batch: every activation agrees with its scalar function", "[batch]", float, double) {
    INFO("vector kernels: " << detail::vector_kernels_name());
    for (const auto& spec : registry()) {
        const auto id = *find_activation(spec.name);
        for (const std::size_t n : kSizes) {
            for (const bool in_place : {false, true}) {
                INFO(spec.name << ", n = " << n << (in_place ? ", in place" : ""));
                check_against_scalar<TestType>(id, n, in_place);
            }
        }
    }
}


TEMPLATE_TEST_CASE("batch: kernels agree with the scalar function on their other paths", "[batch]", float,
                   double) {
    INFO("vector kernels: " << detail::vector_kernels_name());
    std::vector<std::pair<ActivationId, ParamValues>> sets = preset_params();
    for (const auto& extra : kExtraParams) {
        const auto id = find_activation(extra.name);
        REQUIRE(id.has_value());
        sets.emplace_back(*id, extra.params);
    }
    for (const auto& [id, params] : sets) {
        for (const std::size_t n : {std::size_t{5}, std::size_t{1000}}) {
            for (const bool in_place : {false, true}) {
                INFO(spec_of(id).name << " (" << params[0] << ", " << params[1] << "), n = " << n
                                      << (in_place ? ", in place" : ""));
                check_against_scalar<TestType>(id, params, n, in_place);
            }
        }
    }
}

TEST_CASE("batch: every kernel's bound keeps the product within the registry's bound", "[batch]") {
    INFO("vector kernels: " << detail::vector_kernels_name());
    for (const auto& spec : registry()) {
        INFO(spec.name);
        const ActivationId id = *find_activation(spec.name);
        // The kernel's distance from the scalar result, plus the scalar
        // result's own ulp, within what the registry promises.
        if (has_kernel<float>(id)) CHECK(allowed_ulps<float>(id) + 1 <= spec.bounds.float_ulps.value);
        if (has_kernel<double>(id)) CHECK(allowed_ulps<double>(id) + 1 <= spec.bounds.double_ulps.value);
    }
}

TEST_CASE("batch: only min(input, output) elements are written", "[batch]") {
    const auto id = *find_activation("relu");
    const std::vector<double> input = {-1.0, 2.0, -3.0};
    std::vector<double> out = {7.0, 7.0};
    apply(id, std::span<const double>(input), std::span<double>(out), default_params(id));
    CHECK(out == std::vector<double>{0.0, 2.0});
}
