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

// The bound, in ulps of the correctly rounded f″, in both types: f″ is a
// product of two or three factors, each from an exponential (a last-place
// error of its own) and double-double arithmetic, so a few ulps in all.
constexpr std::uint64_t kSecondDerivativeUlps = 8;

// The absolute floor near the irrational zeros of f″, as data. There f″ is
// a bracket whose terms cancel (gelu: 2 − x², exact; the tanh form, silu
// and mish: sums of products of σ and tanh), and each term's last-place
// error is an absolute amount that no relative bound can hold as f″ → 0.
// Within `half_width` of the zero an absolute error of `floor` (a few ulps
// of the size of the terms there) is accepted as well. Zeros at exactly
// representable points (0 for the odd sigmoid, tanh, tanhshrink) need no
// floor: the forms keep full relative precision there.
struct Floor {
    std::string_view name;
    double zero;        // where f″ crosses zero
    double half_width;  // the floor applies within this distance of it
    double floor;       // the absolute error accepted there, in double
};

constexpr Floor kSecondDerivativeFloors[] = {
    {"gelu", -1.4185, 0.02, 0x1p-54},  // tanh form; the exact form's zeros ±√2 need none
    {"gelu", 1.4185, 0.02, 0x1p-54},
    {"silu", -2.3994, 0.02, 0x1p-54},
    {"silu", 2.3994, 0.02, 0x1p-54},
    {"mish", -2.2564, 0.02, 0x1p-54},
    {"mish", 1.4906, 0.02, 0x1p-54},
};

template <class T>
std::optional<T> floor_at(std::string_view name, T x) {
    for (const auto& f : kSecondDerivativeFloors) {
        if (f.name == name && std::fabs(static_cast<double>(x) - f.zero) <= f.half_width) {
            // In float the terms' errors are float ulps: the same number of
            // them, scaled by the ratio of the two epsilons.
            if constexpr (std::is_same_v<T, float>) {
                return static_cast<T>(f.floor / std::numeric_limits<double>::epsilon() *
                                      std::numeric_limits<float>::epsilon());
            } else {
                return f.floor;
            }
        }
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
            ++worst.checked;
            const std::uint64_t distance = ulp_distance(got, expected);
            bool ok;
            bool by_floor = false;
            if (std::isnan(expected) || std::isnan(got)) {
                ok = std::isnan(expected) && std::isnan(got);
            } else {
                ok = distance <= kSecondDerivativeUlps;
                const auto floor = floor_at(name, x);
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
    std::cout << "f'' against the references: worst error (bound " << kSecondDerivativeUlps << " ulp)\n" << table;
}

TEST_CASE("second derivative: the registry states f'' and its breakpoints for every activation",
          "[second_derivative][registry]") {
    for (std::size_t i = 0; i < kActivationCount; ++i) {
        const auto id = static_cast<ActivationId>(i);
        INFO(spec_of(id).name);
        CHECK_FALSE(second_derivative_spec(id).formula.empty());
        CHECK_FALSE(second_derivative_spec(id).at_breakpoints.empty());
        // Every breakpoint of f is one where f″ is defined by convention:
        // PyTorch's 0, and finite one-sided limits.
        const auto points = breakpoints(id, default_params(id));
        for (std::size_t k = 0; k < points.count; ++k) {
            CHECK(second_derivative(id, points.x[k], default_params(id)) == 0.0);
            CHECK(std::isfinite(second_derivative(id, points.x[k], default_params(id), KinkConvention::left)));
            CHECK(std::isfinite(second_derivative(id, points.x[k], default_params(id), KinkConvention::right)));
        }
    }
}
