// Adapters from what JS can pass (numbers and WASM addresses) to the lab's
// core API (core/include/activations/lab/). Conversions only: the JS API
// (web/src/lab/) checks every value before it calls in.
//
// Experiment settings travel as an array of doubles at `settings`, read by
// the *_settings_at functions below in this order:
//   common:     [0] activation id, [1] kink, [2] initialiser, [3] bias kind,
//               [4] bias value, [5] seed (an integer below 2^53)
//   born dead:  [6] width, [7] max depth
//   collapse:   [6] width, [7] depth, [8] steps, [9] points, [10] optimiser,
//               [11] learning rate, [12] β1, [13] β2, [14] ε, [15] loss
//   playground: [6] output, [7] loss, [8] learning rate, [9] epochs,
//               [10] batch, [11] samples, [12] noise, [13] training percent
//   signal:     [6] width, [7] depth, [8] inputs per trial
// The activation's parameters are at `params` (ParamValues), hidden widths
// at `hidden` (doubles).
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

#include "activations/lab/analysis.hpp"
#include "activations/lab/experiments.hpp"
#include "activations/lab/init.hpp"
#include "activations/lab/limits.hpp"
#include "activations/lab/network.hpp"
#include "activations/lab/playground_run.hpp"
#include "activations/lab/population.hpp"
#include "activations/lab/summary.hpp"
#include "heap_calls.hpp"

namespace activations::wasm::lab_calls {

using namespace activations::lab;

inline const double* doubles_at(std::uintptr_t address) { return reinterpret_cast<const double*>(address); }

template <class T>
std::span<T> out_at(std::uintptr_t address, std::size_t count) {
    return {reinterpret_cast<T*>(address), count};
}

inline std::size_t size_of(double value) { return static_cast<std::size_t>(value); }

inline HiddenActivation activation_at(const double* s, std::uintptr_t params) {
    return {id_from(static_cast<int>(s[0])), params_at(params), kink_from(static_cast<int>(s[1]))};
}

inline InitSettings init_at(const double* s) {
    return {static_cast<InitKind>(static_cast<int>(s[2])), static_cast<BiasKind>(static_cast<int>(s[3])), s[4]};
}

inline std::uint64_t seed_at(const double* s) { return static_cast<std::uint64_t>(s[5]); }

inline OptimizerSettings optimizer_from(int kind, double lr, double beta1, double beta2, double epsilon) {
    return {static_cast<OptimizerKind>(kind), lr, beta1, beta2, epsilon};
}

inline std::vector<std::size_t> widths_at(std::uintptr_t address, std::size_t count) {
    std::vector<std::size_t> widths(count);
    for (std::size_t i = 0; i < count; ++i) widths[i] = size_of(doubles_at(address)[i]);
    return widths;
}

// --- Experiments ------------------------------------------------------------

inline void born_dead_at(std::uintptr_t settings, std::uintptr_t params, std::size_t first, std::size_t count,
                         std::uintptr_t dead) {
    const double* s = doubles_at(settings);
    BornDeadSettings b{size_of(s[6]), size_of(s[7]), init_at(s), activation_at(s, params), seed_at(s)};
    born_dead_trials(b, first, count, out_at<std::uint8_t>(dead, count * b.max_depth));
}

inline CollapseSettings collapse_settings_at(std::uintptr_t settings, std::uintptr_t params) {
    const double* s = doubles_at(settings);
    CollapseSettings c;
    c.width = size_of(s[6]);
    c.depth = size_of(s[7]);
    c.steps = size_of(s[8]);
    c.points = size_of(s[9]);
    c.optimizer = optimizer_from(static_cast<int>(s[10]), s[11], s[12], s[13], s[14]);
    c.loss = static_cast<Loss>(static_cast<int>(s[15]));
    c.init = init_at(s);
    c.activation = activation_at(s, params);
    c.seed = seed_at(s);
    return c;
}

inline void collapse_at(std::uintptr_t settings, std::uintptr_t params, std::size_t first, std::size_t count,
                        std::uintptr_t errors, std::uintptr_t ranges, std::uintptr_t dead) {
    collapse_trials(collapse_settings_at(settings, params), first, count, out_at<double>(errors, count),
                    out_at<double>(ranges, count), out_at<std::uint8_t>(dead, count));
}

// Writes [born dead share, collapsed share, median error, share solved,
// target variance, collapsed mean error, histogram…(kErrorBins)].
inline void collapse_summary_at(std::uintptr_t errors, std::uintptr_t ranges, std::uintptr_t dead, std::size_t count,
                                std::size_t points, std::uintptr_t out) {
    const CollapseSummary summary =
        summarise_collapse(out_at<const double>(errors, count), out_at<const double>(ranges, count),
                           out_at<const std::uint8_t>(dead, count), points);
    auto o = out_at<double>(out, 6 + kErrorBins);
    o[0] = summary.born_dead_share;
    o[1] = summary.collapsed_share;
    o[2] = summary.median_error;
    o[3] = summary.share_solved;
    o[4] = summary.target_variance;
    o[5] = summary.collapsed_mean_error;
    for (std::size_t k = 0; k < kErrorBins; ++k) o[6 + k] = summary.histogram[k];
}

inline PlaygroundSettings playground_settings_at(std::uintptr_t settings, std::uintptr_t params, std::uintptr_t hidden,
                                                 std::size_t hidden_count) {
    const double* s = doubles_at(settings);
    PlaygroundSettings p;
    p.hidden = widths_at(hidden, hidden_count);
    p.activation = activation_at(s, params);
    p.init = init_at(s);
    p.seed = seed_at(s);
    p.output = static_cast<OutputKind>(static_cast<int>(s[6]));
    p.loss = static_cast<Loss>(static_cast<int>(s[7]));
    p.learning_rate = s[8];
    p.epochs = size_of(s[9]);
    p.batch = size_of(s[10]);
    p.samples = size_of(s[11]);
    p.noise = s[12];
    p.train_percent = s[13];
    return p;
}

inline void playground_at(std::uintptr_t settings, std::uintptr_t params, std::uintptr_t hidden,
                          std::size_t hidden_count, std::size_t first, std::size_t count, std::uintptr_t death,
                          std::uintptr_t state, std::uintptr_t active, std::uintptr_t accuracy,
                          std::uintptr_t loss) {
    const PlaygroundSettings p = playground_settings_at(settings, params, hidden, hidden_count);
    std::size_t units = 0;
    for (std::size_t width : p.hidden) units += width;
    const std::size_t rows = count * (p.epochs + 1);
    playground_trials(p, first, count,
                      {out_at<std::int32_t>(death, count * units), out_at<std::uint8_t>(state, count * units),
                       out_at<double>(active, rows * hidden_count), out_at<double>(accuracy, rows),
                       out_at<double>(loss, rows)});
}

inline void signal_at(std::uintptr_t settings, std::uintptr_t params, std::size_t first, std::size_t count,
                      std::uintptr_t ratio, std::uintptr_t dead, std::uintptr_t norm) {
    const double* s = doubles_at(settings);
    SignalSettings g{size_of(s[6]), size_of(s[7]), size_of(s[8]), init_at(s), activation_at(s, params), seed_at(s)};
    const std::size_t cells = count * g.depth;
    signal_trials(g, first, count, out_at<double>(ratio, cells), out_at<double>(dead, cells),
                  out_at<double>(norm, cells));
}

// [Var W, mean b, Var b] of one layer's draws into out; `settings` is the
// common head (activation, kink, init, bias, bias value, seed).
inline void init_moments_at(std::uintptr_t settings, std::size_t fan_in, std::size_t fan_out, std::uintptr_t out) {
    const InitMoments m = init_moments(init_at(doubles_at(settings)), fan_in, fan_out);
    auto o = out_at<double>(out, 3);
    o[0] = m.weight_variance;
    o[1] = m.bias_mean;
    o[2] = m.bias_variance;
}

// [low, high] of the 95 % Wilson interval into out.
inline void wilson_at(std::size_t successes, std::size_t trials, std::uintptr_t out) {
    const lab::Interval interval = wilson_interval(successes, trials);
    auto o = out_at<double>(out, 2);
    o[0] = interval.low;
    o[1] = interval.high;
}

inline double median_at(std::uintptr_t values, std::size_t count) {
    return median(out_at<const double>(values, count));
}

// The caps of limits.hpp, for the JS checks: [width, layers, parameters,
// points, trials, steps, epochs, depth, grid, lanes, error bins].
inline void limits_at(std::uintptr_t out) {
    auto o = out_at<double>(out, 11);
    const std::size_t values[] = {limits::kMaxWidth,  limits::kMaxLayers, limits::kMaxParameters, limits::kMaxPoints,
                                  limits::kMaxTrials, limits::kMaxSteps,  limits::kMaxEpochs,     limits::kMaxDepth,
                                  limits::kMaxGrid,   kLanes,             kErrorBins};
    for (std::size_t i = 0; i < 11; ++i) o[i] = static_cast<double>(values[i]);
}

}  // namespace activations::wasm::lab_calls
