// What a learner compares activations by: the range of f, whether it is
// bounded, monotonic, zero-centred or symmetric, where f and f′ jump, which
// side saturates and where the gradient is exactly zero. Data in each Type's
// spec, stated for the registry's DEFAULT parameters (parameters_note says
// how they change); tests/core/properties_test.cpp samples f and f′ and
// checks every claim against the maths.
#pragma once

#include <array>
#include <cstddef>
#include <initializer_list>
#include <limits>
#include <span>
#include <string_view>

namespace activations {

// A few items in a constexpr table, written `{a, b}` in a spec; more than
// N fail to compile (a write out of bounds in a constant expression).
template <class T, std::size_t N>
struct FixedList {
    std::array<T, N> items{};
    std::size_t count = 0;

    constexpr FixedList() = default;
    constexpr FixedList(std::initializer_list<T> list) {
        for (const T& item : list) items[count++] = item;
    }

    constexpr std::span<const T> view() const { return {items.data(), count}; }
};

// An interval of the real line; an unbounded end is ±infinity (and open).
struct Interval {
    double low = -std::numeric_limits<double>::infinity();
    double high = std::numeric_limits<double>::infinity();
    bool low_closed = false;
    bool high_closed = false;
};

constexpr Interval closed(double low, double high) { return {low, high, true, true}; }
constexpr Interval open(double low, double high) { return {low, high, false, false}; }
constexpr Interval closed_open(double low, double high) { return {low, high, true, false}; }  // [low, high)
constexpr Interval open_closed(double low, double high) { return {low, high, false, true}; }  // (low, high]
constexpr Interval single(double value) { return closed(value, value); }                     // {value}

enum class Monotonicity : int {
    increasing = 0,      // strictly: f(a) < f(b) for a < b
    non_decreasing = 1,  // f(a) ≤ f(b), with flat parts
    not_monotonic = 2,   // f decreases somewhere: on `decreasing`, or at a downward jump
};

enum class Symmetry : int {
    none = 0,
    odd = 1,    // f(−x) = −f(x), so f(0) = 0
    point = 2,  // symmetric about (0, f(0)) with f(0) ≠ 0: f(−x) = 2 f(0) − f(x) (sigmoid)
    even = 3,   // f(−x) = f(x)
};

// What f and f′ do at one of the points activations::breakpoints() reports
// at the defaults. Jumps are right minus left one-sided limits; where both
// are 0, f and f′ are continuous there and only f″ jumps (f is C¹ there).
struct PointProperties {
    double x = 0;
    double value_jump = 0;       // f(x⁺) − f(x⁻)
    double derivative_jump = 0;  // f′(x⁺) − f′(x⁻)
};

constexpr PointProperties kink(double x, double derivative_jump) { return {x, 0, derivative_jump}; }
constexpr PointProperties jump(double x, double value_jump, double derivative_jump) {
    return {x, value_jump, derivative_jump};
}
constexpr PointProperties curvature_jump(double x) { return {x, 0, 0}; }  // f, f′ continuous; f″ jumps

enum class Smoothness : int { discontinuous = 0, c0 = 1, c1 = 2, c_infinity = 3 };

struct Properties {
    // The set of values of f: disjoint intervals in increasing order; one
    // unless f jumps over a gap (step: {0} and {1}).
    FixedList<Interval, 3> range{};
    Monotonicity monotonic = Monotonicity::increasing;
    // Where f decreases (not_monotonic only), repeating every
    // decreasing_period where that is not 0 (sine).
    FixedList<Interval, 2> decreasing{};
    double decreasing_period = 0;
    double value_at_zero = 0;  // f(0)
    Symmetry symmetry = Symmetry::none;
    // Every breakpoint at the defaults, in increasing order.
    FixedList<PointProperties, 2> points{};
    bool saturates_below = false;  // f′ → 0 as x → −∞
    bool saturates_above = false;  // f′ → 0 as x → +∞
    // Open intervals on which f′ = 0 exactly (f is constant there).
    FixedList<Interval, 2> zero_gradient{};
    // How these change away from the defaults; empty only for an activation
    // without parameters.
    std::string_view parameters_note{};

    constexpr bool bounded_below() const {
        return !range.view().empty() && range.view().front().low > -std::numeric_limits<double>::infinity();
    }
    constexpr bool bounded_above() const {
        return !range.view().empty() && range.view().back().high < std::numeric_limits<double>::infinity();
    }

    // Derived from the points: a jump in f makes f discontinuous, one in f′
    // makes it C⁰; a point where neither jumps is one where f″ does (C¹).
    constexpr Smoothness smoothness() const {
        Smoothness result = Smoothness::c_infinity;
        for (const PointProperties& point : points.view()) {
            if (point.value_jump != 0) return Smoothness::discontinuous;
            if (point.derivative_jump != 0) result = Smoothness::c0;
            else if (result == Smoothness::c_infinity) result = Smoothness::c1;
        }
        return result;
    }
};

// What the compiler can check of an entry's properties (registry.cpp
// asserts it for every entry; the tests check the rest against the maths):
// a range of ordered, disjoint intervals; unbounded ends open; ordered
// points; "not monotonic" exactly where something decreases; "increasing"
// without a flat part; odd only through the origin; and a note wherever
// there are parameters.
constexpr bool well_formed(const Interval& interval) {
    constexpr double kInfinity = std::numeric_limits<double>::infinity();
    if (!(interval.low <= interval.high)) return false;
    if (interval.low == interval.high && !(interval.low_closed && interval.high_closed)) return false;
    const bool closed_at_infinity =
        (interval.low == -kInfinity && interval.low_closed) || (interval.high == kInfinity && interval.high_closed);
    return !closed_at_infinity;
}

constexpr bool well_formed(const Properties& p, bool has_parameters) {
    if (p.range.view().empty()) return false;
    for (std::size_t i = 0; i < p.range.count; ++i) {
        if (!well_formed(p.range.items[i])) return false;
        if (i > 0 && !(p.range.items[i - 1].high < p.range.items[i].low)) return false;
    }
    for (const Interval& interval : p.decreasing.view()) {
        if (!well_formed(interval)) return false;
    }
    for (const Interval& interval : p.zero_gradient.view()) {
        if (!well_formed(interval) || interval.low_closed || interval.high_closed) return false;
    }
    bool drops = !p.decreasing.view().empty();
    for (std::size_t i = 0; i < p.points.count; ++i) {
        if (i > 0 && !(p.points.items[i - 1].x < p.points.items[i].x)) return false;
        if (p.points.items[i].value_jump < 0) drops = true;
    }
    if (drops != (p.monotonic == Monotonicity::not_monotonic)) return false;
    // Monotonic but not increasing means flat somewhere, and a flat part
    // reaching −∞ or +∞ saturates that side.
    if ((p.monotonic == Monotonicity::increasing) != p.zero_gradient.view().empty() &&
        p.monotonic != Monotonicity::not_monotonic) {
        return false;
    }
    for (const Interval& flat : p.zero_gradient.view()) {
        if (flat.low == -std::numeric_limits<double>::infinity() && !p.saturates_below) return false;
        if (flat.high == std::numeric_limits<double>::infinity() && !p.saturates_above) return false;
    }
    if (p.decreasing_period < 0 || (p.decreasing_period > 0 && p.decreasing.view().empty())) return false;
    if (p.symmetry == Symmetry::odd && p.value_at_zero != 0) return false;
    if (p.symmetry == Symmetry::point && p.value_at_zero == 0) return false;
    return has_parameters == !p.parameters_note.empty();
}

}  // namespace activations
