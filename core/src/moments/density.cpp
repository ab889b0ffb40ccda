// The distribution of f(z) for z ~ N(μ, σ²): a density on a grid of y and
// the point masses of f's flat pieces.
//
// Method: on x ∈ [μ − kRangeSd·σ, μ + kRangeSd·σ] (beyond, the mass is
// below 1e−19) f is cut into monotone segments at its breakpoints and at
// the zeros of f′, found as sign changes of f′ on a grid of kGridPoints
// refined by bisection. Runs of the grid where f′ is exactly 0 and f does
// not change are flat pieces: a point mass P(z in the run) at that value
// (a run reaching the end of the range extends to ±∞). On each monotone
// segment the preimage x of every grid value y is found by bisection, and
// the segment adds φ((x − μ)/σ)/(σ·|f′(x)|), the change-of-variables
// density. All loops have fixed bounds.
#include <algorithm>
#include <cmath>
#include <vector>

#include "activations/activations.hpp"
#include "activations/moments.hpp"
#include "moments/function_view.hpp"
#include "moments/gaussian.hpp"
#include "visit.hpp"

namespace activations {
namespace moments_detail {
namespace {

constexpr double kRangeSd = 9;          // P(|z − μ| > 9σ) ≈ 2e−19
constexpr double kQuantileSd = 3.719;   // Φ(−3.719) ≈ 1e−4: the automatic y range
constexpr std::size_t kGridPoints = 2048;
constexpr int kBisectionSteps = 80;     // halvings of an interval of doubles: far beyond neighbours

struct Segment {
    double a, b;  // f monotone on (a, b)
};

// The x where g changes sign in (a, b), g(a) and g(b) of opposite signs.
template <class G>
double bisect(G g, double a, double b) {
    const bool rising_from_a = g(a) < 0;
    for (int i = 0; i < kBisectionSteps; ++i) {
        const double mid = 0.5 * (a + b);
        if (!(a < mid && mid < b)) break;
        if ((g(mid) < 0) == rising_from_a) a = mid;
        else b = mid;
    }
    return 0.5 * (a + b);
}

OutputDensity density_of(const FunctionView& fn, NormalInput z, std::size_t count, double from, double to) {
    OutputDensity out;
    const bool automatic = from == 0 && to == 0;
    if (!std::isfinite(z.mean) || !std::isfinite(z.sd) || !(z.sd > 0) || count < 2 || count > kMaxDensityPoints ||
        (!automatic && !(std::isfinite(from) && std::isfinite(to) && from < to))) {
        out.status = MomentStatus::bad_argument;
        return out;
    }
    const double mu = z.mean, sd = z.sd;
    const double x_lo = mu - kRangeSd * sd, x_hi = mu + kRangeSd * sd;
    auto df = [&fn](double x) { return fn.derivative(x, KinkConvention::pytorch); };

    // The grid, with the breakpoints inside the range added.
    std::vector<double> grid;
    grid.reserve(kGridPoints + Breakpoints::kCapacity);
    for (std::size_t i = 0; i < kGridPoints; ++i) {
        grid.push_back(x_lo + (x_hi - x_lo) * static_cast<double>(i) / static_cast<double>(kGridPoints - 1));
    }
    const Breakpoints breaks = fn.breakpoints();
    std::vector<double> break_points(breaks.x.begin(), breaks.x.begin() + static_cast<std::ptrdiff_t>(breaks.count));
    for (const double b : break_points) {
        if (b > x_lo && b < x_hi) grid.push_back(b);
    }
    std::sort(grid.begin(), grid.end());
    grid.erase(std::unique(grid.begin(), grid.end()), grid.end());
    auto is_break = [&](double x) { return std::find(break_points.begin(), break_points.end(), x) != break_points.end(); };

    // Walk the grid cells: flat runs become masses, the rest monotone segments.
    std::vector<Segment> segments;
    double segment_start = grid.front();
    for (std::size_t i = 0; i + 1 < grid.size(); ++i) {
        const double a = grid[i], b = grid[i + 1];
        const double inside_a = is_break(a) ? std::nextafter(a, b) : a;
        const double inside_b = is_break(b) ? std::nextafter(b, a) : b;
        const bool flat = df(inside_a) == 0 && df(inside_b) == 0 && fn.value(inside_a) == fn.value(inside_b);
        if (flat) {
            if (segment_start < a) segments.push_back({segment_start, a});
            const double low = i == 0 ? -HUGE_VAL : a, high = i + 2 == grid.size() ? HUGE_VAL : b;
            const double mass = normal_mass((low - mu) / sd, (high - mu) / sd);
            const double value = fn.value(inside_a);
            if (!out.masses.empty() && out.masses.back().value == value) out.masses.back().probability += mass;
            else out.masses.push_back({value, mass});
            segment_start = b;
            continue;
        }
        const double da = df(inside_a), db = df(inside_b);
        if (is_break(b)) {
            segments.push_back({segment_start, b});
            segment_start = b;
        } else if ((da > 0 && db < 0) || (da < 0 && db > 0)) {
            const double turn = bisect(df, a, b);  // an extremum of f
            segments.push_back({segment_start, turn});
            segment_start = turn;
        }
    }
    if (segment_start < grid.back()) segments.push_back({segment_start, grid.back()});
    // Masses of equal value (from separate flat runs) merged.
    std::sort(out.masses.begin(), out.masses.end(), [](const PointMass& l, const PointMass& r) { return l.value < r.value; });
    std::vector<PointMass> merged;
    for (const PointMass& m : out.masses) {
        if (!merged.empty() && merged.back().value == m.value) merged.back().probability += m.probability;
        else merged.push_back(m);
    }
    out.masses = merged;

    if (automatic) {
        from = HUGE_VAL, to = -HUGE_VAL;
        for (const double x : grid) {
            if (std::fabs(x - mu) > kQuantileSd * sd) continue;
            from = std::min(from, fn.value(x)), to = std::max(to, fn.value(x));
        }
        for (const PointMass& m : out.masses) from = std::min(from, m.value), to = std::max(to, m.value);
        if (!(from < to)) {
            const double pad = 0.5 * std::max(1.0, std::fabs(from));
            from -= pad, to += pad;
        }
        if (!std::isfinite(from) || !std::isfinite(to)) {
            out.status = MomentStatus::not_finite;
            return out;
        }
    }

    out.y.resize(count);
    out.density.assign(count, 0.0);
    for (std::size_t k = 0; k < count; ++k) {
        out.y[k] = k + 1 == count ? to : from + (to - from) * static_cast<double>(k) / static_cast<double>(count - 1);
    }
    for (const Segment& s : segments) {
        const double a = is_break(s.a) ? std::nextafter(s.a, s.b) : s.a;
        const double b = is_break(s.b) ? std::nextafter(s.b, s.a) : s.b;
        const double fa = fn.value(a), fb = fn.value(b);
        if (fa == fb) continue;
        for (std::size_t k = 0; k < count; ++k) {
            const double y = out.y[k];
            if (!(y > std::min(fa, fb) && y < std::max(fa, fb))) continue;
            const double x = bisect([&](double t) { return (fn.value(t) - y) * (fb > fa ? 1 : -1); }, a, b);
            const double slope = std::fabs(df(x));
            out.density[k] += slope == 0 ? HUGE_VAL : normal_pdf((x - mu) / sd) / (sd * slope);
        }
    }
    return out;
}

}  // namespace
}  // namespace moments_detail

OutputDensity output_density(ActivationId id, const ParamValues& params, NormalInput z, std::size_t count, double from,
                             double to) {
    if (static_cast<std::size_t>(id) >= kActivationCount) return {MomentStatus::bad_argument, {}, {}, {}};
    return detail::visit(id, params, [&](const auto& fn) { return moments_detail::density_of(moments_detail::FunctionView::of(fn), z, count, from, to); });
}

}  // namespace activations
