// The experiments: the born-dead self-check of Lu et al., the properties of
// the Playground's circle data, the summaries, and one small pinned run of
// each experiment, which every build must reproduce bit for bit.
#include <catch.hpp>

#include <algorithm>
#include <cmath>
#include <span>
#include <utility>
#include <vector>

#include "activations/lab/experiments.hpp"
#include "activations/lab/init.hpp"
#include "activations/lab/network.hpp"
#include "activations/lab/summary.hpp"

using namespace activations;
using namespace activations::lab;

TEST_CASE("born dead at width 2 matches Lu et al.'s figures", "[lab][experiments]") {
    BornDeadSettings settings;
    settings.width = 2;
    settings.max_depth = 10;
    const std::size_t trials = 4000;
    std::vector<std::uint8_t> dead(trials * settings.max_depth);
    born_dead_trials(settings, 0, trials, dead);
    auto probability = [&](std::size_t depth) {
        std::size_t k = 0;
        for (std::size_t t = 0; t < trials; ++t) k += dead[t * settings.max_depth + depth - 1];
        return static_cast<double>(k) / trials;
    };
    // Lu et al.: about 0.154, 0.336, 0.618 and 0.909; with 4000 trials one
    // standard error is at most 0.008, and these bounds are four of them.
    CHECK(std::fabs(probability(2) - 0.154) < 0.025);
    CHECK(std::fabs(probability(3) - 0.336) < 0.03);
    CHECK(std::fabs(probability(5) - 0.618) < 0.03);
    CHECK(std::fabs(probability(10) - 0.909) < 0.02);
    CHECK(probability(1) == 0);  // one layer of a one-input network is zero at both ±1 never
    for (std::size_t depth = 1; depth <= 10; ++depth) CHECK(probability(depth) <= born_dead_bound(2, depth));
}

TEST_CASE("the bound and the Wilson interval", "[lab][experiments]") {
    CHECK(born_dead_bound(2, 2) == 1 - 0.75 * 0.75);
    CHECK(born_dead_bound(10, 1) == std::ldexp(1.0, -10));
    CHECK(born_dead_bound(3, 0) == 0);
    const lab::Interval none = wilson_interval(0, 100);
    CHECK(none.low == 0);
    CHECK(none.high == Approx(0.0370).margin(1e-4));
    const lab::Interval half = wilson_interval(50, 100);
    CHECK(half.low == Approx(0.4038).margin(1e-4));
    CHECK(half.high == Approx(0.5962).margin(1e-4));
}

TEST_CASE("the circle data set follows dataset.ts", "[lab][experiments]") {
    const PlaygroundData data = circle_data(1);
    REQUIRE(data.train_label.size() == 250);
    REQUIRE(data.test_label.size() == 250);
    REQUIRE(data.train_x.size() == 500);
    std::size_t positive = 0;
    for (int set = 0; set < 2; ++set) {
        const auto& x = set ? data.test_x : data.train_x;
        const auto& label = set ? data.test_label : data.train_label;
        for (std::size_t p = 0; p < label.size(); ++p) {
            const double r = std::hypot(x[2 * p], x[2 * p + 1]);
            // Noise 0: inside 2.5 labelled 1, the ring 3.5 … 5 labelled −1.
            if (label[p] == 1) CHECK(r < 2.5);
            else CHECK((r >= 3.5 && r <= 5));
            positive += label[p] == 1;
        }
    }
    CHECK(positive == 250);
    const PlaygroundData again = circle_data(1), other = circle_data(2);
    CHECK(again.train_x == data.train_x);
    CHECK(other.train_x != data.train_x);
}

TEST_CASE("collapsed networks sit at the mean state", "[lab][experiments]") {
    CollapseSettings settings;
    settings.width = 2;
    settings.steps = 400;
    settings.optimizer.learning_rate = 1e-2;  // ten times the experiment's, to reach the mean state in 400 steps
    const std::size_t trials = 16;
    std::vector<double> errors(trials), ranges(trials);
    std::vector<std::uint8_t> dead(trials);
    collapse_trials(settings, 0, trials, errors, ranges, dead);
    const CollapseSummary summary = summarise_collapse(errors, ranges, dead, settings.points);
    // |x| on 64 points of [−1, 1]: mean 0.5079…, variance 0.0859…
    CHECK(summary.target_variance == Approx(0.085916).epsilon(1e-4));
    std::size_t collapsed = 0;
    for (std::size_t t = 0; t < trials; ++t) {
        if (ranges[t] < kCollapsedRange) {
            ++collapsed;
            // A constant output c has error var + (c − mean)²; Adam has
            // moved c to the mean.
            CHECK(errors[t] == Approx(summary.target_variance).epsilon(1e-3));
        }
        if (dead[t]) CHECK(ranges[t] < kCollapsedRange);  // born dead stays dead
    }
    CHECK(collapsed > 0);
    std::uint32_t counted = 0;
    for (auto c : summary.histogram) counted += c;
    CHECK(counted == trials);
}

TEST_CASE("pinned runs of each experiment", "[lab][experiments][pinned]") {
    SECTION("born dead") {
        BornDeadSettings settings;
        settings.width = 3;
        settings.max_depth = 12;
        settings.seed = 11;
        std::vector<std::uint8_t> dead(20 * 12);
        born_dead_trials(settings, 0, 20, dead);
        std::size_t total = 0, weighted = 0;
        for (std::size_t k = 0; k < dead.size(); ++k) total += dead[k], weighted += dead[k] * (k + 1);
        CHECK(total == 108);
        CHECK(weighted == 14227);
    }
    SECTION("collapse") {
        CollapseSettings settings;
        settings.width = 3;
        settings.depth = 4;
        settings.steps = 200;
        settings.seed = 5;
        std::vector<double> errors(9), ranges(9);
        std::vector<std::uint8_t> dead(9);
        collapse_trials(settings, 2, 9, errors, ranges, dead);
        CHECK(errors[0] == 0x1.55f18f5f5d6f1p-7);
        CHECK(errors[8] == 0x1.35a3ad4ffe469p-9);
        CHECK(ranges[3] == 0x1.e9d36f5756dfap-3);
    }
    SECTION("playground") {
        // Its tanh output is the registry's, whose exp comes from libm:
        // glibc and Emscripten's musl differ in the last bit on some inputs,
        // so a native and a WASM run may part in the last bits. These pins
        // hold in every build (the data set's sin and cos are portable).
        PlaygroundSettings settings;
        settings.learning_rate = 1;
        settings.epochs = 3;
        settings.seed = 4;
        std::vector<std::int32_t> death(2 * 16);
        std::vector<std::uint8_t> state(2 * 16);
        std::vector<double> active(2 * 4 * 2), accuracy(2 * 4), loss(2 * 4);
        playground_trials(settings, 0, 2, {death, state, active, accuracy, loss});
        CHECK(loss[3] == 0x1.007e3d321463ap-3);
        CHECK(loss[7] == 0x1.d591bfbdc0014p-8);
        CHECK(active[7] == 0x1.8dd2f1a9fbe77p-2);
        CHECK(accuracy[7] == 0x1.f5c28f5c28f5cp-1);
    }
    SECTION("signal") {
        SignalSettings settings;
        settings.width = 16;
        settings.depth = 5;
        settings.inputs = 3;
        std::vector<double> ratio(2 * 5), dead(2 * 5), norm(2 * 5);
        signal_trials(settings, 0, 2, ratio, dead, norm);
        CHECK(ratio[4] == 0x1.210ee66201985p-2);
        CHECK(norm[9] == 0x1.1b38539769b51p+3);
    }
}

TEST_CASE("the initialisers' moments are those of their draws", "[lab][init]") {
    // One wide layer drawn from each initialiser: the sample mean and
    // variance of its 200 × 200 weights and 200 biases against
    // init_moments. 40,000 draws give the variance within about 1 %
    // (a standard error of √(2/40000) ≈ 0.7 % for a normal); 4 % is
    // several of them. A constant must be exact.
    const std::size_t n = 200;
    Architecture arch;
    arch.widths = {n, n, 1};
    Network network(arch);
    for (int kind = 0; kind < kInitKindCount; ++kind) {
        for (BiasKind bias : {BiasKind::initialiser, BiasKind::zero, BiasKind::drawn, BiasKind::constant}) {
            const InitSettings settings{static_cast<InitKind>(kind), bias, 0.25};
            initialise(network, settings, 7, 0);
            const InitMoments expected = init_moments(settings, n, n);
            auto moments = [](std::span<const double> values) {
                double sum = 0, squares = 0;
                for (double v : values) sum += v;
                const double mean = sum / static_cast<double>(values.size());
                for (double v : values) squares += (v - mean) * (v - mean);
                return std::pair{mean, squares / static_cast<double>(values.size())};
            };
            auto all = std::span<const double>(network.parameters());
            const auto [weight_mean, weight_variance] = moments(all.subspan(arch.weight_offset(0), n * n));
            const auto [bias_mean, bias_variance] = moments(all.subspan(arch.bias_offset(0), n));
            CAPTURE(kind, static_cast<int>(bias));
            CHECK(std::fabs(weight_mean) < 0.05 * std::sqrt(expected.weight_variance));
            CHECK(weight_variance == Approx(expected.weight_variance).epsilon(0.04));
            if (expected.bias_variance == 0) {
                // A constant: every bias is exactly that value (their sample
                // mean and variance would only add the sum's rounding).
                const auto biases = all.subspan(arch.bias_offset(0), n);
                CHECK(std::count(biases.begin(), biases.end(), expected.bias_mean) == static_cast<std::ptrdiff_t>(n));
            } else {
                // 200 biases: the variance within about 10 %.
                CHECK(bias_variance == Approx(expected.bias_variance).epsilon(0.3));
                CHECK(std::fabs(bias_mean - expected.bias_mean) < 0.3 * std::sqrt(expected.bias_variance));
            }
        }
    }
}
