// What a network's hidden units do on a set of points.
// - dead: the pre-activation is ≤ 0 on every point and f′ is 0 there, so the
//   unit outputs a constant and no gradient reaches its weights (ReLU's
//   dead unit; with the PyTorch convention relu′(0) = 0, z = 0 counts);
// - negative: ≤ 0 on every point but f′ ≠ 0 somewhere, so it still learns
//   (a leaky ReLU unit pushed below zero);
// - alive: positive on some point.
// The activation probability of a layer is the share of (point, unit) pairs
// with z > 0 (Douglas and Yu, arXiv 1812.05981, measure Pr[h > 0]).
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

#include "activations/lab/network.hpp"

namespace activations::lab {

enum class UnitState : std::uint8_t { alive = 0, dead = 1, negative = 2 };

// Running record of each hidden unit over points, fed one z at a time.
class UnitWatch {
public:
    void reset(std::size_t units);
    // Unit u saw pre-activation z with derivative dz = f′(z).
    void see(std::size_t unit, double z, double dz) {
        if (z > 0) positive_[unit] = 1, ++active_;
        else if (dz != 0) gradient_[unit] = 1;
        ++seen_;
    }
    UnitState state(std::size_t unit) const {
        if (positive_[unit]) return UnitState::alive;
        return gradient_[unit] ? UnitState::negative : UnitState::dead;
    }
    std::size_t active() const { return active_; }  // (point, unit) pairs with z > 0
    std::size_t seen() const { return seen_; }

private:
    std::vector<std::uint8_t> positive_, gradient_;
    std::size_t active_ = 0, seen_ = 0;
};

// The state of every hidden unit of `network` on the n points (row-major
// n × in), layer after layer into `states`, and each hidden layer's
// activation probability into `active_probability` (one per hidden layer).
void unit_states(const Network& network, std::span<const double> inputs, std::size_t n,
                 std::span<UnitState> states, std::span<double> active_probability);

// Whether the network is constant on the n points (row-major n × in):
// every output coordinate takes the same value (==, so +0 = −0; a NaN
// output is not constant) at every point.
// A sampled test: constant on these points. For a one-input network with
// zero hidden biases and a positively homogeneous activation (relu, leaky
// ReLU, …) the output is affine in x on [0, 1] and on [−1, 0] (each hidden
// layer is h(x) = x·h(1) for x ≥ 0 and |x|·h(−1) for x ≤ 0), so the three
// points {−1, 0, 1} decide constancy on all of [−1, 1]; two points do not
// (|x| itself takes the same value at ±1). An empty set or one point is
// constant.
bool constant_on(const Network& network, std::span<const double> inputs, std::size_t n);

// The number of hidden units of an architecture.
std::size_t hidden_unit_count(const Architecture& architecture);

}  // namespace activations::lab
