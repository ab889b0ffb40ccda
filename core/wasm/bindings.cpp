// The JS-facing surface of the core: registrations only (the adapters are in
// heap_calls.hpp, the maths in core/src). The friendly, validated API is
// web/src/activations.js.
#include <emscripten/bind.h>

#include "activations/registry.hpp"
#include "heap_calls.hpp"

EMSCRIPTEN_BINDINGS(activations) {
    using namespace activations;
    using emscripten::function;

    function("registryJson", &registry_json);
    function("breakpointCapacity", +[] { return Breakpoints::kCapacity; });
    function("breakpoints", &wasm::breakpoints_at);
    function("propertiesJson", &wasm::properties_json_at);
    function("value", &wasm::value_at);
    function("derivative", &wasm::derivative_at);
    function("applyF32", &wasm::apply_at<float>);
    function("applyF64", &wasm::apply_at<double>);
    function("gradientF32", &wasm::gradient_at<float>);
    function("gradientF64", &wasm::gradient_at<double>);
}
