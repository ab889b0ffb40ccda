// Experiment 1, born dead by depth (experiments.hpp), and the constancy
// test it shares with experiment 2.
#include <algorithm>
#include <vector>

#include "activations/lab/experiments.hpp"
#include "activations/lab/population.hpp"
#include "lab/constancy.hpp"
#include "lab/trial_block.hpp"

namespace activations::lab {

bool two_point_test_applies(const HiddenActivation& activation, const InitSettings& init) {
    const bool zero_bias = init.bias == BiasKind::zero ||
                           (init.bias == BiasKind::constant && init.bias_value == 0) ||
                           (init.bias == BiasKind::initialiser && init.kind != InitKind::pytorch &&
                            init.kind != InitKind::playground);
    const ActivationId id = activation.id;
    const bool homogeneous = id == ActivationId::relu || id == ActivationId::leaky_relu ||
                             id == ActivationId::prelu || id == ActivationId::rrelu;
    return zero_bias && homogeneous;
}

namespace detail {

std::vector<double> constancy_points(bool two_point) {
    if (two_point) return {1.0, -1.0};
    std::vector<double> grid(kConstancyGrid);
    for (std::size_t i = 0; i < kConstancyGrid; ++i) {
        grid[i] = -1 + 2 * static_cast<double>(i) / static_cast<double>(kConstancyGrid - 1);
    }
    return grid;
}

void constant_layers(PopulationBlock& block, bool two_point, std::size_t hidden_layers,
                     std::vector<std::uint8_t>& constant) {
    const Architecture& arch = block.architecture();
    constant.assign(hidden_layers * kLanes, 1);
    std::vector<std::vector<double>> first_values(hidden_layers);
    const std::vector<double> points = constancy_points(two_point);
    for (std::size_t p = 0; p < points.size(); ++p) {
        block.forward_point(&points[p]);
        for (std::size_t l = 0; l < hidden_layers; ++l) {
            const std::size_t size = arch.widths[l + 1] * kLanes;
            const double* a = block.a(l);
            std::uint8_t* flags = constant.data() + l * kLanes;
            if (two_point) {
                // Constant exactly when the layer is zero at both points.
                for (std::size_t k = 0; k < size; ++k) {
                    if (a[k] != 0) flags[k % kLanes] = 0;
                }
            } else if (p == 0) {
                first_values[l].assign(a, a + size);
            } else {
                for (std::size_t k = 0; k < size; ++k) {
                    if (a[k] != first_values[l][k]) flags[k % kLanes] = 0;
                }
            }
        }
    }
}

}  // namespace detail

void born_dead_trials(const BornDeadSettings& settings, std::size_t first, std::size_t count,
                      std::span<std::uint8_t> dead) {
    Architecture arch;
    arch.widths.assign(settings.max_depth + 2, settings.width);
    arch.widths.front() = 1;
    arch.widths.back() = 1;
    arch.hidden = settings.activation;
    PopulationBlock block(arch);
    const bool two_point = two_point_test_applies(settings.activation, settings.init);
    std::vector<std::uint8_t> constant;
    for (std::size_t done = 0; done < count;) {
        const std::size_t lanes = detail::load_trials(block, settings.init, settings.seed, first + done, count - done);
        detail::constant_layers(block, two_point, settings.max_depth, constant);
        for (std::size_t q = 0; q < lanes; ++q) {
            for (std::size_t l = 0; l < settings.max_depth; ++l) {
                dead[(done + q) * settings.max_depth + l] = constant[l * kLanes + q];
            }
        }
        done += lanes;
    }
}

}  // namespace activations::lab
