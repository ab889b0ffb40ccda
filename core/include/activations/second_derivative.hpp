// What the registry says about f″: each Type's `second_derivative_spec`,
// gathered from activation_list.inc like the main spec, so an activation
// without one does not compile.
#pragma once

#include <string_view>

#include "activations/registry.hpp"

namespace activations {

struct SecondDerivativeSpec {
    std::string_view formula;  // f″(x), plain Unicode text
    // At each breakpoint: what jumps there (f, f′ or only f″) and what
    // second_derivative() returns with each kink convention. Where f′ jumps,
    // f″ has a point mass (the jump times a Dirac delta) that is drawn as
    // the jump of f′, never as a spike of f″.
    std::string_view at_breakpoints;
};

const SecondDerivativeSpec& second_derivative_spec(ActivationId id);

}  // namespace activations
