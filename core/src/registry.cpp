#include "activations/registry.hpp"

#include <array>

#include "functions/all.hpp"

namespace activations {
namespace {

using namespace functions;

constexpr std::array<ActivationSpec, kActivationCount> kSpecs = {
#define ACTIVATION(name, Type) Type::spec,
#include "activations/activation_list.inc"
#undef ACTIVATION
};

// Each Type's spec must carry the name it is listed under, so the enum, the
// table and the JS names agree.
#define ACTIVATION(identifier, Type) \
    static_assert(kSpecs[static_cast<std::size_t>(ActivationId::identifier)].name == #identifier);
#include "activations/activation_list.inc"
#undef ACTIVATION

constexpr bool params_are_well_formed() {
    for (const auto& spec : kSpecs) {
        for (const auto& param : spec.params()) {
            if (param.name.empty()) return false;
            const bool valid_default =
                param.choices().empty()
                    ? param.min <= param.default_value && param.default_value <= param.max
                    : param.default_value >= 0 &&
                          param.default_value < static_cast<double>(param.choices().size());
            if (!valid_default) return false;
            for (const auto& preset : param.presets()) {
                if (preset.label.empty() || !(param.min <= preset.value && preset.value <= param.max)) return false;
            }
        }
        for (const auto& order : spec.orders()) {
            if (order.lower >= spec.params().size() || order.upper >= spec.params().size()) return false;
        }
        for (const auto& floor : spec.bounds.derivative_floors()) {
            if (!(floor.half_width > 0 && floor.epsilons > 0)) return false;
        }
    }
    return true;
}
static_assert(params_are_well_formed(),
              "every parameter needs a name, and a default and presets within its range; "
              "every derivative floor a window and a size");

constexpr bool properties_are_well_formed() {
    for (const auto& spec : kSpecs) {
        if (!well_formed(spec.properties, !spec.params().empty())) return false;
    }
    return true;
}
static_assert(properties_are_well_formed(),
              "every entry needs its properties (activations/properties.hpp: well_formed)");

}  // namespace

std::span<const ActivationSpec> registry() { return kSpecs; }

const ActivationSpec& spec_of(ActivationId id) { return kSpecs.at(static_cast<std::size_t>(id)); }

std::optional<ActivationId> find_activation(std::string_view name) {
    for (std::size_t i = 0; i < kSpecs.size(); ++i) {
        if (kSpecs[i].name == name) return static_cast<ActivationId>(i);
    }
    return std::nullopt;
}

ParamValues default_params(ActivationId id) {
    ParamValues values{};
    const auto params = spec_of(id).params();
    for (std::size_t i = 0; i < params.size(); ++i) values[i] = params[i].default_value;
    return values;
}

}  // namespace activations
