#include "properties_json.hpp"

#include <span>
#include <string_view>

#include "json_text.hpp"

namespace activations {
namespace {

using namespace json;

const char* boolean(bool value) { return value ? "true" : "false"; }

// {"low", "high", "lowClosed", "highClosed"}; an unbounded end is null.
void append_interval(std::string& out, const Interval& interval) {
    out += '{';
    append_key(out, "low"), append_number(out, interval.low), out += ',';
    append_key(out, "high"), append_number(out, interval.high), out += ',';
    append_key(out, "lowClosed"), out += boolean(interval.low_closed), out += ',';
    append_key(out, "highClosed"), out += boolean(interval.high_closed);
    out += '}';
}

void append_intervals(std::string& out, std::span<const Interval> intervals) {
    out += '[';
    for (std::size_t i = 0; i < intervals.size(); ++i) {
        if (i > 0) out += ',';
        append_interval(out, intervals[i]);
    }
    out += ']';
}

std::string_view monotonic_name(Monotonicity monotonic) {
    switch (monotonic) {
        case Monotonicity::increasing: return "increasing";
        case Monotonicity::non_decreasing: return "non-decreasing";
        case Monotonicity::not_monotonic: break;
    }
    return "not monotonic";
}

std::string_view symmetry_name(Symmetry symmetry) {
    switch (symmetry) {
        case Symmetry::odd: return "odd";
        case Symmetry::point: return "point";
        case Symmetry::even: return "even";
        case Symmetry::none: break;
    }
    return "none";
}

std::string_view smoothness_name(Smoothness smoothness) {
    switch (smoothness) {
        case Smoothness::c_infinity: return "Cinf";
        case Smoothness::c1: return "C1";
        case Smoothness::c0: return "C0";
        case Smoothness::discontinuous: break;
    }
    return "discontinuous";
}

}  // namespace

void append_properties(std::string& out, const Properties& p) {
    out += '{';
    append_key(out, "range"), append_intervals(out, p.range.view()), out += ',';
    append_key(out, "boundedBelow"), out += boolean(p.bounded_below()), out += ',';
    append_key(out, "boundedAbove"), out += boolean(p.bounded_above()), out += ',';
    append_key(out, "monotonic"), append_string(out, monotonic_name(p.monotonic)), out += ',';
    append_key(out, "decreasing"), append_intervals(out, p.decreasing.view()), out += ',';
    append_key(out, "decreasingPeriod");
    if (p.decreasing_period > 0) append_number(out, p.decreasing_period);
    else out += "null";
    out += ',';
    append_key(out, "valueAtZero"), append_number(out, p.value_at_zero), out += ',';
    append_key(out, "symmetry"), append_string(out, symmetry_name(p.symmetry)), out += ',';
    append_key(out, "smoothness"), append_string(out, smoothness_name(p.smoothness())), out += ',';
    append_key(out, "points"), out += '[';
    for (std::size_t i = 0; i < p.points.view().size(); ++i) {
        const PointProperties& point = p.points.view()[i];
        if (i > 0) out += ',';
        out += '{';
        append_key(out, "x"), append_number(out, point.x), out += ',';
        append_key(out, "valueJump"), append_number(out, point.value_jump), out += ',';
        append_key(out, "derivativeJump"), append_number(out, point.derivative_jump);
        out += '}';
    }
    out += "],";
    append_key(out, "saturates"), out += '{';
    append_key(out, "below"), out += boolean(p.saturates_below), out += ',';
    append_key(out, "above"), out += boolean(p.saturates_above);
    out += "},";
    append_key(out, "zeroGradient"), append_intervals(out, p.zero_gradient.view()), out += ',';
    append_key(out, "parametersNote"), append_string(out, p.parameters_note);
    out += '}';
}

}  // namespace activations
