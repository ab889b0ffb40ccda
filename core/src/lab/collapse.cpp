// Experiment 2, collapse during training (experiments.hpp).
#include <algorithm>
#include <cmath>
#include <numeric>
#include <vector>

#include "activations/lab/experiments.hpp"
#include "activations/lab/population.hpp"
#include "lab/constancy.hpp"
#include "visit.hpp"

namespace activations::lab {

void collapse_grid(std::size_t points, std::vector<double>& x, std::vector<double>& target) {
    x.resize(points);
    target.resize(points);
    for (std::size_t i = 0; i < points; ++i) {
        x[i] = points == 1 ? 0.0 : -1 + 2 * static_cast<double>(i) / static_cast<double>(points - 1);
        target[i] = std::fabs(x[i]);
    }
}

namespace {

// The first hidden layer with a = 0 and f′(z) = 0 on every point of the
// grid at initialisation (depth when there is none). Trials are grouped by
// it so that a block's lanes share their frozen layers
// (PopulationBlock::train); each trial's result is its own whatever its
// block.
std::size_t first_dead_layer(const Network& network, const std::vector<double>& x) {
    const Architecture& arch = network.architecture();
    Trace trace;
    network.trace(x, x.size(), trace);
    return activations::detail::visit(arch.hidden.id, arch.hidden.params, [&](const auto& f) {
        for (std::size_t l = 0; l < arch.hidden_count(); ++l) {
            bool dead = true;
            for (std::size_t k = 0; dead && k < trace.z[l].size(); ++k) {
                dead = trace.a[l][k] == 0 && f.derivative(trace.z[l][k], arch.hidden.kink) == 0;
            }
            if (dead) return l;
        }
        return arch.hidden_count();
    });
}

}  // namespace

void collapse_trials(const CollapseSettings& settings, std::size_t first, std::size_t count,
                     std::span<double> errors, std::span<double> ranges, std::span<std::uint8_t> born_dead) {
    Architecture arch;
    arch.widths.assign(settings.depth + 2, settings.width);
    arch.widths.front() = 1;
    arch.widths.back() = 1;
    arch.hidden = settings.activation;
    arch.output = OutputKind::linear;
    std::vector<double> x, target;
    collapse_grid(settings.points, x, target);

    std::vector<Network> networks;
    std::vector<std::size_t> dead_layer(count), order(count);
    networks.reserve(count);
    for (std::size_t t = 0; t < count; ++t) {
        networks.emplace_back(arch);
        initialise(networks.back(), settings.init, settings.seed, first + t);
        dead_layer[t] = first_dead_layer(networks.back(), x);
    }
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return dead_layer[a] < dead_layer[b]; });

    PopulationBlock block(arch);
    const bool two_point = two_point_test_applies(settings.activation, settings.init);
    std::vector<std::uint8_t> constant;
    const std::size_t last_hidden = settings.depth - 1;
    for (std::size_t done = 0; done < count; done += kLanes) {
        const std::size_t lanes = std::min(kLanes, count - done);
        // Lanes past the last trial repeat it; their results are ignored.
        for (std::size_t q = 0; q < kLanes; ++q) block.load(q, networks[order[done + std::min(q, lanes - 1)]]);
        detail::constant_layers(block, two_point, settings.depth, constant);
        Optimizer optimizer(settings.optimizer, block.parameter_count() * kLanes);
        block.train(x, target, settings.points, settings.loss, optimizer, settings.steps);
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
            const std::size_t t = order[done + q];
            errors[t] = final_loss[q] / static_cast<double>(settings.points);
            ranges[t] = high[q] - low[q];
            born_dead[t] = constant[last_hidden * kLanes + q];
        }
    }
}

}  // namespace activations::lab
