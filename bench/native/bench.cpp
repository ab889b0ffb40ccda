// The core's float batch path, built natively, timed the way bench/run.mjs
// times the WASM build (warm-up, then the median of repeated samples), on
// the same inputs. std::memcpy between two buffers is the native bandwidth
// yardstick, as dst.set(src) is in JavaScript.
//
// Usage: bench_native [--warmup-ms W] [--budget-ms B] [--min-sample-ms S]
//                     [--min-samples M] [--max-samples X] [--sizes n1,n2,...]
//                     name...
// Prints one tab-separated line per measurement, "<name> <n> <seconds per
// call> <relative spread>" (name "memcpy" for the yardstick), and "skip
// <name>" for a name the registry doesn't have. Exits non-zero, before any
// timing, if an output disagrees with the scalar reference.
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "activations/activations.hpp"
#include "activations/registry.hpp"

namespace {

using Clock = std::chrono::steady_clock;

struct Settings {
    double warmup_s = 0.1;
    double budget_s = 0.4;
    double min_sample_s = 0.001;
    int min_samples = 7;
    int max_samples = 51;
    std::vector<std::size_t> sizes{1u << 10, 1u << 14, 1u << 18, 1u << 20, 1u << 22, 1u << 24};
};

struct Timing {
    double seconds;  // median time of one call
    double spread;   // interquartile range / median
};

// Keeps the compiler from dropping or reordering the timed work: the buffer
// may be read by anyone after each call.
inline void clobber(void* p) { asm volatile("" : : "r"(p) : "memory"); }

double since(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

// Warm-up until settings.warmup_s has passed, then samples of k calls each
// (k chosen so that a sample lasts at least min_sample_s, above the clock's
// resolution) until the budget is spent and min_samples are taken.
template <class Run>
Timing measure(const Settings& s, Run run) {
    int calls = 0;
    const auto warm_start = Clock::now();
    do {
        run();
        ++calls;
    } while (calls < 2 || since(warm_start) < s.warmup_s);
    const double per_call = since(warm_start) / calls;
    const long k = std::max(1L, static_cast<long>(std::ceil(s.min_sample_s / per_call)));

    std::vector<double> samples;
    const auto start = Clock::now();
    while (static_cast<int>(samples.size()) < s.max_samples &&
           (static_cast<int>(samples.size()) < s.min_samples || since(start) < s.budget_s)) {
        const auto t0 = Clock::now();
        for (long i = 0; i < k; ++i) run();
        samples.push_back(since(t0) / static_cast<double>(k));
    }
    std::sort(samples.begin(), samples.end());
    auto at = [&](double q) { return samples[static_cast<std::size_t>(q * static_cast<double>(samples.size() - 1) + 0.5)]; };
    const double median = at(0.5);
    return {median, (at(0.75) - at(0.25)) / median};
}

// mulberry32, the generator bench/lib/inputs.mjs uses: the same seed gives
// the same floats, uniform in [-6, 6), in both programs.
std::vector<float> make_input(std::size_t n) {
    std::vector<float> x(n);
    std::uint32_t state = 1;
    for (auto& v : x) {
        std::uint32_t t = (state += 0x6D2B79F5u);
        t = (t ^ (t >> 15)) * (t | 1u);
        t ^= t + (t ^ (t >> 7)) * (t | 61u);
        t ^= t >> 14;
        v = static_cast<float>(-6.0 + 12.0 * ((t >> 8) * 0x1p-24));
    }
    return x;
}

// The float kernel against the double scalar function, on up to 65536
// evenly spread indices (the first and last among them). The tolerance is
// bench/lib/check.mjs's for the library: loose enough for any correct float
// kernel (4 ulp is 4.8e-7 relative), tight enough to catch a wrong one.
bool check(activations::ActivationId id, const activations::ParamValues& params,
           const std::vector<float>& in, const std::vector<float>& out, std::size_t n,
           std::string_view name) {
    const std::size_t count = std::min<std::size_t>(n, 65536);
    for (std::size_t k = 0; k < count; ++k) {
        const std::size_t i = count == 1 ? 0 : k * (n - 1) / (count - 1);
        const double want = activations::value(id, static_cast<double>(in[i]), params);
        const double got = out[i];
        const bool ok = std::isnan(want) ? std::isnan(got) : std::fabs(got - want) <= 1e-7 + 1e-6 * std::fabs(want);
        if (!ok) {
            std::fprintf(stderr, "native %.*s is wrong at n=%zu, index %zu: f(%.9g) gave %.9g, reference %.9g\n",
                         static_cast<int>(name.size()), name.data(), n, i, static_cast<double>(in[i]), got, want);
            return false;
        }
    }
    return true;
}

std::vector<std::size_t> parse_sizes(const char* text) {
    std::vector<std::size_t> sizes;
    for (const char* p = text; *p;) {
        char* end = nullptr;
        sizes.push_back(std::strtoull(p, &end, 10));
        p = (*end == ',') ? end + 1 : end;
    }
    return sizes;
}

}  // namespace

int main(int argc, char** argv) {
    Settings s;
    std::vector<std::string_view> names;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        const char* value = (i + 1 < argc) ? argv[i + 1] : "";
        if (arg == "--warmup-ms") { s.warmup_s = std::atof(value) / 1000; ++i; }
        else if (arg == "--budget-ms") { s.budget_s = std::atof(value) / 1000; ++i; }
        else if (arg == "--min-sample-ms") { s.min_sample_s = std::atof(value) / 1000; ++i; }
        else if (arg == "--min-samples") { s.min_samples = std::atoi(value); ++i; }
        else if (arg == "--max-samples") { s.max_samples = std::atoi(value); ++i; }
        else if (arg == "--sizes") { s.sizes = parse_sizes(value); ++i; }
        else names.push_back(arg);
    }

    const std::size_t max_n = *std::max_element(s.sizes.begin(), s.sizes.end());
    const std::vector<float> input = make_input(max_n);
    std::vector<float> output(max_n);

    for (const std::size_t n : s.sizes) {
        const Timing t = measure(s, [&] {
            std::memcpy(output.data(), input.data(), n * sizeof(float));
            clobber(output.data());
        });
        std::printf("memcpy\t%zu\t%.9g\t%.4f\n", n, t.seconds, t.spread);
        std::fflush(stdout);
    }

    for (const std::string_view name : names) {
        const auto id = activations::find_activation(name);
        if (!id) {
            std::printf("skip\t%.*s\n", static_cast<int>(name.size()), name.data());
            continue;
        }
        const activations::ParamValues params = activations::default_params(*id);
        for (const std::size_t n : s.sizes) {
            const std::span<const float> in(input.data(), n);
            const std::span<float> out(output.data(), n);
            activations::apply(*id, in, out, params);
            if (!check(*id, params, input, output, n, name)) return 1;
            const Timing t = measure(s, [&] {
                activations::apply(*id, in, out, params);
                clobber(output.data());
            });
            std::printf("%.*s\t%zu\t%.9g\t%.4f\n", static_cast<int>(name.size()), name.data(), n, t.seconds, t.spread);
            std::fflush(stdout);
        }
    }
    return 0;
}
