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

struct Block {
    std::vector<std::pair<std::string, std::string>> params;  // name, value as written
    std::string type;                                         // "double" or "float"
    std::vector<std::array<std::string, 5>> rows;  // x, f, df_pytorch, df_left, df_right
    int line = 0;
};

std::vector<std::string> split_tabs(const std::string& line) {
    std::vector<std::string> fields;
    std::size_t start = 0;
    while (true) {
        const std::size_t tab = line.find('\t', start);
        fields.push_back(line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
        if (tab == std::string::npos) break;
        start = tab + 1;
    }
    return fields;
}

std::string reference_path(std::string_view name) {
    return std::string(ACTIVATIONS_REFERENCE_DIR) + "/" + std::string(name) + ".tsv";
}

// Reads a reference file; returns false (with a reason) if it is missing or
// malformed.
bool read_blocks(const std::string& path, std::vector<Block>& blocks, std::string& error) {
    std::ifstream in(path);
    if (!in) {
        error = "no reference data: cannot open " + path +
                " (run tests/reference/make_reference.py)";
        return false;
    }
    std::string line;
    int number = 0;
    while (std::getline(in, line)) {
        ++number;
        if (line.empty() || line[0] == '#') continue;
        const auto fields = split_tabs(line);
        if (fields[0] == "params") {
            Block block;
            block.line = number;
            for (std::size_t i = 1; i < fields.size(); ++i) {
                const auto eq = fields[i].find('=');
                if (eq == std::string::npos) {
                    error = path + ":" + std::to_string(number) + ": expected name=value, got " + fields[i];
                    return false;
                }
                block.params.emplace_back(fields[i].substr(0, eq), fields[i].substr(eq + 1));
            }
            blocks.push_back(std::move(block));
        } else if (fields[0] == "type") {
            if (blocks.empty() || fields.size() != 2 || (fields[1] != "double" && fields[1] != "float")) {
                error = path + ":" + std::to_string(number) + ": bad type line";
                return false;
            }
            blocks.back().type = fields[1];
        } else if (fields[0] == "x") {
            continue;  // the column header
        } else {
            if (blocks.empty() || blocks.back().type.empty() || fields.size() != 5) {
                error = path + ":" + std::to_string(number) + ": expected 5 columns after params and type";
                return false;
            }
            blocks.back().rows.push_back({fields[0], fields[1], fields[2], fields[3], fields[4]});
        }
    }
    if (blocks.empty()) {
        error = path + ": no data";
        return false;
    }
    return true;
}

// Decimal text to T, rounded once (strtof for float, never through double).
template <class T>
T parse_number(const std::string& text) {
    if constexpr (std::is_same_v<T, float>) {
        return std::strtof(text.c_str(), nullptr);
    } else {
        return std::strtod(text.c_str(), nullptr);
    }
}

// The block's parameters in registry order; a choice's value is the index of
// its name. Every registry parameter must be given, and nothing else.
bool map_params(const ActivationSpec& spec, const Block& block, ParamValues& values, std::string& error) {
    values = {};
    const auto params = spec.params();
    std::vector<bool> given(params.size(), false);
    for (const auto& param : block.params) {
        const std::string& name = param.first;  // (clang 14 lambdas cannot capture structured bindings)
        const std::string& text = param.second;
        const auto it = std::find_if(params.begin(), params.end(), [&](const ParamSpec& p) { return p.name == name; });
        if (it == params.end()) {
            error = "reference data names a parameter the registry lacks: " + name;
            return false;
        }
        const auto index = static_cast<std::size_t>(it - params.begin());
        given[index] = true;
        if (!it->choices().empty()) {
            const auto choices = it->choices();
            const auto choice = std::find(choices.begin(), choices.end(), std::string_view(text));
            if (choice == choices.end()) {
                error = "unknown choice " + name + "=" + text;
                return false;
            }
            values[index] = static_cast<double>(choice - choices.begin());
        } else {
            values[index] = std::strtod(text.c_str(), nullptr);
        }
    }
    for (std::size_t i = 0; i < params.size(); ++i) {
        if (!given[i]) {
            error = "reference data lacks the parameter " + std::string(params[i].name);
            return false;
        }
    }
    return true;
}

std::string describe_params(const Block& block) {
    std::string out = "[";
    for (const auto& [name, text] : block.params) {
        if (out.size() > 1) out += ", ";
        out += name + "=" + text;
    }
    return out + "]";
}

template <class T>
std::string show(T v) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*g (%a)", std::is_same_v<T, float> ? 9 : 17,
                  static_cast<double>(v), static_cast<double>(v));
    return buffer;
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
