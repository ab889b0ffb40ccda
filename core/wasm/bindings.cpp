// The JS-facing surface of the core: registrations only (the adapters are in
// heap_calls.hpp and its siblings, the maths in core/src). The friendly,
// validated API is web/src/activations.js.
//
// One file registers every module's calls; which sections a module holds
// is set by CMakeLists.txt: ACTIVATIONS_CORE_CALLS (the registry, f, f′,
// the batch kernels and the properties: activations-core),
// ACTIVATIONS_ANALYSIS_CALLS (f″ and what f does to a Gaussian:
// activations-analysis) and ACTIVATIONS_LAB (networks and experiments);
// the lab's module holds all three.
#include <emscripten/bind.h>

#include "activations/registry.hpp"
#include "heap_calls.hpp"
#ifdef ACTIVATIONS_LAB
#include "lab_network_calls.hpp"
#endif
#include "moment_calls.hpp"

#ifdef ACTIVATIONS_CORE_CALLS
EMSCRIPTEN_BINDINGS(activations) {
    using namespace activations;
    using emscripten::function;

    function("registryJson", &registry_json);
    function("propertiesJson", &wasm::properties_json_at);
    function("value", &wasm::value_at);
    function("applyF32", &wasm::apply_at<float>);
    function("applyF64", &wasm::apply_at<double>);
    function("gradientF32", &wasm::gradient_at<float>);
    function("gradientF64", &wasm::gradient_at<double>);
}
#endif

#if defined(ACTIVATIONS_CORE_CALLS) || defined(ACTIVATIONS_ANALYSIS_CALLS)
// f′ and the breakpoints: the core's sample() and the analysis module's f″
// samples (its jumps of f′) both need them.
EMSCRIPTEN_BINDINGS(points) {
    using namespace activations;
    using emscripten::function;

    function("breakpointCapacity", +[] { return Breakpoints::kCapacity; });
    function("breakpoints", &wasm::breakpoints_at);
    function("derivative", &wasm::derivative_at);
}
#endif

#ifdef ACTIVATIONS_ANALYSIS_CALLS
// f″ and what f does to a Gaussian (web/src/api/analysis.js).
EMSCRIPTEN_BINDINGS(analysis) {
    using namespace activations;
    using emscripten::function;

    function("secondDerivative", &wasm::second_derivative_at);
    function("secondDerivativeF64", &wasm::second_derivative_f64);

    emscripten::value_object<wasm::MomentsOut>("MomentsOut")
        .field("status", &wasm::MomentsOut::status)
        .field("mean", &wasm::MomentsOut::mean)
        .field("meanSquare", &wasm::MomentsOut::meanSquare)
        .field("variance", &wasm::MomentsOut::variance)
        .field("derivativeMean", &wasm::MomentsOut::derivativeMean)
        .field("derivativeMeanSquare", &wasm::MomentsOut::derivativeMeanSquare);
    emscripten::value_object<wasm::GainOut>("GainOut")
        .field("status", &wasm::GainOut::status)
        .field("variancePreserving", &wasm::GainOut::variancePreserving)
        .field("hasPytorch", &wasm::GainOut::hasPytorch)
        .field("pytorch", &wasm::GainOut::pytorch)
        .field("note", &wasm::GainOut::note);
    emscripten::value_object<wasm::FixedPointOut>("FixedPointOut")
        .field("status", &wasm::FixedPointOut::status)
        .field("q", &wasm::FixedPointOut::q)
        .field("chi", &wasm::FixedPointOut::chi)
        .field("evaluations", &wasm::FixedPointOut::evaluations)
        .field("mean", &wasm::FixedPointOut::mean)
        .field("variance", &wasm::FixedPointOut::variance);
    emscripten::value_object<wasm::MapOut>("MapOut")
        .field("status", &wasm::MapOut::status)
        .field("value", &wasm::MapOut::value);
    emscripten::value_object<wasm::MeanVarianceOut>("MeanVarianceOut")
        .field("status", &wasm::MeanVarianceOut::status)
        .field("mean", &wasm::MeanVarianceOut::mean)
        .field("variance", &wasm::MeanVarianceOut::variance)
        .field("iterations", &wasm::MeanVarianceOut::iterations);
    emscripten::value_object<wasm::DensityOut>("DensityOut")
        .field("status", &wasm::DensityOut::status)
        .field("massCount", &wasm::DensityOut::massCount);
    function("moments", &wasm::moments_at);
    function("gain", &wasm::gain_at);
    function("fixedPoint", &wasm::fixed_point_at);
    function("varianceMap", &wasm::variance_map_at);
    function("meanVarianceMap", &wasm::mean_variance_map_at);
    function("meanVarianceFixedPoint", &wasm::mean_variance_fixed_point_at);
    function("density", &wasm::density_at);
    function("maxDensityPoints", &wasm::max_density_points);
}
#endif

#ifdef ACTIVATIONS_LAB
// The lab module (activations-lab): the same registry plus networks and
// experiments (adapters in lab_calls.hpp and lab_network_calls.hpp; the JS API is web/src/lab.js).
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
    function("initMoments", &init_moments_at);

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
