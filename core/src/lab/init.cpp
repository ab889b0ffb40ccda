// The initialisers (formulas and draw order in activations/lab/init.hpp).
#include "activations/lab/init.hpp"

#include <cmath>

namespace activations::lab {
namespace {

struct Draw {
    enum Shape { normal, uniform, playground } shape;
    double scale;  // σ for normal, a for U(−a, a)

    double operator()(Random& random) const {
        switch (shape) {
            case normal: return random.normal() * scale;
            case uniform: return (2 * random.uniform() - 1) * scale;
            case playground: return random.uniform() - 0.5;
        }
        return 0;
    }

    double variance() const {
        switch (shape) {
            case normal: return scale * scale;
            case uniform: return scale * scale / 3;  // U(−a, a)
            case playground: return 1.0 / 12;        // U(−0.5, 0.5)
        }
        return 0;
    }
};

Draw weight_draw(InitKind kind, double fan_in, double fan_out) {
    switch (kind) {
        case InitKind::he_normal: return {Draw::normal, std::sqrt(2 / fan_in)};
        case InitKind::he_uniform: return {Draw::uniform, std::sqrt(6 / fan_in)};
        case InitKind::xavier_normal: return {Draw::normal, std::sqrt(2 / (fan_in + fan_out))};
        case InitKind::xavier_uniform: return {Draw::uniform, std::sqrt(6 / (fan_in + fan_out))};
        case InitKind::lecun_normal: return {Draw::normal, std::sqrt(1 / fan_in)};
        case InitKind::pytorch: return {Draw::uniform, 1 / std::sqrt(fan_in)};
        case InitKind::playground: return {Draw::playground, 0.5};
    }
    return {Draw::normal, 0};
}

}  // namespace

void initialise(Network& network, const InitSettings& settings, Random& random) {
    const Architecture& arch = network.architecture();
    auto parameters = network.parameters();
    for (std::size_t l = 0; l < arch.layer_count(); ++l) {
        const std::size_t fan_in = arch.widths[l], units = arch.widths[l + 1];
        const Draw draw = weight_draw(settings.kind, static_cast<double>(fan_in), static_cast<double>(units));
        double* w = parameters.data() + arch.weight_offset(l);
        double* b = parameters.data() + arch.bias_offset(l);
        for (std::size_t k = 0; k < units * fan_in; ++k) w[k] = draw(random);
        for (std::size_t i = 0; i < units; ++i) {
            switch (settings.bias) {
                case BiasKind::zero: b[i] = 0; break;
                case BiasKind::constant: b[i] = settings.bias_value; break;
                case BiasKind::drawn: b[i] = draw(random); break;
                case BiasKind::initialiser:
                    if (settings.kind == InitKind::pytorch) b[i] = draw(random);
                    else if (settings.kind == InitKind::playground) b[i] = 0.1;
                    else b[i] = 0;
                    break;
            }
        }
    }
}

InitMoments init_moments(const InitSettings& settings, std::size_t fan_in, std::size_t fan_out) {
    const Draw draw = weight_draw(settings.kind, static_cast<double>(fan_in), static_cast<double>(fan_out));
    const double weights = draw.variance();
    switch (settings.bias) {
        case BiasKind::zero: return {weights, 0, 0};
        case BiasKind::constant: return {weights, settings.bias_value, 0};
        case BiasKind::drawn: return {weights, 0, weights};
        case BiasKind::initialiser:
            if (settings.kind == InitKind::pytorch) return {weights, 0, weights};
            if (settings.kind == InitKind::playground) return {weights, 0.1, 0};
            return {weights, 0, 0};
    }
    return {weights, 0, 0};
}

void initialise(Network& network, const InitSettings& settings, std::uint64_t seed, std::uint64_t stream) {
    Random random(seed, stream);
    initialise(network, settings, random);
}

}  // namespace activations::lab
