// The initialisation gain and the mean-field maps of a wide layer, from the
// moments of f at a NormalInput input (moments.cpp).
#include <cmath>
#include <cstdint>
#include <cstring>

#include "activations/moments.hpp"
#include "moments/pytorch_gain.hpp"

namespace activations {
namespace {

bool non_negative(double v) { return std::isfinite(v) && v >= 0; }

bool valid(LayerInit init) { return non_negative(init.weight_variance) && non_negative(init.bias_variance); }

// Doubles ≥ 0 ordered as their bit patterns: bisecting the integers halves
// the number of doubles in between, so 64 steps reach neighbours.
std::uint64_t bits_of(double v) {
    std::uint64_t b;
    std::memcpy(&b, &v, sizeof b);
    return b;
}
double from_bits(std::uint64_t b) {
    double v;
    std::memcpy(&v, &b, sizeof v);
    return v;
}

// Two values of the map agree to within the quadrature's own accuracy (a
// few ulps); finer than this, bisection takes over.
constexpr double kSameValue = 4e-16;
constexpr double kMapAccuracy = 1e-12;

}  // namespace

Gain gain(ActivationId id, const ParamValues& params) {
    Gain out;
    const auto known = moments_detail::pytorch_gain(id, params);
    out.pytorch = known.value;
    out.note = known.note;
    const MomentsResult at_standard = moments(id, params, NormalInput{0, 1});
    if (at_standard.status != MomentStatus::ok) {
        out.status = at_standard.status;
        return out;
    }
    // E[f(z)²] = 0 (f is 0 almost everywhere): no gain can restore it.
    if (!(at_standard.value.mean_square > 0)) {
        out.status = MomentStatus::not_finite;
        return out;
    }
    out.variance_preserving = 1 / std::sqrt(at_standard.value.mean_square);
    return out;
}

MapValue variance_map(ActivationId id, const ParamValues& params, LayerInit init, double q) {
    if (!valid(init) || !non_negative(q)) return {MomentStatus::bad_argument, 0};
    const MomentsResult m = moments(id, params, NormalInput{0, std::sqrt(q)});
    if (m.status != MomentStatus::ok) return {m.status, 0};
    const double next = init.weight_variance * m.value.mean_square + init.bias_variance;
    if (!std::isfinite(next)) return {MomentStatus::not_finite, 0};
    return {MomentStatus::ok, next};
}

// The fixed point the iteration reaches from `start`. Plain iteration
// first: for the increasing maps of the registry's activations (E[f(√q z)²]
// grows with q) the iterates move monotonically toward the nearest fixed
// point in the direction of M(q) − q, and most cases converge
// geometrically. Where they creep (at the edge of chaos, or toward q* = 0
// as 1/n for tanh), the last iterate a starts a bracket: steps of |F(a)|,
// 2|F(a)|, 4|F(a)|, ... in the direction of F = M − q until F changes sign
// (or q reaches 0, where F(0) = M(0) ≥ 0), and then bisection. If q passes
// 1e300 with F still positive, or the map overflows on the way up, the
// iterates grow without bound: no finite fixed point.
FixedPoint variance_fixed_point(ActivationId id, const ParamValues& params, LayerInit init, double start) {
    FixedPoint out;
    if (!valid(init) || !non_negative(start)) return {MomentStatus::bad_argument};
    MomentStatus failure = MomentStatus::ok;
    auto residual = [&](double q) {  // F(q) = M(q) − q
        ++out.evaluations;
        const MapValue m = variance_map(id, params, init, q);
        if (m.status != MomentStatus::ok) failure = m.status;
        return m.value - q;
    };
    auto fail = [&](MomentStatus status) {
        out.status = status;
        return out;
    };

    // |F(q)| at or below this is the map's own error, not a sign: M(q) is
    // a quadrature to 1e−13 of its value (moments.cpp), so M(q) and q
    // agreeing to 1e−12 of the larger is no evidence either way (softplus at
    // σ_w² = 2 adds σ_b² = 0.01 to q = 1e12: F's computed sign is noise).
    auto noise = [](double q, double f) { return kMapAccuracy * std::fmax(q, q + f); };

    double q = start;
    double f = residual(q);
    if (failure != MomentStatus::ok) return fail(failure);
    // Converged: the step is below the map's accuracy and still shrinking (a
    // constant step, as relu's at σ_w² = 2 with a bias, is not convergence).
    bool converged = f == 0;
    for (int i = 0; i < kFixedPointIterations && !converged; ++i) {
        const double next = q + f;
        if (!(next <= kNoFiniteFixedPointAbove)) return fail(MomentStatus::no_finite_fixed_point);
        const double previous_step = f;
        q = next;
        f = residual(q);
        // Rising iterates whose map overflows double (relu2's M(q) grows as
        // q²) grow without bound.
        if (failure == MomentStatus::not_finite && previous_step > 0) return fail(MomentStatus::no_finite_fixed_point);
        if (failure != MomentStatus::ok) return fail(failure);
        converged = f == 0 || (std::fabs(f) <= kSameValue * q && std::fabs(f) < std::fabs(previous_step));
    }
    if (!converged) {
        // Bracket: a keeps the last point whose F is significant and of the
        // starting sign; b steps on from it, doubling, until F(b) has the
        // other sign beyond rounding (or b = 0, where F(0) = M(0) =
        // σ_w²·f(0)² + σ_b² ≥ 0 is exact).
        double a = q, fa = f, step = std::fabs(f);
        const double direction = f > 0 ? 1 : -1;
        double b = a, fb = fa;
        while (true) {
            b = a + direction * step;
            if (b < 0) b = 0;
            if (!(b <= kNoFiniteFixedPointAbove)) return fail(MomentStatus::no_finite_fixed_point);
            fb = residual(b);
            if (failure == MomentStatus::not_finite && direction > 0) return fail(MomentStatus::no_finite_fixed_point);
            if (failure != MomentStatus::ok) return fail(failure);
            const bool significant = std::fabs(fb) > noise(b, fb);
            if ((significant && (fb > 0) != (fa > 0)) || (b == 0 && fb <= 0)) break;
            if (b == 0) break;  // F(0) > 0 while F(a) < 0: a sign change, bisected below
            if (significant) a = b, fa = fb;
            step *= 2;
        }
        q = b;
        if (fb != 0) {
            // Bisection on the bits of [lo, hi], both ≥ 0.
            double lo = std::fmin(a, b), hi = std::fmax(a, b);
            double flo = lo == a ? fa : fb;
            while (bits_of(hi) - bits_of(lo) > 1) {
                const double mid = from_bits(bits_of(lo) + (bits_of(hi) - bits_of(lo)) / 2);
                const double fm = residual(mid);
                if (failure != MomentStatus::ok) return fail(failure);
                if (fm == 0) {
                    lo = hi = mid;
                    break;
                }
                if ((fm > 0) == (flo > 0)) {
                    lo = mid, flo = fm;
                } else {
                    hi = mid;
                }
            }
            q = 0.5 * (lo + hi);
        }
    }
    out.q = q;
    const MomentsResult at_fixed_point = moments(id, params, NormalInput{0, std::sqrt(q)});
    if (at_fixed_point.status != MomentStatus::ok) return fail(at_fixed_point.status);
    out.chi = init.weight_variance * at_fixed_point.value.derivative_mean_square;
    out.mean = at_fixed_point.value.mean;
    out.variance = at_fixed_point.value.variance;
    return out;
}

MeanVarianceValue mean_variance_map(ActivationId id, const ParamValues& params, WeightSums weights, MeanVariance in) {
    if (!std::isfinite(weights.sum) || !non_negative(weights.sum_of_squares) || !std::isfinite(in.mean) ||
        !non_negative(in.variance)) {
        return {MomentStatus::bad_argument, {}};
    }
    const double mean = in.mean * weights.sum;
    const double sd = std::sqrt(in.variance * weights.sum_of_squares);
    const MomentsResult m = moments(id, params, NormalInput{mean, sd});
    if (m.status != MomentStatus::ok) return {m.status, {}};
    return {MomentStatus::ok, {m.value.mean, m.value.variance}};
}

MeanVarianceFixedPoint mean_variance_fixed_point(ActivationId id, const ParamValues& params, WeightSums weights,
                                                 MeanVariance start) {
    constexpr double kSettled = 1e-15;  // the change per step, relative to the size of the point
    MeanVarianceFixedPoint out;
    MeanVariance point = start;
    for (out.iterations = 1; out.iterations <= kMeanVarianceIterations; ++out.iterations) {
        const MeanVarianceValue next = mean_variance_map(id, params, weights, point);
        if (next.status != MomentStatus::ok) return {next.status, point, out.iterations};
        if (!(next.value.variance <= kNoFiniteFixedPointAbove) || !(std::fabs(next.value.mean) <= kNoFiniteFixedPointAbove)) {
            return {MomentStatus::no_finite_fixed_point, next.value, out.iterations};
        }
        const double size = 1 + std::fabs(next.value.mean) + next.value.variance;
        const bool settled = std::fabs(next.value.mean - point.mean) <= kSettled * size &&
                             std::fabs(next.value.variance - point.variance) <= kSettled * size;
        point = next.value;
        if (settled) {
            out.value = point;
            return out;
        }
    }
    return {MomentStatus::not_converged, point, kMeanVarianceIterations};
}

}  // namespace activations
