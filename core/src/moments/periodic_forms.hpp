// Closed forms of the moments of sine and snake: Gaussian expectations of
// sin and cos. For z ~ N(μ, σ²) and D = e^(−k²σ²/2),
//   E cos(kz) = cos(kμ)·D,   E sin(kz) = sin(kμ)·D,
//   Cov(z, cos(kz)) = −kσ²·sin(kμ)·D,
//   E sin²(kz) = ((1 − D⁴) + 2 sin²(kμ)·D⁴)/2,
//   Var cos(kz) = (1 − D²)·((1 − D²) + 2 sin²(kμ)·D²)/2,
// each written so that no difference of nearly equal terms is formed
// (1 − D² from expm1, 1 − cos from 2 sin²). Quadrature cannot follow these
// functions far: sine at ω = 30 and σ = 2 swings 700 times over the
// range. The phase kμ is carried as a double-double (functions/extended.hpp).
#pragma once

#include <cmath>
#include <optional>

#include "activations/moments.hpp"
#include "functions/all.hpp"

namespace activations::moments_detail {

inline std::optional<Moments> periodic_moments(const auto&, NormalInput) { return std::nullopt; }

// Everything the forms need for one frequency k.
struct Harmonic {
    double sine, cosine;    // sin(kμ), cos(kμ)
    double d;               // e^(−k²σ²/2)
    double one_minus_d2;    // 1 − D²
    double one_minus_d4;    // 1 − D⁴
};

inline std::optional<Harmonic> harmonic(double k, NormalInput z) {
    const detail::DoubleDouble phase = detail::phase_of(k, z.mean);
    if (!std::isfinite(phase.hi)) return std::nullopt;
    const double spread = k * z.sd;
    return Harmonic{detail::sin_of(phase), detail::cos_of(phase), std::exp(-0.5 * spread * spread),
                    -std::expm1(-spread * spread), -std::expm1(-2 * spread * spread)};
}

// f = sin(ωx), f′ = ω·cos(ωx).
inline std::optional<Moments> periodic_moments(const functions::Sine& fn, NormalInput z) {
    const auto h = harmonic(fn.omega, z);
    if (!h) return std::nullopt;
    const double w = fn.omega, s = h->sine, c = h->cosine, d = h->d, d2 = d * d, d4 = d2 * d2;
    Moments m;
    m.mean = s * d;
    m.mean_square = 0.5 * (h->one_minus_d4 + 2 * s * s * d4);
    m.variance = 0.5 * h->one_minus_d2 * (h->one_minus_d2 + 2 * c * c * d2);
    m.derivative_mean = w * c * d;
    m.derivative_mean_square = 0.5 * w * w * (h->one_minus_d4 + 2 * c * c * d4);
    return m;
}

// f = x + sin²(αx)/α = x + c0·(1 − cos(kx)), k = 2α, c0 = 1/(2α);
// f′ = 1 + sin(kx).
inline std::optional<Moments> periodic_moments(const functions::Snake& fn, NormalInput z) {
    const double k = 2 * fn.alpha, c0 = 0.5 / fn.alpha;
    const auto h = harmonic(k, z);
    const detail::DoubleDouble half_phase = detail::phase_of(fn.alpha, z.mean);  // kμ/2
    if (!h || !std::isfinite(half_phase.hi)) return std::nullopt;
    const double s = h->sine, d = h->d, d2 = d * d, d4 = d2 * d2;
    const double half_sine = detail::sin_of(half_phase);  // 1 − cos(kμ) = 2 sin²(kμ/2)
    // 1 + sin(kμ) = 2 sin²(kμ/2 + π/4), where it nears 0.
    const double shifted = detail::sin_of(detail::dd_add(half_phase, functions::Snake::kQuarterPi));
    const double sd2 = z.sd * z.sd;
    Moments m;
    m.mean = z.mean + c0 * (-std::expm1(-0.5 * k * k * sd2) + 2 * d * half_sine * half_sine);  // 1 − cos(kμ)·D
    const double cosine_variance = 0.5 * h->one_minus_d2 * (h->one_minus_d2 + 2 * s * s * d2);
    m.variance = sd2 * (1 + 2 * s * d) + c0 * c0 * cosine_variance;  // Var z + c0² Var cos + 2c0·kσ²·sin(kμ)·D
    m.mean_square = m.variance + m.mean * m.mean;
    m.derivative_mean = -std::expm1(-0.5 * k * k * sd2) + d * 2 * shifted * shifted;  // 1 + sin(kμ)·D
    m.derivative_mean_square = 1 + 2 * s * d + 0.5 * (h->one_minus_d4 + 2 * s * s * d4);
    return m;
}

}  // namespace activations::moments_detail
