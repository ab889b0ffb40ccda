// Adapters for one network and for the live Playground run: handles that
// JS holds, over the lab's Network and PlaygroundRun (the shared
// conversions are in lab_calls.hpp).
#pragma once

#include "lab_calls.hpp"

namespace activations::wasm::lab_calls {

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
