// The JS-facing surface of the core: registrations only (the adapters are in
// heap_calls.hpp, the maths in core/src). The friendly, validated API is
// web/src/activations.js.
#include <emscripten/bind.h>

#include "activations/registry.hpp"
#include "heap_calls.hpp"
#ifdef ACTIVATIONS_LAB
#include "lab_calls.hpp"
#endif

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

#ifdef ACTIVATIONS_LAB
// The lab module (activations-lab): the same registry plus networks and
// experiments (adapters in lab_calls.hpp; the JS API is web/src/lab.js).
EMSCRIPTEN_BINDINGS(lab) {
    using namespace activations::wasm::lab_calls;
    using emscripten::class_;
    using emscripten::function;

    function("labLimits", &limits_at);
    function("bornDeadTrials", &born_dead_at);
    function("collapseTrials", &collapse_at);
    function("collapseSummary", &collapse_summary_at);
    function("playgroundTrials", &playground_at);
    function("signalTrials", &signal_at);
    function("wilsonInterval", &wilson_at);
    function("bornDeadBound", &activations::lab::born_dead_bound);
    function("median", &median_at);

    class_<NetworkHandle>("Network")
        .constructor<std::uintptr_t, std::size_t, int, std::uintptr_t, int, int>()
        .function("initialise", &NetworkHandle::initialise)
        .function("parameterCount", &NetworkHandle::parameter_count)
        .function("parametersAddress", &NetworkHandle::parameters_address)
        .function("resetOptimizer", &NetworkHandle::reset_optimizer)
        .function("forward", &NetworkHandle::forward)
        .function("gradients", &NetworkHandle::gradients)
        .function("step", &NetworkHandle::step)
        .function("optimizerSteps", &NetworkHandle::optimizer_steps)
        .function("unitStates", &NetworkHandle::unit_states)
        .function("isConstant", &NetworkHandle::is_constant)
        .function("layerOutputs", &NetworkHandle::layer_outputs);

    class_<PlaygroundHandle>("PlaygroundRun")
        .constructor<std::uintptr_t, std::uintptr_t, std::uintptr_t, std::size_t, double>()
        .function("trainPoints", &PlaygroundHandle::train_points)
        .function("stepBatch", &PlaygroundHandle::step_batch)
        .function("stepEpoch", &PlaygroundHandle::step_epoch)
        .function("setLearningRate", &PlaygroundHandle::set_learning_rate)
        .function("epoch", &PlaygroundHandle::epoch)
        .function("position", &PlaygroundHandle::position)
        .function("updates", &PlaygroundHandle::updates)
        .function("loss", &PlaygroundHandle::loss)
        .function("accuracy", &PlaygroundHandle::accuracy)
        .function("trainCount", &PlaygroundHandle::train_count)
        .function("testCount", &PlaygroundHandle::test_count)
        .function("data", &PlaygroundHandle::data)
        .function("parameterCount", &PlaygroundHandle::parameter_count)
        .function("parametersAddress", &PlaygroundHandle::parameters_address)
        .function("unitStates", &PlaygroundHandle::unit_states)
        .function("surface", &PlaygroundHandle::surface);
}
#endif
