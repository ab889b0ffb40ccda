// Analysis of one network (dead, negative and alive units, Pr[h > 0] per
// layer, constancy on a set) and the experiments' agreement with networks
// trained one at a time: the population code is a faster way to compute
// exactly what single networks compute.
#include <catch.hpp>

#include <algorithm>
#include <cstring>
#include <vector>

#include "activations/lab/analysis.hpp"
#include "activations/lab/experiments.hpp"
#include "activations/lab/init.hpp"

using namespace activations;
using namespace activations::lab;

namespace {

bool same_bits(double a, double b) { return std::memcmp(&a, &b, sizeof a) == 0; }

// [1, 2, 1] with the given first layer and output weights 1, 1, biases 0.
Network tiny(ActivationId id, double w0, double b0, double w1, double b1) {
    Architecture arch;
    arch.widths = {1, 2, 1};
    arch.hidden = {id, default_params(id), KinkConvention::pytorch};
    Network network(arch);
    const double parameters[] = {w0, w1, b0, b1, 1, 1, 0};
    std::copy(std::begin(parameters), std::end(parameters), network.parameters().begin());
    return network;
}

}  // namespace

TEST_CASE("unit states: dead, negative but learning, alive; Pr[h > 0] per layer", "[lab][analysis]") {
    const std::vector<double> x{-1, 0, 1, 2};
    std::vector<UnitState> states(2);
    std::vector<double> active(1);
    // Unit 0 is z = x (positive on 2 of 4 points), unit 1 is z = −x − 5 < 0.
    unit_states(tiny(ActivationId::relu, 1, 0, -1, -5), x, 4, states, active);
    CHECK(states[0] == UnitState::alive);
    CHECK(states[1] == UnitState::dead);
    CHECK(active[0] == 2.0 / 8.0);
    // Leaky ReLU: the same unit is below zero everywhere but f′ = 0.01 there.
    unit_states(tiny(*find_activation("leaky_relu"), 1, 0, -1, -5), x, 4, states, active);
    CHECK(states[1] == UnitState::negative);
    // With relu′(0) = 0 (PyTorch), a unit whose z is exactly 0 everywhere is dead.
    unit_states(tiny(ActivationId::relu, 0, 0, -1, -5), x, 4, states, active);
    CHECK(states[0] == UnitState::dead);
    CHECK(active[0] == 0.0);
}

TEST_CASE("constant on a set: three points decide it for a zero-bias ReLU network", "[lab][analysis]") {
    const std::vector<double> three{-1, 0, 1}, two{-1, 1};
    // relu(x) + relu(−x) = |x|: equal at ±1, so two points would call it constant.
    const Network absolute = tiny(ActivationId::relu, 1, 0, -1, 0);
    CHECK(constant_on(absolute, two, 2));
    CHECK_FALSE(constant_on(absolute, three, 3));
    // Both units dead on [−1, 1]: the output is its bias everywhere.
    const Network dead = tiny(ActivationId::relu, 0, -1, 0, -2);
    CHECK(constant_on(dead, three, 3));
    CHECK(constant_on(dead, three, 1));
    // A 2-output network is constant only when each output is: h = relu(x),
    // outputs 0·h + 0 and w·h + 5.
    Architecture arch;
    arch.widths = {1, 1, 2};
    Network two_outputs(arch);
    const double parameters[] = {1, 0, /* output weights */ 0, 1, /* output biases */ 0, 5};
    std::copy(std::begin(parameters), std::end(parameters), two_outputs.parameters().begin());
    CHECK_FALSE(constant_on(two_outputs, three, 3));
    two_outputs.parameters()[3] = 0;
    CHECK(constant_on(two_outputs, three, 3));
}

// The collapse experiment flags a network born dead by its last hidden
// layer (two points, experiments.hpp); the output's constancy at {−1, 0, 1}
// must agree (up to a measure-zero event: output weights cancelling).
TEST_CASE("the born-dead test agrees with constancy of the output at {−1, 0, 1}", "[lab][analysis]") {
    const std::size_t trials = 40;
    CollapseSettings collapse;
    collapse.width = 2;
    collapse.depth = 6;
    collapse.steps = 0;
    collapse.seed = 21;
    std::vector<double> errors(trials), ranges(trials);
    std::vector<std::uint8_t> born_dead(trials);
    collapse_trials(collapse, 0, trials, errors, ranges, born_dead);
    Architecture arch;
    arch.widths = {1, 2, 2, 2, 2, 2, 2, 1};
    const std::vector<double> three{-1, 0, 1};
    std::size_t agreeing = 0, constant = 0;
    for (std::size_t t = 0; t < trials; ++t) {
        Network network(arch);
        initialise(network, collapse.init, collapse.seed, t);
        const bool flat = constant_on(network, three, 3);
        constant += flat;
        agreeing += flat == static_cast<bool>(born_dead[t]);
    }
    CHECK(constant > 0);
    CHECK(agreeing == trials);
}

TEST_CASE("the collapse experiment's trials are single networks trained alone, bit for bit", "[lab][analysis]") {
    struct Case {
        std::size_t width, depth;
        OptimizerSettings optimizer;
        const char* activation;
    };
    const Case cases[] = {
        {2, 10, {OptimizerKind::adam, 1e-3}, "relu"},
        {3, 4, {OptimizerKind::adam, 1e-2}, "leaky_relu"},
        {4, 3, {OptimizerKind::sgd, 0.05}, "relu"},
    };
    for (const Case& c : cases) {
        CollapseSettings settings;
        settings.width = c.width;
        settings.depth = c.depth;
        settings.steps = 150;
        settings.optimizer = c.optimizer;
        const ActivationId id = *find_activation(c.activation);
        settings.activation = {id, default_params(id), KinkConvention::pytorch};
        settings.seed = 8;
        const std::size_t first = 3, trials = 11;  // more than one block of lanes, and a partial one
        std::vector<double> errors(trials), ranges(trials);
        std::vector<std::uint8_t> born_dead(trials);
        collapse_trials(settings, first, trials, errors, ranges, born_dead);

        Architecture arch;
        arch.widths.assign(c.depth + 2, c.width);
        arch.widths.front() = arch.widths.back() = 1;
        arch.hidden = settings.activation;
        std::vector<double> x, target;
        collapse_grid(settings.points, x, target);
        for (std::size_t t = 0; t < trials; ++t) {
            Network network(arch);
            initialise(network, settings.init, settings.seed, first + t);
            Optimizer optimizer(settings.optimizer, arch.parameter_count());
            for (std::size_t s = 0; s < settings.steps; ++s) network.step(x, target, settings.points, settings.loss, optimizer);
            std::vector<double> gradient(arch.parameter_count()), out(settings.points);
            const double error = network.gradients(x, target, settings.points, settings.loss, gradient);
            network.forward(x, settings.points, out);
            const auto [low, high] = std::minmax_element(out.begin(), out.end());
            INFO(c.activation << " width " << c.width << " depth " << c.depth << ", trial " << first + t);
            CHECK(same_bits(errors[t], error));
            CHECK(same_bits(ranges[t], *high - *low));
        }
    }
}
