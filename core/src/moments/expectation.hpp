// E[g(z)] for z ~ N(μ, σ²), σ > 0, and a vector g of functions of x that
// are analytic between the activation's breakpoints: the quadrature behind
// moments.cpp (see its opening comment for the method).
#pragma once

#include <algorithm>
#include <utility>
#include <array>
#include <cmath>
#include <cstddef>
#include <vector>

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

// A span is integrated in x when μ is this many times further from 0.
inline constexpr double kNearZeroFactor = 8;
// Structure cuts at ±2^k reach down to σ/64.
inline constexpr double kStructureBelowSd = 64;

template <std::size_t N>
struct Expectation {
    MomentStatus status = MomentStatus::ok;
    Values<N> value{};
};

template <std::size_t N, class Fn, class G>
Expectation<N> expect(const Fn& fn, NormalInput z, G g, const QuadratureTolerance& tolerance = {}) {
    const double mu = z.mean, sd = z.sd;
    // Cut points: the breakpoints (in t, and their exact x), then ±∞.
    struct Cut {
        double t;
        double x;  // the breakpoint itself; NaN for ±∞
    };
    std::array<Cut, Breakpoints::kCapacity + 2> cuts{};
    std::size_t count = 0;
    cuts[count++] = {-HUGE_VAL, NAN};
    const Breakpoints breaks = fn.breakpoints();
    for (std::size_t k = 0; k < breaks.count; ++k) {
        const double t = (breaks.x[k] - mu) / sd;
        if (std::isfinite(t)) cuts[count++] = {t, breaks.x[k]};
    }
    cuts[count++] = {HUGE_VAL, NAN};
    for (std::size_t i = 1; i < count; ++i) {  // a handful: insertion sort
        for (std::size_t j = i; j > 0 && cuts[j].t < cuts[j - 1].t; --j) std::swap(cuts[j], cuts[j - 1]);
    }

    Expectation<N> out;
    for (std::size_t p = 0; p + 1 < count; ++p) {
        double lo = cuts[p].t, hi = cuts[p + 1].t;
        if (!(lo < hi)) continue;
        const double c = std::clamp(0.0, lo, hi);  // the peak of the weight on the piece
        const double peak = normal_pdf(c);
        if (peak == 0) continue;  // the whole piece lies beyond 40σ: below every subnormal
        const double cut_hi = c + tail_length(std::max(c, 0.0));
        const double cut_lo = c - tail_length(std::max(-c, 0.0));
        const double t_lo = std::max(lo, cut_lo), t_hi = std::min(hi, cut_hi);
        const double x_lo = lo < cut_lo ? mu + sd * cut_lo : cuts[p].x;
        const double x_hi = hi > cut_hi ? mu + sd * cut_hi : cuts[p + 1].x;
        // Where f does its bending (around 0 in x, on scales from the
        // parameters') may be a sliver of a wide input: softplus's curve
        // at σ = 1e5 fills 1e−4 of the range, between nodes that see 0 on
        // one side and x on the other. Cuts at ±2^k, from σ/64 up to the
        // range's reach, make every scale a piece of its own; at most
        // about 2·log2(64·(|μ|/σ + 12.6)) of them fall inside.
        std::vector<double> x_cuts{x_lo};
        if (std::isfinite(x_lo) && std::isfinite(x_hi)) {
            const double reach = std::max(std::fabs(x_lo), std::fabs(x_hi));
            for (int e = std::max(std::ilogb(sd / kStructureBelowSd), -1074); e <= std::ilogb(reach); ++e) {
                for (const double cut : {-std::ldexp(1.0, e), std::ldexp(1.0, e)}) {
                    if (cut > x_lo && cut < x_hi) x_cuts.push_back(cut);
                }
            }
        }
        x_cuts.push_back(x_hi);
        std::sort(x_cuts.begin() + 1, x_cuts.end() - 1);
        for (std::size_t k = 0; k + 1 < x_cuts.size(); ++k) {
            const double xa = x_cuts[k], xb = x_cuts[k + 1];
            const double ta = k == 0 ? t_lo : (xa - mu) / sd;
            const double tb = k + 2 == x_cuts.size() ? t_hi : (xb - mu) / sd;
            // Nodes in t (x = μ + σt) or in x. Either rounds what it
            // computes from its node: in t, x's rounding (an ulp of μ)
            // moves f; in x, t's moves the weight, which varies on the
            // scale σ. For a span much nearer 0 than μ (hardtanh with clamps
            // at ±1e−6 seen from μ = −50) the ulp of μ is large against the
            // span, and x is the variable; elsewhere t (a narrow σ about
            // μ = 3 needs it). Ends at breakpoints are exact in x.
            const bool in_x = std::isfinite(xa) && std::isfinite(xb) &&
                              std::fabs(mu) > kNearZeroFactor * std::max(std::fabs(xa), std::fabs(xb));
            Quadrature<N> piece;
            double scale = peak;
            if (in_x) {
                piece = integrate<N>(
                    [&](double x) {
                        const double t = (x - mu) / sd;
                        const double weight = std::exp(-0.5 * (t - c) * (t + c));
                        Values<N> values = g(x);
                        for (auto& v : values) v *= weight;
                        return values;
                    },
                    xa, xb, tolerance);
                scale = peak / sd;
            } else {
                piece = integrate<N>(
                    [&](double t) {
                        const double weight = std::exp(-0.5 * (t - c) * (t + c));
                        Values<N> values = g(mu + sd * t);
                        for (auto& v : values) v *= weight;
                        return values;
                    },
                    ta, tb, tolerance);
            }
            if (!piece.finite) return {MomentStatus::not_finite, {}};
            if (!piece.converged) return {MomentStatus::not_converged, {}};
            for (std::size_t i = 0; i < N; ++i) out.value[i] += scale * piece.integral[i];
        }
    }
    for (const double v : out.value) {
        if (!std::isfinite(v)) return {MomentStatus::not_finite, {}};
    }
    return out;
}

}  // namespace activations::moments_detail
