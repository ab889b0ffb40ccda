// Experiment 3 on TensorFlow Playground's problem: the live run of one
// network (playground_run.hpp) and many trials in population blocks
// (experiments.hpp). Both follow playground.ts's oneStep: points in order,
// an update whenever (i + 1) % batch == 0 for the point index i within the
// epoch, averaged over everything accumulated since the last update.
#include <algorithm>
#include <vector>

#include "activations/lab/analysis.hpp"
#include "activations/lab/playground_run.hpp"
#include "activations/lab/population.hpp"
#include "lab/layer_math.hpp"
#include "lab/trial_block.hpp"
#include "visit.hpp"

namespace activations::lab {

Architecture playground_architecture(const PlaygroundSettings& settings) {
    Architecture arch;
    arch.widths.push_back(2);
    arch.widths.insert(arch.widths.end(), settings.hidden.begin(), settings.hidden.end());
    arch.widths.push_back(1);
    arch.hidden = settings.activation;
    arch.output = settings.output;
    return arch;
}

namespace {

// How many points to visit before the next update point or the epoch's end.
std::size_t run_length(std::size_t position, std::size_t batch, std::size_t train_size) {
    const std::size_t next_update = (position / batch + 1) * batch;
    return std::min(next_update, train_size) - position;
}

}  // namespace

PlaygroundRun::PlaygroundRun(const PlaygroundSettings& settings, std::uint64_t trial)
    : settings_(settings),
      data_(circle_data(settings.seed, settings.samples, settings.noise, settings.train_percent)),
      network_(playground_architecture(settings)),
      optimizer_(OptimizerSettings{OptimizerKind::sgd, settings.learning_rate}, network_.parameters().size()) {
    initialise(network_, settings.init, settings.seed, trial);
    sums_.assign(network_.parameters().size(), 0.0);
}

void PlaygroundRun::set_learning_rate(double learning_rate) {
    settings_.learning_rate = learning_rate;
    optimizer_ = Optimizer(OptimizerSettings{OptimizerKind::sgd, learning_rate}, network_.parameters().size());
}

std::size_t PlaygroundRun::train_points(std::size_t points) {
    const std::size_t train_size = data_.train_label.size();
    if (train_size == 0) return 0;
    std::size_t visited = 0;
    while (visited < points) {
        const std::size_t length = std::min(run_length(position_, settings_.batch, train_size), points - visited);
        network_.accumulate(std::span(data_.train_x).subspan(position_ * 2, length * 2),
                            std::span(data_.train_label).subspan(position_, length), length, settings_.loss, sums_);
        pending_ += length;
        position_ += length;
        visited += length;
        if (position_ % settings_.batch == 0) {
            optimizer_.apply(network_.parameters(), sums_, static_cast<double>(pending_));
            std::fill(sums_.begin(), sums_.end(), 0.0);
            pending_ = 0;
        }
        if (position_ == train_size) {
            position_ = 0;
            ++epoch_;
            break;
        }
    }
    return visited;
}

void PlaygroundRun::step_batch() {
    const std::size_t train_size = data_.train_label.size();
    if (train_size > 0) train_points(run_length(position_, settings_.batch, train_size));
}

void PlaygroundRun::step_epoch() {
    const std::size_t train_size = data_.train_label.size();
    if (train_size > 0) train_points(train_size - position_);
}

double PlaygroundRun::loss(bool test) const {
    const auto& x = test ? data_.test_x : data_.train_x;
    const auto& label = test ? data_.test_label : data_.train_label;
    if (label.empty()) return 0;
    std::vector<double> sums(network_.parameters().size(), 0.0);
    return network_.accumulate(x, label, label.size(), settings_.loss, sums) / static_cast<double>(label.size());
}

double PlaygroundRun::accuracy(bool test) const {
    const auto& x = test ? data_.test_x : data_.train_x;
    const auto& label = test ? data_.test_label : data_.train_label;
    if (label.empty()) return 0;
    std::vector<double> out(label.size());
    network_.forward(x, label.size(), out);
    std::size_t right = 0;
    for (std::size_t p = 0; p < label.size(); ++p) right += out[p] * label[p] > 0;
    return static_cast<double>(right) / static_cast<double>(label.size());
}

namespace {

// After an epoch: every lane's unit states, layer activation probabilities
// and loss on the training points, and accuracy on the test points.
struct EpochRecord {
    std::vector<UnitWatch> watch;              // per lane
    std::vector<std::size_t> active;           // [layer · kLanes + q]
    double loss[kLanes];
    std::size_t right[kLanes];
};

template <class F>
void measure(PopulationBlock& block, const PlaygroundData& data, const PlaygroundSettings& settings,
             std::size_t units, EpochRecord& record, const F& f) {
    const Architecture& arch = block.architecture();
    const std::size_t hidden = arch.hidden_count(), layers = arch.layer_count();
    record.watch.resize(kLanes);
    for (auto& watch : record.watch) watch.reset(units);
    record.active.assign(hidden * kLanes, 0);
    std::fill(record.loss, record.loss + kLanes, 0.0);
    std::fill(record.right, record.right + kLanes, 0);
    for (std::size_t p = 0; p < data.train_label.size(); ++p) {
        block.forward_point(&data.train_x[p * 2]);
        std::size_t unit = 0;
        for (std::size_t l = 0; l < hidden; ++l) {
            const double* z = block.z(l);
            for (std::size_t i = 0; i < arch.widths[l + 1]; ++i, ++unit) {
                for (std::size_t q = 0; q < kLanes; ++q) {
                    const double zi = z[i * kLanes + q];
                    record.watch[q].see(unit, zi, f.derivative(zi, arch.hidden.kink));
                    record.active[l * kLanes + q] += zi > 0;
                }
            }
        }
        const double* out = block.a(layers - 1);
        for (std::size_t q = 0; q < kLanes; ++q) {
            record.loss[q] = record.loss[q] + detail::loss_term(settings.loss, out[q], data.train_label[p], 1);
        }
    }
    for (std::size_t p = 0; p < data.test_label.size(); ++p) {
        block.forward_point(&data.test_x[p * 2]);
        const double* out = block.a(layers - 1);
        for (std::size_t q = 0; q < kLanes; ++q) record.right[q] += out[q] * data.test_label[p] > 0;
    }
}

}  // namespace

void playground_trials(const PlaygroundSettings& settings, std::size_t first, std::size_t count,
                       const PlaygroundTrialOutputs& outputs) {
    const Architecture arch = playground_architecture(settings);
    const PlaygroundData data = circle_data(settings.seed, settings.samples, settings.noise, settings.train_percent);
    const std::size_t train_size = data.train_label.size(), test_size = data.test_label.size();
    const std::size_t units = hidden_unit_count(arch), hidden = arch.hidden_count();
    const std::size_t epochs = settings.epochs;
    PopulationBlock block(arch);
    std::vector<double> sums(block.parameter_count() * kLanes);
    std::vector<std::int32_t> last_alive(units * kLanes);
    EpochRecord record;
    activations::detail::visit(arch.hidden.id, arch.hidden.params, [&](const auto& f) {
        for (std::size_t done = 0; done < count;) {
            const std::size_t lanes = detail::load_trials(block, settings.init, settings.seed, first + done, count - done);
            Optimizer optimizer(OptimizerSettings{OptimizerKind::sgd, settings.learning_rate}, sums.size());
            std::fill(sums.begin(), sums.end(), 0.0);
            std::fill(last_alive.begin(), last_alive.end(), -1);
            std::size_t pending = 0;
            double ignored_loss[kLanes] = {};
            for (std::size_t epoch = 0; epoch <= epochs; ++epoch) {
                if (epoch > 0) {
                    for (std::size_t position = 0; position < train_size;) {
                        const std::size_t length = run_length(position, settings.batch, train_size);
                        block.accumulate(std::span(data.train_x).subspan(position * 2, length * 2),
                                         std::span(data.train_label).subspan(position, length), length, settings.loss,
                                         sums, ignored_loss);
                        pending += length;
                        position += length;
                        if (position % settings.batch == 0) {
                            optimizer.apply(block.parameters(), sums, static_cast<double>(pending));
                            std::fill(sums.begin(), sums.end(), 0.0);
                            pending = 0;
                        }
                    }
                }
                measure(block, data, settings, units, record, f);
                for (std::size_t q = 0; q < lanes; ++q) {
                    const std::size_t row = done + q;
                    for (std::size_t u = 0; u < units; ++u) {
                        if (record.watch[q].state(u) != UnitState::dead) last_alive[u * kLanes + q] = static_cast<std::int32_t>(epoch);
                    }
                    for (std::size_t l = 0; l < hidden; ++l) {
                        const double seen = static_cast<double>(train_size * arch.widths[l + 1]);
                        outputs.active[(row * (epochs + 1) + epoch) * hidden + l] =
                            seen == 0 ? 0.0 : static_cast<double>(record.active[l * kLanes + q]) / seen;
                    }
                    outputs.accuracy[row * (epochs + 1) + epoch] =
                        test_size == 0 ? 0.0 : static_cast<double>(record.right[q]) / static_cast<double>(test_size);
                    outputs.train_loss[row * (epochs + 1) + epoch] =
                        train_size == 0 ? 0.0 : record.loss[q] / static_cast<double>(train_size);
                }
            }
            for (std::size_t q = 0; q < lanes; ++q) {
                const std::size_t row = done + q;
                for (std::size_t u = 0; u < units; ++u) {
                    const UnitState state = record.watch[q].state(u);
                    outputs.final_state[row * units + u] = static_cast<std::uint8_t>(state);
                    const std::int32_t alive = last_alive[u * kLanes + q];
                    outputs.death_epoch[row * units + u] =
                        state == UnitState::dead ? alive + 1 : -1;
                }
            }
            done += lanes;
        }
    });
}

}  // namespace activations::lab
