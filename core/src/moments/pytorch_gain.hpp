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
                "PyTorch's 1 is not derived from sigmoid's moments: E[σ(z)²] ≈ 0.2934 at N(0, 1) gives 1.8462 "
                "here. With zero-mean weights the next layer's variance is fan_in·Var(W)·E[f²], sigmoid's mean of "
                "1/2 included: a gain of 1 takes pre-activations of variance 1 to 0.29 in the next layer, and a deep "
                "network's to q* ≈ 0.26 (σ_w² = 1, no bias)."};
    }
    if (name == "tanh") {
        return {5.0 / 3,
                "PyTorch's 5/3 is a heuristic, with no derivation in its source: 1/√E[tanh(z)²] ≈ 1.5925 keeps "
                "the second moment of N(0, 1); 5/3 is 4.7% larger, so a deep tanh network's pre-activation "
                "variance settles at q* ≈ 1.18 (σ_w² = 25/9, no bias) instead of 1."};
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
