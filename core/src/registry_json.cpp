// Serialises the registry to JSON for the JS API and the docs generator.
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "activations/registry.hpp"
#include "activations/second_derivative.hpp"

namespace activations {
namespace {

void append_string(std::string& out, std::string_view text) {
    out += '"';
    for (const char c : text) {
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            default:
                if (static_cast<unsigned char>(c) < 0x20) {
                    constexpr char kHex[] = "0123456789abcdef";
                    out += "\\u00";
                    out += kHex[(c >> 4) & 0xf];
                    out += kHex[c & 0xf];
                } else {
                    out += c;  // UTF-8 passes through unchanged
                }
        }
    }
    out += '"';
}

// Shortest digits that read back as the same double (libc++ 14 has no
// floating-point std::to_chars); JSON has no infinity, so an unbounded
// limit is null.
void append_number(std::string& out, double value) {
    if (!std::isfinite(value)) {
        out += "null";
        return;
    }
    char buffer[32];
    for (int precision = 1; precision <= 17; ++precision) {
        std::snprintf(buffer, sizeof buffer, "%.*g", precision, value);
        if (std::strtod(buffer, nullptr) == value) break;
    }
    out += buffer;
}

void append_key(std::string& out, std::string_view key) {
    append_string(out, key);
    out += ':';
}

void append_param(std::string& out, const ParamSpec& param) {
    out += '{';
    append_key(out, "name"), append_string(out, param.name), out += ',';
    append_key(out, "default"), append_number(out, param.default_value), out += ',';
    append_key(out, "min"), append_number(out, param.min), out += ',';
    append_key(out, "max"), append_number(out, param.max), out += ',';
    append_key(out, "minInclusive"), out += param.min_inclusive ? "true," : "false,";
    append_key(out, "maxInclusive"), out += param.max_inclusive ? "true," : "false,";
    append_key(out, "description"), append_string(out, param.description);
    if (!param.choices().empty()) {
        out += ',';
        append_key(out, "choices"), out += '[';
        for (std::size_t i = 0; i < param.choices().size(); ++i) {
            if (i > 0) out += ',';
            append_string(out, param.choices()[i]);
        }
        out += ']';
    }
    if (!param.presets().empty()) {
        out += ',';
        append_key(out, "presets"), out += '[';
        for (std::size_t i = 0; i < param.presets().size(); ++i) {
            if (i > 0) out += ',';
            out += '{';
            append_key(out, "label"), append_string(out, param.presets()[i].label), out += ',';
            append_key(out, "value"), append_number(out, param.presets()[i].value);
            out += '}';
        }
        out += ']';
    }
    out += '}';
}

void append_spec(std::string& out, const ActivationSpec& spec) {
    out += '{';
    append_key(out, "name"), append_string(out, spec.name), out += ',';
    append_key(out, "label"), append_string(out, spec.label), out += ',';
    append_key(out, "params"), out += '[';
    for (std::size_t i = 0; i < spec.params().size(); ++i) {
        if (i > 0) out += ',';
        append_param(out, spec.params()[i]);
    }
    out += "],";
    append_key(out, "formula"), append_string(out, spec.formula), out += ',';
    append_key(out, "derivativeFormula"), append_string(out, spec.derivative_formula), out += ',';
    append_key(out, "kinkConvention"), append_string(out, spec.kink_convention), out += ',';
    const SecondDerivativeSpec& second = second_derivative_spec(*find_activation(spec.name));
    append_key(out, "secondDerivative"), out += '{';
    append_key(out, "formula"), append_string(out, second.formula), out += ',';
    append_key(out, "atBreakpoints"), append_string(out, second.at_breakpoints), out += ',';
    append_key(out, "ulps"), out += std::to_string(second.ulps), out += "},";
    append_key(out, "orders"), out += '[';
    for (std::size_t i = 0; i < spec.orders().size(); ++i) {
        const ParamOrder& order = spec.orders()[i];
        if (i > 0) out += ',';
        out += '{';
        append_key(out, "lower"), append_string(out, spec.params()[order.lower].name), out += ',';
        append_key(out, "upper"), append_string(out, spec.params()[order.upper].name), out += ',';
        append_key(out, "strict"), out += order.strict ? "true" : "false";
        out += '}';
    }
    out += ']';
    out += '}';
}

}  // namespace

std::string registry_json() {
    std::string out = "{\"maxParams\":" + std::to_string(kMaxParams) + ",\"activations\":[";
    bool first = true;
    for (const auto& spec : registry()) {
        if (!first) out += ',';
        first = false;
        append_spec(out, spec);
    }
    out += "]}";
    return out;
}

}  // namespace activations
