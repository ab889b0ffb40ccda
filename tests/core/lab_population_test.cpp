// Networks trained together in a population block end bit for bit where
// the same networks trained alone end: for every registry activation, with
// Adam and SGD, and for the Playground experiment against its live run.
#include <catch.hpp>

#include <cstring>
#include <vector>

#include "activations/lab/analysis.hpp"
#include "activations/lab/experiments.hpp"
#include "activations/lab/init.hpp"
#include "activations/lab/playground_run.hpp"
#include "activations/lab/population.hpp"

using namespace activations;
using namespace activations::lab;

namespace {

bool same_bits(double a, double b) { return std::memcmp(&a, &b, sizeof a) == 0; }

}  // namespace

TEST_CASE("a population trains each network exactly as it trains alone", "[lab][population]") {
    const std::size_t networks = kLanes + 3;  // one full block and a partial one
    const std::size_t n = 16;
    std::vector<double> x(n * 2), t(n * 2);
    Random data(99);
    for (double& v : x) v = data.normal();
    for (double& v : t) v = data.normal();
    struct Case {
        OptimizerSettings optimizer;
        Loss loss;
        OutputKind output;
        KinkConvention kink;
    };
    const Case cases[] = {
        {{OptimizerKind::adam, 0.01}, Loss::mse, OutputKind::linear, KinkConvention::pytorch},
        {{OptimizerKind::sgd, 0.3}, Loss::half_mse, OutputKind::tanh, KinkConvention::right},
    };
    for (const ActivationSpec& spec : registry()) {
        const ActivationId id = *find_activation(spec.name);
        for (const Case& c : cases) {
            Architecture arch;
            arch.widths = {2, 4, 3, 2};
            arch.hidden = {id, default_params(id), c.kink};
            arch.output = c.output;
            const InitSettings init{InitKind::he_normal, BiasKind::drawn, 0};
            PopulationBlock block(arch);
            std::vector<Network> alone;
            for (std::size_t first = 0; first < networks; first += kLanes) {
                for (std::size_t q = 0; q < kLanes; ++q) {
                    Network network(arch);
                    initialise(network, init, 3, std::min(first + q, networks - 1));
                    block.load(q, network);
                }
                Optimizer together(c.optimizer, block.parameter_count() * kLanes);
                double losses[kLanes] = {};
                for (int s = 0; s < 12; ++s) block.step(x, t, n, c.loss, together, losses);
                for (std::size_t q = 0; q < kLanes && first + q < networks; ++q) {
                    Network network(arch);
                    initialise(network, init, 3, first + q);
                    Optimizer optimizer(c.optimizer, arch.parameter_count());
                    for (int s = 0; s < 12; ++s) network.step(x, t, n, c.loss, optimizer);
                    Network trained(arch);
                    block.store(q, trained);
                    std::size_t differing = 0;
                    for (std::size_t k = 0; k < arch.parameter_count(); ++k) {
                        differing += !same_bits(trained.parameters()[k], network.parameters()[k]);
                    }
                    INFO(spec.name << ", optimiser " << int(c.optimizer.kind) << ", network " << first + q);
                    CHECK(differing == 0);
                }
            }
        }
    }
}

TEST_CASE("the Playground experiment's trials match their live runs", "[lab][population]") {
    PlaygroundSettings settings;
    settings.learning_rate = 3;
    settings.epochs = 4;
    settings.batch = 7;  // 250 is not a multiple: left-over points carry into the next epoch's first update
    for (ActivationId id : {ActivationId::relu, ActivationId::leaky_relu}) {
        settings.activation = {id, default_params(id), KinkConvention::pytorch};
        const std::size_t trials = 3, units = 16, epochs = settings.epochs;
        std::vector<std::int32_t> death(trials * units);
        std::vector<std::uint8_t> state(trials * units);
        std::vector<double> active(trials * (epochs + 1) * 2), accuracy(trials * (epochs + 1)), loss(trials * (epochs + 1));
        playground_trials(settings, 5, trials, {death, state, active, accuracy, loss});
        for (std::size_t t = 0; t < trials; ++t) {
            PlaygroundRun run(settings, 5 + t);
            for (std::size_t e = 0; e <= epochs; ++e) {
                if (e > 0) run.step_epoch();
                INFO("trial " << t << ", epoch " << e);
                CHECK(run.epoch() == e);
                CHECK(same_bits(run.accuracy(true), accuracy[t * (epochs + 1) + e]));
                CHECK(same_bits(run.loss(false), loss[t * (epochs + 1) + e]));
            }
            std::vector<UnitState> states(units);
            double probability[2];
            unit_states(run.network(), run.data().train_x, run.data().train_label.size(), states, probability);
            for (std::size_t u = 0; u < units; ++u) CHECK(static_cast<int>(states[u]) == state[t * units + u]);
            CHECK(same_bits(probability[0], active[(t * (epochs + 1) + epochs) * 2]));
            CHECK(same_bits(probability[1], active[(t * (epochs + 1) + epochs) * 2 + 1]));
        }
    }
}

TEST_CASE("train() with frozen dead layers ends where step() by step ends", "[lab][population]") {
    // Deep narrow ReLU networks with zero biases: blocks of networks that
    // are all born dead (so train() skips the layers below their dead
    // layers) and blocks of mixed ones.
    std::vector<double> x, t;
    collapse_grid(16, x, t);
    for (std::size_t width : {2, 3}) {
        Architecture arch;
        arch.widths = {1, width, width, width, width, width, width, 1};
        const InitSettings init{InitKind::he_normal, BiasKind::zero, 0};
        BornDeadSettings born;
        born.width = width;
        born.max_depth = 6;
        born.seed = 21;
        std::vector<std::uint8_t> dead(200 * 6);
        born_dead_trials(born, 0, 200, dead);
        std::vector<std::uint64_t> dead_trials, all_trials;
        for (std::uint64_t trial = 0; trial < 200; ++trial) {
            if (dead[trial * 6 + 5]) dead_trials.push_back(trial);
            all_trials.push_back(trial);
        }
        REQUIRE(dead_trials.size() >= 2 * kLanes);
        for (const auto* trials : {&dead_trials, &all_trials}) {
            for (std::size_t first : {0u, 8u}) {
                PopulationBlock fast(arch), slow(arch);
                for (std::size_t q = 0; q < kLanes; ++q) {
                    Network network(arch);
                    initialise(network, init, 21, (*trials)[first + q]);
                    fast.load(q, network);
                    slow.load(q, network);
                }
                const OptimizerSettings adam{OptimizerKind::adam, 0.01};
                Optimizer a(adam, fast.parameter_count() * kLanes), b(adam, slow.parameter_count() * kLanes);
                fast.train(x, t, 16, Loss::mse, a, 60);
                double losses[kLanes] = {};
                for (int s = 0; s < 60; ++s) slow.step(x, t, 16, Loss::mse, b, losses);
                std::size_t differing = 0;
                for (std::size_t k = 0; k < fast.parameters().size(); ++k) {
                    differing += !same_bits(fast.parameters()[k], slow.parameters()[k]);
                }
                INFO("width " << width << (trials == &dead_trials ? ", born dead" : ", mixed") << ", from " << first);
                CHECK(differing == 0);
            }
        }
    }
}
