// E[f(z)], E[f(z)²], Var f(z), E[f′(z)], E[f′(z)²] for z ~ N(μ, σ²).
//
// Quadrature: with z = μ + σt, E[g(z)] = ∫ g(μ + σt)·φ(t) dt, split at
// every breakpoint of f (so each piece is analytic and kinks and jumps are
// integrated exactly piecewise). On a piece the NormalInput is written about
// the piece's point c nearest 0, φ(t) = φ(c)·e^(−(t − c)(t + c)/2), so a
// piece far out in a tail (relu's positive part at μ = −30σ) is integrated
// at its own scale and multiplied by φ(c) once; the piece is cut where the
// weight has fallen by e^−kTailExponent from its peak, which no polynomial
// growth of f² (or f⁴ of a quadratic f) can bring back above 1e−30 of the
// result. Var is integrated as E[(f − E f)²], with no cancellation.
//
// Closed forms are used instead where they exist: for the piecewise
// polynomials where they are well conditioned (moments/closed_forms.hpp),
// for sine and snake always (moments/periodic_forms.hpp).
#include <algorithm>
#include <cmath>
#include <vector>

#include "activations/activations.hpp"
#include "activations/moments.hpp"
#include "moments/closed_forms.hpp"
#include "moments/expectation.hpp"
#include "moments/function_view.hpp"
#include "moments/gauss_kronrod.hpp"
#include "moments/gaussian.hpp"
#include "moments/periodic_forms.hpp"
#include "visit.hpp"

namespace activations {
namespace moments_detail {
namespace {

// A closed-form moment is used when the sum of the magnitudes of its terms
// is at most this multiple of the result: at most 4 of 16 digits lost.
constexpr double kWellConditioned = 1e4;

MomentsResult quadrature_moments(const FunctionView& fn, NormalInput z) {
    const auto first = expect<4>(fn, z, [&fn](double x) -> Values<4> {
        const double f = fn.value(x);
        const double df = fn.derivative(x, KinkConvention::pytorch);
        return {f, f * f, df, df * df};
    });
    if (first.status != MomentStatus::ok) return {first.status, {}};
    const double mean = first.value[0];
    // (f − m)², with the rounding noise of f − m beside it: about
    // 2|f − m|·ulp(|f| + |m|) per value, 16 ulps allowed.
    QuadratureTolerance tolerance;
    tolerance.noise_of_last = 0;
    const auto second = expect<2>(
        fn, z,
        [&fn, mean](double x) -> Values<2> {
            const double f = fn.value(x);
            const double d = f - mean;
            return {d * d, 16 * 0x1p-52 * 2 * std::fabs(d) * (std::fabs(f) + std::fabs(mean))};
        },
        tolerance);
    if (second.status != MomentStatus::ok) return {second.status, {}};
    return {MomentStatus::ok, {mean, first.value[1], second.value[0], first.value[2], first.value[3]}};
}

struct ClosedForm {
    bool well_conditioned = true;
    Moments value;
};

ClosedForm closed_form_moments(const PolynomialPieces& pieces, NormalInput z) {
    const double mu = z.mean, sd = z.sd;
    ClosedForm out;
    auto take = [&out](const Conditioned& c) {
        if (c.magnitude > kWellConditioned * std::fabs(c.value)) out.well_conditioned = false;
        return c.value;
    };
    out.value.mean = take(expect_pieces(pieces, mu, sd, as_is));
    out.value.mean_square = take(expect_pieces(pieces, mu, sd, squared));
    const double m = out.value.mean;
    out.value.variance = take(expect_pieces(pieces, mu, sd, [m](std::array<double, 3> p) {
        p[0] -= m;
        return squared(p);
    }));
    out.value.derivative_mean =
        take(expect_pieces(pieces, mu, sd, [sd](const std::array<double, 3>& p) { return as_is(derivative_in_t(p, sd)); }));
    out.value.derivative_mean_square = take(
        expect_pieces(pieces, mu, sd, [sd](const std::array<double, 3>& p) { return squared(derivative_in_t(p, sd)); }));
    for (const double v : {out.value.mean, out.value.mean_square, out.value.variance, out.value.derivative_mean,
                           out.value.derivative_mean_square}) {
        if (!std::isfinite(v)) out.well_conditioned = false;
    }
    return out;
}

// sd = 0: the limit sd → 0+, which is g(μ) where g is continuous and the
// mean of the one-sided limits at a breakpoint (half the mass falls on each
// side). f's one-sided limits are read at the neighbouring doubles; f′'s
// are the left and right conventions.
MomentsResult point_moments(const FunctionView& fn, double mu) {
    const Breakpoints breaks = fn.breakpoints();
    const bool at_break = std::find(breaks.x.begin(), breaks.x.begin() + static_cast<std::ptrdiff_t>(breaks.count), mu) !=
                          breaks.x.begin() + static_cast<std::ptrdiff_t>(breaks.count);
    if (!at_break) {
        const double f = fn.value(mu), df = fn.derivative(mu, KinkConvention::pytorch);
        return {MomentStatus::ok, {f, f * f, 0, df, df * df}};
    }
    const double fl = fn.value(std::nextafter(mu, -HUGE_VAL)), fr = fn.value(std::nextafter(mu, HUGE_VAL));
    const double dl = fn.derivative(mu, KinkConvention::left), dr = fn.derivative(mu, KinkConvention::right);
    const double half_jump = 0.5 * (fr - fl);
    return {MomentStatus::ok,
            {0.5 * (fl + fr), 0.5 * (fl * fl + fr * fr), half_jump * half_jump, 0.5 * (dl + dr), 0.5 * (dl * dl + dr * dr)}};
}

template <class Fn>
MomentsResult moments_of(const Fn& fn, NormalInput z, MomentMethod method) {
    if (!std::isfinite(z.mean) || !std::isfinite(z.sd) || z.sd < 0) return {MomentStatus::bad_argument, {}};
    const auto pieces = polynomial_pieces(fn);
    const bool periodic = periodic_moments(fn, NormalInput{0, 1}).has_value();
    if (method == MomentMethod::closed_form && !pieces && !periodic) return {MomentStatus::no_closed_form, {}};
    if (z.sd == 0) return point_moments(FunctionView::of(fn), z.mean);
    if (periodic && method != MomentMethod::quadrature) {
        if (const auto m = periodic_moments(fn, z)) return {MomentStatus::ok, *m};
    }
    if (pieces && method != MomentMethod::quadrature) {
        const ClosedForm closed = closed_form_moments(*pieces, z);
        if (method == MomentMethod::closed_form || closed.well_conditioned) return {MomentStatus::ok, closed.value};
    }
    return quadrature_moments(FunctionView::of(fn), z);
}

}  // namespace
}  // namespace moments_detail

MomentsResult moments(ActivationId id, const ParamValues& params, NormalInput z, MomentMethod method) {
    if (static_cast<std::size_t>(id) >= kActivationCount) return {MomentStatus::bad_argument, {}};
    return detail::visit(id, params, [&](const auto& fn) { return moments_detail::moments_of(fn, z, method); });
}

bool has_closed_form(ActivationId id, const ParamValues& params) {
    if (static_cast<std::size_t>(id) >= kActivationCount) return false;
    return detail::visit(id, params, [](const auto& fn) {
        return moments_detail::polynomial_pieces(fn).has_value() ||
               moments_detail::periodic_moments(fn, NormalInput{0, 1}).has_value();
    });
}

}  // namespace activations
