// What the properties test samples: one activation at its default
// parameters, evaluated by the core itself on a dense grid, at the one-sided
// neighbours of each breakpoint, at the extrema where f′ changes sign, and
// far out. Every claim of the registry's `properties` is checked against
// these values (properties_test.cpp).
#pragma once

#include <algorithm>
#include <cmath>
#include <limits>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "activations/activations.hpp"
#include "activations/properties_at.hpp"

namespace property_sampling {

using namespace activations;

inline constexpr double kInfinity = std::numeric_limits<double>::infinity();

// The grid: [−32, 32] in steps of 1/512 (exact in binary, so ±1, ±0.5, ±3
// and the other corners are grid points). Every finite breakpoint and
// extremum of the registry at its defaults lies well inside it; softplus'
// cut-off at 20 too.
inline constexpr double kGridHalfWidth = 32;
inline constexpr double kGridStep = 1.0 / 512;
// Where a value counts as attained: f at |x| ≤ 16 (further out, sigmoid and
// tanh round to their open ends 1 and ±1 in double).
inline constexpr double kAttainedWithin = 16;
// Far points for limits and saturation.
inline constexpr double kFar[] = {1e4, 1e6, 1e12, 1e100, 1e300};

inline double ulp(double v) {
    const double magnitude = std::fabs(v);
    if (std::isinf(magnitude)) return 0;
    return std::nextafter(magnitude, kInfinity) - magnitude;
}

struct Curve {
    const ActivationSpec& spec;
    ActivationId id;
    ParamValues params;
    Properties claim;  // what is checked: the spec's, or the core's for `params`

    // At the defaults, the registry's stated properties.
    explicit Curve(const ActivationSpec& s)
        : spec(s), id(*find_activation(s.name)), params(default_params(id)), claim(s.properties) {}
    // At other parameters, what the core computes for them (properties_at).
    Curve(const ActivationSpec& s, const ParamValues& p)
        : spec(s), id(*find_activation(s.name)), params(p), claim(*properties_at(id, p)) {}

    const Properties& properties() const { return claim; }
    // "leaky_relu(-0.5)", for the test's report.
    std::string name() const {
        std::ostringstream text;
        text << spec.name << '(';
        for (std::size_t i = 0; i < spec.params().size(); ++i) text << (i ? ", " : "") << params[i];
        text << ')';
        return text.str();
    }
    double f(double x) const { return value(id, x, params); }
    double df(double x, KinkConvention kink = KinkConvention::pytorch) const {
        return derivative(id, x, params, kink);
    }

    // Rounding allowed between two computed values of f: the registry's
    // error bound (plus one) in ulps of each.
    double tolerance(double a, double b) const {
        const double ulps = spec.bounds.double_ulps.value + 1.0;
        return ulps * (ulp(a) + ulp(b)) + std::numeric_limits<double>::denorm_min();
    }

    bool breakpoint_within(double a, double b) const {
        for (const PointProperties& point : properties().points.view()) {
            if (a <= point.x && point.x <= b) return true;
        }
        return false;
    }
};

// Parameter values at which the core computes properties (properties_at)
// and the test checks them: each side of every case the shape turns on
// (a slope or alpha below 0, at 0, between 0 and 1, at 1, above 1).
struct ParameterCase {
    std::string_view name;
    ParamValues params;
};
inline const ParameterCase kParameterCases[] = {
    {"leaky_relu", {-1}},    {"leaky_relu", {-0.5}},  {"leaky_relu", {0}},        {"leaky_relu", {0.2}},
    {"leaky_relu", {1}},     {"leaky_relu", {3}},     {"prelu", {-0.25}},         {"prelu", {0}},
    {"prelu", {2}},          {"rrelu", {-0.5, -0.1}}, {"rrelu", {0, 0}},          {"rrelu", {1, 1}},
    {"rrelu", {0.5, 2}},     {"elu", {-1}},           {"elu", {-0.5}},            {"elu", {0}},
    {"elu", {0.5}},          {"elu", {2}},            {"celu", {0.5}},            {"celu", {3}},
    {"hardtanh", {-2, 3}},   {"hardtanh", {0.5, 2}},  {"hardtanh", {-3, -1}},     {"hardtanh", {-0.25, 0.25}},
    {"softshrink", {0}},     {"softshrink", {2}},     {"hardshrink", {0}},        {"hardshrink", {1.5}},
    {"squareplus", {0.25}},  {"squareplus", {9}},     {"swish", {0}},             {"swish", {0.5}},
    {"swish", {3}},          {"sine", {1}},           {"sine", {7.5}},            {"snake", {0.5}},
    {"snake", {3}},          {"step", {-1}},          {"step", {0.5}},            {"step", {1}},
    {"step", {2}},           {"threshold", {1, 0.5}}, {"threshold", {0, 0}},      {"threshold", {-1, 2}},
    {"threshold", {2, -3}},  {"gelu", {1}},
};

// Every entry at its defaults (the registry's statement), then the cases.
inline const std::vector<Curve>& curves() {
    static const std::vector<Curve> all = [] {
        std::vector<Curve> list;
        for (const ActivationSpec& spec : registry()) list.emplace_back(spec);
        for (const ParameterCase& c : kParameterCases) list.emplace_back(spec_of(*find_activation(c.name)), c.params);
        return list;
    }();
    return all;
}

inline std::vector<double> grid() {
    std::vector<double> xs;
    const int half = static_cast<int>(kGridHalfWidth / kGridStep);
    for (int i = -half; i <= half; ++i) xs.push_back(i * kGridStep);
    return xs;
}

// Each breakpoint and its neighbouring doubles: f there shows the one-sided
// limits.
inline std::vector<double> around_points(const Curve& curve) {
    std::vector<double> xs;
    for (const PointProperties& point : curve.properties().points.view()) {
        xs.push_back(std::nextafter(point.x, -kInfinity));
        xs.push_back(point.x);
        xs.push_back(std::nextafter(point.x, kInfinity));
    }
    return xs;
}

// Where f′ changes sign between neighbours of the grid (no breakpoint
// between them): the zero, bisected to the last bit. f takes its local
// extrema there, gelu's minimum −0.16997 among them.
inline std::vector<double> extrema(const Curve& curve) {
    std::vector<double> xs;
    const std::vector<double> g = grid();
    for (std::size_t i = 0; i + 1 < g.size(); ++i) {
        double a = g[i], b = g[i + 1];
        const double da = curve.df(a), db = curve.df(b);
        if (!((da < 0 && db > 0) || (da > 0 && db < 0)) || curve.breakpoint_within(a, b)) continue;
        while (true) {
            const double mid = a + (b - a) / 2;
            if (mid <= a || mid >= b) break;
            ((curve.df(mid) < 0) == (da < 0) ? a : b) = mid;
        }
        xs.push_back(std::fabs(curve.df(a)) <= std::fabs(curve.df(b)) ? a : b);
    }
    return xs;
}

// Points where a value of f counts as attained: finite and not far out.
inline std::vector<double> finite_points(const Curve& curve) {
    std::vector<double> xs;
    for (const double x : grid()) {
        if (std::fabs(x) <= kAttainedWithin) xs.push_back(x);
    }
    for (const double x : around_points(curve)) xs.push_back(x);
    for (const double x : extrema(curve)) xs.push_back(x);
    return xs;
}

// Everything, in increasing order: the grid, the breakpoints' neighbours,
// the extrema, the far points and ±inf where f has limits there.
inline std::vector<double> all_points(const Curve& curve) {
    std::vector<double> xs = grid();
    for (const double x : around_points(curve)) xs.push_back(x);
    for (const double x : extrema(curve)) xs.push_back(x);
    for (const double far : kFar) {
        xs.push_back(far);
        xs.push_back(-far);
    }
    if (curve.spec.edges.value_limits) {
        xs.push_back(kInfinity);
        xs.push_back(-kInfinity);
    }
    std::sort(xs.begin(), xs.end());
    xs.erase(std::unique(xs.begin(), xs.end()), xs.end());
    return xs;
}

// Whether x lies in `interval` (ends included), or in one of its copies
// shifted by multiples of `period` where that is not 0.
inline bool within(const Interval& interval, double x, double period = 0) {
    if (period > 0 && std::isfinite(x)) x -= period * std::floor((x - interval.low) / period);
    return interval.low <= x && x <= interval.high;
}

// Whether the open segment (a, b) meets the open interval (or a copy).
inline bool meets(const Interval& interval, double a, double b, double period = 0) {
    if (period > 0) {
        if (!std::isfinite(a) || !std::isfinite(b) || b - a >= period) return true;
        const double shift = period * std::floor((a - interval.low) / period);
        a -= shift, b -= shift;  // now interval.low <= a < interval.low + period
        return (a < interval.high && interval.low < b) || (interval.low + period < b);  // this copy or the next
    }
    return a < interval.high && interval.low < b;
}

}  // namespace property_sampling
