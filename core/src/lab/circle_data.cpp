// TensorFlow Playground's circle data set (src/dataset.ts,
// classifyCircleData and shuffle; src/playground.ts, generateData), with
// the lab's generator in place of seedrandom's Math.random: the same draws
// in the same order. sin and cos are the lab's portable ones (random.hpp),
// so the data are the same bits in every build.
#include <cmath>
#include <utility>

#include "activations/lab/experiments.hpp"
#include "activations/lab/random.hpp"

namespace activations::lab {

namespace {
// The data set's own stream, apart from every trial's (trials use 0, 1, …).
constexpr std::uint64_t kDataStream = ~std::uint64_t{0};
constexpr double kTwoPi = 6.283185307179586;  // 2π rounded to double, as JavaScript's 2 * Math.PI
}  // namespace

PlaygroundData circle_data(std::uint64_t seed, std::size_t samples, double noise, double train_percent) {
    Random random(seed, kDataStream);
    constexpr double radius = 5;
    struct Point {
        double x, y, label;
    };
    std::vector<Point> points;
    points.reserve(samples);
    // Inside radius/2 labelled 1, then the ring 0.7·radius … radius labelled
    // −1; the label is that of the point plus noise (dataset.ts's
    // getCircleLabel), so with noise some points carry the other label.
    auto generate = [&](double r_low, double r_high) {
        for (std::size_t i = 0; 2 * i < samples; ++i) {
            const double r = random.uniform(r_low, r_high);
            const double angle = random.uniform(0, kTwoPi);
            const double x = r * portable_sin(angle);
            const double y = r * portable_cos(angle);
            const double noise_x = random.uniform(-radius, radius) * noise;
            const double noise_y = random.uniform(-radius, radius) * noise;
            const double dx = x + noise_x, dy = y + noise_y;
            const double label = std::sqrt(dx * dx + dy * dy) < radius * 0.5 ? 1 : -1;
            points.push_back({x, y, label});
        }
    };
    generate(0, radius * 0.5);
    generate(radius * 0.7, radius);
    // dataset.ts's shuffle: Fisher–Yates from the end, index = ⌊u · counter⌋.
    for (std::size_t counter = points.size(); counter > 0;) {
        const auto index = static_cast<std::size_t>(std::floor(random.uniform() * static_cast<double>(counter)));
        --counter;
        std::swap(points[counter], points[index]);
    }
    const auto split = static_cast<std::size_t>(std::floor(static_cast<double>(points.size()) * train_percent / 100));
    PlaygroundData data;
    for (std::size_t i = 0; i < points.size(); ++i) {
        auto& xs = i < split ? data.train_x : data.test_x;
        auto& labels = i < split ? data.train_label : data.test_label;
        xs.push_back(points[i].x);
        xs.push_back(points[i].y);
        labels.push_back(points[i].label);
    }
    return data;
}

}  // namespace activations::lab
