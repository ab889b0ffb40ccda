// SGD and Adam (formulas in activations/lab/optimizer.hpp).
#include "activations/lab/optimizer.hpp"

#include <algorithm>
#include <cmath>

namespace activations::lab {

double power(double x, std::uint64_t n) {
    double result = 1;
    while (n > 0) {
        if (n & 1) result *= x;
        x *= x;
        n >>= 1;
    }
    return result;
}

Optimizer::Optimizer(OptimizerSettings settings, std::size_t parameter_count) : settings_(settings) {
    if (settings_.kind == OptimizerKind::adam) {
        first_moment_.assign(parameter_count, 0.0);
        second_moment_.assign(parameter_count, 0.0);
    }
}

void Optimizer::reset() {
    steps_ = 0;
    std::fill(first_moment_.begin(), first_moment_.end(), 0.0);
    std::fill(second_moment_.begin(), second_moment_.end(), 0.0);
}

void Optimizer::apply(std::span<double> parameters, std::span<const double> sums, double count, std::size_t first) {
    ++steps_;
    const std::size_t n = parameters.size();
    // No aliasing among the arrays, so the loops vectorise.
    double* __restrict p = parameters.data();
    const double* __restrict s = sums.data();
    const double lr = settings_.learning_rate;
    if (settings_.kind == OptimizerKind::sgd) {
        for (std::size_t k = first; k < n; ++k) p[k] = p[k] - lr * (s[k] / count);
        return;
    }
    const double beta1 = settings_.beta1, beta2 = settings_.beta2, eps = settings_.epsilon;
    const double weight1 = 1 - beta1, weight2 = 1 - beta2;
    const double step_size = lr / (1 - power(beta1, steps_));
    const double correction2_sqrt = std::sqrt(1 - power(beta2, steps_));
    double* __restrict m = first_moment_.data();
    double* __restrict v = second_moment_.data();
    for (std::size_t k = first; k < n; ++k) {
        const double g = s[k] / count;
        m[k] = m[k] * beta1 + weight1 * g;
        v[k] = v[k] * beta2 + weight2 * g * g;
        const double denominator = std::sqrt(v[k]) / correction2_sqrt + eps;
        p[k] = p[k] + (-step_size * m[k]) / denominator;
    }
}

}  // namespace activations::lab
