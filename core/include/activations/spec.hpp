// What the registry says about an activation: its name, parameters and
// formulas. Plain constexpr data, so the same table can drive the C++
// dispatch, the bindings' list, the JS API's validation and the page.
#pragma once

#include <array>
#include <cstddef>
#include <limits>
#include <span>
#include <string_view>

#include "activations/properties.hpp"

namespace activations {

// The most parameters any activation takes; ParamValues is a fixed array so
// that it can be passed through WASM memory without allocation.
inline constexpr std::size_t kMaxParams = 4;  // xielu: alpha_p, alpha_n, beta, eps

inline constexpr double kUnbounded = std::numeric_limits<double>::infinity();

inline constexpr std::size_t kMaxChoices = 4;
inline constexpr std::size_t kMaxPresets = 4;

// A value some library or article uses for a parameter, for the page to
// offer where they disagree (leaky ReLU's slope: 0.01 in PyTorch, 0.2 in
// Keras' function).
struct ParamPreset {
    std::string_view label;
    double value;
};

// One parameter. A numeric one is any finite value within [min, max] (each
// end open or closed, ±kUnbounded for none). A choice (gelu's approximate:
// "none" or "tanh") lists its names in `choices`; its value is the index of
// the chosen name, and min/max are ignored.
struct ParamSpec {
    std::string_view name;
    double default_value;
    double min = -kUnbounded;
    double max = kUnbounded;
    bool min_inclusive = true;
    bool max_inclusive = true;
    std::string_view description;
    std::array<std::string_view, kMaxChoices> choice_storage{};
    std::size_t choice_count = 0;
    std::array<ParamPreset, kMaxPresets> preset_storage{};
    std::size_t preset_count = 0;

    constexpr std::span<const std::string_view> choices() const {
        return {choice_storage.data(), choice_count};
    }
    constexpr std::span<const ParamPreset> presets() const {
        return {preset_storage.data(), preset_count};
    }
};

// A rule between two parameters: params[lower] < params[upper] (or <= when
// not strict), as hardtanh's min_val < max_val.
struct ParamOrder {
    std::size_t lower = 0;
    std::size_t upper = 0;
    bool strict = true;
};

// Which derivative to return exactly at a kink, where the left and right
// derivatives differ.
enum class KinkConvention : int {
    pytorch = 0,  // the value PyTorch's autograd returns (relu'(0) = 0)
    left = 1,     // the left-sided derivative
    right = 2,    // the right-sided derivative
};

// How far f and f' may be from the exact value, in ulps of the correctly
// rounded result, for one precision. The reference test holds every entry
// to these numbers, the batch test holds the vector kernels within them,
// and the README quotes them: one set of numbers for all three.
struct UlpBound {
    unsigned value = 2;       // f
    unsigned derivative = 2;  // f'
};

// Near an interior zero of f' (gelu', silu' and mish' cross zero at an
// irrational x), f' is a sum of terms that cancel: each term's rounding is
// an absolute error of a few of the term's ulps, an unbounded number of
// the result's ulps however carefully the terms are formed. Within
// `half_width` of `zero`, an absolute error up to `epsilons` times the
// type's machine epsilon is accepted as well as the ulp bound. A floor may
// also start at a distance (`from_distance`) and reach without end
// (half_width = kUnbounded): snake's f' far out, where the phase αx is so
// large that only its sine, not the shifted phase αx + π/4, is reduced
// exactly.
struct DerivativeFloor {
    double zero = 0;           // where f' crosses zero (approximately)
    double half_width = 0;     // the floor applies up to this distance from it
    double epsilons = 0.5;     // the absolute bound, in units of the type's epsilon
    double from_distance = 0;  // and from this distance on
};

struct ErrorBounds {
    // Double: 2 ulp where f or f' takes one transcendental call (or none)
    // and rounded arithmetic; more where several calls' errors add up.
    UlpBound double_ulps{2, 2};
    // Float: computed in double and rounded once, or in float by a vector
    // kernel within its own bound of that (kernels/simd128/kernel_list.inc).
    UlpBound float_ulps{4, 4};
    std::array<DerivativeFloor, 1> floor_storage{};
    std::size_t floor_count = 0;

    constexpr std::span<const DerivativeFloor> derivative_floors() const {
        return {floor_storage.data(), floor_count};
    }
};

// What f and f' do at the IEEE edges beyond NaN in, NaN out (which holds
// for every entry): the IEEE tests read these, so an entry that differs
// says so here instead of in a test.
struct EdgeBehaviour {
    // f has a limit at ±inf (false for sine, which oscillates: sin(±inf)
    // is NaN).
    bool value_limits = true;
    // f' has a limit at ±inf (false for sine and snake, whose f' oscillates).
    bool derivative_limits = true;
    // f' is bounded, so finite for every finite input (false where it grows
    // like x: relu2, star_relu, whose f' overflows to ±inf far out).
    bool derivative_bounded = true;
};

struct ActivationSpec {
    std::string_view name;   // PyTorch's torch.nn.functional name, or its origin's
    std::string_view label;  // human-readable name for the page
    std::array<ParamSpec, kMaxParams> param_storage{};
    std::size_t param_count = 0;
    std::string_view formula;             // f(x), plain Unicode text
    std::string_view derivative_formula;  // f'(x), plain Unicode text
    std::string_view kink_convention;     // what f' returns at each kink, in words
    std::array<ParamOrder, 1> order_storage{};
    std::size_t order_count = 0;
    ErrorBounds bounds{};
    EdgeBehaviour edges{};
    Properties properties{};  // at the default parameters (properties.hpp)

    constexpr std::span<const ParamOrder> orders() const {
        return {order_storage.data(), order_count};
    }

    constexpr std::span<const ParamSpec> params() const {
        return {param_storage.data(), param_count};
    }
};

// Parameter values in the order of ActivationSpec::params().
using ParamValues = std::array<double, kMaxParams>;

// The points where f or f' is not smooth (kinks and jumps), in increasing
// order, for some parameter values. A plot splits its curves there.
struct Breakpoints {
    static constexpr std::size_t kCapacity = 2;
    std::array<double, kCapacity> x{};
    std::size_t count = 0;
};

}  // namespace activations
