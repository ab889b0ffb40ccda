// Back-propagation against central differences of the loss, for every
// activation in the registry (the loop reads the registry, so a new
// activation is covered without editing this file), every output and loss.
#include <catch.hpp>

#include <cmath>
#include <string>
#include <vector>

#include "activations/activations.hpp"
#include "activations/lab/network.hpp"
#include "activations/lab/random.hpp"

using namespace activations;
using namespace activations::lab;

namespace {

struct Setting {
    OutputKind output;
    Loss loss;
};

// True when no hidden pre-activation lies on a breakpoint of f or crosses
// one between the two perturbed networks: only then is the loss smooth
// along the difference.
bool smooth_between(const Network& plus, const Network& minus, const std::vector<double>& x, std::size_t n,
                    const Breakpoints& breaks) {
    Trace a, b;
    plus.trace(x, n, a);
    minus.trace(x, n, b);
    for (std::size_t l = 0; l + 1 < a.z.size(); ++l) {
        for (std::size_t k = 0; k < a.z[l].size(); ++k) {
            for (std::size_t c = 0; c < breaks.count; ++c) {
                const double u = a.z[l][k] - breaks.x[c], v = b.z[l][k] - breaks.x[c];
                if (u == 0 || v == 0 || (u > 0) != (v > 0)) return false;
            }
        }
    }
    return true;
}

}  // namespace

TEST_CASE("gradients match central differences for every registry activation", "[lab][gradient]") {
    const Setting settings[] = {
        {OutputKind::linear, Loss::half_mse}, {OutputKind::tanh, Loss::mse},
        {OutputKind::sigmoid, Loss::half_mse}, {OutputKind::linear, Loss::bce_logits},
    };
    for (const ActivationSpec& spec : registry()) {
        const ActivationId id = *find_activation(spec.name);
        const ParamValues params = default_params(id);
        const Breakpoints breaks = breakpoints(id, params);
        for (const Setting& setting : settings) {
            Architecture arch;
            arch.widths = {3, 5, 4, 2};
            arch.hidden = {id, params, KinkConvention::pytorch};
            arch.output = setting.output;
            Network network(arch);
            Random random(static_cast<std::uint64_t>(id) + 100, static_cast<std::uint64_t>(setting.loss));
            for (double& p : network.parameters()) p = random.normal() * 0.8;
            const std::size_t n = 6;
            std::vector<double> x(n * 3), t(n * 2);
            for (double& v : x) v = random.normal() * 1.5;
            for (double& v : t) v = setting.loss == Loss::bce_logits ? random.uniform() : random.normal();
            std::vector<double> gradient(arch.parameter_count());
            network.gradients(x, t, n, setting.loss, gradient);
            std::size_t checked = 0;
            std::vector<double> scratch(gradient.size());
            // The central difference with step h, or NaN when a pre-activation
            // meets a breakpoint between the two perturbed networks.
            const auto central = [&](std::size_t k, double h) {
                Network plus = network, minus = network;
                const double theta = network.parameters()[k];
                plus.parameters()[k] = theta + h;
                minus.parameters()[k] = theta - h;
                if (!smooth_between(plus, minus, x, n, breaks)) return std::nan("");
                const double up = plus.gradients(x, t, n, setting.loss, scratch);
                const double down = minus.gradients(x, t, n, setting.loss, scratch);
                return (up - down) / ((theta + h) - (theta - h));
            };
            for (std::size_t k = 0; k < gradient.size(); ++k) {
                const double h = 1e-5 * std::max(1.0, std::fabs(network.parameters()[k]));
                const double coarse = central(k, h), fine = central(k, h / 2);
                if (std::isnan(coarse) || std::isnan(fine)) continue;
                // Richardson extrapolation cancels the h² term of the
                // truncation error (D(h) = g + c·h² + O(h⁴)), which the
                // high-frequency activations (sine with ω₀ = 30, whose f‴ is
                // 27,000 times sin's) make large at any usable h.
                const double numeric = (4 * fine - coarse) / 3;
                INFO(spec.name << ", output " << int(setting.output) << ", loss " << int(setting.loss)
                               << ", parameter " << k << ": analytic " << gradient[k] << ", numeric " << numeric);
                // Truncation ~h⁴·f⁽⁵⁾, rounding ~ε·loss/h, both far below these.
                CHECK(std::fabs(numeric - gradient[k]) <= 1e-6 + 1e-5 * std::fabs(gradient[k]));
                ++checked;
            }
            INFO(spec.name << ": " << checked << " of " << gradient.size() << " parameters away from kinks");
            CHECK(checked * 2 >= gradient.size());
        }
    }
}

TEST_CASE("gradients of the mean loss are the mean of per-point gradients", "[lab][gradient]") {
    Architecture arch;
    arch.widths = {2, 3, 1};
    Network network(arch);
    Random random(5);
    for (double& p : network.parameters()) p = random.normal();
    const std::vector<double> x{0.3, -1.2, 2.0, 0.7}, t{0.5, -0.25};
    std::vector<double> both(arch.parameter_count()), first(both.size()), second(both.size());
    const double loss = network.gradients(x, t, 2, Loss::half_mse, both);
    const double loss1 = network.gradients(std::span(x).first(2), std::span(t).first(1), 1, Loss::half_mse, first);
    const double loss2 = network.gradients(std::span(x).last(2), std::span(t).last(1), 1, Loss::half_mse, second);
    CHECK(loss == Approx((loss1 + loss2) / 2).epsilon(1e-15));
    for (std::size_t k = 0; k < both.size(); ++k) CHECK(both[k] == Approx((first[k] + second[k]) / 2).epsilon(1e-14).margin(1e-300));
}
