// The lab's four experiments, each computed trial by trial: a trial's
// result depends only on (seed, trial index), so a caller may run any range
// of trials, in any order, in any number of workers, and get the same
// per-trial results. Summaries (summary.hpp) turn per-trial results into
// the figures the page draws.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

#include "activations/lab/init.hpp"
#include "activations/lab/network.hpp"
#include "activations/lab/optimizer.hpp"

namespace activations::lab {

// Whether a network on one input is constant on [−1, 1] after each hidden
// layer. With zero biases and a positively homogeneous activation (f(cx) =
// c·f(x) for c > 0: relu, leaky_relu, prelu, rrelu) every layer is
// positively homogeneous in x, h(x) = x·h(1) for x > 0 and |x|·h(−1) for
// x < 0, so h is constant on [−1, 1] exactly when h(1) = h(−1) = 0: two
// points decide it. Otherwise it is tested on kConstancyGrid evenly spaced
// points of [−1, 1] (a sampled test: constant on the grid).
inline constexpr std::size_t kConstancyGrid = 201;
bool two_point_test_applies(const HiddenActivation& activation, const InitSettings& init);

// 1. Born dead, by depth (Lu, Shin, Su and Karniadakis, arXiv 1903.06733).
// Networks [1, N × max_depth, 1]; the network of depth L is the first L
// hidden layers of a trial's network (drawn layer by layer, so it has the
// distribution of a fresh depth-L draw; the depths share trials).
struct BornDeadSettings {
    std::size_t width = 2;
    std::size_t max_depth = 50;
    InitSettings init{InitKind::he_normal, BiasKind::zero, 0};
    HiddenActivation activation{};
    std::uint64_t seed = 1;
};
// dead[(t − first) · max_depth + L − 1] = 1 when trial t's depth-L network
// is constant on [−1, 1] at initialisation.
void born_dead_trials(const BornDeadSettings& settings, std::size_t first, std::size_t count,
                      std::span<std::uint8_t> dead);

// 2. Collapse during training (Lu, Su and Karniadakis, arXiv 1808.04947):
// [1, N × depth, 1], linear output, target |x| on `points` evenly spaced
// points of [−1, 1], full-batch steps of the optimiser.
struct CollapseSettings {
    std::size_t width = 2;
    std::size_t depth = 10;
    std::size_t steps = 3000;
    std::size_t points = 64;
    OptimizerSettings optimizer{OptimizerKind::adam, 1e-3};
    InitSettings init{InitKind::he_normal, BiasKind::zero, 0};
    HiddenActivation activation{};
    Loss loss = Loss::mse;
    std::uint64_t seed = 1;
};
// The grid x_i = −1 + 2i/(points − 1) and its target |x_i|.
void collapse_grid(std::size_t points, std::vector<double>& x, std::vector<double>& target);
// Per trial: the final mean loss, the output's range (max − min) on the
// grid after training, and whether the network was born dead (constant on
// [−1, 1] at initialisation).
void collapse_trials(const CollapseSettings& settings, std::size_t first, std::size_t count,
                     std::span<double> errors, std::span<double> ranges, std::span<std::uint8_t> born_dead);

// 3. Death at a high learning rate, on TensorFlow Playground's circle data
// (src/dataset.ts classifyCircleData, src/playground.ts): `samples` points,
// half inside radius 2.5 (label 1) and half in 3.5 … 5 (label −1), noise
// added to the point used for the label only, shuffled (Fisher–Yates as
// dataset.ts's shuffle), the first train_percent % for training. Inputs are
// the raw coordinates (the Playground's default features x1, x2).
struct PlaygroundData {
    std::vector<double> train_x, train_label, test_x, test_label;  // x row-major n × 2
};
PlaygroundData circle_data(std::uint64_t seed, std::size_t samples = 500, double noise = 0,
                           double train_percent = 50);

// The Playground's training: each epoch visits the training points in
// order, accumulating gradients, and updates every `batch` points with the
// mean of what has accumulated (points left over at an epoch's end carry
// into the next update, as playground.ts's oneStep does).
struct PlaygroundSettings {
    std::vector<std::size_t> hidden{8, 8};
    HiddenActivation activation{};
    OutputKind output = OutputKind::tanh;
    Loss loss = Loss::half_mse;
    InitSettings init{InitKind::playground, BiasKind::initialiser, 0};
    double learning_rate = 0.03;
    std::size_t epochs = 50;
    std::size_t batch = 10;
    std::size_t samples = 500;
    double noise = 0;
    double train_percent = 50;
    std::uint64_t seed = 1;  // the data set's; trial t's network is drawn from (seed, t)
};
// Per trial (row t − first), with U hidden units, K hidden layers, E epochs:
// death_epoch[U]: the epoch from which the unit stays dead to the end
//   (0 = born dead), −1 if it is not dead at the end;
// final_state[U]: UnitState at the end (0 alive, 1 dead, 2 negative);
// active[(E + 1) · K]: Pr[z > 0] per hidden layer on the training points,
//   after each epoch (epoch 0 = initialisation);
// accuracy[E + 1]: share of test points with output · label > 0;
// train_loss[E + 1]: mean loss on the training points.
struct PlaygroundTrialOutputs {
    std::span<std::int32_t> death_epoch;
    std::span<std::uint8_t> final_state;
    std::span<double> active;
    std::span<double> accuracy;
    std::span<double> train_loss;
};
void playground_trials(const PlaygroundSettings& settings, std::size_t first, std::size_t count,
                       const PlaygroundTrialOutputs& outputs);

// 4. Signal through depth (He et al. 2015; Hanin and Rolnick, NeurIPS 2018):
// [n, n × depth, n] with a linear read-out, `inputs` points x ~ N(0, I) per
// trial (drawn after the parameters). Per hidden layer l:
// ratio = mean over points and units of h² / mean of x², the share of dead
// units on those points, and ‖∂L/∂W_l‖_F for L = mean over points of
// ½‖read-out‖².
struct SignalSettings {
    std::size_t width = 64;
    std::size_t depth = 20;
    std::size_t inputs = 8;
    InitSettings init{InitKind::he_normal, BiasKind::zero, 0};
    HiddenActivation activation{};
    std::uint64_t seed = 1;
};
void signal_trials(const SignalSettings& settings, std::size_t first, std::size_t count, std::span<double> ratio,
                   std::span<double> dead_share, std::span<double> gradient_norm);

}  // namespace activations::lab
