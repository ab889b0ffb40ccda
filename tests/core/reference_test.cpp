// Every registry entry against its high-precision reference data
// (tests/core/reference/<name>.tsv, written by
// tests/reference/make_reference.py): f and f' with each kink convention,
// in double and in float, for every parameter set and input of the file,
// and f once more through the batch path, apply() over the block's inputs
// at once, so the build's vector kernels (if any) meet the same bound at
// the same edge values, in full vectors.
// The loop is over the registry, so an entry without reference data fails.
// At the end a table of the worst error in ulps per function is printed.
#include <catch.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <limits>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "activations/activations.hpp"
#include "reference_table.hpp"
#include "test_support.hpp"
// The build's vector kernels, named in the report.
#include "kernels/vector_kernels.hpp"

#ifndef ACTIVATIONS_REFERENCE_DIR
#error "ACTIVATIONS_REFERENCE_DIR must name the directory holding the reference data"
#endif

using namespace activations;
using test_support::ulp_distance;

namespace {

// ---------------------------------------------------------------------------
// Tolerances: the registry's error bounds (spec.bounds, spec.hpp), in ulps
// of the correctly rounded reference value, per type; and near an interior
// zero of f' (gelu', silu', mish'), an absolute floor within a window, as
// the registry states it. The README's table quotes the same numbers.

template <class T>
const UlpBound& ulp_bound(const ActivationSpec& spec) {
    if constexpr (std::is_same_v<T, float>) return spec.bounds.float_ulps;
    else return spec.bounds.double_ulps;
}

template <class T>
std::optional<T> derivative_floor(const ActivationSpec& spec, T x) {
    for (const auto& floor : spec.bounds.derivative_floors()) {
        const double distance = std::fabs(static_cast<double>(x) - floor.zero);
        if (distance >= floor.from_distance && distance <= floor.half_width) {
            return static_cast<T>(floor.epsilons * std::numeric_limits<T>::epsilon());
        }
    }
    return std::nullopt;
}

// ---------------------------------------------------------------------------
// The data files.

using reference_table::Block;
using reference_table::describe_params;
using reference_table::map_params;
using reference_table::parse_number;
using reference_table::show;

std::string reference_path(std::string_view name) {
    return std::string(ACTIVATIONS_REFERENCE_DIR) + "/" + std::string(name) + ".tsv";
}

// The shared reader, then this table's shape: each block typed double or
// float, with the columns x, f, df_pytorch, df_left, df_right.
bool read_blocks(const std::string& path, std::vector<Block>& blocks, std::string& error) {
    if (!reference_table::read(path, "x", blocks, error)) return false;
    for (const Block& block : blocks) {
        const std::string where = path + ":" + std::to_string(block.line);
        if (block.type != "double" && block.type != "float") {
            error = where + ": expected a type line, double or float";
            return false;
        }
        if (block.columns.size() != 5) {
            error = where + ": expected 5 columns (x, f, df_pytorch, df_left, df_right)";
            return false;
        }
    }
    return true;
}

// ---------------------------------------------------------------------------
// Comparison and the worst-error table.

// The worst error seen for one quantity (f or f') in one type.
struct Worst {
    std::uint64_t ulps = 0;       // over rows judged in ulps
    std::size_t floored = 0;      // rows accepted by the absolute floor only
    std::size_t checked = 0;
    std::size_t failures = 0;
};

struct FunctionReport {
    std::string name;
    Worst f_double, df_double, f_float, df_float;
    Worst batch_double, batch_float;  // f through apply()
};

constexpr std::size_t kDetailedFailures = 8;  // per function and quantity

constexpr KinkConvention kConventions[] = {KinkConvention::pytorch, KinkConvention::left,
                                           KinkConvention::right};
constexpr const char* kConventionNames[] = {"pytorch", "left", "right"};

// One comparison. NaN matches only NaN; an infinity only the same infinity;
// otherwise within `ulps`, or within the absolute floor where one applies.
// For f, a zero must also carry the reference's sign.
template <class T>
void compare(const std::string& where, T x, T expected, T got, std::uint64_t ulps,
             std::optional<T> floor, bool check_zero_sign, Worst& worst) {
    ++worst.checked;
    bool ok;
    const std::uint64_t distance = ulp_distance(got, expected);
    bool by_floor = false;
    bool zero_sign = false;
    if (std::isnan(expected) || std::isnan(got)) {
        ok = std::isnan(expected) && std::isnan(got);
    } else if (std::isinf(expected) || std::isinf(got)) {
        ok = got == expected;
    } else {
        ok = distance <= ulps;
        if (!ok && floor && std::fabs(got - expected) <= *floor) ok = by_floor = true;
        if (ok && check_zero_sign && expected == 0 && got == 0 &&
            std::signbit(expected) != std::signbit(got)) {
            ok = false;
            zero_sign = true;
        }
    }
    if (by_floor) {
        ++worst.floored;
    } else if (!std::isnan(expected) && !std::isnan(got)) {
        worst.ulps = std::max(worst.ulps, distance);
    }
    if (!ok) {
        ++worst.failures;
        if (worst.failures <= kDetailedFailures) {
            std::ostringstream message;
            message << where << " at x = " << show(x) << ": expected " << show(expected) << ", got "
                    << show(got) << ", " << distance << " ulp";
            if (zero_sign) {
                message << " (the sign of zero differs)";
            } else {
                message << " (tolerance " << ulps << " ulp"
                        << (floor ? ", or |error| <= " + show(*floor) : std::string()) << ")";
            }
            FAIL_CHECK(message.str());
        }
    }
}

template <class T>
void check_block(ActivationId id, const ActivationSpec& spec, const Block& block, const ParamValues& params,
                 Worst& f_worst, Worst& df_worst, Worst& batch_worst) {
    const std::string context = std::string(spec.name) + " " + describe_params(block) + " " + block.type;
    const std::uint64_t value_ulps = ulp_bound<T>(spec).value;
    const std::uint64_t derivative_ulps = ulp_bound<T>(spec).derivative;
    for (const auto& row : block.rows) {
        const T x = parse_number<T>(row[0]);
        const T f = parse_number<T>(row[1]);
        compare<T>(context + " f", x, f, value(id, x, params), value_ulps, std::nullopt, true, f_worst);
        const T df_pytorch = parse_number<T>(row[2]);
        for (std::size_t c = 0; c < 3; ++c) {
            const std::string& text = row[2 + c];
            const T expected = text == "=" ? df_pytorch : parse_number<T>(text);
            compare<T>(context + " f' (" + kConventionNames[c] + ")", x, expected,
                       derivative(id, x, params, kConventions[c]), derivative_ulps,
                       derivative_floor<T>(spec, x), false, df_worst);
        }
    }
    std::vector<T> xs;
    for (const auto& row : block.rows) xs.push_back(parse_number<T>(row[0]));
    std::vector<T> batch(xs.size());
    apply(id, std::span<const T>(xs), std::span<T>(batch), params);
    for (std::size_t i = 0; i < xs.size(); ++i) {
        compare<T>(context + " f (batch)", xs[i], parse_number<T>(block.rows[i][1]), batch[i], value_ulps,
                   std::nullopt, true, batch_worst);
    }
}

std::string cell(const Worst& w) {
    if (w.checked == 0) return "-";
    std::string out = std::to_string(w.ulps);
    if (w.floored > 0) out += " (+" + std::to_string(w.floored) + " floor)";
    if (w.failures > 0) out += " FAIL " + std::to_string(w.failures);
    return out;
}

void print_table(const std::vector<FunctionReport>& reports) {
    std::ostringstream out;
    out << "\nWorst error against the high-precision reference, in ulps of the correctly\n"
           "rounded value (f' over all three kink conventions; \"+n floor\": checks near a\n"
           "zero of f' accepted by the absolute floor instead; \"batch\": f through apply(),\n"
           "with this build's vector kernels):\n\n";
    char line[200];
    std::snprintf(line, sizeof line, "%-12s  %-22s  %-22s  %-22s  %-22s  %-14s  %-14s\n", "function", "f double",
                  "f' double", "f float", "f' float", "batch double", "batch float");
    out << line;
    for (const auto& r : reports) {
        std::snprintf(line, sizeof line, "%-12s  %-22s  %-22s  %-22s  %-22s  %-14s  %-14s\n", r.name.c_str(),
                      cell(r.f_double).c_str(), cell(r.df_double).c_str(), cell(r.f_float).c_str(),
                      cell(r.df_float).c_str(), cell(r.batch_double).c_str(), cell(r.batch_float).c_str());
        out << line;
    }
    std::cout << out.str() << std::flush;
}

}  // namespace

TEST_CASE("reference: every registry entry matches the high-precision reference", "[reference]") {
    std::vector<FunctionReport> reports;
    for (const auto& spec : registry()) {
        const ActivationId id = *find_activation(spec.name);
        INFO(spec.name);
        FunctionReport report;
        report.name = std::string(spec.name);

        std::vector<Block> blocks;
        std::string error;
        if (!read_blocks(reference_path(spec.name), blocks, error)) {
            FAIL_CHECK(error);
            reports.push_back(report);
            continue;
        }

        bool defaults_covered[2] = {false, false};  // double, float
        for (const auto& block : blocks) {
            INFO(reference_path(spec.name) << ":" << block.line);
            ParamValues params;
            if (!map_params(spec, block, params, error)) {
                FAIL_CHECK(error);
                continue;
            }
            const bool is_default = params == default_params(id);
            if (block.type == "double") {
                defaults_covered[0] = defaults_covered[0] || is_default;
                check_block<double>(id, spec, block, params, report.f_double, report.df_double,
                                    report.batch_double);
            } else {
                defaults_covered[1] = defaults_covered[1] || is_default;
                check_block<float>(id, spec, block, params, report.f_float, report.df_float, report.batch_float);
            }
        }
        // The registry's defaults are what users see first: the data must
        // cover them (a changed default needs regenerated data).
        INFO("reference data for the registry's default parameters");
        CHECK(defaults_covered[0]);
        CHECK(defaults_covered[1]);
        reports.push_back(report);
    }
    std::cout << "vector kernels: " << detail::vector_kernels_name();
    print_table(reports);
}
