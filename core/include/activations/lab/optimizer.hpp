// Optimisers over a flat list of parameters (one network's, or a
// population's in SIMD lanes: the update is element-wise, so both give the
// same bits).
// - SGD: p ← p − lr · g, with g the batch-averaged gradient.
// - Adam as PyTorch's torch.optim.Adam (amsgrad off, no weight decay), in
//   the order of operations of PyTorch 1.13's _single_tensor_adam (the
//   version the gradient fixture comes from; later versions write the first
//   line as a lerp, m + (1 − β1)(g − m), which rounds differently):
//   m ← β1·m + (1 − β1)·g
//   v ← β2·v + (1 − β2)·g·g
//   p ← p − (lr / (1 − β1^t)) · m / (√v / √(1 − β2^t) + ε)
//   with β1 = 0.9, β2 = 0.999, ε = 1e−8 by default and t the step count
//   from 1. β^t is computed by repeated squaring (no libm pow), which is
//   within a few ulps of PyTorch's Python float power.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace activations::lab {

enum class OptimizerKind : int { sgd = 0, adam = 1 };

struct OptimizerSettings {
    OptimizerKind kind = OptimizerKind::sgd;
    double learning_rate = 0.01;
    double beta1 = 0.9;
    double beta2 = 0.999;
    double epsilon = 1e-8;
};

class Optimizer {
public:
    Optimizer(OptimizerSettings settings, std::size_t parameter_count);

    // One step: g = sums[k] / count for every parameter k ≥ first. The
    // parameters before `first` are left alone, which is the step itself
    // when their gradients and Adam's moments are all zero.
    void apply(std::span<double> parameters, std::span<const double> sums, double count, std::size_t first = 0);

    const OptimizerSettings& settings() const { return settings_; }
    std::uint64_t steps() const { return steps_; }
    void reset();

private:
    OptimizerSettings settings_;
    std::uint64_t steps_ = 0;
    std::vector<double> first_moment_;
    std::vector<double> second_moment_;
};

// x^n for n ≥ 0 by repeated squaring.
double power(double x, std::uint64_t n);

}  // namespace activations::lab
