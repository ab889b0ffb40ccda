#include <catch.hpp>
#include <set>
#include <string>

#include "activations/registry.hpp"

using namespace activations;

TEST_CASE("registry: ids, names and specs agree", "[registry]") {
    REQUIRE(registry().size() == kActivationCount);
    std::set<std::string_view> names;
    for (std::size_t i = 0; i < registry().size(); ++i) {
        const auto& spec = registry()[i];
        INFO(spec.name);
        CHECK(names.insert(spec.name).second);
        CHECK_FALSE(spec.label.empty());
        CHECK_FALSE(spec.formula.empty());
        CHECK_FALSE(spec.derivative_formula.empty());
        CHECK_FALSE(spec.kink_convention.empty());
        const auto id = find_activation(spec.name);
        REQUIRE(id.has_value());
        CHECK(static_cast<std::size_t>(*id) == i);
        CHECK(&spec_of(*id) == &spec);
    }
}

TEST_CASE("registry: unknown names are not found", "[registry]") {
    CHECK_FALSE(find_activation("rleu").has_value());
    CHECK_FALSE(find_activation("").has_value());
    CHECK_FALSE(find_activation("RELU").has_value());
}

TEST_CASE("registry: defaults are the registry's", "[registry]") {
    const auto leaky = *find_activation("leaky_relu");
    CHECK(default_params(leaky)[0] == 0.01);
    for (std::size_t i = 0; i < kActivationCount; ++i) {
        const auto id = static_cast<ActivationId>(i);
        const auto values = default_params(id);
        const auto params = spec_of(id).params();
        for (std::size_t p = 0; p < params.size(); ++p) {
            CHECK(values[p] == params[p].default_value);
        }
    }
}

TEST_CASE("registry: JSON lists every activation with its parameters", "[registry]") {
    const std::string json = registry_json();
    CHECK(json.rfind("{\"maxParams\":", 0) == 0);
    for (const auto& spec : registry()) {
        CHECK(json.find("\"name\":\"" + std::string(spec.name) + "\"") != std::string::npos);
    }
    // Unbounded limits have no JSON number: they are null.
    CHECK(json.find("\"name\":\"negative_slope\",\"default\":0.01,\"min\":null,\"max\":null") !=
          std::string::npos);
}
