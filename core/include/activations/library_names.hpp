// The names other libraries give the registry's activations, with the
// parameter values each library uses by default: PyTorch
// (torch.nn.functional and torch.nn classes), Keras 3 (keras.activations
// functions and keras.layers), TensorFlow.js (ops, the layers' activation
// identifiers, and tf.layers.*), JAX (jax.nn) and Hugging Face transformers'
// ACT2FN keys. A name whose function is not one of the registry's (a clip
// of gelu, e^x) is listed without an activation and says why, so that
// resolving it explains instead of guessing.
#pragma once

#include <array>
#include <cstddef>
#include <span>
#include <string_view>

#include "activations/spec.hpp"

namespace activations {

// A library: its key in names such as "keras:leaky_relu", and its label.
struct Library {
    std::string_view key;
    std::string_view label;
};

// One parameter the library sets: a number, or a choice by its name.
struct LibraryParam {
    std::string_view name;
    double value = 0;
    std::string_view choice = {};  // non-empty for a choice parameter (gelu's approximate)
};

struct LibraryName {
    std::string_view library;     // a Library key
    std::string_view name;        // as the library spells it
    std::string_view activation;  // the registry name; empty: not the same function as any entry
    std::array<LibraryParam, kMaxParams> param_storage{};
    std::size_t param_count = 0;
    std::string_view note = {};  // where the library's function or defaults differ, or why it is unmapped

    constexpr std::span<const LibraryParam> params() const { return {param_storage.data(), param_count}; }
};

std::span<const Library> libraries();
std::span<const LibraryName> library_names();

}  // namespace activations
