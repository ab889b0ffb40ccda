// Experiment 2, collapse during training (experiments.hpp).
#include <algorithm>
#include <cmath>
#include <vector>

#include "activations/lab/experiments.hpp"
#include "activations/lab/population.hpp"
#include "lab/constancy.hpp"
#include "lab/trial_block.hpp"

namespace activations::lab {

void collapse_grid(std::size_t points, std::vector<double>& x, std::vector<double>& target) {
    x.resize(points);
    target.resize(points);
    for (std::size_t i = 0; i < points; ++i) {
        x[i] = points == 1 ? 0.0 : -1 + 2 * static_cast<double>(i) / static_cast<double>(points - 1);
        target[i] = std::fabs(x[i]);
    }
}

void collapse_trials(const CollapseSettings& settings, std::size_t first, std::size_t count,
                     std::span<double> errors, std::span<double> ranges, std::span<std::uint8_t> born_dead) {
    Architecture arch;
    arch.widths.assign(settings.depth + 2, settings.width);
    arch.widths.front() = 1;
    arch.widths.back() = 1;
    arch.hidden = settings.activation;
    arch.output = OutputKind::linear;
    PopulationBlock block(arch);
    std::vector<double> x, target;
    collapse_grid(settings.points, x, target);
    const bool two_point = two_point_test_applies(settings.activation, settings.init);
    std::vector<std::uint8_t> constant;
    const std::size_t last_hidden = settings.depth - 1;
    for (std::size_t done = 0; done < count;) {
        const std::size_t lanes = detail::load_trials(block, settings.init, settings.seed, first + done, count - done);
        detail::constant_layers(block, two_point, settings.depth, constant);
        Optimizer optimizer(settings.optimizer, block.parameter_count() * kLanes);
        double loss[kLanes];
        for (std::size_t s = 0; s < settings.steps; ++s) {
            std::fill(loss, loss + kLanes, 0.0);
            block.step(x, target, settings.points, settings.loss, optimizer, loss);
        }
        // The final error and output range, after the last step.
        double final_loss[kLanes] = {}, low[kLanes], high[kLanes];
        std::fill(low, low + kLanes, INFINITY);
        std::fill(high, high + kLanes, -INFINITY);
        std::vector<double> sums(block.parameter_count() * kLanes, 0.0);
        block.accumulate(x, target, settings.points, settings.loss, sums, final_loss);
        for (std::size_t p = 0; p < settings.points; ++p) {
            block.forward_point(&x[p]);
            const double* out = block.a(settings.depth);
            for (std::size_t q = 0; q < kLanes; ++q) {
                low[q] = std::min(low[q], out[q]);
                high[q] = std::max(high[q], out[q]);
            }
        }
        for (std::size_t q = 0; q < lanes; ++q) {
            errors[done + q] = final_loss[q] / static_cast<double>(settings.points);
            ranges[done + q] = high[q] - low[q];
            born_dead[done + q] = constant[last_hidden * kLanes + q];
        }
        done += lanes;
    }
}

}  // namespace activations::lab
