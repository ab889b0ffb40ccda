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

// --- One network ------------------------------------------------------------

class NetworkHandle {
public:
    NetworkHandle(std::uintptr_t widths, std::size_t count, int activation, std::uintptr_t params, int kink, int output)
        : network_(architecture(widths, count, activation, params, kink, output)) {}

    void initialise(int init, int bias, double bias_value, double seed, double stream) {
        lab::initialise(network_, {static_cast<InitKind>(init), static_cast<BiasKind>(bias), bias_value},
                        static_cast<std::uint64_t>(seed), static_cast<std::uint64_t>(stream));
        optimizer_.reset();
    }
    std::size_t parameter_count() const { return network_.parameters().size(); }
    std::uintptr_t parameters_address() { return reinterpret_cast<std::uintptr_t>(network_.parameters().data()); }
    void reset_optimizer() { optimizer_.reset(); }

    void forward(std::uintptr_t x, std::size_t n, std::uintptr_t out) const {
        const auto& w = network_.architecture().widths;
        network_.forward(out_at<const double>(x, n * w.front()), n, out_at<double>(out, n * w.back()));
    }
    double gradients(std::uintptr_t x, std::uintptr_t t, std::size_t n, int loss, std::uintptr_t out) const {
        const auto& w = network_.architecture().widths;
        return network_.gradients(out_at<const double>(x, n * w.front()), out_at<const double>(t, n * w.back()), n,
                                  static_cast<Loss>(loss), out_at<double>(out, parameter_count()));
    }
    // One step; a different optimiser or hyper-parameter starts a fresh
    // optimiser state (Adam's moments and step count).
    double step(std::uintptr_t x, std::uintptr_t t, std::size_t n, int loss, int kind, double lr, double beta1,
                double beta2, double epsilon) {
        const OptimizerSettings wanted = optimizer_from(kind, lr, beta1, beta2, epsilon);
        if (!optimizer_ || !same(optimizer_->settings(), wanted)) optimizer_.emplace(wanted, parameter_count());
        const auto& w = network_.architecture().widths;
        return network_.step(out_at<const double>(x, n * w.front()), out_at<const double>(t, n * w.back()), n,
                             static_cast<Loss>(loss), *optimizer_);
    }
    double optimizer_steps() const { return optimizer_ ? static_cast<double>(optimizer_->steps()) : 0; }
    // Unit states (one byte each, analysis.hpp) and each hidden layer's
    // activation probability.
    void unit_states(std::uintptr_t x, std::size_t n, std::uintptr_t states, std::uintptr_t probability) const {
        const Architecture& arch = network_.architecture();
        lab::unit_states(network_, out_at<const double>(x, n * arch.widths.front()), n,
                         out_at<UnitState>(states, hidden_unit_count(arch)),
                         out_at<double>(probability, arch.hidden_count()));
    }
    // Whether every output is the same at the n points (analysis.hpp).
    bool is_constant(std::uintptr_t x, std::size_t n) const {
        return lab::constant_on(network_, out_at<const double>(x, n * network_.architecture().widths.front()), n);
    }
    // Every layer's outputs a (hidden layers, then the output layer), each
    // row-major n × width, one after the other.
    void layer_outputs(std::uintptr_t x, std::size_t n, std::uintptr_t out) const {
        const Architecture& arch = network_.architecture();
        Trace trace;
        network_.trace(out_at<const double>(x, n * arch.widths.front()), n, trace);
        double* o = reinterpret_cast<double*>(out);
        for (std::size_t l = 0; l < arch.layer_count(); ++l) {
            const std::size_t width = arch.widths[l + 1];
            for (std::size_t p = 0; p < n; ++p) {
                for (std::size_t i = 0; i < width; ++i) *o++ = trace.a[l][i * n + p];
            }
        }
    }

private:
    static Architecture architecture(std::uintptr_t widths, std::size_t count, int activation, std::uintptr_t params,
                                     int kink, int output) {
        Architecture arch;
        arch.widths = widths_at(widths, count);
        arch.hidden = {id_from(activation), params_at(params), kink_from(kink)};
        arch.output = static_cast<OutputKind>(output);
        return arch;
    }
    static bool same(const OptimizerSettings& a, const OptimizerSettings& b) {
        return a.kind == b.kind && a.learning_rate == b.learning_rate && a.beta1 == b.beta1 && a.beta2 == b.beta2 &&
               a.epsilon == b.epsilon;
    }

    Network network_;
    std::optional<Optimizer> optimizer_;
};

// --- The live Playground run ------------------------------------------------

class PlaygroundHandle {
public:
    PlaygroundHandle(std::uintptr_t settings, std::uintptr_t params, std::uintptr_t hidden, std::size_t hidden_count,
                     double trial)
        : run_(playground_settings_at(settings, params, hidden, hidden_count), static_cast<std::uint64_t>(trial)) {}

    double train_points(double points) { return static_cast<double>(run_.train_points(size_of(points))); }
    void step_batch() { run_.step_batch(); }
    void step_epoch() { run_.step_epoch(); }
    void set_learning_rate(double lr) { run_.set_learning_rate(lr); }
    double epoch() const { return static_cast<double>(run_.epoch()); }
    double position() const { return static_cast<double>(run_.position()); }
    double updates() const { return static_cast<double>(run_.updates()); }
    double loss(bool test) const { return run_.loss(test); }
    double accuracy(bool test) const { return run_.accuracy(test); }
    std::size_t train_count() const { return run_.data().train_label.size(); }
    std::size_t test_count() const { return run_.data().test_label.size(); }
    // The data: x row-major n × 2 then the labels, training set first.
    void data(std::uintptr_t out) const {
        double* o = reinterpret_cast<double*>(out);
        const PlaygroundData& d = run_.data();
        for (const auto* part : {&d.train_x, &d.train_label, &d.test_x, &d.test_label}) {
            for (double v : *part) *o++ = v;
        }
    }
    std::size_t parameter_count() const { return run_.network().parameters().size(); }
    std::uintptr_t parameters_address() { return reinterpret_cast<std::uintptr_t>(run_.network().parameters().data()); }
    void unit_states(std::uintptr_t states, std::uintptr_t probability) const {
        const Architecture& arch = run_.network().architecture();
        lab::unit_states(run_.network(), run_.data().train_x, train_count(),
                         out_at<UnitState>(states, hidden_unit_count(arch)),
                         out_at<double>(probability, arch.hidden_count()));
    }
    // Every layer's outputs over a density × density grid of the square
    // [−extent, extent]² (rows from the top, y decreasing; columns x
    // increasing, as the Playground's heat maps), layers one after the other
    // and within a layer unit-major: out[(unit · density + row) · density + column].
    void surface(std::size_t density, double extent, std::uintptr_t out) const {
        const Architecture& arch = run_.network().architecture();
        std::vector<double> grid(density * density * 2);
        for (std::size_t row = 0; row < density; ++row) {
            for (std::size_t column = 0; column < density; ++column) {
                const double step = density > 1 ? 2 * extent / static_cast<double>(density - 1) : 0;
                grid[(row * density + column) * 2] = -extent + static_cast<double>(column) * step;
                grid[(row * density + column) * 2 + 1] = extent - static_cast<double>(row) * step;
            }
        }
        Trace trace;
        run_.network().trace(grid, density * density, trace);
        double* o = reinterpret_cast<double*>(out);
        for (std::size_t l = 0; l < arch.layer_count(); ++l) {
            for (double v : trace.a[l]) *o++ = v;
        }
    }

private:
    PlaygroundRun run_;
};

}  // namespace activations::wasm::lab_calls
