// Shared helpers for the maths of every activation.
#pragma once

#include <cmath>
#include <concepts>

#include "activations/activations.hpp"
#include "activations/spec.hpp"

namespace activations::detail {

// The derivative exactly at a kink: the one-sided value the caller asked
// for, or the value PyTorch's autograd returns there.
template <std::floating_point T>
constexpr T at_kink(KinkConvention kink, T left, T right, T pytorch) {
    switch (kink) {
        case KinkConvention::left: return left;
        case KinkConvention::right: return right;
        case KinkConvention::pytorch: break;
    }
    return pytorch;
}

constexpr Breakpoints breakpoints_at(double x) { return {{x}, 1}; }

}  // namespace activations::detail
