// Initialisers: how a network's weights and biases are drawn. fan_in and
// fan_out are a layer's input and output widths; U(a, b) is uniform,
// N(0, σ²) normal, both from the lab's generator (random.hpp). Every layer,
// the output layer included, is drawn the same way.
//
//   he_normal       W ~ N(0, 2 / fan_in)                      He et al. 2015, "Delving deep into rectifiers"
//   he_uniform      W ~ U(−√(6 / fan_in), √(6 / fan_in))      the same variance, 2 / fan_in
//   xavier_normal   W ~ N(0, 2 / (fan_in + fan_out))          Glorot and Bengio 2010
//   xavier_uniform  W ~ U(±√(6 / (fan_in + fan_out)))
//   lecun_normal    W ~ N(0, 1 / fan_in)                      LeCun et al. 1998, "Efficient BackProp"
//   pytorch         W ~ U(±1/√fan_in), b ~ U(±1/√fan_in)      torch.nn.Linear.reset_parameters: kaiming_uniform_
//                                                             with a = √5 gives bound √(6/((1 + 5)·fan_in))
//   playground      W ~ U(−0.5, 0.5), b = 0.1                 TensorFlow Playground's nn.ts: Math.random() − 0.5,
//                                                             Node.bias = 0.1
//
// Biases (BiasInit): `initialiser` takes the initialiser's own (0 except
// pytorch and playground), `zero`, `constant` (a value), or `drawn`: from
// the same distribution as that layer's weights.
//
// Order of draws, for reproducibility: layer by layer from the input;
// within a layer every weight, row by row (output unit), then every bias.
// A normal draw is Random::normal() · σ; a uniform draw on (−a, a) is
// (2·Random::uniform() − 1) · a; playground's is Random::uniform() − 0.5.
//
// The randomized asymmetric initialization (RAI) of Lu, Shin, Su and
// Karniadakis (arXiv 1903.06733) is not offered: its definition must come
// from the paper itself, whose RAI section could not be read when this was
// written (only its abstract and introduction); its distributions and
// scales are not guessed.
#pragma once

#include <cstdint>

#include "activations/lab/network.hpp"
#include "activations/lab/random.hpp"

namespace activations::lab {

enum class InitKind : int {
    he_normal = 0,
    he_uniform = 1,
    xavier_normal = 2,
    xavier_uniform = 3,
    lecun_normal = 4,
    pytorch = 5,
    playground = 6,
};
inline constexpr int kInitKindCount = 7;

enum class BiasKind : int { initialiser = 0, zero = 1, constant = 2, drawn = 3 };

struct InitSettings {
    InitKind kind = InitKind::he_normal;
    BiasKind bias = BiasKind::initialiser;
    double bias_value = 0;  // for BiasKind::constant
};

void initialise(Network& network, const InitSettings& settings, Random& random);

// A network's parameters drawn from (seed, stream): the same pair always
// gives the same network.
void initialise(Network& network, const InitSettings& settings, std::uint64_t seed, std::uint64_t stream);

}  // namespace activations::lab
