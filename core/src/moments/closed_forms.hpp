// Closed forms of the moments for the piecewise-polynomial activations
// (the ReLU family, relu6, hardtanh, threshold, the shrinks, hardsigmoid,
// hardswish, and relu2, star_relu, sparse_plus, sparse_sigmoid,
// linear_sigmoid, linear and step): on each piece f is c0 + c1·x + c2·x², so with
// x = μ + σt every moment is a sum of a_k·∫ t^k φ(t) dt over the pieces,
// and those integrals have closed forms:
//   M0 = Φ(b) − Φ(a),  M1 = φ(a) − φ(b),
//   Mk = (k − 1)·M(k−2) + a^(k−1)·φ(a) − b^(k−1)·φ(b)   (integration by parts),
// with the boundary terms 0 at ±∞.
//
// The sums can cancel (relu far to the left of its corner: −30·Φ(−30) +
// φ(30) keeps 3 of its 16 digits), so each result carries the sum of the
// magnitudes of its terms; the caller uses the closed form only where that
// sum is within a factor kWellConditioned of the result, and quadrature
// elsewhere.
#pragma once

#include <array>
#include <cmath>
#include <cstddef>
#include <optional>

#include "functions/all.hpp"
#include "moments/gaussian.hpp"

namespace activations::moments_detail {

// f(x) = c0 + c1·x + c2·x² on (lo, hi).
struct PolynomialPiece {
    double lo, hi;
    double c0, c1, c2;
};

struct PolynomialPieces {
    std::array<PolynomialPiece, 3> piece{};
    std::size_t count = 0;
};

inline constexpr double kInf = HUGE_VAL;

inline PolynomialPieces linear_at_zero(double slope_below) {
    return {{{{-kInf, 0, 0, slope_below, 0}, {0, kInf, 0, 1, 0}}}, 2};
}

// Only the Types below have one; every other activation integrates by
// quadrature.
inline std::optional<PolynomialPieces> polynomial_pieces(const auto&) { return std::nullopt; }

inline std::optional<PolynomialPieces> polynomial_pieces(const functions::Relu&) { return linear_at_zero(0); }
inline std::optional<PolynomialPieces> polynomial_pieces(const functions::LeakyRelu& fn) {
    return linear_at_zero(fn.negative_slope);
}
inline std::optional<PolynomialPieces> polynomial_pieces(const functions::Prelu& fn) { return linear_at_zero(fn.weight); }
inline std::optional<PolynomialPieces> polynomial_pieces(const functions::Rrelu& fn) { return linear_at_zero(fn.slope); }
inline std::optional<PolynomialPieces> polynomial_pieces(const functions::Relu6&) {
    return PolynomialPieces{{{{-kInf, 0, 0, 0, 0}, {0, 6, 0, 1, 0}, {6, kInf, 6, 0, 0}}}, 3};
}
inline std::optional<PolynomialPieces> polynomial_pieces(const functions::Hardtanh& fn) {
    return PolynomialPieces{
        {{{-kInf, fn.min_val, fn.min_val, 0, 0}, {fn.min_val, fn.max_val, 0, 1, 0}, {fn.max_val, kInf, fn.max_val, 0, 0}}},
        3};
}
inline std::optional<PolynomialPieces> polynomial_pieces(const functions::Threshold& fn) {
    return PolynomialPieces{{{{-kInf, fn.threshold, fn.replacement, 0, 0}, {fn.threshold, kInf, 0, 1, 0}}}, 2};
}
inline std::optional<PolynomialPieces> polynomial_pieces(const functions::Softshrink& fn) {
    return PolynomialPieces{
        {{{-kInf, -fn.lambd, fn.lambd, 1, 0}, {-fn.lambd, fn.lambd, 0, 0, 0}, {fn.lambd, kInf, -fn.lambd, 1, 0}}}, 3};
}
inline std::optional<PolynomialPieces> polynomial_pieces(const functions::Hardshrink& fn) {
    return PolynomialPieces{{{{-kInf, -fn.lambd, 0, 1, 0}, {-fn.lambd, fn.lambd, 0, 0, 0}, {fn.lambd, kInf, 0, 1, 0}}}, 3};
}
inline std::optional<PolynomialPieces> polynomial_pieces(const functions::Hardsigmoid&) {
    return PolynomialPieces{{{{-kInf, -3, 0, 0, 0}, {-3, 3, 0.5, 1.0 / 6, 0}, {3, kInf, 1, 0, 0}}}, 3};
}
inline std::optional<PolynomialPieces> polynomial_pieces(const functions::Hardswish&) {
    return PolynomialPieces{{{{-kInf, -3, 0, 0, 0}, {-3, 3, 0, 0.5, 1.0 / 6}, {3, kInf, 0, 1, 0}}}, 3};
}
// Beyond PyTorch's list.
inline std::optional<PolynomialPieces> polynomial_pieces(const functions::Relu2&) {
    return PolynomialPieces{{{{-kInf, 0, 0, 0, 0}, {0, kInf, 0, 0, 1}}}, 2};
}
inline std::optional<PolynomialPieces> polynomial_pieces(const functions::StarRelu& fn) {
    return PolynomialPieces{{{{-kInf, 0, fn.bias, 0, 0}, {0, kInf, fn.bias, 0, fn.scale}}}, 2};
}
inline std::optional<PolynomialPieces> polynomial_pieces(const functions::SparsePlus&) {
    // (x + 1)²/4 = 1/4 + x/2 + x²/4 between the corners.
    return PolynomialPieces{{{{-kInf, -1, 0, 0, 0}, {-1, 1, 0.25, 0.5, 0.25}, {1, kInf, 0, 1, 0}}}, 3};
}
inline std::optional<PolynomialPieces> polynomial_pieces(const functions::SparseSigmoid&) {
    return PolynomialPieces{{{{-kInf, -1, 0, 0, 0}, {-1, 1, 0.5, 0.5, 0}, {1, kInf, 1, 0, 0}}}, 3};
}
inline std::optional<PolynomialPieces> polynomial_pieces(const functions::LinearSigmoid& fn) {
    const Breakpoints corners = fn.breakpoints();  // ∓1/(2 slope), as the Type splits there
    if (corners.count != 2) return std::nullopt;
    return PolynomialPieces{
        {{{-kInf, corners.x[0], 0, 0, 0}, {corners.x[0], corners.x[1], 0.5, fn.slope, 0}, {corners.x[1], kInf, 1, 0, 0}}}, 3};
}
inline std::optional<PolynomialPieces> polynomial_pieces(const functions::Linear&) {
    return PolynomialPieces{{{{-kInf, kInf, 0, 1, 0}}}, 1};
}
inline std::optional<PolynomialPieces> polynomial_pieces(const functions::Step& fn) {
    return PolynomialPieces{{{{-kInf, 0, fn.alpha, 0, 0}, {0, kInf, 1, 0, 0}}}, 2};
}

// A value with the sum of the magnitudes of the terms that formed it.
struct Conditioned {
    double value = 0;
    double magnitude = 0;
    void add(double coefficient, const Conditioned& moment) {
        value += coefficient * moment.value;
        magnitude += std::fabs(coefficient) * moment.magnitude;
    }
};

// ∫_a^b t^k φ(t) dt for k = 0..4, a < b (either may be infinite).
inline std::array<Conditioned, 5> power_moments(double a, double b) {
    // t^k·φ(t) at an end, 0 at ±∞, rounded once.
    auto boundary = [](double t, int k) {
        if (std::isinf(t)) return 0.0;
        return normal_pdf_times(t, std::pow(t, k));
    };
    std::array<Conditioned, 5> m;
    m[0] = {normal_mass(a, b), normal_mass_terms(a, b)};
    m[1] = {boundary(a, 0) - boundary(b, 0), boundary(a, 0) + boundary(b, 0)};
    for (std::size_t k = 2; k <= 4; ++k) {
        const int power = static_cast<int>(k) - 1;
        const double low = boundary(a, power), high = boundary(b, power);
        m[k] = {power * m[k - 2].value + low - high, power * m[k - 2].magnitude + std::fabs(low) + std::fabs(high)};
    }
    return m;
}

// E[P(z)] summed over the pieces, where P on each piece is the polynomial
// `transform` makes of the piece's (c0, c1, c2) in t (up to degree 4).
template <class Transform>
Conditioned expect_pieces(const PolynomialPieces& pieces, double mean, double sd, Transform transform) {
    Conditioned total;
    for (std::size_t p = 0; p < pieces.count; ++p) {
        const PolynomialPiece& piece = pieces.piece[p];
        const double a = (piece.lo - mean) / sd, b = (piece.hi - mean) / sd;
        if (!(a < b)) continue;
        // f in t: a0 + a1·t + a2·t².
        const std::array<double, 3> in_t = {piece.c0 + piece.c1 * mean + piece.c2 * mean * mean,
                                            (piece.c1 + 2 * piece.c2 * mean) * sd, piece.c2 * sd * sd};
        const std::array<double, 5> coefficients = transform(in_t);
        const auto moments = power_moments(a, b);
        for (std::size_t k = 0; k < 5; ++k) {
            if (coefficients[k] != 0) total.add(coefficients[k], moments[k]);
        }
    }
    return total;
}

// Coefficients of polynomial products in t.
inline std::array<double, 5> as_is(const std::array<double, 3>& p) { return {p[0], p[1], p[2], 0, 0}; }
inline std::array<double, 5> squared(const std::array<double, 3>& p) {
    return {p[0] * p[0], 2 * p[0] * p[1], p[1] * p[1] + 2 * p[0] * p[2], 2 * p[1] * p[2], p[2] * p[2]};
}
// f′ in t: d/dx (c0 + c1 x + c2 x²) = c1 + 2c2·x = a1/σ + (2a2/σ)·t.
inline std::array<double, 3> derivative_in_t(const std::array<double, 3>& p, double sd) {
    return {p[1] / sd, 2 * p[2] / sd, 0};
}

}  // namespace activations::moments_detail
