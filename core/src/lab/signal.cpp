// Experiment 4, signal through depth (experiments.hpp). The networks are
// wide (up to kMaxWidth), so each trial runs alone with its points in the
// vector lanes.
#include <cmath>
#include <vector>

#include "activations/lab/analysis.hpp"
#include "activations/lab/experiments.hpp"
#include "activations/lab/random.hpp"

namespace activations::lab {

void signal_trials(const SignalSettings& settings, std::size_t first, std::size_t count, std::span<double> ratio,
                   std::span<double> dead_share, std::span<double> gradient_norm) {
    const std::size_t n = settings.width, depth = settings.depth, points = settings.inputs;
    Architecture arch;
    arch.widths.assign(depth + 2, n);
    arch.hidden = settings.activation;
    arch.output = OutputKind::linear;
    Network network(arch);
    std::vector<double> x(points * n), zero_targets(points * n, 0.0), gradient(arch.parameter_count());
    std::vector<UnitState> states(n * depth);
    std::vector<double> active(depth);
    Trace trace;
    for (std::size_t t = 0; t < count; ++t) {
        Random random(settings.seed, first + t);
        initialise(network, settings.init, random);
        for (double& value : x) value = random.normal();
        double input_square = 0;
        for (double value : x) input_square = input_square + value * value;
        input_square = input_square / static_cast<double>(x.size());
        network.trace(x, points, trace);
        unit_states(network, x, points, states, active);
        network.gradients(x, zero_targets, points, Loss::half_mse, gradient);
        for (std::size_t l = 0; l < depth; ++l) {
            double square = 0;
            for (double value : trace.a[l]) square = square + value * value;
            square = square / static_cast<double>(trace.a[l].size());
            ratio[t * depth + l] = square / input_square;
            std::size_t dead = 0;
            for (std::size_t i = 0; i < n; ++i) dead += states[l * n + i] == UnitState::dead;
            dead_share[t * depth + l] = static_cast<double>(dead) / static_cast<double>(n);
            double norm = 0;
            const double* g = gradient.data() + arch.weight_offset(l);
            for (std::size_t k = 0; k < n * arch.widths[l]; ++k) norm = norm + g[k] * g[k];
            gradient_norm[t * depth + l] = std::sqrt(norm);
        }
    }
}

}  // namespace activations::lab
