// One activation with its parameters behind function pointers, for the
// numerical methods (the moments' quadrature, the density walk).
//
// Why: those methods are long loops that call f and f′ many times. Written
// as templates over the activation's type, each was compiled once per
// registry entry with that entry's maths inlined into every loop, and the
// WASM module the page loads first grew about fivefold (roughly 1 MB of
// code). Called through this view they exist once; an indirect call per
// point costs nothing measurable next to the quadrature's own work.
#pragma once

#include "activations/activations.hpp"

namespace activations::moments_detail {

class FunctionView {
public:
    template <class Fn>
    static FunctionView of(const Fn& fn) {
        FunctionView view;
        view.fn_ = &fn;
        view.value_ = [](const void* f, double x) { return static_cast<const Fn*>(f)->value(x); };
        view.derivative_ = [](const void* f, double x, KinkConvention kink) {
            return static_cast<const Fn*>(f)->derivative(x, kink);
        };
        view.breakpoints_ = fn.breakpoints();
        return view;
    }

    double value(double x) const { return value_(fn_, x); }
    double derivative(double x, KinkConvention kink) const { return derivative_(fn_, x, kink); }
    Breakpoints breakpoints() const { return breakpoints_; }

private:
    FunctionView() = default;
    const void* fn_ = nullptr;
    double (*value_)(const void*, double) = nullptr;
    double (*derivative_)(const void*, double, KinkConvention) = nullptr;
    Breakpoints breakpoints_;
};

}  // namespace activations::moments_detail
