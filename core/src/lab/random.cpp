// The seeded generator (algorithm in activations/lab/random.hpp).
#include "activations/lab/random.hpp"

#include <cmath>
#include <cstring>

namespace activations::lab {
namespace {

std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

// SplitMix64: one step of a Weyl sequence through a bijective mixer.
std::uint64_t splitmix64(std::uint64_t& state) {
    std::uint64_t z = (state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

}  // namespace

double portable_log(double x) {
    std::uint64_t bits;
    std::memcpy(&bits, &x, sizeof bits);
    int exponent = static_cast<int>((bits >> 52) & 0x7FF);
    if (exponent == 0) {  // subnormal: scale into the normal range first
        x *= 0x1p54;
        std::memcpy(&bits, &x, sizeof bits);
        exponent = static_cast<int>((bits >> 52) & 0x7FF) - 54;
    }
    exponent -= 1023;
    // m in [1, 2), then folded into [√½, √2).
    bits = (bits & 0x000FFFFFFFFFFFFFull) | 0x3FF0000000000000ull;
    double m;
    std::memcpy(&m, &bits, sizeof m);
    if (m > 1.4142135623730951) {
        m *= 0.5;
        exponent += 1;
    }
    const double r = (m - 1) / (m + 1);
    const double r2 = r * r;
    // 2·atanh(r) = 2r · Σ r^(2k) / (2k + 1), k = 0 … 11, by Horner.
    double series = 1.0 / 23;
    for (int k = 10; k >= 0; --k) series = 1.0 / (2 * k + 1) + r2 * series;
    const double log_m = 2 * r * series;
    constexpr double kLn2Hi = 0x1.62e42feep-1;          // ln 2 to 32 bits: e · kLn2Hi is exact
    constexpr double kLn2Lo = 0x1.a39ef35793c76p-33;    // ln 2 − kLn2Hi
    const double e = exponent;
    return (e * kLn2Hi + (log_m + e * kLn2Lo));
}

namespace {

struct Reduced {
    double r;
    int quadrant;
};

Reduced reduce_quarter_turns(double x) {
    constexpr double kTwoOverPi = 0.63661977236758134;
    // π/2 = kPiHalf1 + kPiHalf2 + kPiHalf3; the first two have 33 bits, so
    // k · part is exact for the k ≤ 4 used here.
    constexpr double kPiHalf1 = 0x1.921fb544p+0;
    constexpr double kPiHalf2 = 0x1.0b4611a6p-34;
    constexpr double kPiHalf3 = 0x1.3198a2e037073p-69;
    const double k = std::floor(x * kTwoOverPi + 0.5);
    const double r = ((x - k * kPiHalf1) - k * kPiHalf2) - k * kPiHalf3;
    return {r, static_cast<int>(k) & 3};
}

// sin r and cos r on [−π/4, π/4] by their Taylor series, Horner in r².
double sin_series(double r) {
    const double r2 = r * r;
    double sum = 0;
    for (int n = 17; n >= 3; n -= 2) {
        double inverse_factorial = 1;
        for (int k = 2; k <= n; ++k) inverse_factorial /= k;
        sum = r2 * (((n / 2) % 2 ? -inverse_factorial : inverse_factorial) + sum);
    }
    return r + r * sum;
}

double cos_series(double r) {
    const double r2 = r * r;
    double sum = 0;
    for (int n = 18; n >= 2; n -= 2) {
        double inverse_factorial = 1;
        for (int k = 2; k <= n; ++k) inverse_factorial /= k;
        sum = r2 * (((n / 2) % 2 ? -inverse_factorial : inverse_factorial) + sum);
    }
    return 1 + sum;
}

}  // namespace

double portable_sin(double x) {
    const Reduced reduced = reduce_quarter_turns(x);
    switch (reduced.quadrant) {
        case 0: return sin_series(reduced.r);
        case 1: return cos_series(reduced.r);
        case 2: return -sin_series(reduced.r);
        default: return -cos_series(reduced.r);
    }
}

double portable_cos(double x) {
    const Reduced reduced = reduce_quarter_turns(x);
    switch (reduced.quadrant) {
        case 0: return cos_series(reduced.r);
        case 1: return -sin_series(reduced.r);
        case 2: return -cos_series(reduced.r);
        default: return sin_series(reduced.r);
    }
}

Random::Random(std::uint64_t seed, std::uint64_t stream) {
    std::uint64_t state = seed ^ (stream * 0x9E3779B97F4A7C15ull + 0xD1B54A32D192ED03ull);
    for (auto& word : state_) word = splitmix64(state);
}

std::uint64_t Random::next_bits() {
    const std::uint64_t result = rotl(state_[1] * 5, 7) * 9;
    const std::uint64_t t = state_[1] << 17;
    state_[2] ^= state_[0];
    state_[3] ^= state_[1];
    state_[1] ^= state_[2];
    state_[0] ^= state_[3];
    state_[2] ^= t;
    state_[3] = rotl(state_[3], 45);
    return result;
}

double Random::uniform() { return static_cast<double>(next_bits() >> 11) * 0x1p-53; }

double Random::uniform(double low, double high) { return low + (high - low) * uniform(); }

double Random::normal() {
    if (has_spare_) {
        has_spare_ = false;
        return spare_normal_;
    }
    double u, v, s;
    do {
        u = 2 * uniform() - 1;
        v = 2 * uniform() - 1;
        s = u * u + v * v;
    } while (s >= 1 || s == 0);
    const double scale = std::sqrt(-2 * portable_log(s) / s);  // sqrt is correctly rounded everywhere
    spare_normal_ = v * scale;
    has_spare_ = true;
    return u * scale;
}

std::uint64_t Random::below(std::uint64_t bound) {
    // Lemire's multiply-shift is not portable without 128-bit integers in
    // every build; rejection on the top bits is, and is unbiased.
    std::uint64_t mask = bound - 1;
    for (int shift = 1; shift < 64; shift <<= 1) mask |= mask >> shift;
    for (;;) {
        const std::uint64_t value = next_bits() & mask;
        if (value < bound) return value;
    }
}

}  // namespace activations::lab
