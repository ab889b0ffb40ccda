// f″ of every registry entry against its high-precision reference data
// (tests/core/reference/second_derivative/<name>.tsv, written by
// tests/reference/make_second_derivative_reference.py): each kink
// convention, in double and in float, for every parameter set and input of
// the file. The loop is over the registry, so an entry without reference
// data fails. A table of the worst error in ulps per function is printed.
#include <catch.hpp>

#include <cmath>
#include <cstdint>
#include <iostream>
#include <limits>
#include <optional>
#include <string>
#include <string_view>

#include "activations/activations.hpp"
#include "activations/second_derivative.hpp"
#include "reference_table.hpp"
#include "test_support.hpp"

using namespace activations;
using test_support::ulp_distance;

namespace {

// The bound and the floors near the zeros of f″ are registry data
// (SecondDerivativeSpec: each Type's second_derivative_spec), read here.
// f″ is a product of two or three factors, each from an exponential (a
// last-place error of its own) and double-double arithmetic: a few ulps in
// all, 8 allowed. In float the floors' absolute errors scale with the ratio
// of the two epsilons.
template <class T>
std::optional<T> floor_at(ActivationId id, const ParamValues& params, T x) {
    for (const auto& f : second_derivative_spec(id).floors()) {
        double zero = f.zero, half_width = f.half_width;
        if (f.zero_param >= 0) {
            const double divisor = params[static_cast<std::size_t>(f.zero_param)];
            if (divisor == 0) continue;
            zero /= divisor, half_width /= std::fabs(divisor);
        }
        if (std::fabs(static_cast<double>(x) - zero) > half_width) continue;
        double floor = f.absolute;
        if (f.scale_param >= 0) floor *= std::pow(std::fabs(params[static_cast<std::size_t>(f.scale_param)]), f.scale_power);
        if constexpr (std::is_same_v<T, float>) {
            floor *= static_cast<double>(std::numeric_limits<float>::epsilon()) / std::numeric_limits<double>::epsilon();
        }
        return static_cast<T>(floor);
    }
    return std::nullopt;
}

struct Worst {
    std::uint64_t ulps = 0;
    std::size_t floored = 0;
    std::size_t checked = 0;
    std::size_t failures = 0;
};

constexpr KinkConvention kConventions[] = {KinkConvention::pytorch, KinkConvention::left, KinkConvention::right};
constexpr const char* kConventionNames[] = {"pytorch", "left", "right"};

template <class T>
void check_block(std::string_view name, ActivationId id, const reference_table::Block& block,
                 const ParamValues& params, Worst& worst) {
    using reference_table::parse_number;
    using reference_table::show;
    for (const auto& row : block.rows) {
        const T x = parse_number<T>(row[0]);
        const T at = parse_number<T>(row[1]);
        for (std::size_t c = 0; c < 3; ++c) {
            const std::string& text = row[1 + c];
            const T expected = text == "=" ? at : parse_number<T>(text);
            const T got = second_derivative(id, x, params, kConventions[c]);
            const std::uint64_t bound = second_derivative_spec(id).ulps;
            ++worst.checked;
            const std::uint64_t distance = ulp_distance(got, expected);
            bool ok;
            bool by_floor = false;
            if (std::isnan(expected) || std::isnan(got)) {
                ok = std::isnan(expected) && std::isnan(got);
            } else {
                ok = distance <= bound;
                const auto floor = floor_at(id, params, x);
                if (!ok && floor && std::fabs(got - expected) <= *floor) ok = by_floor = true;
            }
            if (by_floor) {
                ++worst.floored;
            } else if (!std::isnan(expected)) {
                worst.ulps = std::max(worst.ulps, distance);
            }
            if (!ok && ++worst.failures <= 8) {
                FAIL_CHECK(std::string(name) << " f'' (" << kConventionNames[c] << ") "
                           << reference_table::describe_params(block) << " " << block.type << " at x = " << show(x)
                           << ": expected " << show(expected) << ", got " << show(got) << ", " << distance
                           << " ulp");
            }
        }
    }
}

}  // namespace

TEST_CASE("second derivative: every activation against its reference data", "[second_derivative][reference]") {
    std::string table;
    for (std::size_t i = 0; i < kActivationCount; ++i) {
        const auto id = static_cast<ActivationId>(i);
        const auto& spec = spec_of(id);
        const std::string name(spec.name);
        INFO(name);
        std::vector<reference_table::Block> blocks;
        std::string error;
        if (!reference_table::read(reference_table::path_of("second_derivative", name), "x", blocks, error)) {
            FAIL_CHECK(error);
            continue;
        }
        Worst in_double, in_float;
        for (const auto& block : blocks) {
            ParamValues params;
            if (!reference_table::map_params(spec, block, params, error)) {
                FAIL_CHECK(error);
                continue;
            }
            if (block.type == "double") {
                check_block<double>(name, id, block, params, in_double);
            } else {
                check_block<float>(name, id, block, params, in_float);
            }
        }
        CHECK(in_double.checked > 0);
        CHECK(in_float.checked > 0);
        char line[160];
        std::snprintf(line, sizeof line, "  %-12s double %2llu ulp (%zu by floor)   float %2llu ulp (%zu by floor)\n",
                      name.c_str(), static_cast<unsigned long long>(in_double.ulps), in_double.floored,
                      static_cast<unsigned long long>(in_float.ulps), in_float.floored);
        table += line;
    }
    std::cout << "f'' against the references: worst error in ulps (bounds: registry data, 8 ulp throughout)\n" << table;
}

TEST_CASE("second derivative: the registry states f'' and its breakpoints for every activation",
          "[second_derivative][registry]") {
    for (std::size_t i = 0; i < kActivationCount; ++i) {
        const auto id = static_cast<ActivationId>(i);
        INFO(spec_of(id).name);
        CHECK_FALSE(second_derivative_spec(id).formula.empty());
        CHECK_FALSE(second_derivative_spec(id).at_breakpoints.empty());
        CHECK(second_derivative_spec(id).ulps <= 8);
        // At every breakpoint of f, f″ is a number by convention (PyTorch's
        // double-backward value, 0 but for xielu's tie at eps) with finite
        // one-sided limits, never NaN or a spike.
        const auto points = breakpoints(id, default_params(id));
        for (std::size_t k = 0; k < points.count; ++k) {
            CHECK(std::isfinite(second_derivative(id, points.x[k], default_params(id))));
            CHECK(std::isfinite(second_derivative(id, points.x[k], default_params(id), KinkConvention::left)));
            CHECK(std::isfinite(second_derivative(id, points.x[k], default_params(id), KinkConvention::right)));
        }
    }
}
