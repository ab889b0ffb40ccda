// What an activation does to a NormalInput input z ~ N(mean, sd²): the
// moments of f(z) and f′(z), the variance-preserving initialisation gain,
// the mean-field maps of a wide layer and their fixed points, and the
// density of f(z). Everything is computed in double.
//
// f′ is the pointwise derivative the core computes (what backpropagation
// multiplies by): where f jumps (hardshrink, threshold, softplus's
// cut-off), the jump adds nothing to E[f′].
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "activations/registry.hpp"
#include "activations/spec.hpp"

namespace activations {

// z ~ N(mean, sd²). sd = 0 is the limit sd → 0+: f(mean) where f is
// continuous, the average of the one-sided values at a breakpoint.
struct NormalInput {
    double mean = 0;
    double sd = 1;
};

struct Moments {
    double mean = 0;                    // E[f(z)]
    double mean_square = 0;             // E[f(z)²]
    double variance = 0;                // Var f(z) = E[(f(z) − E f(z))²], integrated as such
    double derivative_mean = 0;         // E[f′(z)]
    double derivative_mean_square = 0;  // E[f′(z)²]
};

enum class MomentStatus : int {
    ok = 0,
    bad_argument = 1,           // a mean that is not finite, a negative or non-finite sd or variance
    not_finite = 2,             // a moment overflows double (f(z)² beyond 1.8e308 on the range)
    not_converged = 3,          // the quadrature missed its tolerance within its work bound
    no_finite_fixed_point = 4,  // the map's iterates grow without bound
    no_closed_form = 5,         // MomentMethod::closed_form for an activation that has none
};

enum class MomentMethod : int {
    automatic = 0,    // the closed form where one exists and is well conditioned, else quadrature
    quadrature = 1,   // adaptive Gauss–Kronrod, split at every breakpoint
    closed_form = 2,  // the piecewise-polynomial activations, sine and snake; for tests
};

struct MomentsResult {
    MomentStatus status = MomentStatus::ok;
    Moments value;
};

MomentsResult moments(ActivationId id, const ParamValues& params, NormalInput z,
                      MomentMethod method = MomentMethod::automatic);

// Whether `id` has closed-form moments (piecewise polynomial, sine, snake).
bool has_closed_form(ActivationId id, const ParamValues& params);

// ---- initialisation gain ----

// g = 1/√E[f(z)²] at z ~ N(0, 1): with weights of variance g²/fan_in, a
// layer keeps the second moment of its inputs. `pytorch` is
// torch.nn.init.calculate_gain's value for this name, where PyTorch has one
// (leaky_relu with the activation's own negative_slope), and `note` says
// where and why the two differ.
struct Gain {
    MomentStatus status = MomentStatus::ok;
    double variance_preserving = 0;
    std::optional<double> pytorch;
    std::string_view note;
};

Gain gain(ActivationId id, const ParamValues& params);

// ---- mean-field maps (Poole et al. 2016; Schoenholz et al. 2017) ----

// A wide layer with weights of variance weight_variance/fan_in and biases of
// variance bias_variance: σ_w² and σ_b², both ≥ 0.
struct LayerInit {
    double weight_variance = 1;
    double bias_variance = 0;
};

struct MapValue {
    MomentStatus status = MomentStatus::ok;
    double value = 0;
};

// q ↦ σ_w²·E[f(√q·z)²] + σ_b², z ~ N(0, 1): the variance of the next
// layer's pre-activations, q ≥ 0.
MapValue variance_map(ActivationId id, const ParamValues& params, LayerInit init, double q);

// q*, the fixed point the iteration of the map reaches from `start`, and
// χ = σ_w²·E[f′(√q*·z)²] (< 1 ordered, > 1 chaotic, = 1 the edge of chaos).
// `evaluations` counts evaluations of the map. Work is bounded: at most
// kFixedPointIterations plain iterations, then a bracket grown by doubling
// (at most about 2,100 steps between the smallest double and 1e300) and
// bisection on the bits of a double (at most 64 steps).
struct FixedPoint {
    MomentStatus status = MomentStatus::ok;
    double q = 0;
    double chi = 0;
    int evaluations = 0;
    double mean = 0;      // E[f(√q*·z)]: the post-activation mean at the fixed point
    double variance = 0;  // Var f(√q*·z)
};

inline constexpr int kFixedPointIterations = 200;
inline constexpr double kNoFiniteFixedPointAbove = 1e300;

FixedPoint variance_fixed_point(ActivationId id, const ParamValues& params, LayerInit init, double start = 1);

// The (mean, variance) map of Klambauer et al. (2017): inputs with mean μ
// and variance ν through weights with sum ω and sum of squares τ give
// pre-activations z ~ N(μω, ντ), and outputs with mean E f(z) and variance
// Var f(z). With ω = 0, τ = 1 (LeCun's initialisation) SELU's fixed point
// is (0, 1).
struct MeanVariance {
    double mean = 0;
    double variance = 1;
};

struct WeightSums {
    double sum = 0;             // ω
    double sum_of_squares = 1;  // τ ≥ 0
};

struct MeanVarianceValue {
    MomentStatus status = MomentStatus::ok;
    MeanVariance value;
};

MeanVarianceValue mean_variance_map(ActivationId id, const ParamValues& params, WeightSums weights, MeanVariance in);

// Iterates the map from `start` until both coordinates stop changing (to
// 1e−15 of 1 + |mean| + variance) or kMeanVarianceIterations have passed (then not_converged).
struct MeanVarianceFixedPoint {
    MomentStatus status = MomentStatus::ok;
    MeanVariance value;
    int iterations = 0;
};

inline constexpr int kMeanVarianceIterations = 1000;

MeanVarianceFixedPoint mean_variance_fixed_point(ActivationId id, const ParamValues& params, WeightSums weights,
                                                 MeanVariance start);

// ---- the distribution of f(z) ----

// P(f(z) = value) = probability > 0: a flat piece of f (relu below 0).
struct PointMass {
    double value = 0;
    double probability = 0;
};

// The density of f(z) on a grid of `count` values of y from `from` to `to`
// (the central range of f(z) when from = to = 0: from its 0.01% to its
// 99.99% quantile of z, widened to the point masses), as the sum over the
// preimages x of y of φ_z(x)/|f′(x)|, and the point masses. Densities are
// infinite where f′ = 0 at an extremum of f: those y hold +inf.
struct OutputDensity {
    MomentStatus status = MomentStatus::ok;
    std::vector<double> y;
    std::vector<double> density;
    std::vector<PointMass> masses;
};

inline constexpr std::size_t kMaxDensityPoints = 1 << 16;

OutputDensity output_density(ActivationId id, const ParamValues& params, NormalInput z, std::size_t count,
                             double from = 0, double to = 0);

}  // namespace activations
