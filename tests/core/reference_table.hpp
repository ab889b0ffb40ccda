// Reading the reference tables of f″, moments and fixed points
// (tests/reference/make_second_derivative_reference.py and
// make_moments_reference.py): "#" comments, then blocks of a params line
// (name=value pairs in the registry's names, a choice by its name), an
// optional type line, a column header and rows of tab-separated fields.
#pragma once

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "activations/registry.hpp"

#ifndef ACTIVATIONS_REFERENCE_DIR
#error "ACTIVATIONS_REFERENCE_DIR must name the directory holding the reference data"
#endif

namespace reference_table {

struct Block {
    std::vector<std::pair<std::string, std::string>> params;  // name, value as written
    std::string type;                                         // "double", "float" or "" if none
    std::vector<std::string> columns;
    std::vector<std::vector<std::string>> rows;
    int line = 0;
};

inline std::vector<std::string> split_tabs(const std::string& line) {
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

inline std::string path_of(std::string_view folder, std::string_view name) {
    return std::string(ACTIVATIONS_REFERENCE_DIR) + "/" + std::string(folder) + "/" + std::string(name) + ".tsv";
}

// Reads a table; false (with a reason) if it is missing or malformed. The
// first line after params/type that starts with `first_column` is the header.
inline bool read(const std::string& path, std::string_view first_column, std::vector<Block>& blocks,
                 std::string& error) {
    std::ifstream in(path);
    if (!in) {
        error = "no reference data: cannot open " + path + " (run the generator in tests/reference/)";
        return false;
    }
    std::string line;
    int number = 0;
    while (std::getline(in, line)) {
        ++number;
        if (line.empty() || line[0] == '#') continue;
        auto fields = split_tabs(line);
        const std::string where = path + ":" + std::to_string(number);
        if (fields[0] == "params") {
            Block block;
            block.line = number;
            for (std::size_t i = 1; i < fields.size(); ++i) {
                const auto eq = fields[i].find('=');
                if (eq == std::string::npos) {
                    error = where + ": expected name=value, got " + fields[i];
                    return false;
                }
                block.params.emplace_back(fields[i].substr(0, eq), fields[i].substr(eq + 1));
            }
            blocks.push_back(std::move(block));
        } else if (blocks.empty()) {
            error = where + ": data before a params line";
            return false;
        } else if (fields[0] == "type") {
            blocks.back().type = fields.size() == 2 ? fields[1] : "";
        } else if (fields[0] == first_column && blocks.back().columns.empty()) {
            blocks.back().columns = std::move(fields);
        } else {
            if (fields.size() != blocks.back().columns.size()) {
                error = where + ": expected " + std::to_string(blocks.back().columns.size()) + " columns";
                return false;
            }
            blocks.back().rows.push_back(std::move(fields));
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
inline bool map_params(const activations::ActivationSpec& spec, const Block& block,
                       activations::ParamValues& values, std::string& error) {
    values = {};
    const auto params = spec.params();
    std::vector<bool> given(params.size(), false);
    for (const auto& param : block.params) {
        const std::string& name = param.first;
        const std::string& text = param.second;
        const auto it = std::find_if(params.begin(), params.end(),
                                     [&](const activations::ParamSpec& p) { return p.name == name; });
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

inline std::string describe_params(const Block& block) {
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
    std::snprintf(buffer, sizeof buffer, "%.*g", std::is_same_v<T, float> ? 9 : 17, static_cast<double>(v));
    return buffer;
}

}  // namespace reference_table
