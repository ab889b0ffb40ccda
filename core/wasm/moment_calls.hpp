// Adapters from what JS can pass (ids, numbers and WASM addresses) to the
// moments API (activations/moments.hpp) and f″, and plain result structs
// that bindings.cpp registers as value objects. Conversions only: the JS
// API (web/src/api/moments.js) checks the arguments before it calls in.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>

#include "activations/activations.hpp"
#include "activations/moments.hpp"
#include "activations/second_derivative.hpp"
#include "heap_calls.hpp"

namespace activations::wasm {

struct MomentsOut {
    int status = 0;
    double mean = 0, meanSquare = 0, variance = 0, derivativeMean = 0, derivativeMeanSquare = 0;
};

struct GainOut {
    int status = 0;
    double variancePreserving = 0;
    bool hasPytorch = false;
    double pytorch = 0;
    std::string note;
};

struct FixedPointOut {
    int status = 0;
    double q = 0, chi = 0;
    int evaluations = 0;
    double mean = 0, variance = 0;
};

struct MapOut {
    int status = 0;
    double value = 0;
};

struct MeanVarianceOut {
    int status = 0;
    double mean = 0, variance = 0;
    int iterations = 0;
};

struct DensityOut {
    int status = 0;
    int massCount = 0;  // all of them, even beyond the capacity given
};

inline MomentsOut moments_at(int id, std::uintptr_t params, double mean, double sd) {
    const MomentsResult r = moments(id_from(id), params_at(params), NormalInput{mean, sd});
    return {static_cast<int>(r.status), r.value.mean, r.value.mean_square, r.value.variance, r.value.derivative_mean,
            r.value.derivative_mean_square};
}

inline GainOut gain_at(int id, std::uintptr_t params) {
    const Gain g = gain(id_from(id), params_at(params));
    return {static_cast<int>(g.status), g.variance_preserving, g.pytorch.has_value(), g.pytorch.value_or(0),
            std::string(g.note)};
}

inline FixedPointOut fixed_point_at(int id, std::uintptr_t params, double weight_variance, double bias_variance,
                                    double start) {
    const FixedPoint f = variance_fixed_point(id_from(id), params_at(params), {weight_variance, bias_variance}, start);
    return {static_cast<int>(f.status), f.q, f.chi, f.evaluations, f.mean, f.variance};
}

inline MapOut variance_map_at(int id, std::uintptr_t params, double weight_variance, double bias_variance, double q) {
    const MapValue m = variance_map(id_from(id), params_at(params), {weight_variance, bias_variance}, q);
    return {static_cast<int>(m.status), m.value};
}

inline MeanVarianceOut mean_variance_map_at(int id, std::uintptr_t params, double sum, double sum_of_squares,
                                            double mean, double variance) {
    const MeanVarianceValue m = mean_variance_map(id_from(id), params_at(params), {sum, sum_of_squares}, {mean, variance});
    return {static_cast<int>(m.status), m.value.mean, m.value.variance, 1};
}

inline MeanVarianceOut mean_variance_fixed_point_at(int id, std::uintptr_t params, double sum, double sum_of_squares,
                                                    double mean, double variance) {
    const MeanVarianceFixedPoint f =
        mean_variance_fixed_point(id_from(id), params_at(params), {sum, sum_of_squares}, {mean, variance});
    return {static_cast<int>(f.status), f.value.mean, f.value.variance, f.iterations};
}

inline double second_derivative_at(int id, double x, std::uintptr_t params, int kink) {
    return second_derivative(id_from(id), x, params_at(params), kink_from(kink));
}

// f″ over `count` doubles at `input` into `output` (may be the same).
inline void second_derivative_f64(int id, std::uintptr_t input, std::uintptr_t output, std::size_t count,
                                  std::uintptr_t params, int kink) {
    const auto in = span_at<const double>(input, count);
    const auto out = span_at<double>(output, count);
    for (std::size_t i = 0; i < count; ++i) out[i] = second_derivative(id_from(id), in[i], params_at(params), kink_from(kink));
}

// The density on `count` points into y_out and density_out; up to
// mass_capacity point masses as (value, probability) pairs into mass_out.
inline DensityOut density_at(int id, std::uintptr_t params, double mean, double sd, std::size_t count, double from,
                             double to, std::uintptr_t y_out, std::uintptr_t density_out, std::uintptr_t mass_out,
                             std::size_t mass_capacity) {
    const OutputDensity d = output_density(id_from(id), params_at(params), {mean, sd}, count, from, to);
    if (d.status != MomentStatus::ok) return {static_cast<int>(d.status), 0};
    std::copy(d.y.begin(), d.y.end(), span_at<double>(y_out, count).begin());
    std::copy(d.density.begin(), d.density.end(), span_at<double>(density_out, count).begin());
    const auto masses = span_at<double>(mass_out, 2 * mass_capacity);
    for (std::size_t i = 0; i < std::min(mass_capacity, d.masses.size()); ++i) {
        masses[2 * i] = d.masses[i].value;
        masses[2 * i + 1] = d.masses[i].probability;
    }
    return {0, static_cast<int>(d.masses.size())};
}

inline std::size_t max_density_points() { return kMaxDensityPoints; }

}  // namespace activations::wasm
