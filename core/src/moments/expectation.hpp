// E[g(z)] for z ~ N(μ, σ²), σ > 0, and a vector g of functions of x that
// are analytic between the activation's breakpoints: the quadrature behind
// moments.cpp (see its opening comment for the method).
#pragma once

#include <algorithm>
#include <array>
#include <cmath>
#include <cstddef>

#include "activations/activations.hpp"
#include "activations/moments.hpp"
#include "moments/gauss_kronrod.hpp"
#include "moments/gaussian.hpp"

namespace activations::moments_detail {

// A piece is integrated out to where its NormalInput weight is e^−80 (1.8e−35)
// of its peak.
inline constexpr double kTailExponent = 80;

// How far beyond a point a ≥ 0 the weight e^(−(t² − a²)/2) stays above
// e^−kTailExponent: the positive root of a·L + L²/2 = kTailExponent.
inline double tail_length(double a) {
    return 2 * kTailExponent / (a + std::sqrt(a * a + 2 * kTailExponent));  // = √(a² + 2K) − a, without cancellation
}

template <std::size_t N>
struct Expectation {
    MomentStatus status = MomentStatus::ok;
    Values<N> value{};
};

template <std::size_t N, class Fn, class G>
Expectation<N> expect(const Fn& fn, NormalInput z, G g, const QuadratureTolerance& tolerance = {}) {
    const double mu = z.mean, sd = z.sd;
    // Cut points in t: the breakpoints, then ±∞.
    std::array<double, Breakpoints::kCapacity + 2> cuts{};
    std::size_t count = 0;
    cuts[count++] = -HUGE_VAL;
    const Breakpoints breaks = fn.breakpoints();
    for (std::size_t k = 0; k < breaks.count; ++k) {
        const double t = (breaks.x[k] - mu) / sd;
        if (std::isfinite(t)) cuts[count++] = t;
    }
    cuts[count++] = HUGE_VAL;
    std::sort(cuts.begin(), cuts.begin() + static_cast<std::ptrdiff_t>(count));

    Expectation<N> out;
    for (std::size_t p = 0; p + 1 < count; ++p) {
        double lo = cuts[p], hi = cuts[p + 1];
        if (!(lo < hi)) continue;
        const double c = std::clamp(0.0, lo, hi);  // the peak of the weight on the piece
        const double peak = normal_pdf(c);
        if (peak == 0) continue;  // the whole piece lies beyond 40σ: below every subnormal
        hi = std::min(hi, c + tail_length(std::max(c, 0.0)));
        lo = std::max(lo, c - tail_length(std::max(-c, 0.0)));
        const auto piece = integrate<N>(
            [&](double t) {
                const double weight = std::exp(-0.5 * (t - c) * (t + c));
                Values<N> values = g(mu + sd * t);
                for (auto& v : values) v *= weight;
                return values;
            },
            lo, hi, tolerance);
        if (!piece.finite) return {MomentStatus::not_finite, {}};
        if (!piece.converged) return {MomentStatus::not_converged, {}};
        for (std::size_t i = 0; i < N; ++i) out.value[i] += peak * piece.integral[i];
    }
    for (const double v : out.value) {
        if (!std::isfinite(v)) return {MomentStatus::not_finite, {}};
    }
    return out;
}

}  // namespace activations::moments_detail
