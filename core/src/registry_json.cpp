// Serialises the registry to JSON for the JS API and the docs generator.
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <limits>
#include <string>
#include <string_view>

#include "activations/library_names.hpp"
#include "activations/registry.hpp"
#include "json_text.hpp"
#include "properties_json.hpp"

namespace activations {
namespace {

using namespace json;

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

void append_ulps(std::string& out, const UlpBound& bound) {
    out += "{\"value\":" + std::to_string(bound.value) + ",\"derivative\":" + std::to_string(bound.derivative) + '}';
}

// {"double": {value, derivative}, "float": {...}, "derivativeFloors":
// [{zero, halfWidth, double, float}]}, the floors' absolute bounds worked out
// per type (epsilons times the type's epsilon).
void append_bounds(std::string& out, const ErrorBounds& bounds) {
    out += '{';
    append_key(out, "double"), append_ulps(out, bounds.double_ulps), out += ',';
    append_key(out, "float"), append_ulps(out, bounds.float_ulps), out += ',';
    append_key(out, "derivativeFloors"), out += '[';
    for (std::size_t i = 0; i < bounds.derivative_floors().size(); ++i) {
        const DerivativeFloor& floor = bounds.derivative_floors()[i];
        if (i > 0) out += ',';
        out += '{';
        append_key(out, "zero"), append_number(out, floor.zero), out += ',';
        append_key(out, "halfWidth"), append_number(out, floor.half_width), out += ',';
        append_key(out, "fromDistance"), append_number(out, floor.from_distance), out += ',';
        append_key(out, "double"), append_number(out, floor.epsilons * std::numeric_limits<double>::epsilon()), out += ',';
        append_key(out, "float"), append_number(out, floor.epsilons * std::numeric_limits<float>::epsilon());
        out += '}';
    }
    out += "]}";
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
    out += "],";
    append_key(out, "bounds"), append_bounds(out, spec.bounds);
    out += ',';
    append_key(out, "edges"), out += '{';
    append_key(out, "valueLimits"), out += spec.edges.value_limits ? "true," : "false,";
    append_key(out, "derivativeLimits"), out += spec.edges.derivative_limits ? "true," : "false,";
    append_key(out, "derivativeBounded"), out += spec.edges.derivative_bounded ? "true" : "false";
    out += "},";
    append_key(out, "properties"), append_properties(out, spec.properties);
    out += '}';
}

// {"key", "label"} per library, then every name: {library, name,
// activation (null where unmapped), params: {name: number or choice},
// note}.
void append_libraries(std::string& out) {
    append_key(out, "libraries"), out += '[';
    for (std::size_t i = 0; i < libraries().size(); ++i) {
        if (i > 0) out += ',';
        out += '{';
        append_key(out, "key"), append_string(out, libraries()[i].key), out += ',';
        append_key(out, "label"), append_string(out, libraries()[i].label);
        out += '}';
    }
    out += "],";
    append_key(out, "libraryNames"), out += '[';
    bool first = true;
    for (const LibraryName& entry : library_names()) {
        if (!first) out += ',';
        first = false;
        out += '{';
        append_key(out, "library"), append_string(out, entry.library), out += ',';
        append_key(out, "name"), append_string(out, entry.name), out += ',';
        append_key(out, "activation");
        if (entry.activation.empty()) out += "null";
        else append_string(out, entry.activation);
        out += ',';
        append_key(out, "params"), out += '{';
        for (std::size_t i = 0; i < entry.params().size(); ++i) {
            const LibraryParam& param = entry.params()[i];
            if (i > 0) out += ',';
            append_key(out, param.name);
            if (param.choice.empty()) append_number(out, param.value);
            else append_string(out, param.choice);
        }
        out += "},";
        append_key(out, "note"), append_string(out, entry.note);
        out += '}';
    }
    out += ']';
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
    out += "],";
    append_libraries(out);
    out += '}';
    return out;
}

}  // namespace activations
