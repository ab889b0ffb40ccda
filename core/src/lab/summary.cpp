// Summaries of per-trial results (summary.hpp).
#include "activations/lab/summary.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include "activations/lab/experiments.hpp"
#include "activations/lab/optimizer.hpp"

namespace activations::lab {

Interval wilson_interval(std::size_t successes, std::size_t trials) {
    if (trials == 0) return {0, 1};
    constexpr double z = 1.959963984540054;  // the 97.5 % quantile of N(0, 1)
    const double n = static_cast<double>(trials), k = static_cast<double>(successes);
    const double z2 = z * z;
    const double center = (k + z2 / 2) / (n + z2);
    const double half = z * std::sqrt(k * (n - k) / n + z2 / 4) / (n + z2);
    return {std::max(0.0, center - half), std::min(1.0, center + half)};
}

double born_dead_bound(std::size_t width, std::size_t depth) {
    const double alive_layer = 1 - std::ldexp(1.0, -static_cast<int>(std::min<std::size_t>(width, 1100)));
    return 1 - power(alive_layer, depth);
}

double median(std::span<const double> values) {
    if (values.empty()) return std::numeric_limits<double>::quiet_NaN();
    std::vector<double> sorted(values.begin(), values.end());
    std::sort(sorted.begin(), sorted.end());
    const std::size_t mid = sorted.size() / 2;
    return sorted.size() % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

CollapseSummary summarise_collapse(std::span<const double> errors, std::span<const double> ranges,
                                   std::span<const std::uint8_t> born_dead, std::size_t points) {
    CollapseSummary summary;
    const double n = static_cast<double>(errors.size());
    std::size_t dead = 0, collapsed = 0, solved = 0;
    double collapsed_error = 0;
    summary.histogram.assign(kErrorBins, 0);
    for (std::size_t t = 0; t < errors.size(); ++t) {
        dead += born_dead[t];
        if (ranges[t] < kCollapsedRange) {
            ++collapsed;
            collapsed_error += errors[t];
        }
        solved += errors[t] < kSolvedError;
        const double decade = errors[t] > 0 ? std::log10(errors[t]) : -std::numeric_limits<double>::infinity();
        const double bin = std::floor((decade - kErrorLowestDecade) * 2);
        const double clamped = std::clamp(std::isnan(bin) ? double(kErrorBins - 1) : bin, 0.0, double(kErrorBins - 1));
        ++summary.histogram[static_cast<std::size_t>(clamped)];
    }
    if (!errors.empty()) {
        summary.born_dead_share = static_cast<double>(dead) / n;
        summary.collapsed_share = static_cast<double>(collapsed) / n;
        summary.share_solved = static_cast<double>(solved) / n;
    }
    summary.median_error = median(errors);
    summary.collapsed_mean_error =
        collapsed ? collapsed_error / static_cast<double>(collapsed) : std::numeric_limits<double>::quiet_NaN();
    // The target's variance on the grid: the error of the best constant
    // (the "mean state" a collapsed network sits at).
    std::vector<double> x, target;
    collapse_grid(points, x, target);
    double mean = 0;
    for (double t : target) mean += t;
    mean /= static_cast<double>(points);
    double variance = 0;
    for (double t : target) variance += (t - mean) * (t - mean);
    summary.target_variance = variance / static_cast<double>(points);
    return summary;
}

}  // namespace activations::lab
