// Adapters from what JS can pass (ids and WASM addresses as numbers) to the
// core API. Conversions only: no maths and no validation, which the JS API
// does before it calls in.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>

#include "activations/activations.hpp"
#include "activations/properties_at.hpp"

namespace activations::wasm {

inline ActivationId id_from(int id) { return static_cast<ActivationId>(id); }

inline KinkConvention kink_from(int kink) { return static_cast<KinkConvention>(kink); }

inline const ParamValues& params_at(std::uintptr_t address) {
    return *reinterpret_cast<const ParamValues*>(address);
}

template <class T>
std::span<T> span_at(std::uintptr_t address, std::size_t count) {
    return {reinterpret_cast<T*>(address), count};
}

inline double value_at(int id, double x, std::uintptr_t params) {
    return value(id_from(id), x, params_at(params));
}

inline double derivative_at(int id, double x, std::uintptr_t params, int kink) {
    return derivative(id_from(id), x, params_at(params), kink_from(kink));
}

template <class T>
void apply_at(int id, std::uintptr_t input, std::uintptr_t output, std::size_t count,
              std::uintptr_t params) {
    apply(id_from(id), span_at<const T>(input, count), span_at<T>(output, count), params_at(params));
}

template <class T>
void gradient_at(int id, std::uintptr_t input, std::uintptr_t output, std::size_t count,
                 std::uintptr_t params, int kink) {
    gradient(id_from(id), span_at<const T>(input, count), span_at<T>(output, count),
             params_at(params), kink_from(kink));
}

// Writes the breakpoints to `output` (room for Breakpoints::kCapacity
// doubles) and returns how many there are.
inline std::size_t breakpoints_at(int id, std::uintptr_t params, std::uintptr_t output) {
    const Breakpoints points = breakpoints(id_from(id), params_at(params));
    auto out = span_at<double>(output, Breakpoints::kCapacity);
    for (std::size_t i = 0; i < points.count; ++i) out[i] = points.x[i];
    return points.count;
}

// The properties at the parameters in `params`, as JSON ("null" where the
// core states them only at the defaults and these differ).
inline std::string properties_json_at(int id, std::uintptr_t params) {
    return properties_at_json(id_from(id), params_at(params));
}

}  // namespace activations::wasm
