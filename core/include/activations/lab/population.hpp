// Many small networks of one architecture, trained together: a block holds
// kLanes networks with every parameter stored lane-major (parameter k of
// network q at k · kLanes + q), so each step of the arithmetic runs across
// the networks in the vector lanes. All networks see the same points.
//
// Each network's arithmetic is exactly network.hpp's order (bias first,
// inputs in order; gradients summed over points in order from 0, divided by
// the count), so a network trained in a block ends bit for bit where the
// same network trained alone ends (tests/core/lab_population_test.cpp).
#pragma once

#include <cstddef>
#include <span>
#include <vector>

#include "activations/lab/network.hpp"
#include "activations/lab/optimizer.hpp"

namespace activations::lab {

inline constexpr std::size_t kLanes = 8;

class PopulationBlock {
public:
    explicit PopulationBlock(const Architecture& architecture);

    const Architecture& architecture() const { return architecture_; }
    std::size_t parameter_count() const { return parameter_count_; }
    // Lane-major parameters: parameter_count() · kLanes.
    std::span<double> parameters() { return parameters_; }

    void load(std::size_t lane, const Network& network);
    void store(std::size_t lane, Network& network) const;

    // Forward one point (its in inputs) through every lane, keeping each
    // layer's z and a: z(l)[i · kLanes + q].
    void forward_point(const double* x);
    const double* z(std::size_t layer) const { return z_[layer].data(); }
    const double* a(std::size_t layer) const { return a_[layer].data(); }

    // Adds the summed-loss gradient over n points (inputs n × in, targets
    // n × out, shared by all lanes) to `sums` (lane-major) and the summed
    // loss of each lane to loss[q] (unless loss_per_lane is null).
    void accumulate(std::span<const double> inputs, std::span<const double> targets, std::size_t n, Loss loss,
                    std::span<double> sums, double* loss_per_lane);

    // accumulate() from zero, then one optimiser step per lane.
    void step(std::span<const double> inputs, std::span<const double> targets, std::size_t n, Loss loss,
              Optimizer& optimizer, double* loss_per_lane);

    // `steps` full-batch steps on the same points, giving bit for bit what
    // as many step() calls give, faster when every lane has a dead layer at
    // the first step: if hidden layer d has a = 0 and f′(z) = 0 on every point, nothing
    // flows back through it, so the gradients of layers 0 … d are exactly 0
    // and the optimiser leaves them as they are (Adam's update of a
    // parameter with g = 0 from the start is ±0, so the steps skip them); their outputs, on the same
    // points, never change. Once every lane has such a layer, the steps
    // start at layer min(d) + 1 from the kept outputs. When those outputs
    // also have the same bits at every point (a dead layer's zeros), every
    // layer above computes the same bits at every point too, so its forward
    // pass runs on one point and the backward pass reads that point's a and
    // f′ for all of them; the deltas, which differ by point through the
    // targets, are still computed point by point in the same order. A
    // non-finite sum flowing into the frozen layers (where the full pass
    // would get NaN from 0 · ∞) sends that step back to the full pass.
    void train(std::span<const double> inputs, std::span<const double> targets, std::size_t n, Loss loss,
               Optimizer& optimizer, std::size_t steps);

    // The scratch of a whole-batch pass: [unit][point][lane].
    struct Buffers {
        std::vector<std::vector<double>> z, a;
        std::vector<double> delta, delta_prev, point_loss, slope;
    };

private:
    bool accumulate_from(std::size_t frozen, bool uniform, std::span<const double> inputs,
                         std::span<const double> targets, std::size_t n, Loss loss, std::span<double> sums,
                         double* loss_per_lane);
    // Whether hidden layer `layer`'s outputs in the last pass over n points
    // have the same bits at every point, in each lane and unit.
    bool same_at_every_point(std::size_t layer, std::size_t n) const;
    // The frozen leading weight layers after the last full pass over n points.
    std::size_t frozen_layers(std::size_t n) const;

    Architecture architecture_;
    Buffers batch_;
    std::size_t parameter_count_;
    std::vector<double> parameters_;
    std::vector<std::size_t> weight_offsets_, bias_offsets_;
    std::vector<std::vector<double>> z_, a_;
    std::vector<double> sums_;
};

}  // namespace activations::lab
