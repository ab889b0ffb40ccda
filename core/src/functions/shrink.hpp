// The shrink functions: zero on the dead zone [−lambd, lambd], the input
// (hardshrink) or the input moved toward 0 by lambd (softshrink) outside.
// Piecewise linear, computed in the input's own type; comparisons with
// lambd are made in double, so a float input meets lambd's exact value, the
// one breakpoints() reports.
#pragma once

#include <cmath>
#include <concepts>

#include "activations/spec.hpp"
#include "functions/kink.hpp"
#include "functions/rectifier_properties.hpp"

namespace activations::detail {

// The derivative both shrink functions share: 1 for |x| > lambd, 0 inside.
// At ±lambd: 0 as PyTorch's softshrink_backward and hardshrink_backward
// (x >= −lambd && x <= lambd ? 0 : 1); at −lambd left 1, right 0; at lambd
// left 0, right 1. With lambd = 0 both edges are 0: left 1, right 1,
// PyTorch 0.
template <std::floating_point T>
T shrink_derivative(T x, double lambd, KinkConvention kink) {
    if (std::isnan(x)) return x;
    const double wide = static_cast<double>(x);
    if (std::fabs(wide) > lambd) return T(1);
    if (lambd == 0) return at_kink(kink, T(1), T(1), T(0));  // x = ±0
    if (wide == lambd) return at_kink(kink, T(0), T(1), T(0));
    if (wide == -lambd) return at_kink(kink, T(1), T(0), T(0));
    return T(0);
}

}  // namespace activations::detail

namespace activations::functions {

inline constexpr ParamSpec kShrinkLambd{
    .name = "lambd",
    .default_value = 0.5,
    .min = 0.0,
    .description = "half-width of the dead zone [−lambd, lambd] (PyTorch's spelling); at least 0",
};

struct Softshrink {
    static constexpr ActivationSpec spec{
        .name = "softshrink",
        .label = "Softshrink",
        .param_storage = {{kShrinkLambd}},
        .param_count = 1,
        .formula = "f(x) = x − lambd for x > lambd;  x + lambd for x < −lambd;  0 otherwise",
        .derivative_formula = "f′(x) = 1 for |x| > lambd;  0 for |x| < lambd",
        .kink_convention =
            "An edge of the dead zone counts as inside, as in PyTorch: f′(±lambd) = 0. "
            "At −lambd the left derivative is 1, the right 0; at lambd the left is 0, the right 1.",
        .properties = {
            .range = {open(-kUnbounded, kUnbounded)},
            .monotonic = Monotonicity::non_decreasing,
            .symmetry = Symmetry::odd,
            .points = {kink(-0.5, -1), kink(0.5, 1)},
            .zero_gradient = {open(-0.5, 0.5)},
            .parameters_note = "lambd = 0.5 here: the gradient is zero on (−lambd, lambd); lambd = 0 gives the "
                               "identity.",
        },
    };

    double lambd;  // half-width of the dead zone, >= 0

    explicit constexpr Softshrink(const ParamValues& p) : lambd(p[0]) {}

    // f(x) = x − lambd for x > lambd, x + lambd for x < −lambd, 0 (+0)
    // between. The shift is made in double and rounded once, so a float
    // input just outside a lambd that float cannot hold (0.1, say) gives the
    // small difference, not 0 or a float-rounded one; ±inf pass.
    template <std::floating_point T>
    T value(T x) const {
        if (std::isnan(x)) return x;
        const double wide = static_cast<double>(x);
        if (wide > lambd) return detail::round_to<T>(wide - lambd);
        if (wide < -lambd) return detail::round_to<T>(wide + lambd);
        return T(0);
    }

    // f'(x) = 1 outside the dead zone, 0 inside and at its edges (PyTorch).
    template <std::floating_point T>
    T derivative(T x, KinkConvention kink) const { return detail::shrink_derivative(x, lambd, kink); }

    Breakpoints breakpoints() const { return detail::breakpoints_at(-lambd, lambd); }

    // The properties at this lambd: flat on (−lambd, lambd); lambd = 0 is
    // the identity.
    constexpr Properties properties() const {
        if (lambd == 0) return detail::identity_properties();
        return {
            .range = {open(-kUnbounded, kUnbounded)},
            .monotonic = Monotonicity::non_decreasing,
            .symmetry = Symmetry::odd,
            .points = {kink(-lambd, -1), kink(lambd, 1)},
            .zero_gradient = {open(-lambd, lambd)},
        };
    }
};

struct Hardshrink {
    static constexpr ActivationSpec spec{
        .name = "hardshrink",
        .label = "Hardshrink",
        .param_storage = {{kShrinkLambd}},
        .param_count = 1,
        .formula = "f(x) = x for |x| > lambd;  0 for |x| ≤ lambd",
        .derivative_formula = "f′(x) = 1 for |x| > lambd;  0 for |x| < lambd",
        .kink_convention =
            "f jumps at ±lambd, where f(±lambd) = 0 and f′(±lambd) = 0 as in PyTorch. "
            "At −lambd the left derivative is 1, the right 0; at lambd the left is 0, the right 1.",
        .properties = {
            // f skips (−0.5, 0) and (0, 0.5): it jumps from ∓lambd to 0 and back.
            .range = {open(-kUnbounded, -0.5), single(0), open(0.5, kUnbounded)},
            .monotonic = Monotonicity::non_decreasing,
            .symmetry = Symmetry::odd,
            .points = {jump(-0.5, 0.5, -1), jump(0.5, 0.5, 1)},
            .zero_gradient = {open(-0.5, 0.5)},
            .parameters_note = "lambd = 0.5 here: f jumps by lambd at ±lambd, the gradient is zero on (−lambd, "
                               "lambd) and the range is (−∞, −lambd) ∪ {0} ∪ (lambd, ∞); lambd = 0 gives the "
                               "identity.",
        },
    };

    double lambd;  // half-width of the dead zone, >= 0

    explicit constexpr Hardshrink(const ParamValues& p) : lambd(p[0]) {}

    // f(x) = x for |x| > lambd, 0 (+0) for |x| <= lambd; ±inf pass.
    template <std::floating_point T>
    T value(T x) const {
        if (std::isnan(x)) return x;
        return std::fabs(static_cast<double>(x)) > lambd ? x : T(0);
    }

    // f'(x) = 1 outside the dead zone, 0 inside and at its edges (PyTorch).
    template <std::floating_point T>
    T derivative(T x, KinkConvention kink) const { return detail::shrink_derivative(x, lambd, kink); }

    Breakpoints breakpoints() const { return detail::breakpoints_at(-lambd, lambd); }

    // The properties at this lambd: f jumps by lambd at ±lambd over the
    // gaps (−lambd, 0) and (0, lambd) of its range; lambd = 0 is the
    // identity.
    constexpr Properties properties() const {
        if (lambd == 0) return detail::identity_properties();
        return {
            .range = {open(-kUnbounded, -lambd), single(0), open(lambd, kUnbounded)},
            .monotonic = Monotonicity::non_decreasing,
            .symmetry = Symmetry::odd,
            .points = {jump(-lambd, lambd, -1), jump(lambd, lambd, 1)},
            .zero_gradient = {open(-lambd, lambd)},
        };
    }
};

}  // namespace activations::functions
