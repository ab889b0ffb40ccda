// From per-trial results to the figures of each experiment.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace activations::lab {

// The Wilson score interval for a binomial proportion at 95 % (z = 1.959964):
// center (k + z²/2)/(n + z²), half-width z·√(k(n − k)/n + z²/4)/(n + z²).
// Unlike the normal approximation it stays inside [0, 1] and is not empty
// at k = 0 or k = n.
struct Interval {
    double low = 0, high = 0;
};
Interval wilson_interval(std::size_t successes, std::size_t trials);

// Lu et al.'s single-point value 1 − (1 − 2^−N)^L: the probability that
// some hidden layer of width N is zero at one given input, an upper bound
// on the born-dead probability (experiment 1).
double born_dead_bound(std::size_t width, std::size_t depth);

// The median (mean of the two middle values for an even count); NaN when
// empty.
double median(std::span<const double> values);

// Experiment 2's figures from its per-trial results. The histogram counts
// the final errors in half-decades: bin k holds 10^(−16 + k/2) ≤ e <
// 10^(−16 + (k + 1)/2), with everything below the first edge in bin 0 and
// above the last in the last bin.
inline constexpr std::size_t kErrorBins = 36;
inline constexpr double kErrorLowestDecade = -16;
struct CollapseSummary {
    double born_dead_share = 0, collapsed_share = 0, median_error = 0, share_solved = 0;
    double target_variance = 0;
    double collapsed_mean_error = 0;  // NaN when none collapsed
    std::vector<std::uint32_t> histogram;
};
inline constexpr double kCollapsedRange = 1e-6;  // output range below this on the grid: collapsed
inline constexpr double kSolvedError = 1e-3;     // final error below this: solved
CollapseSummary summarise_collapse(std::span<const double> errors, std::span<const double> ranges,
                                   std::span<const std::uint8_t> born_dead, std::size_t points);

}  // namespace activations::lab
