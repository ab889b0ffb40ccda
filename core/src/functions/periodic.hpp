// Periodic activations: SIREN's sine, sin(ω₀x), and snake, x + sin²(αx)/α
// (Liu et al. 2020; BigVGAN's audio decoders). The phase ω·x is formed
// exactly, as a double-double (detail::phase_of), and its sine taken with
// the addition theorem (detail::sin_of): rounding the phase to a double
// first would move it by up to half an ulp of ω·x, which for |ω·x| in the
// thousands is already many ulps of the result.
//
// Huge |x|: the result is the function at the exact input, as everywhere:
// sin(30 · 1e300) is a definite number in [−1, 1], and libm's argument
// reduction finds it (Payne–Hanek). Where ω·x overflows a double (|x| >
// DBL_MAX/ω, only in double), the phase is formed in long double
// (detail::sin_of_wide). A plot of such inputs shows aliasing: consecutive
// doubles are many periods apart.
// ±inf: sine and both derivatives have no limit (sin oscillates), so they
// give NaN, as IEEE's sin(±inf) does; snake itself tends to ±inf.
#pragma once

#include <cmath>
#include <limits>
#include <numbers>

#include "activations/spec.hpp"
#include "functions/extended.hpp"
#include "functions/kink.hpp"
#include "functions/numerics.hpp"

namespace activations::functions {

struct Sine : detail::RoundedFromDouble<Sine> {
    static constexpr ActivationSpec spec{
        .name = "sine",
        .label = "Sine (SIREN)",
        .param_storage = {{
            {.name = "omega_0",
             .default_value = 30.0,
             .min = 0.0,
             .min_inclusive = false,
             .description = "ω₀, the frequency (SIREN's first layer: 30); positive",
             .preset_storage = {{{"SIREN", 30.0}, {"plain sin", 1.0}}},
             .preset_count = 2},
        }},
        .param_count = 1,
        .formula = "f(x) = sin(omega_0 · x)",
        .derivative_formula = "f′(x) = omega_0 · cos(omega_0 · x)",
        .kink_convention = "Smooth everywhere: no kinks, so the three options agree.",
        .edges = {.value_limits = false, .derivative_limits = false},
        .properties = {
            .range = {closed(-1, 1)},
            .monotonic = Monotonicity::not_monotonic,
            // cos(30x) < 0: x in (π/60, π/20), repeating every 2π/30.
            .decreasing = {open(std::numbers::pi / 60, std::numbers::pi / 20)},
            .decreasing_period = std::numbers::pi / 15,
            .symmetry = Symmetry::odd,
            .parameters_note = "omega_0 = 30 here: f decreases on (π / (2 omega_0), 3π / (2 omega_0)) and every 2π / "
                               "omega_0 from there; the range is [−1, 1] for every omega_0.",
        },
    };

    double omega;

    explicit constexpr Sine(const ParamValues& p) : omega(p[0]) {}

    // f(±0) = ±0; f(±inf) = NaN (no limit).
    double f(double x) const {
        if (std::isnan(x) || x == 0) return x;
        if (std::isinf(x)) return std::numeric_limits<double>::quiet_NaN();
        const detail::DoubleDouble phase = detail::phase_of(omega, x);
        const double result = std::isfinite(phase.hi) ? detail::sin_of(phase) : detail::sin_of_wide(omega, x);
        return result == 0 ? std::copysign(0.0, x) : result;  // x's sign where ω·x underflows
    }

    double df(double x) const {
        if (std::isnan(x)) return x;
        if (std::isinf(x)) return std::numeric_limits<double>::quiet_NaN();
        const detail::DoubleDouble phase = detail::phase_of(omega, x);
        if (!std::isfinite(phase.hi)) return omega * detail::cos_of_wide(omega, x);
        return omega * detail::cos_of(phase);
    }

    Breakpoints breakpoints() const { return detail::kNoBreakpoints; }

    // The properties at this omega_0: f decreases where cos(omega_0·x) < 0,
    // on (π/2, 3π/2) / omega_0 and every 2π / omega_0 from there.
    constexpr Properties properties() const {
        Properties p = spec.properties;
        p.decreasing = {open(std::numbers::pi / 2 / omega, 3 * std::numbers::pi / 2 / omega)};
        p.decreasing_period = 2 * std::numbers::pi / omega;
        p.parameters_note = {};
        return p;
    }
};

struct Snake : detail::RoundedFromDouble<Snake> {
    static constexpr ActivationSpec spec{
        .name = "snake",
        .label = "Snake",
        .param_storage = {{
            {.name = "alpha",
             .default_value = 1.0,
             .min = 0.0,
             .min_inclusive = false,
             .description = "α, the frequency of the ripple and the inverse of its height; positive "
                            "(learnt per channel in BigVGAN, from 1)"},
        }},
        .param_count = 1,
        .formula = "f(x) = x + sin²(alpha · x) / alpha",
        .derivative_formula = "f′(x) = 1 + sin(2 alpha · x) = 2 sin²(alpha · x + π/4)",
        .kink_convention = "Smooth everywhere: no kinks, so the three options agree.",
        // f' = 2 sin²(αx + π/4): where |αx| ≥ 2^52 the shifted phase is
        // no longer a double plus a small remainder, and its sine is good
        // to 2^−51 absolute, not relative (the window assumes α ≤ 4).
        .bounds = {.double_ulps = {2, 4},
                   .floor_storage = {{{.zero = 0, .half_width = kUnbounded, .epsilons = 2, .from_distance = 0x1p50}}},
                   .floor_count = 1},
        .edges = {.derivative_limits = false},
        .properties = {
            .range = {open(-kUnbounded, kUnbounded)},  // f′ = 1 + sin 2x ≥ 0, zero only at isolated points
            .parameters_note = "alpha = 1 here: for every alpha > 0 f is increasing (f′ = 1 + sin(2 alpha x) touches "
                               "0 only at isolated points) and the ripple is 1 / alpha high.",
        },
    };

    double alpha;

    explicit constexpr Snake(const ParamValues& p) : alpha(p[0]) {}

    // π/4 as a double-double, for f' = 2 sin²(αx + π/4).
    static constexpr detail::DoubleDouble kQuarterPi{0x1.921fb54442d18p-1, 0x1.1a62633145c07p-55};

    // f(x) = x + sin²(αx)/α; f(±0) = ±0, f(±inf) = ±inf. Where αx
    // overflows, 1/α < |x|·2^−1023, far below an ulp of x: f = x.
    double f(double x) const {
        using namespace detail;
        if (std::isnan(x) || x == 0 || std::isinf(x)) return x;
        const DoubleDouble phase = phase_of(alpha, x);
        if (!std::isfinite(phase.hi)) return x;
        const double s = sin_of(phase);
        return dd_add(x, dd_div(two_prod(s, s), alpha)).hi;
    }

    // f'(x) = 1 + sin 2αx, in the form 2 sin²(αx + π/4): f' touches 0 at
    // αx = −π/4 + kπ, where 1 + sin would cancel; the square of a sine of
    // the shifted exact phase keeps its relative accuracy there. Where αx
    // overflows, 1 + sin(2αx) from the long-double phase. NaN at ±inf.
    double df(double x) const {
        using namespace detail;
        if (std::isnan(x)) return x;
        if (std::isinf(x)) return std::numeric_limits<double>::quiet_NaN();
        const DoubleDouble phase = phase_of(alpha, x);
        if (!std::isfinite(phase.hi)) return 1 + sin_of_wide(2 * alpha, x);
        const double s = sin_of(dd_add(phase, kQuarterPi));
        return 2 * (s * s);
    }

    Breakpoints breakpoints() const { return detail::kNoBreakpoints; }

    // The properties at this alpha: the same for every alpha > 0.
    constexpr Properties properties() const {
        Properties p = spec.properties;
        p.parameters_note = {};
        return p;
    }
};

}  // namespace activations::functions
