// Loading a range of trials into population blocks: trial t's network is
// drawn from (seed, t); lanes past the last trial repeat it (their results
// are ignored), so every block is full.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>

#include "activations/lab/init.hpp"
#include "activations/lab/population.hpp"

namespace activations::lab::detail {

// Fills `block` with trials first … first + lanes − 1 (lanes ≤ kLanes) and
// returns lanes.
inline std::size_t load_trials(PopulationBlock& block, const InitSettings& init, std::uint64_t seed,
                               std::size_t first, std::size_t remaining) {
    const std::size_t lanes = std::min(remaining, kLanes);
    Network network(block.architecture());
    for (std::size_t q = 0; q < kLanes; ++q) {
        if (q < lanes) initialise(network, init, seed, first + q);
        block.load(q, network);
    }
    return lanes;
}

}  // namespace activations::lab::detail
