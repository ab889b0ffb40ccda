// torch.nn.init.calculate_gain, as data: the value PyTorch gives for a
// registry name, where it has one, and why it differs from the
// variance-preserving gain 1/√E[f(z)²] where it does.
//
// PyTorch (torch/nn/init.py): 1 for 'linear', the convolutions and
// 'sigmoid'; 5/3 for 'tanh'; √2 for 'relu'; √(2/(1 + s²)) for 'leaky_relu'
// with param s (0.01 when not given); 3/4 for 'selu'; any other name
// raises ValueError.
#pragma once

#include <cmath>
#include <optional>
#include <string_view>

#include "activations/registry.hpp"

namespace activations::moments_detail {

struct KnownGain {
    std::optional<double> value;
    std::string_view note;
};

inline KnownGain pytorch_gain(ActivationId id, const ParamValues& params) {
    const std::string_view name = spec_of(id).name;
    if (name == "relu") {
        return {std::sqrt(2.0), "Both √2: E[relu(z)²] = 1/2 exactly."};
    }
    if (name == "leaky_relu") {
        const double s = params[0];
        return {std::sqrt(2 / (1 + s * s)),
                "Both √(2/(1 + negative_slope²)): E[f(z)²] = (1 + negative_slope²)/2. PyTorch's calculate_gain takes "
                "the slope as its own argument (0.01 when none is given), not from the layer."};
    }
    if (name == "sigmoid") {
        return {1.0,
                "PyTorch's 1 is not derived from sigmoid. E[σ(z)²] ≈ 0.2933 gives 1.8466 here; sigmoid's output is "
                "not zero-centred (mean 1/2), so most of that second moment is its mean, which the next layer's "
                "zero-mean weights do not pass on as variance."};
    }
    if (name == "tanh") {
        return {5.0 / 3,
                "PyTorch's 5/3 is a heuristic, not derived: 1/√E[tanh(z)²] ≈ 1.5927 keeps the second moment at "
                "N(0, 1); 5/3 is larger, to hold the signal away from the origin where tanh is linear, and "
                "puts pre-activations further into saturation."};
    }
    if (name == "selu") {
        return {0.75,
                "PyTorch's 3/4 was found empirically for stable gradients in rectangular layers and gives up "
                "self-normalisation (its documentation says so, and recommends nonlinearity='linear', gain 1, for "
                "SELU networks). With SELU's constants E[selu(z)²] = 1, so the variance-preserving gain is 1: "
                "LeCun's initialisation, whose fixed point is (mean 0, variance 1)."};
    }
    if (name == "linear") {
        return {1.0, "Both 1: the identity keeps the second moment."};
    }
    if (name == "prelu" || name == "rrelu") {
        return {std::nullopt,
                "PyTorch's calculate_gain has no entry for this name; calculate_gain('leaky_relu', slope) with "
                "this activation's slope for x < 0 gives the same value as here."};
    }
    return {std::nullopt, "PyTorch's calculate_gain has no value for this activation (it raises ValueError)."};
}

}  // namespace activations::moments_detail
