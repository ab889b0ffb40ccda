// Dense networks [in, h1, …, hk, out]: every hidden layer applies one
// registry activation (any one, with its parameters and kink convention),
// the output layer is linear, tanh or sigmoid. Forward and backward go
// through the registry's f and f′, so every activation trains.
//
// Arithmetic order (fixed, so that a population of networks trained in SIMD
// lanes gives bit for bit what one network gives, population.hpp):
// - pre-activation z_i = b_i + W_i0·a_0 + W_i1·a_1 + … (bias first, then the
//   inputs in order, as TensorFlow Playground's nn.ts sums);
// - back-propagated sums start from 0 and add in increasing unit index;
// - a gradient is accumulated over points in their order, starting from 0,
//   and divided (not multiplied by a reciprocal) by the point count.
#pragma once

#include <cstddef>
#include <span>
#include <vector>

#include "activations/lab/limits.hpp"
#include "activations/lab/optimizer.hpp"
#include "activations/registry.hpp"
#include "activations/spec.hpp"

namespace activations::lab {

enum class OutputKind : int { linear = 0, tanh = 1, sigmoid = 2 };

// Losses per point; a batch's loss is their mean over points.
// - half_mse: ½ Σ_k (o_k − t_k)²  (TensorFlow Playground's SQUARE error)
// - mse: (1/K) Σ_k (o_k − t_k)²   (PyTorch's mse_loss, reduction "mean")
// - bce_logits: (1/K) Σ_k [max(z, 0) − z·t + ln(1 + e^−|z|)] on the output
//   layer's value z as a logit (PyTorch's binary_cross_entropy_with_logits);
//   needs a linear output.
enum class Loss : int { half_mse = 0, mse = 1, bce_logits = 2 };

struct HiddenActivation {
    ActivationId id = ActivationId::relu;
    ParamValues params{};
    KinkConvention kink = KinkConvention::pytorch;
};

struct Architecture {
    std::vector<std::size_t> widths;  // [in, h1, …, hk, out], validated by check_architecture
    HiddenActivation hidden;
    OutputKind output = OutputKind::linear;

    std::size_t layer_count() const { return widths.size() - 1; }  // weight layers
    std::size_t hidden_count() const { return widths.size() - 2; }
    // Offsets into the flat parameter list: layer l's weights (out × in,
    // row-major) then its biases.
    std::size_t weight_offset(std::size_t layer) const;
    std::size_t bias_offset(std::size_t layer) const;
    std::size_t parameter_count() const;
};

// Empty string when valid; otherwise what is wrong (widths within limits.hpp).
const char* check_architecture(const Architecture& architecture);

// What one forward pass leaves behind, per weight layer, feature-major:
// z[l][i · n + p] and a[l][i · n + p] for unit i and point p.
struct Trace {
    std::size_t points = 0;
    std::vector<double> x;  // the inputs, x[j · n + p]
    std::vector<std::vector<double>> z;
    std::vector<std::vector<double>> a;
};

class Network {
public:
    explicit Network(Architecture architecture);

    const Architecture& architecture() const { return architecture_; }
    std::span<double> parameters() { return parameters_; }
    std::span<const double> parameters() const { return parameters_; }

    // Inputs row-major n × in; outputs row-major n × out.
    void forward(std::span<const double> inputs, std::size_t n, std::span<double> outputs) const;
    // The same pass, keeping every layer's z and a.
    void trace(std::span<const double> inputs, std::size_t n, Trace& trace) const;

    // Adds the gradient of the summed loss over these n points to `sums`
    // (one entry per parameter) and returns the summed loss.
    double accumulate(std::span<const double> inputs, std::span<const double> targets, std::size_t n,
                      Loss loss, std::span<double> sums) const;
    // The gradient of the mean loss into `gradient`; returns the mean loss.
    double gradients(std::span<const double> inputs, std::span<const double> targets, std::size_t n,
                     Loss loss, std::span<double> gradient) const;
    // One optimiser step with the mean gradient over these points.
    double step(std::span<const double> inputs, std::span<const double> targets, std::size_t n, Loss loss,
                Optimizer& optimizer);

private:
    Architecture architecture_;
    std::vector<double> parameters_;
    mutable Trace scratch_;
    mutable std::vector<double> gradient_scratch_, delta_scratch_, delta_prev_scratch_;
};

}  // namespace activations::lab
