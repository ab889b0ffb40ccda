// Caps on every size the lab accepts, so that work and memory stay bounded
// for any option values. The JS API checks against the same numbers (read
// from the core) before it calls in.
#pragma once

#include <cstddef>

namespace activations::lab::limits {

inline constexpr std::size_t kMaxWidth = 1024;          // units in any layer
inline constexpr std::size_t kMaxLayers = 102;          // widths entries: input, ≤ 100 hidden, output
inline constexpr std::size_t kMaxParameters = 1u << 22; // weights and biases of one network (32 MiB of doubles)
inline constexpr std::size_t kMaxPoints = 1u << 20;     // points in one call (forward, gradients, step)
inline constexpr std::size_t kMaxTrials = 100000;       // networks in one experiment
inline constexpr std::size_t kMaxSteps = 100000;        // optimiser steps in the collapse experiment
inline constexpr std::size_t kMaxEpochs = 1000;         // epochs in the Playground experiment
inline constexpr std::size_t kMaxDepth = 100;           // hidden layers in the depth experiments
inline constexpr std::size_t kMaxGrid = 512;            // a decision surface's side

}  // namespace activations::lab::limits
