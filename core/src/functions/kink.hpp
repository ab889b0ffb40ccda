// Shared helpers for the maths of every activation.
#pragma once

#include <cmath>
#include <concepts>
#include <limits>

#include "activations/second_derivative.hpp"
#include "activations/spec.hpp"

namespace activations::detail {

// The derivative exactly at a kink: the one-sided value the caller asked
// for, or the value PyTorch's autograd returns there.
template <std::floating_point T>
constexpr T at_kink(KinkConvention kink, T left, T right, T pytorch) {
    switch (kink) {
        case KinkConvention::left: return left;
        case KinkConvention::right: return right;
        case KinkConvention::pytorch: break;
    }
    return pytorch;
}

// A double rounded to T as IEEE arithmetic rounds, infinities included: a
// double beyond float's range gives ±inf (or ±max within half an ulp of
// it), where a plain conversion would be undefined behaviour. Parameters
// and results computed in double reach float through it.
template <std::floating_point T>
T round_to(double v) {
    if constexpr (std::numeric_limits<T>::digits >= std::numeric_limits<double>::digits) {
        return static_cast<T>(v);
    } else {
        constexpr T kMax = std::numeric_limits<T>::max();
        if (!(std::fabs(v) > static_cast<double>(kMax))) return static_cast<T>(v);  // also NaN
        // Round to nearest, ties to even: the tie is max + ulp/2, and max's
        // significand is odd, so ties go to infinity.
        const double half_ulp =
            0.5 * (static_cast<double>(kMax) - static_cast<double>(std::nextafter(kMax, T(0))));
        const T magnitude =
            std::fabs(v) - static_cast<double>(kMax) >= half_ulp ? std::numeric_limits<T>::infinity() : kMax;
        return v > 0 ? magnitude : -magnitude;
    }
}

// Whether the parameter `v` keeps its value as a T: zero, or a normal T
// (no overflow to infinity, no loss to a subnormal or zero). Such a
// parameter may be rounded to T and used in T arithmetic, as PyTorch
// converts a scalar to a float tensor's type; any other is used in double,
// and the result rounded once.
template <std::floating_point T>
bool holds_in(double v) {
    if constexpr (std::numeric_limits<T>::digits >= std::numeric_limits<double>::digits) {
        return true;
    } else {
        const double magnitude = std::fabs(v);
        return magnitude == 0 || (magnitude >= static_cast<double>(std::numeric_limits<T>::min()) &&
                                  magnitude <= static_cast<double>(std::numeric_limits<T>::max()));
    }
}

// The functions computed in double and rounded once to the caller's type
// (one rounding keeps float results within an ulp). They define f(double)
// and df(double), or df(double, KinkConvention) where they have a kink, and
// inherit value<T> and derivative<T> from here.
template <class Derived>
struct RoundedFromDouble {
    template <std::floating_point T>
    T value(T x) const {
        return round_to<T>(self().f(static_cast<double>(x)));
    }

    template <std::floating_point T>
    T derivative(T x, KinkConvention kink) const {
        const Derived& fn = self();
        if constexpr (requires { fn.df(0.0, kink); }) {
            return round_to<T>(fn.df(static_cast<double>(x), kink));
        } else {
            return round_to<T>(fn.df(static_cast<double>(x)));
        }
    }

    // f″ likewise: d2f(double, KinkConvention) where f′ or f″ jumps,
    // d2f(double) where f is smooth.
    template <std::floating_point T>
    T second_derivative(T x, KinkConvention kink) const {
        const Derived& fn = self();
        if constexpr (requires { fn.d2f(0.0, kink); }) {
            return round_to<T>(fn.d2f(static_cast<double>(x), kink));
        } else {
            return round_to<T>(fn.d2f(static_cast<double>(x)));
        }
    }

private:
    constexpr const Derived& self() const { return static_cast<const Derived&>(*this); }
};

// f″ of a piecewise-linear function: 0 on every piece and at ±inf. At a
// corner, where f′ jumps, f″ is a point mass (the jump of f′ times a Dirac
// delta) that no number can stand for: the value returned there is the
// regular part, 0, which is also what PyTorch's double backward gives and
// both one-sided limits. The jump itself is breakpoint data (the left and
// right f′).
template <std::floating_point T>
T piecewise_linear_second_derivative(T x) {
    return std::isnan(x) ? x : T(0);
}

constexpr Breakpoints breakpoints_at(double x) { return {{x}, 1}; }

// Two breakpoints a ≤ b; one when they coincide (a shrink function with
// lambd = 0 has both at 0).
constexpr Breakpoints breakpoints_at(double a, double b) {
    if (a == b) return breakpoints_at(a);
    return {{a, b}, 2};
}

inline constexpr Breakpoints kNoBreakpoints{};

}  // namespace activations::detail
