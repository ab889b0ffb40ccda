// What the registry says about f″: each Type's `second_derivative_spec`,
// gathered from activation_list.inc like the main spec, so an activation
// without one does not compile.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>

#include "activations/registry.hpp"

namespace activations {

// Near an irrational zero of f″ its value is a bracket whose terms cancel,
// and their last-place errors are an absolute amount no relative bound can
// hold as f″ → 0: within `half_width` of `zero` an absolute error of
// `absolute` (times |params[scale_param]|^scale_power, when scale_param is
// set: swish's f″ = β·σ′(βx)·(…) has terms of size β) is accepted as well.
struct SecondDerivativeFloor {
    double zero = 0;
    double half_width = 0;
    double absolute = 0;
    int scale_param = -1;
    int scale_power = 0;
    // When set, the zero moves with this parameter: zero and half_width are
    // divided by it (swish's zeros sit at ±2.3994/β).
    int zero_param = -1;
};

inline constexpr std::size_t kMaxSecondDerivativeFloors = 2;

struct SecondDerivativeSpec {
    std::string_view formula;  // f″(x), plain Unicode text
    // At each breakpoint: what jumps there (f, f′ or only f″) and what
    // second_derivative() returns with each kink convention. Where f′ jumps,
    // f″ has a point mass (the jump times a Dirac delta) that is drawn as
    // the jump of f′, never as a spike of f″.
    std::string_view at_breakpoints;
    // The bound against the correctly rounded f″, in ulps, in double and in
    // float, away from the floors below.
    std::uint64_t ulps = 8;
    std::array<SecondDerivativeFloor, kMaxSecondDerivativeFloors> floor_storage{};
    std::size_t floor_count = 0;

    constexpr std::span<const SecondDerivativeFloor> floors() const { return {floor_storage.data(), floor_count}; }
};

const SecondDerivativeSpec& second_derivative_spec(ActivationId id);

}  // namespace activations
