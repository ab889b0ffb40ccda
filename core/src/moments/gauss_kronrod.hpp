// Globally adaptive Gauss–Kronrod quadrature (the 7-point Gauss rule and
// its 15-point Kronrod extension, as QUADPACK's QK15 within QAG), for a
// vector of integrands sharing their nodes: the moments of one activation
// (f, f², f′, f′²) are integrated together.
//
// Method: the interval with the largest estimated error is halved until the
// total error estimate of every component is within its tolerance, or the
// work bound is reached (then `converged` is false: the caller reports it;
// nothing loops without bound). The error estimate of one interval is
// QUADPACK's: |K15 − G7| scaled by (200·|K15 − G7|/resasc)^1.5 (resasc is
// the rule's estimate of ∫|f − mean|), which tracks the true error of the
// 15-point result for smooth integrands, where |K15 − G7| alone is the
// (much larger) error of the 7-point one.
//
// The integrands here are analytic on each interval (the caller splits at
// every breakpoint), so the rule converges geometrically; non-finite
// values are reported, not integrated.
#pragma once

#include <algorithm>
#include <array>
#include <cmath>
#include <cstddef>
#include <vector>

namespace activations::moments_detail {

// Nodes and weights on [−1, 1] (QUADPACK qk15). They integrate x^k exactly
// for k ≤ 22 (Kronrod) and k ≤ 13 (Gauss), which mpmath confirms for these
// digits to 1e−26.
inline constexpr std::array<double, 8> kKronrodNodes = {
    0.991455371120812639206854697526329, 0.949107912342758524526189684047851,
    0.864864423359769072789712788640926, 0.741531185599394439863864773280788,
    0.586087235467691130294144845693013, 0.405845151377397166906606412076961,
    0.207784955007898467600689403773245, 0.0};
inline constexpr std::array<double, 8> kKronrodWeights = {
    0.022935322010529224963732008058970, 0.063092092629978553290700663189204,
    0.104790010322250183839876322541518, 0.140653259715525918745189590510238,
    0.169004726639267902826583426598550, 0.190350578064785409913256402421014,
    0.204432940075298892414161999234649, 0.209482141084727828012999174891714};
// The Gauss weights of the odd-numbered Kronrod nodes (1, 3, 5) and of 0.
inline constexpr std::array<double, 4> kGaussWeights = {
    0.129484966168869693270611432679082, 0.279705391489276667901467771423780,
    0.381830050505118944950369775488975, 0.417959183673469387755102040816327};

template <std::size_t N>
using Values = std::array<double, N>;

struct QuadratureTolerance {
    double relative = 1e-13;      // of the component's integral
    double of_l1 = 2e-15;         // of ∫|f|: the bound for integrals that cancel to about 0
    std::size_t max_intervals = 500;  // 7,500 integrand evaluations at most
    // Components that hold a bound on the rounding noise of another one
    // (-1: none): an integral cannot be resolved below the noise of its
    // integrand's values, so that bound is accepted as well. (f − m)² for a
    // narrow input is the case: f − m is a difference of rounded values.
    int noise_of_last = -1;  // if ≥ 0: the last component bounds the noise of component noise_of_last
};

template <std::size_t N>
struct Quadrature {
    Values<N> integral{};
    Values<N> l1{};     // ∫|f|, for the caller's own tolerances
    Values<N> error{};  // the estimate
    bool converged = false;
    bool finite = true;  // false if any integrand value was NaN or infinite
};

template <std::size_t N>
struct KronrodInterval {
    double a, b;
    Values<N> integral, error, l1;
};

// One application of the rule on [a, b].
template <std::size_t N, class F>
KronrodInterval<N> kronrod15(F& f, double a, double b, bool& finite) {
    const double center = 0.5 * (a + b);
    const double half = 0.5 * (b - a);
    std::array<Values<N>, 15> values;
    for (std::size_t k = 0; k < 7; ++k) {
        values[2 * k] = f(center - half * kKronrodNodes[k]);
        values[2 * k + 1] = f(center + half * kKronrodNodes[k]);
    }
    values[14] = f(center);
    KronrodInterval<N> out{a, b, {}, {}, {}};
    for (std::size_t i = 0; i < N; ++i) {
        double kronrod = kKronrodWeights[7] * values[14][i];
        double gauss = kGaussWeights[3] * values[14][i];
        double absolute = kKronrodWeights[7] * std::fabs(values[14][i]);
        for (std::size_t k = 0; k < 7; ++k) {
            const double pair = values[2 * k][i] + values[2 * k + 1][i];
            kronrod += kKronrodWeights[k] * pair;
            absolute += kKronrodWeights[k] * (std::fabs(values[2 * k][i]) + std::fabs(values[2 * k + 1][i]));
            if (k % 2 == 1) gauss += kGaussWeights[k / 2] * pair;
        }
        const double mean = 0.5 * kronrod;
        double spread = kKronrodWeights[7] * std::fabs(values[14][i] - mean);
        for (std::size_t k = 0; k < 7; ++k) {
            spread += kKronrodWeights[k] * (std::fabs(values[2 * k][i] - mean) + std::fabs(values[2 * k + 1][i] - mean));
        }
        if (!std::isfinite(kronrod) || !std::isfinite(absolute)) finite = false;
        double error = std::fabs((kronrod - gauss) * half);
        spread *= std::fabs(half);
        if (spread != 0 && error != 0) error = spread * std::min(1.0, std::pow(200 * error / spread, 1.5));
        out.integral[i] = kronrod * half;
        out.error[i] = error;
        out.l1[i] = absolute * std::fabs(half);
    }
    return out;
}

// ∫_a^b f, f(t) returning Values<N>.
template <std::size_t N, class F>
Quadrature<N> integrate(F&& f, double a, double b, const QuadratureTolerance& tolerance = {}) {
    Quadrature<N> result;
    if (!(a < b)) {
        result.converged = true;
        return result;
    }
    std::vector<KronrodInterval<N>> intervals;
    intervals.reserve(tolerance.max_intervals);
    intervals.push_back(kronrod15<N>(f, a, b, result.finite));
    while (true) {
        Values<N> integral{}, error{}, l1{};
        for (const auto& interval : intervals) {
            for (std::size_t i = 0; i < N; ++i) {
                integral[i] += interval.integral[i];
                error[i] += interval.error[i];
                l1[i] += interval.l1[i];
            }
        }
        result.integral = integral;
        result.error = error;
        result.l1 = l1;
        if (!result.finite) return result;
        Values<N> allowed{};
        bool done = true;
        for (std::size_t i = 0; i < N; ++i) {
            allowed[i] = std::max(tolerance.relative * std::fabs(integral[i]), tolerance.of_l1 * l1[i]);
            if (static_cast<int>(i) == tolerance.noise_of_last) allowed[i] = std::max(allowed[i], integral[N - 1]);
            if (tolerance.noise_of_last >= 0 && i == N - 1) allowed[i] = HUGE_VAL;  // the bound itself needs no precision
            if (error[i] > allowed[i]) done = false;
        }
        if (done) {
            result.converged = true;
            return result;
        }
        if (intervals.size() >= tolerance.max_intervals) return result;
        // Halve the interval that contributes most to the components still
        // outside their tolerance.
        std::size_t worst = 0;
        double worst_share = -1;
        for (std::size_t k = 0; k < intervals.size(); ++k) {
            double share = 0;
            for (std::size_t i = 0; i < N; ++i) {
                if (allowed[i] > 0) share = std::max(share, intervals[k].error[i] / allowed[i]);
                else if (intervals[k].error[i] > 0) share = HUGE_VAL;
            }
            if (share > worst_share) worst_share = share, worst = k;
        }
        const KronrodInterval<N> split = intervals[worst];
        const double middle = 0.5 * (split.a + split.b);
        if (!(split.a < middle && middle < split.b)) return result;  // no room left to halve: not converged
        intervals[worst] = kronrod15<N>(f, split.a, middle, result.finite);
        intervals.push_back(kronrod15<N>(f, middle, split.b, result.finite));
    }
}

}  // namespace activations::moments_detail
