// Unit states and activation probabilities (analysis.hpp).
#include "activations/lab/analysis.hpp"

#include <algorithm>
#include <vector>

#include "visit.hpp"

namespace activations::lab {

void UnitWatch::reset(std::size_t units) {
    positive_.assign(units, 0);
    gradient_.assign(units, 0);
    active_ = 0;
    seen_ = 0;
}

bool constant_on(const Network& network, std::span<const double> inputs, std::size_t n) {
    const std::size_t outputs = network.architecture().widths.back();
    std::vector<double> values(n * outputs);
    network.forward(inputs, n, values);
    for (std::size_t p = 1; p < n; ++p) {
        for (std::size_t k = 0; k < outputs; ++k) {
            // == so that +0 and −0 are the same value; a NaN output is never constant.
            if (!(values[p * outputs + k] == values[k])) return false;
        }
    }
    return true;
}

std::size_t hidden_unit_count(const Architecture& architecture) {
    std::size_t units = 0;
    for (std::size_t l = 1; l + 1 < architecture.widths.size(); ++l) units += architecture.widths[l];
    return units;
}

void unit_states(const Network& network, std::span<const double> inputs, std::size_t n,
                 std::span<UnitState> states, std::span<double> active_probability) {
    const Architecture& arch = network.architecture();
    Trace trace;
    network.trace(inputs, n, trace);
    std::size_t first = 0;
    activations::detail::visit(arch.hidden.id, arch.hidden.params, [&](const auto& f) {
        for (std::size_t l = 0; l < arch.hidden_count(); ++l) {
            const std::size_t units = arch.widths[l + 1];
            UnitWatch watch;
            watch.reset(units);
            for (std::size_t i = 0; i < units; ++i) {
                for (std::size_t p = 0; p < n; ++p) {
                    const double z = trace.z[l][i * n + p];
                    watch.see(i, z, f.derivative(z, arch.hidden.kink));
                }
                states[first + i] = watch.state(i);
            }
            active_probability[l] = n == 0 ? 0.0 : static_cast<double>(watch.active()) / static_cast<double>(watch.seen());
            first += units;
        }
    });
}

}  // namespace activations::lab
