// The JS-facing surface of the core: registrations only (the adapters are in
// heap_calls.hpp, the maths in core/src). The friendly, validated API is
// web/src/activations.js.
#include <emscripten/bind.h>

#include "activations/registry.hpp"
#include "heap_calls.hpp"
#include "moment_calls.hpp"

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

    // f″ and what f does to a Gaussian (web/src/api/moments.js).
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
    function("secondDerivative", &wasm::second_derivative_at);
    function("secondDerivativeF64", &wasm::second_derivative_f64);
    function("moments", &wasm::moments_at);
    function("gain", &wasm::gain_at);
    function("fixedPoint", &wasm::fixed_point_at);
    function("varianceMap", &wasm::variance_map_at);
    function("meanVarianceMap", &wasm::mean_variance_map_at);
    function("meanVarianceFixedPoint", &wasm::mean_variance_fixed_point_at);
    function("density", &wasm::density_at);
    function("maxDensityPoints", &wasm::max_density_points);
}
