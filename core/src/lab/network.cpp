// One dense network, computed over a batch of points with the points in the
// vector lanes (feature-major buffers): each element's arithmetic follows
// the order network.hpp fixes.
#include "activations/lab/network.hpp"

#include <algorithm>
#include <stdexcept>

#include "lab/layer_math.hpp"
#include "visit.hpp"

namespace activations::lab {

std::size_t Architecture::weight_offset(std::size_t layer) const {
    std::size_t offset = 0;
    for (std::size_t l = 0; l < layer; ++l) offset += widths[l + 1] * (widths[l] + 1);
    return offset;
}

std::size_t Architecture::bias_offset(std::size_t layer) const {
    return weight_offset(layer) + widths[layer + 1] * widths[layer];
}

std::size_t Architecture::parameter_count() const { return weight_offset(layer_count()); }

const char* check_architecture(const Architecture& architecture) {
    const auto& widths = architecture.widths;
    if (widths.size() < 2) return "a network needs at least an input and an output layer";
    if (widths.size() > limits::kMaxLayers) return "too many layers";
    std::size_t parameters = 0;
    for (std::size_t l = 0; l < widths.size(); ++l) {
        if (widths[l] < 1 || widths[l] > limits::kMaxWidth) return "a layer width is out of range";
        if (l > 0) parameters += widths[l] * (widths[l - 1] + 1);
    }
    if (parameters > limits::kMaxParameters) return "too many parameters";
    if (static_cast<int>(architecture.output) < 0 || static_cast<int>(architecture.output) > 2) {
        return "unknown output activation";
    }
    return "";
}

Network::Network(Architecture architecture) : architecture_(std::move(architecture)) {
    if (*check_architecture(architecture_) != '\0') throw std::invalid_argument(check_architecture(architecture_));
    parameters_.assign(architecture_.parameter_count(), 0.0);
}

namespace {

// z = b + Σ_j W_ij · prev_j for every unit i and point, then a = act(z).
template <class Activation>
void layer_forward(const double* weights, const double* biases, std::size_t inputs, std::size_t outputs,
                   std::size_t n, const double* prev, double* z, double* a, const Activation& activation) {
    for (std::size_t i = 0; i < outputs; ++i) {
        double* zi = z + i * n;
        const double b = biases[i];
        for (std::size_t p = 0; p < n; ++p) zi[p] = b;
        for (std::size_t j = 0; j < inputs; ++j) {
            const double w = weights[i * inputs + j];
            const double* prev_j = prev + j * n;
            for (std::size_t p = 0; p < n; ++p) zi[p] = zi[p] + w * prev_j[p];
        }
        double* ai = a + i * n;
        for (std::size_t p = 0; p < n; ++p) ai[p] = activation(zi[p]);
    }
}

template <class F>
void trace_with(const Architecture& arch, std::span<const double> parameters, std::span<const double> inputs,
                std::size_t n, Trace& trace, const F& f) {
    const std::size_t layers = arch.layer_count();
    trace.points = n;
    const std::size_t in = arch.widths[0];
    trace.x.resize(in * n);
    for (std::size_t p = 0; p < n; ++p) {
        for (std::size_t j = 0; j < in; ++j) trace.x[j * n + p] = inputs[p * in + j];
    }
    trace.z.resize(layers);
    trace.a.resize(layers);
    const double* prev = trace.x.data();
    for (std::size_t l = 0; l < layers; ++l) {
        const std::size_t fan_in = arch.widths[l], units = arch.widths[l + 1];
        trace.z[l].resize(units * n);
        trace.a[l].resize(units * n);
        const double* w = parameters.data() + arch.weight_offset(l);
        const double* b = parameters.data() + arch.bias_offset(l);
        if (l + 1 < layers) {
            layer_forward(w, b, fan_in, units, n, prev, trace.z[l].data(), trace.a[l].data(),
                          [&f](double z) { return f.value(z); });
        } else {
            const OutputKind kind = arch.output;
            layer_forward(w, b, fan_in, units, n, prev, trace.z[l].data(), trace.a[l].data(),
                          [kind](double z) { return detail::output_value(kind, z); });
        }
        prev = trace.a[l].data();
    }
}

// Adds the summed-loss gradient over the traced points to `sums`.
template <class F>
double backward_with(const Architecture& arch, std::span<const double> parameters, const Trace& trace,
                     std::span<const double> targets, Loss loss, std::span<double> sums, const F& f,
                     std::vector<double>& delta, std::vector<double>& delta_prev) {
    const std::size_t n = trace.points;
    const std::size_t layers = arch.layer_count();
    const std::size_t out = arch.widths.back();
    const double outputs = static_cast<double>(out);
    const auto& z_out = trace.z[layers - 1];
    const auto& a_out = trace.a[layers - 1];
    delta.resize(out * n);
    double total = 0;
    for (std::size_t p = 0; p < n; ++p) {
        double point_loss = 0;
        for (std::size_t k = 0; k < out; ++k) {
            const double o = a_out[k * n + p], t = targets[p * out + k];
            point_loss = point_loss + detail::loss_term(loss, o, t, outputs);
            delta[k * n + p] = detail::loss_derivative(loss, o, t, outputs) *
                               detail::output_derivative(arch.output, z_out[k * n + p]);
        }
        total = total + point_loss;
    }
    const KinkConvention kink = arch.hidden.kink;
    for (std::size_t l = layers; l-- > 0;) {
        const std::size_t fan_in = arch.widths[l], units = arch.widths[l + 1];
        const double* prev = l == 0 ? trace.x.data() : trace.a[l - 1].data();
        const double* w = parameters.data() + arch.weight_offset(l);
        double* gw = sums.data() + arch.weight_offset(l);
        double* gb = sums.data() + arch.bias_offset(l);
        for (std::size_t i = 0; i < units; ++i) {
            const double* d = delta.data() + i * n;
            for (std::size_t j = 0; j < fan_in; ++j) {
                const double* prev_j = prev + j * n;
                double acc = gw[i * fan_in + j];
                for (std::size_t p = 0; p < n; ++p) acc = acc + d[p] * prev_j[p];
                gw[i * fan_in + j] = acc;
            }
            double acc = gb[i];
            for (std::size_t p = 0; p < n; ++p) acc = acc + d[p];
            gb[i] = acc;
        }
        if (l == 0) break;
        delta_prev.assign(fan_in * n, 0.0);
        for (std::size_t j = 0; j < fan_in; ++j) {
            double* dp = delta_prev.data() + j * n;
            for (std::size_t i = 0; i < units; ++i) {
                const double weight = w[i * fan_in + j];
                const double* d = delta.data() + i * n;
                for (std::size_t p = 0; p < n; ++p) dp[p] = dp[p] + weight * d[p];
            }
            const double* zj = trace.z[l - 1].data() + j * n;
            for (std::size_t p = 0; p < n; ++p) dp[p] = dp[p] * f.derivative(zj[p], kink);
        }
        delta.swap(delta_prev);
    }
    return total;
}

}  // namespace

void Network::trace(std::span<const double> inputs, std::size_t n, Trace& trace) const {
    activations::detail::visit(architecture_.hidden.id, architecture_.hidden.params, [&](const auto& f) {
        trace_with(architecture_, parameters_, inputs, n, trace, f);
    });
}

void Network::forward(std::span<const double> inputs, std::size_t n, std::span<double> outputs) const {
    trace(inputs, n, scratch_);
    const std::size_t out = architecture_.widths.back();
    const auto& a = scratch_.a.back();
    for (std::size_t p = 0; p < n; ++p) {
        for (std::size_t k = 0; k < out; ++k) outputs[p * out + k] = a[k * n + p];
    }
}

double Network::accumulate(std::span<const double> inputs, std::span<const double> targets, std::size_t n,
                           Loss loss, std::span<double> sums) const {
    return activations::detail::visit(architecture_.hidden.id, architecture_.hidden.params, [&](const auto& f) {
        trace_with(architecture_, parameters_, inputs, n, scratch_, f);
        return backward_with(architecture_, parameters_, scratch_, targets, loss, sums, f, delta_scratch_,
                             delta_prev_scratch_);
    });
}

double Network::gradients(std::span<const double> inputs, std::span<const double> targets, std::size_t n,
                          Loss loss, std::span<double> gradient) const {
    std::fill(gradient.begin(), gradient.end(), 0.0);
    const double total = accumulate(inputs, targets, n, loss, gradient);
    const double count = static_cast<double>(n);
    for (double& g : gradient) g = g / count;
    return total / count;
}

double Network::step(std::span<const double> inputs, std::span<const double> targets, std::size_t n, Loss loss,
                     Optimizer& optimizer) {
    gradient_scratch_.assign(parameters_.size(), 0.0);
    const double total = accumulate(inputs, targets, n, loss, gradient_scratch_);
    const double count = static_cast<double>(n);
    optimizer.apply(parameters_, gradient_scratch_, count);
    return total / count;
}

}  // namespace activations::lab
