// Every batch entry point against the scalar reference, for every
// activation in the registry, at every size class a vector loop can get
// wrong (empty, shorter than a vector, exact multiples, one over, long) and
// in place.
#include <catch.hpp>
#include <vector>

#include "activations/activations.hpp"
#include "test_support.hpp"

using namespace activations;
using test_support::ulp_distance;

namespace {

// The portable batch loop runs the scalar code itself, so it must agree
// exactly; a vector kernel would state its own bound here.
constexpr std::uint64_t kBatchUlps = 0;

constexpr std::size_t kSizes[] = {0, 1, 3, 4, 5, 15, 16, 17, 1000};
constexpr KinkConvention kKinks[] = {KinkConvention::pytorch, KinkConvention::left,
                                     KinkConvention::right};

template <class T>
void check_against_scalar(ActivationId id, std::size_t n, bool in_place) {
    const ParamValues params = default_params(id);
    const std::vector<T> input = test_support::sample_inputs<T>(n);

    std::vector<T> out(n);
    if (in_place) out = input;
    apply(id, in_place ? std::span<const T>(out) : std::span<const T>(input), std::span<T>(out), params);
    for (std::size_t i = 0; i < n; ++i) {
        INFO("f at x = " << input[i]);
        CHECK(ulp_distance(out[i], value(id, input[i], params)) <= kBatchUlps);
    }

    for (const auto kink : kKinks) {
        if (in_place) out = input;
        gradient(id, in_place ? std::span<const T>(out) : std::span<const T>(input), std::span<T>(out),
                 params, kink);
        for (std::size_t i = 0; i < n; ++i) {
            INFO("f' at x = " << input[i]);
            CHECK(ulp_distance(out[i], derivative(id, input[i], params, kink)) <= kBatchUlps);
        }
    }
}

}  // namespace

TEMPLATE_TEST_CASE("batch: every activation agrees with its scalar function", "[batch]", float, double) {
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

TEST_CASE("batch: only min(input, output) elements are written", "[batch]") {
    const auto id = *find_activation("relu");
    const std::vector<double> input = {-1.0, 2.0, -3.0};
    std::vector<double> out = {7.0, 7.0};
    apply(id, std::span<const double>(input), std::span<double>(out), default_params(id));
    CHECK(out == std::vector<double>{0.0, 2.0});
}
