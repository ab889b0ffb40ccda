// One network trained the TensorFlow Playground way (experiments.hpp,
// PlaygroundSettings) that a page can advance point by point, batch by
// batch or epoch by epoch, and look at in between: the live run of
// experiment 3. Trained alone it gives bit for bit what the same trial gives
// in playground_trials.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "activations/lab/experiments.hpp"
#include "activations/lab/network.hpp"
#include "activations/lab/optimizer.hpp"

namespace activations::lab {

class PlaygroundRun {
public:
    // The network of trial `trial` on the data of settings.seed.
    PlaygroundRun(const PlaygroundSettings& settings, std::uint64_t trial);

    Network& network() { return network_; }
    const Network& network() const { return network_; }
    const PlaygroundData& data() const { return data_; }
    const PlaygroundSettings& settings() const { return settings_; }

    // Visits up to `points` training points (stopping at an epoch's end),
    // updating the weights every `batch` points; returns how many it visited.
    std::size_t train_points(std::size_t points);
    void step_batch();  // to the next weight update (or the epoch's end)
    void step_epoch();  // to the end of the current epoch
    void set_learning_rate(double learning_rate);

    std::size_t epoch() const { return epoch_; }        // completed epochs
    std::size_t position() const { return position_; }  // next training point in this epoch
    std::uint64_t updates() const { return optimizer_.steps(); }

    // Mean loss and accuracy (output · label > 0) on the training or test set.
    double loss(bool test) const;
    double accuracy(bool test) const;

private:
    PlaygroundSettings settings_;
    PlaygroundData data_;
    Network network_;
    Optimizer optimizer_;
    std::vector<double> sums_;
    std::size_t pending_ = 0;
    std::size_t epoch_ = 0;
    std::size_t position_ = 0;
};

// The architecture of a Playground network: [2, hidden…, 1].
Architecture playground_architecture(const PlaygroundSettings& settings);

}  // namespace activations::lab
