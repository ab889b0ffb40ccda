// The lab's seeded random generator: the same seed gives the same numbers,
// bit for bit, natively and in both WASM builds.
//
// Algorithm
// - Bits: xoshiro256** (Blackman and Vigna, "Scrambled linear pseudorandom
//   number generators", 2018), 256 bits of state, period 2^256 − 1.
// - Seeding: the state is four successive outputs of SplitMix64 (Steele,
//   Lea and Flood 2014) started at seed ^ (stream · 0x9E3779B97F4A7C15 +
//   0xD1B54A32D192ED03). A (seed, stream) pair names one independent
//   sequence: the lab gives every trial its own stream (its index), so a
//   trial's numbers do not depend on how many trials run or in what order.
// - uniform(): the top 53 bits of the next output times 2^−53, in [0, 1).
// - normal(): Marsaglia's polar method: u, v = 2·uniform() − 1 until
//   0 < s = u² + v² < 1, then u·√(−2 ln s / s) (the second value, v·…, is
//   kept for the next call). The logarithm is portable_log below, built from
//   + − × ÷ only, which IEEE 754 rounds the same everywhere (the build also
//   forbids FMA contraction): no libm result enters the numbers.
#pragma once

#include <cstdint>

namespace activations::lab {

// ln x for finite x > 0, within 2 ulp of libm's (tests/core/lab_random_test.cpp): x = m · 2^e with m in
// [√½, √2), ln m = 2·atanh(r) = 2(r + r³/3 + r⁵/5 + …), r = (m − 1)/(m + 1),
// |r| ≤ 0.1716, so twelve terms leave a remainder below 2^−60 of the sum;
// e · ln 2 is added in two parts (a high part exact in 32 bits).
double portable_log(double x);

// sin and cos of x in [0, 2π] (the circle data set's angles), within 2 ulp
// of libm's, from + − × ÷ only: x is reduced by the nearest multiple k of
// π/2 (π/2 in three parts, so x − k·π/2 is exact to far below an ulp), then
// the Taylor series of sin and cos on [−π/4, π/4] to the 17th and 18th
// powers (remainder below 2^−60), and the quadrant k mod 4 picks the sign
// and the function. glibc's and Emscripten's libm differ in the last bit of
// sin and cos, and the data set must be the same in every build.
double portable_sin(double x);
double portable_cos(double x);

class Random {
public:
    Random(std::uint64_t seed, std::uint64_t stream = 0);

    std::uint64_t next_bits();
    double uniform();                              // [0, 1)
    double uniform(double low, double high);       // low + (high − low) · uniform()
    double normal();                               // N(0, 1)
    std::uint64_t below(std::uint64_t bound);      // an integer in [0, bound), bound ≥ 1

private:
    std::uint64_t state_[4];
    double spare_normal_ = 0;
    bool has_spare_ = false;
};

}  // namespace activations::lab
