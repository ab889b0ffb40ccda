// A block of kLanes networks trained in SIMD lanes (population.hpp). The
// inner loops run over the lanes with a fixed trip count, which the
// compiler turns into vector code; nothing in them reorders a network's
// own arithmetic.
#include "activations/lab/population.hpp"

#include <algorithm>
#include <cmath>

#include "lab/layer_math.hpp"
#include "visit.hpp"

namespace activations::lab {

constexpr std::size_t B = kLanes;

PopulationBlock::PopulationBlock(const Architecture& architecture)
    : architecture_(architecture), parameter_count_(architecture.parameter_count()) {
    parameters_.assign(parameter_count_ * B, 0.0);
    const std::size_t layers = architecture_.layer_count();
    for (std::size_t l = 0; l < layers; ++l) {
        weight_offsets_.push_back(architecture_.weight_offset(l));
        bias_offsets_.push_back(architecture_.bias_offset(l));
    }
    z_.resize(layers);
    a_.resize(layers);
    for (std::size_t l = 0; l < layers; ++l) {
        z_[l].assign(architecture_.widths[l + 1] * B, 0.0);
        a_[l].assign(architecture_.widths[l + 1] * B, 0.0);
    }
}

void PopulationBlock::load(std::size_t lane, const Network& network) {
    const auto source = network.parameters();
    for (std::size_t k = 0; k < parameter_count_; ++k) parameters_[k * B + lane] = source[k];
}

void PopulationBlock::store(std::size_t lane, Network& network) const {
    auto target = network.parameters();
    for (std::size_t k = 0; k < parameter_count_; ++k) target[k] = parameters_[k * B + lane];
}

namespace {

template <class F>
void forward_lanes(const Architecture& arch, const std::vector<std::size_t>& weight_offsets,
                   const std::vector<std::size_t>& bias_offsets, const double* parameters, const double* x,
                   std::vector<std::vector<double>>& z, std::vector<std::vector<double>>& a, const F& f) {
    const std::size_t layers = arch.layer_count();
    for (std::size_t l = 0; l < layers; ++l) {
        const std::size_t fan_in = arch.widths[l], units = arch.widths[l + 1];
        const double* w = parameters + weight_offsets[l] * B;
        const double* b = parameters + bias_offsets[l] * B;
        double* zl = z[l].data();
        double* al = a[l].data();
        for (std::size_t i = 0; i < units; ++i) {
            double* zi = zl + i * B;
            for (std::size_t q = 0; q < B; ++q) zi[q] = b[i * B + q];
            const double* wi = w + i * fan_in * B;
            if (l == 0) {
                for (std::size_t j = 0; j < fan_in; ++j) {
                    const double xj = x[j];
                    for (std::size_t q = 0; q < B; ++q) zi[q] = zi[q] + wi[j * B + q] * xj;
                }
            } else {
                const double* prev = a[l - 1].data();
                for (std::size_t j = 0; j < fan_in; ++j) {
                    for (std::size_t q = 0; q < B; ++q) zi[q] = zi[q] + wi[j * B + q] * prev[j * B + q];
                }
            }
            double* ai = al + i * B;
            if (l + 1 < layers) {
                for (std::size_t q = 0; q < B; ++q) ai[q] = f.value(zi[q]);
            } else {
                for (std::size_t q = 0; q < B; ++q) ai[q] = detail::output_value(arch.output, zi[q]);
            }
        }
    }
}

}  // namespace

void PopulationBlock::forward_point(const double* x) {
    activations::detail::visit(architecture_.hidden.id, architecture_.hidden.params, [&](const auto& f) {
        forward_lanes(architecture_, weight_offsets_, bias_offsets_, parameters_.data(), x, z_, a_, f);
    });
}

namespace {

// The whole batch at once, buffers [unit][point][lane]: each layer's loops
// run over n · kLanes contiguous elements, which vectorises well, while each
// element still sees network.hpp's order (inputs in order for z, points in
// order for a gradient sum, units in order for a back-propagated sum).
// With frozen = F > 0, weight layers 0 … F − 1 are neither recomputed nor
// back-propagated: buffers.a[F − 1] still holds their output from an
// earlier pass on the same inputs. Returns false when that shortcut would
// not have been exact (a non-finite back-propagated sum into layer F − 1,
// which 0 · f′ would have turned into NaN instead of 0).
// With uniform set as well, buffers.a[F − 1] holds the same bits at every
// point in each lane (a dead layer's zeros, or what a dead layer below
// feeds), so every later layer computes the same bits at every point: the
// forward pass above it runs on point 0 only, and the backward pass reads
// point 0's a and z for every point. Only the deltas differ between points
// (through the targets), and they are computed per point as before.
template <class F, class Kink>
bool accumulate_batch(const Architecture& arch, const std::vector<std::size_t>& weight_offsets,
                      const std::vector<std::size_t>& bias_offsets, const double* parameters, const double* x,
                      const double* targets, std::size_t n, Loss loss, double* sums, double* loss_per_lane,
                      PopulationBlock::Buffers& buffers, std::size_t frozen, bool uniform, const F& f, Kink) {
    constexpr KinkConvention kink = Kink::value;
    const std::size_t layers = arch.layer_count();
    const std::size_t in = arch.widths[0], out = arch.widths.back();
    const std::size_t nb = n * B;
    buffers.z.resize(layers);
    buffers.a.resize(layers);
    for (std::size_t l = frozen; l < layers; ++l) {
        const std::size_t fan_in = arch.widths[l], units = arch.widths[l + 1];
        const double* w = parameters + weight_offsets[l] * B;
        const double* b = parameters + bias_offsets[l] * B;
        buffers.z[l].resize(units * nb);
        buffers.a[l].resize(units * nb);
        // One point at a time, each unit's sum held in registers across the
        // lanes: the inputs are read once and z written once.
        double* zl = buffers.z[l].data();
        double* al = buffers.a[l].data();
        const bool hidden = l + 1 < layers;
        const std::size_t computed = uniform ? 1 : n;
        for (std::size_t p = 0; p < computed; ++p) {
            for (std::size_t i = 0; i < units; ++i) {
                double acc[B];
                for (std::size_t q = 0; q < B; ++q) acc[q] = b[i * B + q];
                const double* wi = w + i * fan_in * B;
                if (l == 0) {
                    for (std::size_t j = 0; j < fan_in; ++j) {
                        const double xj = x[p * in + j];
                        for (std::size_t q = 0; q < B; ++q) acc[q] = acc[q] + wi[j * B + q] * xj;
                    }
                } else {
                    const double* prev = buffers.a[l - 1].data();
                    for (std::size_t j = 0; j < fan_in; ++j) {
                        const double* pj = prev + (j * n + p) * B;
                        for (std::size_t q = 0; q < B; ++q) acc[q] = acc[q] + wi[j * B + q] * pj[q];
                    }
                }
                double* zi = zl + (i * n + p) * B;
                double* ai = al + (i * n + p) * B;
                for (std::size_t q = 0; q < B; ++q) zi[q] = acc[q];
                if (hidden) {
                    for (std::size_t q = 0; q < B; ++q) ai[q] = f.value(acc[q]);
                } else {
                    for (std::size_t q = 0; q < B; ++q) ai[q] = detail::output_value(arch.output, acc[q]);
                }
            }
        }
    }
    // Output deltas and each point's loss.
    std::size_t widest = 0;
    for (std::size_t width : arch.widths) widest = std::max(widest, width);
    buffers.delta.resize(widest * nb);
    buffers.delta_prev.resize(widest * nb);
    buffers.point_loss.assign(nb, 0.0);
    const double outputs = static_cast<double>(out);
    // The stride between points in a forward buffer above the frozen layers.
    const std::size_t point_stride = uniform ? 0 : B;
    for (std::size_t k = 0; k < out; ++k) {
        const double* zk = buffers.z[layers - 1].data() + k * nb;
        const double* ok = buffers.a[layers - 1].data() + k * nb;
        double* dk = buffers.delta.data() + k * nb;
        for (std::size_t p = 0; p < n; ++p) {
            const double t = targets[p * out + k];
            const double* okp = ok + p * point_stride;
            const double* zkp = zk + p * point_stride;
            for (std::size_t q = 0; q < B; ++q) {
                const std::size_t e = p * B + q;
                if (loss_per_lane) {
                    buffers.point_loss[e] = buffers.point_loss[e] + detail::loss_term(loss, okp[q], t, outputs);
                }
                dk[e] = detail::loss_derivative(loss, okp[q], t, outputs) * detail::output_derivative(arch.output, zkp[q]);
            }
        }
    }
    if (loss_per_lane) {
        for (std::size_t p = 0; p < n; ++p) {
            for (std::size_t q = 0; q < B; ++q) loss_per_lane[q] = loss_per_lane[q] + buffers.point_loss[p * B + q];
        }
    }
    for (std::size_t l = layers; l-- > frozen;) {
        const std::size_t fan_in = arch.widths[l], units = arch.widths[l + 1];
        const double* w = parameters + weight_offsets[l] * B;
        double* gw = sums + weight_offsets[l] * B;
        double* gb = sums + bias_offsets[l] * B;
        for (std::size_t i = 0; i < units; ++i) {
            const double* d = buffers.delta.data() + i * nb;
            for (std::size_t j = 0; j < fan_in; ++j) {
                double acc[B];
                double* g = gw + (i * fan_in + j) * B;
                for (std::size_t q = 0; q < B; ++q) acc[q] = g[q];
                if (l == 0) {
                    for (std::size_t p = 0; p < n; ++p) {
                        const double xj = x[p * in + j];
                        for (std::size_t q = 0; q < B; ++q) acc[q] = acc[q] + d[p * B + q] * xj;
                    }
                } else {
                    const double* prev = buffers.a[l - 1].data() + j * nb;
                    if (uniform) {
                        for (std::size_t p = 0; p < n; ++p) {
                            for (std::size_t q = 0; q < B; ++q) acc[q] = acc[q] + d[p * B + q] * prev[q];
                        }
                    } else {
                        for (std::size_t p = 0; p < n; ++p) {
                            for (std::size_t q = 0; q < B; ++q) acc[q] = acc[q] + d[p * B + q] * prev[p * B + q];
                        }
                    }
                }
                for (std::size_t q = 0; q < B; ++q) g[q] = acc[q];
            }
            double acc[B];
            for (std::size_t q = 0; q < B; ++q) acc[q] = gb[i * B + q];
            for (std::size_t p = 0; p < n; ++p) {
                for (std::size_t q = 0; q < B; ++q) acc[q] = acc[q] + d[p * B + q];
            }
            for (std::size_t q = 0; q < B; ++q) gb[i * B + q] = acc[q];
        }
        if (l == 0) break;
        if (l == frozen) {
            // The sums the full pass would multiply by f′ = 0 below: finite
            // ones give exactly 0, as skipping assumed.
            for (std::size_t p = 0; p < n; ++p) {
                for (std::size_t j = 0; j < fan_in; ++j) {
                    double acc[B] = {};
                    for (std::size_t i = 0; i < units; ++i) {
                        const double* wij = w + (i * fan_in + j) * B;
                        const double* d = buffers.delta.data() + (i * n + p) * B;
                        for (std::size_t q = 0; q < B; ++q) acc[q] = acc[q] + wij[q] * d[q];
                    }
                    for (std::size_t q = 0; q < B; ++q) {
                        if (!std::isfinite(acc[q])) return false;
                    }
                }
            }
            break;
        }
        double* dp = buffers.delta_prev.data();
        const double* zp = buffers.z[l - 1].data();
        if (uniform) {
            // f′ of layer l − 1 is the same at every point: once per unit.
            buffers.slope.resize(fan_in * B);
            for (std::size_t j = 0; j < fan_in; ++j) {
                for (std::size_t q = 0; q < B; ++q) buffers.slope[j * B + q] = f.derivative(zp[j * nb + q], kink);
            }
        }
        for (std::size_t p = 0; p < n; ++p) {
            for (std::size_t j = 0; j < fan_in; ++j) {
                double acc[B] = {};
                for (std::size_t i = 0; i < units; ++i) {
                    const double* wij = w + (i * fan_in + j) * B;
                    const double* d = buffers.delta.data() + (i * n + p) * B;
                    for (std::size_t q = 0; q < B; ++q) acc[q] = acc[q] + wij[q] * d[q];
                }
                const std::size_t e = (j * n + p) * B;
                if (uniform) {
                    const double* slope = buffers.slope.data() + j * B;
                    for (std::size_t q = 0; q < B; ++q) dp[e + q] = acc[q] * slope[q];
                } else {
                    for (std::size_t q = 0; q < B; ++q) dp[e + q] = acc[q] * f.derivative(zp[e + q], kink);
                }
            }
        }
        buffers.delta.swap(buffers.delta_prev);
    }
    return true;
}

}  // namespace

bool PopulationBlock::accumulate_from(std::size_t frozen, bool uniform, std::span<const double> inputs,
                                      std::span<const double> targets, std::size_t n, Loss loss,
                                      std::span<double> sums, double* loss_per_lane) {
    return activations::detail::visit(architecture_.hidden.id, architecture_.hidden.params, [&](const auto& f) {
        return detail::with_kink(architecture_.hidden.kink, [&](auto kink) {
            return accumulate_batch(architecture_, weight_offsets_, bias_offsets_, parameters_.data(), inputs.data(),
                                    targets.data(), n, loss, sums.data(), loss_per_lane, batch_, frozen, uniform, f,
                                    kink);
        });
    });
}

void PopulationBlock::accumulate(std::span<const double> inputs, std::span<const double> targets, std::size_t n,
                                 Loss loss, std::span<double> sums, double* loss_per_lane) {
    accumulate_from(0, false, inputs, targets, n, loss, sums, loss_per_lane);
}

}  // namespace activations::lab
