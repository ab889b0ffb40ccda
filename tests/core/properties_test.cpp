// The registry's properties of every activation (activations/properties.hpp),
// checked against the core's own f and f′ at the default parameters: the
// range's ends (approached, attained or not), monotonicity, f(0) and
// symmetry, the jumps of f and f′ at each breakpoint and continuity
// elsewhere, saturation far out, and where f′ is exactly zero. An entry
// added to the registry is covered without editing this file.
#include <catch.hpp>
#include <algorithm>
#include <optional>
#include <span>
#include <cmath>
#include <sstream>
#include <string>
#include <vector>

#include "property_sampling.hpp"

using namespace activations;
using namespace property_sampling;

namespace {

// Counts what fails in a loop over many points and keeps the first few
// for the report: one assertion per loop, not one per point.
struct Failures {
    int count = 0;
    std::string first;

    template <class Describe>
    void check(bool ok, Describe describe) {
        if (ok || count++ >= 3) return;
        std::ostringstream text;
        describe(text);
        first += text.str() + "\n";
    }
};

// f(b) − f(a), 0 where both are the same infinity.
double change(double fa, double fb) { return fa == fb ? 0 : fb - fa; }

}  // namespace

TEST_CASE("properties: every entry states them, at its defaults", "[properties]") {
    REQUIRE(registry().size() == kActivationCount);
    for (const auto& spec : registry()) {
        INFO(spec.name);
        CHECK_FALSE(spec.properties.range.view().empty());
        // A parameter can change them: the note says how.
        CHECK(spec.params().empty() == spec.properties.parameters_note.empty());
    }
}

TEST_CASE("properties: the points are the core's breakpoints; at any other, nothing jumps", "[properties]") {
    for (const Curve& curve : curves()) {
        INFO(curve.name());
        const Breakpoints core = breakpoints(curve.id, curve.params);
        const auto points = curve.properties().points.view();
        std::size_t stated = 0;
        for (std::size_t i = 0; i < core.count; ++i) {
            const double x = core.x[i];
            if (stated < points.size() && points[stated].x == x) {
                ++stated;
                continue;
            }
            // A breakpoint of the formula where this case is smooth (leaky
            // slope 1): f and f′ agree on both sides.
            INFO("unstated breakpoint " << x);
            CHECK(curve.df(x, KinkConvention::left) == curve.df(x, KinkConvention::right));
            const double left = curve.f(std::nextafter(x, -kInfinity)), right = curve.f(std::nextafter(x, kInfinity));
            CHECK(std::fabs(right - left) <= 4 * std::fabs(curve.df(x)) * ulp(x) + curve.tolerance(left, right));
        }
        CHECK(stated == points.size());
    }
}

namespace {

bool same(const Interval& a, const Interval& b) {
    return a.low == b.low && a.high == b.high && a.low_closed == b.low_closed && a.high_closed == b.high_closed;
}

bool same(std::span<const Interval> a, std::span<const Interval> b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const Interval& x, const Interval& y) { return same(x, y); });
}

}  // namespace

TEST_CASE("properties: computed for the defaults, they are the registry's statement", "[properties]") {
    for (const auto& spec : registry()) {
        const ActivationId id = *find_activation(spec.name);
        INFO(spec.name);
        const std::optional<Properties> computed = properties_at(id, default_params(id));
        REQUIRE(computed.has_value());
        const Properties& stated = spec.properties;
        CHECK(same(computed->range.view(), stated.range.view()));
        CHECK(computed->monotonic == stated.monotonic);
        CHECK(same(computed->decreasing.view(), stated.decreasing.view()));
        CHECK(computed->decreasing_period == stated.decreasing_period);
        CHECK(computed->value_at_zero == stated.value_at_zero);
        CHECK(computed->symmetry == stated.symmetry);
        REQUIRE(computed->points.count == stated.points.count);
        for (std::size_t i = 0; i < stated.points.count; ++i) {
            CHECK(computed->points.items[i].x == stated.points.items[i].x);
            CHECK(computed->points.items[i].value_jump == Approx(stated.points.items[i].value_jump).margin(1e-15));
            CHECK(computed->points.items[i].derivative_jump == Approx(stated.points.items[i].derivative_jump).margin(1e-15));
        }
        CHECK(computed->saturates_below == stated.saturates_below);
        CHECK(computed->saturates_above == stated.saturates_above);
        CHECK(same(computed->zero_gradient.view(), stated.zero_gradient.view()));
    }
}

TEST_CASE("properties: away from the defaults, computed where the test has cases, else none", "[properties]") {
    for (const auto& spec : registry()) {
        if (spec.params().empty()) continue;
        const ActivationId id = *find_activation(spec.name);
        INFO(spec.name);
        ParamValues other = default_params(id);
        const ParamSpec& first = spec.params()[0];
        other[0] = first.choices().empty() ? std::nextafter(other[0], first.max) : (other[0] == 0 ? 1 : 0);
        REQUIRE(other[0] != default_params(id)[0]);
        const bool has_cases = std::any_of(std::begin(kParameterCases), std::end(kParameterCases),
                                           [&](const ParameterCase& c) { return c.name == spec.name; });
        CHECK(properties_at(id, other).has_value() == has_cases);
    }
}

TEST_CASE("properties: jumps of f and f′ are the one-sided limits", "[properties]") {
    for (const Curve& curve : curves()) {
        const auto& spec = curve.spec;
        for (const PointProperties& point : curve.properties().points.view()) {
            INFO(curve.name() << " at x = " << point.x);
            const double left = std::nextafter(point.x, -kInfinity);
            const double right = std::nextafter(point.x, kInfinity);
            const double width = right - left;
            // f moves by at most |f′|·width between the neighbours, plus
            // rounding; a claimed jump is held to 1e-9 of itself (its digits).
            const double f_left = curve.f(left), f_right = curve.f(right);
            const double f_slack = (std::fabs(curve.df(left)) + std::fabs(curve.df(right))) * width +
                                   curve.tolerance(f_left, f_right) + 1e-9 * std::fabs(point.value_jump);
            CHECK(std::fabs((f_right - f_left) - point.value_jump) <= f_slack);
            // f′ moves by at most |f″|·width: 16 bounds |f″| at every breakpoint.
            const double d_left = curve.df(left), d_right = curve.df(right);
            const double d_slack = 16 * width + 8 * (ulp(d_left) + ulp(d_right)) +
                                   1e-9 * std::fabs(point.derivative_jump);
            CHECK(std::fabs((d_right - d_left) - point.derivative_jump) <= d_slack);
        }
    }
}

TEST_CASE("properties: where neither f nor f′ jumps, f″ does (f is C¹ there, not smoother)", "[properties]") {
    for (const Curve& curve : curves()) {
        const auto& spec = curve.spec;
        for (const PointProperties& point : curve.properties().points.view()) {
            if (point.value_jump != 0 || point.derivative_jump != 0) continue;
            INFO(curve.name() << " at x = " << point.x);
            const double h = 1e-4;
            const double left = std::nextafter(point.x, -kInfinity), right = std::nextafter(point.x, kInfinity);
            const double second_left = (curve.df(left) - curve.df(point.x - h)) / h;
            const double second_right = (curve.df(point.x + h) - curve.df(right)) / h;
            CHECK(std::fabs(second_right - second_left) > 0.1);
        }
    }
}

TEST_CASE("properties: between the points f and f′ are continuous", "[properties]") {
    for (const Curve& curve : curves()) {
        const auto& spec = curve.spec;
        INFO(curve.name());
        const std::vector<double> xs = grid();
        std::vector<double> slopes;
        for (const double x : xs) slopes.push_back(curve.df(x));
        const auto rise = [&](std::size_t i) { return std::fabs(slopes[i + 1] - slopes[i]); };
        Failures failures;
        for (std::size_t i = 1; i + 2 < xs.size(); ++i) {
            const double a = xs[i], b = xs[i + 1];
            if (curve.breakpoint_within(a, b)) continue;
            // ∫ f′ over [a, b] is the trapezoid within h·(the spread of f′
            // nearby); a jump in f would show as much more.
            const double spread = std::max({rise(i - 1), rise(i), rise(i + 1)});
            const double step = curve.f(b) - curve.f(a);
            const double trapezoid = (b - a) * (slopes[i] + slopes[i + 1]) / 2;
            const double allowed = 2 * (b - a) * spread + curve.tolerance(curve.f(a), curve.f(b));
            failures.check(std::fabs(step - trapezoid) <= allowed,
                           [&](auto& out) { out << "f jumps between " << a << " and " << b; });
            // A smooth f′ changes by about as much from one step to the next;
            // a jump in f′ is one step far larger than its neighbours.
            if (curve.breakpoint_within(xs[i - 1], xs[i + 2])) continue;
            const double rounding = 8 * (ulp(slopes[i]) + ulp(slopes[i + 1])) + 1e-15;
            failures.check(rise(i) <= 4 * (rise(i - 1) + rise(i + 1)) + rounding,
                           [&](auto& out) { out << "f′ jumps between " << a << " and " << b; });
        }
        INFO(failures.first);
        CHECK(failures.count == 0);
    }
}

namespace {

// Whether v lies in the interval, ends included, within `slack`.
bool near_interval(const Interval& interval, double v, double slack) {
    return interval.low - slack <= v && v <= interval.high + slack;
}

double end_slack(const Curve& curve, double end) { return curve.tolerance(end, end); }

}  // namespace

TEST_CASE("properties: the range holds every value, and its ends are reached as stated", "[properties]") {
    for (const Curve& curve : curves()) {
        const auto& spec = curve.spec;
        INFO(curve.name());
        const auto range = curve.properties().range.view();
        std::vector<double> values;
        for (const double x : all_points(curve)) values.push_back(curve.f(x));
        std::vector<double> attainable;
        for (const double x : finite_points(curve)) attainable.push_back(curve.f(x));

        Failures outside;
        for (const double v : values) {
            bool inside = false;
            for (const Interval& piece : range) inside = inside || near_interval(piece, v, end_slack(curve, v));
            outside.check(inside, [&](auto& out) { out << "the value " << v << " lies outside the range"; });
        }
        INFO(outside.first);
        CHECK(outside.count == 0);
        // Gaps: f takes a value y if the sample holds it or a pair of
        // neighbours with no breakpoint between them lies on either side of
        // it (f is continuous there). Every gap that a jump of f opens, and
        // every gap between the stated pieces, is in the range exactly when
        // f takes it.
        const std::vector<double> xs = all_points(curve);
        const auto takes = [&](double y) {
            for (std::size_t i = 0; i + 1 < xs.size(); ++i) {
                const double fa = curve.f(xs[i]), fb = curve.f(xs[i + 1]);
                if (fa == y || fb == y) return true;
                if (!curve.breakpoint_within(xs[i], xs[i + 1]) && (fa < y) != (fb < y)) return true;
            }
            return false;
        };
        const auto in_range = [&](double y) {
            for (const Interval& piece : range) {
                if (piece.low <= y && y <= piece.high) return true;
            }
            return false;
        };
        std::vector<double> gaps;
        for (const PointProperties& point : curve.properties().points.view()) {
            const double left = curve.f(std::nextafter(point.x, -kInfinity));
            const double right = curve.f(std::nextafter(point.x, kInfinity));
            if (point.value_jump != 0) gaps.push_back(left + (right - left) / 2);
        }
        for (std::size_t i = 0; i + 1 < range.size(); ++i) {
            gaps.push_back(range[i].high + (range[i + 1].low - range[i].high) / 2);
        }
        for (const double y : gaps) {
            INFO("the value " << y << ", in a gap");
            CHECK(takes(y) == in_range(y));
        }

        for (const Interval& piece : range) {
            INFO("piece [" << piece.low << ", " << piece.high << "]");
            for (const bool low_end : {true, false}) {
                const double end = low_end ? piece.low : piece.high;
                const bool closed = low_end ? piece.low_closed : piece.high_closed;
                INFO((low_end ? "low end " : "high end ") << end);
                if (std::isinf(end)) {
                    // Unbounded: f reaches ±inf or beyond ±1e100 far out.
                    double extreme = low_end ? kInfinity : -kInfinity;
                    for (const double v : values) extreme = low_end ? std::min(extreme, v) : std::max(extreme, v);
                    CHECK(std::fabs(extreme) >= 1e100);
                    CHECK((extreme < 0) == low_end);
                    continue;
                }
                // Approached: some value of this piece comes within rounding.
                double closest = kInfinity;
                for (const double v : values) {
                    if (near_interval(piece, v, end_slack(curve, end))) closest = std::min(closest, std::fabs(v - end));
                }
                CHECK(closest <= end_slack(curve, end));
                // Attained at a finite x, or never (only in the limit).
                bool attained = false;
                bool reached_exactly = false;
                for (const double v : attainable) {
                    attained = attained || std::fabs(v - end) <= end_slack(curve, end);
                    reached_exactly = reached_exactly || v == end;
                }
                if (closed) CHECK(attained);
                else CHECK_FALSE(reached_exactly);
            }
        }
    }
}

namespace {

// Whether a and b lie in one of the intervals (or one copy of it).
bool both_in_one(std::span<const Interval> intervals, double a, double b, double period) {
    for (const Interval& interval : intervals) {
        if (within(interval, a, period) && within(interval, b, period) && (period == 0 || b - a < period)) return true;
    }
    return false;
}

bool meets_any(std::span<const Interval> intervals, double a, double b, double period) {
    for (const Interval& interval : intervals) {
        if (meets(interval, a, b, period)) return true;
    }
    return false;
}

}  // namespace

TEST_CASE("properties: f rises and falls as stated", "[properties]") {
    for (const Curve& curve : curves()) {
        const auto& spec = curve.spec;
        const Properties& claim = curve.properties();
        INFO(curve.name());
        const auto decreasing = claim.decreasing.view();
        const double period = claim.decreasing_period;
        const std::vector<double> xs = all_points(curve);
        bool decreases = false;
        Failures failures;
        for (std::size_t i = 0; i + 1 < xs.size(); ++i) {
            const double a = xs[i], b = xs[i + 1];
            const double fa = curve.f(a), fb = curve.f(b);
            const double slack = curve.tolerance(fa, fb);
            const double rise = change(fa, fb);
            if (rise < -slack) decreases = true;
            const auto describe = [&](auto& out) {
                out << "from x = " << a << " to " << b << ", f from " << fa << " to " << fb;
            };
            if (both_in_one(decreasing, a, b, period)) {
                failures.check(rise <= slack, describe);  // within a decreasing interval
            } else if (!meets_any(decreasing, a, b, period)) {
                // Outside them f does not decrease, but at a downward jump.
                bool drop = false;
                for (const PointProperties& point : claim.points.view()) {
                    drop = drop || (point.value_jump < 0 && a <= point.x && point.x <= b);
                }
                failures.check(drop || rise >= -slack, describe);
            }
        }
        INFO(failures.first);
        CHECK(failures.count == 0);
        CHECK(decreases == (claim.monotonic == Monotonicity::not_monotonic));

        // Each finite end of a decreasing interval is where f stops
        // decreasing: f′ < 0 just inside, ≥ 0 just outside.
        for (const Interval& interval : decreasing) {
            for (const bool low_end : {true, false}) {
                const double end = low_end ? interval.low : interval.high;
                if (std::isinf(end)) continue;
                INFO("decreasing interval's end " << end);
                const double d = 1e-9 * std::max(1.0, std::fabs(end));
                CHECK(curve.df(low_end ? end + d : end - d) < 0);
                CHECK(curve.df(low_end ? end - d : end + d) >= 0);
            }
        }
    }
}

TEST_CASE("properties: strictly increasing means no flat stretch", "[properties]") {
    for (const Curve& curve : curves()) {
        const auto& spec = curve.spec;
        if (curve.properties().monotonic != Monotonicity::increasing) continue;
        INFO(curve.name());
        bool previous_flat = false;
        Failures failures;
        for (const double x : grid()) {
            if (std::fabs(x) > kAttainedWithin) continue;  // far out f′ may underflow to 0
            const bool flat = curve.df(x) == 0;
            failures.check(!(flat && previous_flat), [&](auto& out) { out << "f′ = 0 up to x = " << x; });
            previous_flat = flat;
        }
        INFO(failures.first);
        CHECK(failures.count == 0);
    }
}

TEST_CASE("properties: f(0) and the symmetry", "[properties]") {
    for (const Curve& curve : curves()) {
        const auto& spec = curve.spec;
        const Properties& claim = curve.properties();
        INFO(curve.name());
        const double at_zero = claim.value_at_zero;
        CHECK(std::fabs(curve.f(0.0) - at_zero) <= curve.tolerance(at_zero, at_zero));
        CHECK(std::fabs(curve.f(-0.0) - at_zero) <= curve.tolerance(at_zero, at_zero));
        // The largest departure from each symmetry, beyond rounding.
        double odd = 0, even = 0, point = 0;
        for (const double x : all_points(curve)) {
            if (!(x > 0) || std::isinf(x)) continue;
            const double right = curve.f(x), left = curve.f(-x);
            const double slack = curve.tolerance(right, left) + curve.tolerance(at_zero, at_zero);
            odd = std::max(odd, std::fabs(left + right) - slack);
            even = std::max(even, std::fabs(left - right) - slack);
            point = std::max(point, std::fabs(left + right - 2 * at_zero) - slack);
        }
        CHECK((odd <= 0) == (claim.symmetry == Symmetry::odd));
        CHECK((even <= 0) == (claim.symmetry == Symmetry::even));
        // A constant is symmetric both ways: it is called even.
        CHECK((point <= 0 && at_zero != 0 && even > 0) == (claim.symmetry == Symmetry::point));
    }
}

TEST_CASE("properties: saturation, f′ → 0 far out", "[properties]") {
    for (const Curve& curve : curves()) {
        const auto& spec = curve.spec;
        const Properties& claim = curve.properties();
        INFO(curve.name());
        for (const bool below : {true, false}) {
            INFO((below ? "as x → −∞" : "as x → +∞"));
            const double sign = below ? -1 : 1;
            double largest = 0;
            for (const double far : kFar) largest = std::max(largest, std::fabs(curve.df(sign * far)));
            const bool saturates = below ? claim.saturates_below : claim.saturates_above;
            if (saturates) {
                CHECK(largest <= 1e-6);
                if (spec.edges.derivative_limits) CHECK(curve.df(sign * kInfinity) == 0);
            } else {
                CHECK(largest > 1e-3);
            }
        }
    }
}

TEST_CASE("properties: f′ is exactly 0 on the zero-gradient intervals and nowhere else on an interval",
          "[properties]") {
    for (const Curve& curve : curves()) {
        const auto& spec = curve.spec;
        const auto flat = curve.properties().zero_gradient.view();
        INFO(curve.name());
        std::vector<double> xs = grid();
        for (const double far : kFar) xs.push_back(-far), xs.push_back(far);
        for (const Interval& interval : flat) {
            INFO("on (" << interval.low << ", " << interval.high << ")");
            Failures failures;
            for (const double x : xs) {
                if (!(interval.low < x && x < interval.high)) continue;
                for (const auto kink : {KinkConvention::pytorch, KinkConvention::left, KinkConvention::right}) {
                    failures.check(curve.df(x, kink) == 0, [&](auto& out) { out << "f′(" << x << ") ≠ 0"; });
                }
            }
            INFO(failures.first);
            CHECK(failures.count == 0);
            // Just outside a finite end f′ is not 0, unless another zero-
            // gradient interval starts there (step: both sides of 0).
            for (const double end : {interval.low, interval.high}) {
                if (std::isinf(end)) continue;
                const double outside = std::nextafter(end, end == interval.low ? -kInfinity : kInfinity);
                bool other = false;
                for (const Interval& next : flat) other = other || (next.low < outside && outside < next.high);
                if (!other) CHECK(curve.df(outside) != 0);
            }
        }
        // Elsewhere no two neighbours of the grid both have f′ = 0.
        bool previous_zero = false;
        Failures failures;
        for (const double x : grid()) {
            bool claimed = false;
            for (const Interval& interval : flat) claimed = claimed || within(interval, x);
            const bool zero = !claimed && std::fabs(x) <= kAttainedWithin && curve.df(x) == 0;
            failures.check(!(zero && previous_zero),
                           [&](auto& out) { out << "f′ = 0 at x = " << x << " and the grid point before"; });
            previous_zero = zero;
        }
        INFO(failures.first);
        CHECK(failures.count == 0);
    }
}
