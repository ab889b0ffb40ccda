// Whether each hidden layer of each lane is constant on [−1, 1]
// (experiments.hpp, two_point_test_applies).
#pragma once

#include <cstdint>
#include <vector>

#include "activations/lab/population.hpp"

namespace activations::lab::detail {

std::vector<double> constancy_points(bool two_point);

// constant[l · kLanes + q] = 1 when hidden layer l of lane q is constant on
// the domain (for the first hidden_layers layers of a one-input network).
void constant_layers(PopulationBlock& block, bool two_point, std::size_t hidden_layers,
                     std::vector<std::uint8_t>& constant);

}  // namespace activations::lab::detail
