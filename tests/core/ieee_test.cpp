// IEEE edges for every activation in the registry, with its default
// parameters: NaN in gives NaN out, for f and every kink convention of f';
// no other finite input, the largest and smallest values included, gives
// NaN; ±inf give the limits where the registry says f and f' have them
// (spec.edges) and NaN where they oscillate; and f' stays finite for finite
// inputs where the registry says it is bounded.
#include <catch.hpp>
#include <cmath>
#include <limits>
#include <vector>

#include "activations/activations.hpp"

using namespace activations;

namespace {

constexpr KinkConvention kKinks[] = {KinkConvention::pytorch, KinkConvention::left, KinkConvention::right};

template <class T>
std::vector<T> edge_inputs() {
    using L = std::numeric_limits<T>;
    std::vector<T> values;
    for (const T magnitude : {T(0), L::denorm_min(), L::min(), T(1e-30), T(1e-8), T(0.5), T(1), T(3), T(6),
                              T(20), T(88), T(89), T(100), T(700), T(710), T(1e10), T(3.4e38),
                              L::max(), L::infinity()}) {
        values.push_back(magnitude);
        values.push_back(-magnitude);
    }
    return values;
}

}  // namespace

TEMPLATE_TEST_CASE("ieee: NaN in, NaN out; no NaN from anything else", "[ieee]", float, double) {
    const TestType nan = std::numeric_limits<TestType>::quiet_NaN();
    for (const auto& spec : registry()) {
        const auto id = *find_activation(spec.name);
        const ParamValues params = default_params(id);
        INFO(spec.name);
        CHECK(std::isnan(value(id, nan, params)));
        for (const auto kink : kKinks) CHECK(std::isnan(derivative(id, nan, params, kink)));
        for (const TestType x : edge_inputs<TestType>()) {
            INFO("x = " << x);
            const bool infinite = std::isinf(x);
            const EdgeBehaviour& edges = spec.edges;
            if (infinite && !edges.value_limits) {
                CHECK(std::isnan(value(id, x, params)));
            } else {
                CHECK_FALSE(std::isnan(value(id, x, params)));
            }
            for (const auto kink : kKinks) {
                const TestType slope = derivative(id, x, params, kink);
                if (infinite && !edges.derivative_limits) {
                    CHECK(std::isnan(slope));
                } else if (!edges.derivative_bounded) {
                    CHECK_FALSE(std::isnan(slope));
                } else {
                    CHECK(std::isfinite(slope));
                }
            }
        }
    }
}
