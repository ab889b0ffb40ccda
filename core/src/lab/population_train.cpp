// Training a block of kLanes networks on one set of points
// (population.hpp): step() by step, or train(), which freezes the layers
// dead from the first step and skips what their exactness makes
// unnecessary, with bit for bit the same results.
#include <cstring>

#include "activations/lab/population.hpp"
#include "visit.hpp"

namespace activations::lab {

namespace {
constexpr std::size_t B = kLanes;
}  // namespace

std::size_t PopulationBlock::frozen_layers(std::size_t n) const {
    const Architecture& arch = architecture_;
    const std::size_t hidden = arch.hidden_count();
    if (batch_.a.size() < hidden || n == 0) return 0;
    return activations::detail::visit(arch.hidden.id, arch.hidden.params, [&](const auto& f) {
        std::size_t frozen = arch.layer_count();
        for (std::size_t q = 0; q < B; ++q) {
            std::size_t first_dead = hidden;  // none
            for (std::size_t l = 0; l < hidden && first_dead == hidden; ++l) {
                const std::size_t count = arch.widths[l + 1] * n;
                bool dead = batch_.a[l].size() >= count * B;
                for (std::size_t k = 0; dead && k < count; ++k) {
                    const double z = batch_.z[l][k * B + q], a = batch_.a[l][k * B + q];
                    dead = a == 0 && f.derivative(z, arch.hidden.kink) == 0;
                }
                if (dead) first_dead = l;
            }
            if (first_dead == hidden) return std::size_t{0};
            frozen = std::min(frozen, first_dead + 1);
        }
        return frozen;
    });
}

bool PopulationBlock::same_at_every_point(std::size_t layer, std::size_t n) const {
    const std::vector<double>& a = batch_.a[layer];
    const std::size_t units = architecture_.widths[layer + 1];
    for (std::size_t i = 0; i < units; ++i) {
        const double* first = a.data() + i * n * B;
        for (std::size_t p = 1; p < n; ++p) {
            if (std::memcmp(first, first + p * B, B * sizeof(double)) != 0) return false;
        }
    }
    return true;
}

void PopulationBlock::train(std::span<const double> inputs, std::span<const double> targets, std::size_t n,
                            Loss loss, Optimizer& optimizer, std::size_t steps) {
    std::size_t frozen = 0;
    bool uniform = false;
    for (std::size_t s = 0; s < steps; ++s) {
        sums_.assign(parameter_count_ * B, 0.0);
        if (!accumulate_from(frozen, uniform, inputs, targets, n, loss, sums_, nullptr)) {
            frozen = 0;
            uniform = false;
            sums_.assign(parameter_count_ * B, 0.0);
            accumulate_from(0, false, inputs, targets, n, loss, sums_, nullptr);
        }
        // Layers dead at the first step only: their gradients have been
        // exactly 0 from the start, so Adam's moments for them are +0 and
        // their parameters never move. A layer that dies later may still
        // move by Adam's momentum and come back to life, so it is not frozen.
        std::size_t fixed = 0;  // leading parameters (lane-major) the optimiser may skip
        if (s == 0) {
            frozen = frozen_layers(n);
            uniform = frozen > 0 && same_at_every_point(frozen - 1, n);
        } else if (frozen > 0) {
            // Their gradients are +0 and their moments +0: the update would
            // leave parameter, m and v as they are, bit for bit.
            fixed = weight_offsets_[frozen] * B;
        }
        optimizer.apply(parameters_, sums_, static_cast<double>(n), fixed);
    }
}

void PopulationBlock::step(std::span<const double> inputs, std::span<const double> targets, std::size_t n,
                           Loss loss, Optimizer& optimizer, double* loss_per_lane) {
    sums_.assign(parameter_count_ * B, 0.0);
    accumulate(inputs, targets, n, loss, sums_, loss_per_lane);
    optimizer.apply(parameters_, sums_, static_cast<double>(n));
}

}  // namespace activations::lab
