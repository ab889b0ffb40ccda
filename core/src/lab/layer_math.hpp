// The per-element pieces every trainer shares (one network in network.cpp,
// a population in SIMD lanes in population.cpp): the output activation, the
// losses and their derivatives. One definition, so both compute the same
// bits.
#pragma once

#include <algorithm>
#include <cmath>
#include <type_traits>

#include "activations/lab/network.hpp"
#include "functions/all.hpp"

namespace activations::lab::detail {

inline double output_value(OutputKind kind, double z) {
    switch (kind) {
        case OutputKind::tanh: return functions::Tanh{ParamValues{}}.value(z);
        case OutputKind::sigmoid: return functions::Sigmoid{ParamValues{}}.value(z);
        case OutputKind::linear: break;
    }
    return z;
}

inline double output_derivative(OutputKind kind, double z) {
    switch (kind) {
        case OutputKind::tanh: return functions::Tanh{ParamValues{}}.derivative(z, KinkConvention::pytorch);
        case OutputKind::sigmoid: return functions::Sigmoid{ParamValues{}}.derivative(z, KinkConvention::pytorch);
        case OutputKind::linear: break;
    }
    return 1.0;
}

// One output's share of a point's loss (network.hpp defines the losses);
// `outputs` is K, the output width.
inline double loss_term(Loss loss, double o, double t, double outputs) {
    const double d = o - t;
    switch (loss) {
        case Loss::half_mse: return 0.5 * d * d;
        case Loss::mse: return d * d / outputs;
        case Loss::bce_logits:
            // max(z, 0) − z·t + ln(1 + e^−|z|): the stable form PyTorch uses.
            return (std::max(o, 0.0) - o * t + std::log1p(std::exp(-std::fabs(o)))) / outputs;
    }
    return 0;
}

// ∂(point loss)/∂o for one output.
inline double loss_derivative(Loss loss, double o, double t, double outputs) {
    switch (loss) {
        case Loss::half_mse: return o - t;
        case Loss::mse: return 2 * (o - t) / outputs;
        case Loss::bce_logits:
            return (functions::Sigmoid{ParamValues{}}.value(o) - t) / outputs;
    }
    return 0;
}

// Calls body(std::integral_constant<KinkConvention, kink>{}): a kink fixed
// at compile time lets the compiler vectorise f′ over the lanes.
template <class Body>
decltype(auto) with_kink(KinkConvention kink, Body&& body) {
    switch (kink) {
        case KinkConvention::left: return body(std::integral_constant<KinkConvention, KinkConvention::left>{});
        case KinkConvention::right: return body(std::integral_constant<KinkConvention, KinkConvention::right>{});
        case KinkConvention::pytorch: break;
    }
    return body(std::integral_constant<KinkConvention, KinkConvention::pytorch>{});
}

}  // namespace activations::lab::detail
