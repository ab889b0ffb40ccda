#include "activations/properties_at.hpp"

#include <cmath>

#include "properties_json.hpp"
#include "visit.hpp"

namespace activations {
namespace {

template <class Type>
concept ComputesProperties = requires(const Type& f) {
    { f.properties() } -> std::same_as<Properties>;
};

// The same values as the defaults, −0 told apart from +0 (a choice is an
// index, compared the same way).
bool at_defaults(ActivationId id, const ParamValues& params) {
    const ParamValues defaults = default_params(id);
    const std::size_t count = spec_of(id).params().size();
    for (std::size_t i = 0; i < count; ++i) {
        if (!(params[i] == defaults[i]) || std::signbit(params[i]) != std::signbit(defaults[i])) return false;
    }
    return true;
}

}  // namespace

std::optional<Properties> properties_at(ActivationId id, const ParamValues& params) {
    return detail::visit(id, params, [&](const auto& f) -> std::optional<Properties> {
        using Type = std::remove_cvref_t<decltype(f)>;
        if constexpr (ComputesProperties<Type>) {
            return f.properties();
        } else if constexpr (requires { Type::spec; }) {
            if (at_defaults(id, params)) return Type::spec.properties;
        }
        return std::nullopt;
    });
}

std::string properties_at_json(ActivationId id, const ParamValues& params) {
    const std::optional<Properties> properties = properties_at(id, params);
    if (!properties) return "null";
    Properties without_note = *properties;
    without_note.parameters_note = {};
    std::string out;
    append_properties(out, without_note);
    return out;
}

}  // namespace activations
