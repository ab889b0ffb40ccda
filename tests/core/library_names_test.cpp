// The library-names table against the registry: every name maps to a
// registry entry (or says why not), sets only that entry's parameters, each
// to a value the registry accepts, and no library spells a name twice.
#include <catch.hpp>

#include <algorithm>
#include <set>
#include <string>
#include <utility>

#include "activations/library_names.hpp"
#include "activations/registry.hpp"

using namespace activations;

namespace {

bool accepts(const ParamSpec& spec, const LibraryParam& param) {
    if (!spec.choices().empty()) {
        const auto choices = spec.choices();
        return std::find(choices.begin(), choices.end(), param.choice) != choices.end();
    }
    if (!param.choice.empty()) return false;
    const bool above = spec.min_inclusive ? param.value >= spec.min : param.value > spec.min;
    const bool below = spec.max_inclusive ? param.value <= spec.max : param.value < spec.max;
    return above && below;
}

}  // namespace

TEST_CASE("library names: every name resolves to a registry entry with accepted parameters", "[library]") {
    std::set<std::string_view> keys;
    for (const Library& library : libraries()) {
        CHECK(keys.insert(library.key).second);
        CHECK_FALSE(library.label.empty());
    }
    std::set<std::pair<std::string_view, std::string_view>> seen;
    for (const LibraryName& entry : library_names()) {
        INFO(entry.library << ":" << entry.name);
        CHECK(keys.count(entry.library) == 1);
        CHECK(seen.emplace(entry.library, entry.name).second);
        if (entry.activation.empty()) {
            CHECK_FALSE(entry.note.empty());  // an unmapped name says why
            CHECK(entry.params().empty());
            continue;
        }
        const auto id = find_activation(entry.activation);
        REQUIRE(id.has_value());
        const auto specs = spec_of(*id).params();
        for (const LibraryParam& param : entry.params()) {
            INFO(param.name);
            const auto spec = std::find_if(specs.begin(), specs.end(), [&](const ParamSpec& p) { return p.name == param.name; });
            REQUIRE(spec != specs.end());
            CHECK(accepts(*spec, param));
        }
    }
}

TEST_CASE("library names: the JSON lists them", "[library]") {
    const std::string json = registry_json();
    CHECK(json.find("\"library\":\"keras\",\"name\":\"leaky_relu\",\"activation\":\"leaky_relu\","
                    "\"params\":{\"negative_slope\":0.2}") != std::string::npos);
    CHECK(json.find("\"name\":\"gelu\",\"activation\":\"gelu\",\"params\":{\"approximate\":\"tanh\"}") !=
          std::string::npos);
}
