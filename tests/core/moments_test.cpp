// Moments, gains, fixed points and output densities against the 50-digit
// references (tests/core/reference/moments/ and fixed_point/, written by
// tests/reference/make_moments_reference.py). The loops are over the
// registry: an activation without reference data fails.
#include <catch.hpp>

#include <cmath>
#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

#include "activations/moments.hpp"
#include "activations/registry.hpp"
#include "reference_table.hpp"

using namespace activations;

namespace {

// The bound: 1e−10 relative, or 1e−14 absolute for values near 0 (an odd
// f's mean at μ = 0 is 0 up to the rounding of its two halves).
constexpr double kRelative = 1e-10;
constexpr double kAbsolute = 1e-14;

// Within the bound: relatively, or absolutely near 0.
bool within(double got, double expected) {
    return std::fabs(got - expected) <= kAbsolute || std::fabs(got - expected) <= kRelative * std::fabs(expected);
}

// The worst relative error over values of some size, and the worst absolute
// error over values near 0, for the report.
struct WorstError {
    double relative = 0;
    double absolute = 0;
    void note(double got, double expected) {
        const double difference = std::fabs(got - expected);
        if (std::fabs(expected) >= 1e-6) relative = std::max(relative, difference / std::fabs(expected));
        else absolute = std::max(absolute, difference);
    }
    std::string text() const {
        char buffer[64];
        std::snprintf(buffer, sizeof buffer, "%.1e rel, %.1e abs", relative, absolute);
        return buffer;
    }
};

std::vector<reference_table::Block> read_or_fail(std::string_view folder, std::string_view name, std::string_view first) {
    std::vector<reference_table::Block> blocks;
    std::string error;
    if (!reference_table::read(reference_table::path_of(folder, name), first, blocks, error)) FAIL_CHECK(error);
    return blocks;
}

double number(const std::string& text) { return std::strtod(text.c_str(), nullptr); }

}  // namespace

TEST_CASE("moments: every activation against its 50-digit references", "[moments][reference]") {
    std::string table;
    for (std::size_t i = 0; i < kActivationCount; ++i) {
        const auto id = static_cast<ActivationId>(i);
        const auto& spec = spec_of(id);
        const std::string name(spec.name);
        INFO(name);
        const auto blocks = read_or_fail("moments", name, "mean");
        WorstError automatic, quadrature, closed;
        std::size_t rows = 0;
        for (const auto& block : blocks) {
            ParamValues params;
            std::string error;
            if (!reference_table::map_params(spec, block, params, error)) {
                FAIL_CHECK(error);
                continue;
            }
            for (const auto& row : block.rows) {
                ++rows;
                const NormalInput z{number(row[0]), number(row[1])};
                const std::string at = reference_table::describe_params(block) + " N(" + row[0] + ", " + row[1] + "²)";
                for (const MomentMethod method : {MomentMethod::automatic, MomentMethod::quadrature, MomentMethod::closed_form}) {
                    const MomentsResult result = moments(id, params, z, method);
                    if (method == MomentMethod::closed_form && !has_closed_form(id, params)) {
                        CHECK(result.status == MomentStatus::no_closed_form);
                        continue;
                    }
                    REQUIRE(result.status == MomentStatus::ok);
                    const Moments& m = result.value;
                    const double got[] = {m.mean, m.mean_square, m.variance, m.derivative_mean, m.derivative_mean_square};
                    WorstError& worst = method == MomentMethod::automatic ? automatic
                                        : method == MomentMethod::quadrature ? quadrature : closed;
                    for (std::size_t k = 0; k < 5; ++k) {
                        const double expected = number(row[2 + k]);
                        const std::string where = at + " " + block.columns[2 + k];
                        worst.note(got[k], expected);
                        // The closed form is checked where it is well
                        // conditioned (the automatic method's choice); its
                        // agreement with quadrature elsewhere is printed.
                        if (method != MomentMethod::closed_form) {
                            if (!within(got[k], expected)) {
                                FAIL_CHECK(name << " " << where << ": expected " << row[2 + k] << ", got "
                                                << reference_table::show(got[k]));
                            }
                        }
                    }
                }
            }
        }
        CHECK(rows > 0);
        char line[200];
        std::snprintf(line, sizeof line, "  %-12s automatic %s   quadrature %s   closed form %s\n", name.c_str(),
                      automatic.text().c_str(), quadrature.text().c_str(),
                      has_closed_form(id, default_params(id)) ? closed.text().c_str() : "—");
        table += line;
    }
    std::cout << "moments against the references: worst relative error (values of 1e-6 and more) and absolute "
                 "error (smaller values); bound "
              << kRelative << " relative, or " << kAbsolute << " absolute\n"
              << table;
}

TEST_CASE("moments: the self-checks of ReLU and SELU at N(0, 1)", "[moments]") {
    const auto relu = *find_activation("relu");
    const Moments r = moments(relu, default_params(relu), {0, 1}).value;
    const double pi = 3.14159265358979323846;
    CHECK(r.mean == Approx(1 / std::sqrt(2 * pi)).epsilon(1e-15));
    CHECK(r.mean_square == Approx(0.5).epsilon(1e-15));
    CHECK(r.variance == Approx(0.5 - 1 / (2 * pi)).epsilon(1e-15));
    CHECK(gain(relu, default_params(relu)).variance_preserving == Approx(std::sqrt(2.0)).epsilon(1e-15));

    const auto selu = *find_activation("selu");
    const Moments s = moments(selu, default_params(selu), {0, 1}).value;
    CHECK(std::fabs(s.mean) <= 1e-15);
    CHECK(std::fabs(s.mean_square - 1) <= 4e-16);
}

TEST_CASE("moments: the closed form agrees with quadrature where it is used", "[moments]") {
    // Wider than the reference grid: far tails, tiny and huge sd, and the
    // parameter ranges' edges.
    const NormalInput inputs[] = {{0, 1}, {-30, 1}, {30, 1}, {0.25, 1e-6}, {1, 1e3}, {-6, 0.5}, {5.9, 0.05}};
    for (std::size_t i = 0; i < kActivationCount; ++i) {
        const auto id = static_cast<ActivationId>(i);
        if (!has_closed_form(id, default_params(id))) continue;
        INFO(spec_of(id).name);
        for (const NormalInput z : inputs) {
            INFO("N(" << z.mean << ", " << z.sd << "²)");
            const auto automatic = moments(id, default_params(id), z);
            const auto quadrature = moments(id, default_params(id), z, MomentMethod::quadrature);
            REQUIRE(automatic.status == MomentStatus::ok);
            // Quadrature may give up within its bound where the closed form
            // exists for that reason (snake over 1000σ swings 600 times).
            if (quadrature.status == MomentStatus::not_converged) continue;
            REQUIRE(quadrature.status == MomentStatus::ok);
            const Moments& a = automatic.value;
            const Moments& q = quadrature.value;
            const double pairs[][2] = {{a.mean, q.mean}, {a.mean_square, q.mean_square}, {a.variance, q.variance},
                                       {a.derivative_mean, q.derivative_mean},
                                       {a.derivative_mean_square, q.derivative_mean_square}};
            // 1e−10 relative, as against the references; absolutely, 1e−14
            // of the scale E f² sets (a variance that is 0 up to rounding,
            // as hardtanh's far beyond its clamp).
            for (const auto& pair : pairs) {
                CHECK(std::fabs(pair[0] - pair[1]) <= 1e-10 * std::fabs(pair[1]) + 1e-14 * (1 + q.mean_square));
            }
        }
    }
}

TEST_CASE("moments: bad distributions and work bounds are reported, never NaN", "[moments]") {
    const auto tanh_id = *find_activation("tanh");
    const auto params = default_params(tanh_id);
    CHECK(moments(tanh_id, params, {NAN, 1}).status == MomentStatus::bad_argument);
    CHECK(moments(tanh_id, params, {0, -1}).status == MomentStatus::bad_argument);
    CHECK(moments(tanh_id, params, {0, INFINITY}).status == MomentStatus::bad_argument);
    // sd = 0 is the limit sd → 0+: relu at its corner averages the two sides.
    const auto relu = *find_activation("relu");
    const Moments corner = moments(relu, default_params(relu), {0, 0}).value;
    CHECK(corner.mean == 0);
    CHECK(corner.derivative_mean == 0.5);
    CHECK(moments(tanh_id, params, {0.5, 0}).value.mean == Approx(std::tanh(0.5)));
    // f(z)² beyond double's range: reported as such.
    CHECK(moments(relu, default_params(relu), {1e200, 1}).status == MomentStatus::not_finite);
    // Extreme but finite inputs finish with a status, whatever it is.
    for (std::size_t i = 0; i < kActivationCount; ++i) {
        const auto id = static_cast<ActivationId>(i);
        for (const NormalInput z : {NormalInput{1e300, 1e-300}, NormalInput{-1e10, 1e10}, NormalInput{0, 1e-300}}) {
            const auto result = moments(id, default_params(id), z);
            if (result.status == MomentStatus::ok) {
                CHECK_FALSE(std::isnan(result.value.mean + result.value.mean_square + result.value.variance));
            }
        }
    }
}

TEST_CASE("gain: variance preserving beside PyTorch's calculate_gain", "[moments][gain]") {
    for (std::size_t i = 0; i < kActivationCount; ++i) {
        const auto id = static_cast<ActivationId>(i);
        INFO(spec_of(id).name);
        const Gain g = gain(id, default_params(id));
        REQUIRE(g.status == MomentStatus::ok);
        const double second_moment = moments(id, default_params(id), {0, 1}).value.mean_square;
        CHECK(g.variance_preserving == Approx(1 / std::sqrt(second_moment)).epsilon(1e-15));
        CHECK_FALSE(g.note.empty());
    }
    // PyTorch's values (torch/nn/init.py).
    auto pytorch = [](const char* name, ParamValues params) { return gain(*find_activation(name), params).pytorch; };
    CHECK(*pytorch("relu", {}) == std::sqrt(2.0));
    CHECK(*pytorch("leaky_relu", {0.01}) == std::sqrt(2.0 / (1 + 0.01 * 0.01)));
    CHECK(*pytorch("leaky_relu", {0.2}) == std::sqrt(2.0 / (1 + 0.2 * 0.2)));
    CHECK(*pytorch("sigmoid", {}) == 1);
    CHECK(*pytorch("tanh", {}) == 5.0 / 3);
    CHECK(*pytorch("selu", {}) == 0.75);
    CHECK_FALSE(pytorch("gelu", {}).has_value());
    CHECK_FALSE(pytorch("prelu", {0.25}).has_value());
    // Where both follow from E[f²], they agree.
    const auto leaky = *find_activation("leaky_relu");
    const Gain lg = gain(leaky, {0.2});
    CHECK(lg.variance_preserving == Approx(*lg.pytorch).epsilon(1e-14));
}

TEST_CASE("gain: the figures the notes quote are the core's", "[moments][gain]") {
    // The sigmoid and tanh notes quote E[f²], the gain and a fixed point to
    // the digits shown; a change in the core that moves them fails here.
    const auto sigmoid = *find_activation("sigmoid");
    const auto tanh_id = *find_activation("tanh");
    CHECK(moments(sigmoid, default_params(sigmoid), {0, 1}).value.mean_square == Approx(0.2934).margin(5e-5));
    CHECK(gain(sigmoid, default_params(sigmoid)).variance_preserving == Approx(1.8462).margin(5e-5));
    CHECK(variance_fixed_point(sigmoid, default_params(sigmoid), {1, 0}).q == Approx(0.26).margin(5e-3));
    CHECK(gain(tanh_id, default_params(tanh_id)).variance_preserving == Approx(1.5925).margin(5e-5));
    CHECK((5.0 / 3) / gain(tanh_id, default_params(tanh_id)).variance_preserving == Approx(1.047).margin(5e-4));
    CHECK(variance_fixed_point(tanh_id, default_params(tanh_id), {25.0 / 9, 0}).q == Approx(1.18).margin(5e-3));
    const std::string_view sigmoid_note = gain(sigmoid, default_params(sigmoid)).note;
    const std::string_view tanh_note = gain(tanh_id, default_params(tanh_id)).note;
    CHECK(sigmoid_note.find("0.2934") != std::string_view::npos);
    CHECK(sigmoid_note.find("1.8462") != std::string_view::npos);
    CHECK(sigmoid_note.find("q* ≈ 0.26") != std::string_view::npos);
    CHECK(tanh_note.find("1.5925") != std::string_view::npos);
    CHECK(tanh_note.find("4.7%") != std::string_view::npos);
    CHECK(tanh_note.find("q* ≈ 1.18") != std::string_view::npos);
}

TEST_CASE("fixed points: q* and chi against the references", "[moments][fixed_point][reference]") {
    std::string table;
    for (std::size_t i = 0; i < kActivationCount; ++i) {
        const auto id = static_cast<ActivationId>(i);
        const auto& spec = spec_of(id);
        const std::string name(spec.name);
        INFO(name);
        const auto blocks = read_or_fail("fixed_point", name, "weight_variance");
        std::size_t rows = 0;
        WorstError worst;
        for (const auto& block : blocks) {
            ParamValues params;
            std::string error;
            REQUIRE(reference_table::map_params(spec, block, params, error));
            for (const auto& row : block.rows) {
                ++rows;
                const LayerInit init{number(row[0]), number(row[1])};
                const std::string at = "σ_w² = " + row[0] + ", σ_b² = " + row[1] + " from " + row[2];
                INFO(at);
                const FixedPoint fp = variance_fixed_point(id, params, init, number(row[2]));
                if (row[3] == "none") {
                    CHECK(fp.status == MomentStatus::no_finite_fixed_point);
                    continue;
                }
                REQUIRE(fp.status == MomentStatus::ok);
                CHECK(fp.evaluations > 0);
                const double got[] = {fp.q, fp.chi, fp.mean, fp.variance};
                for (std::size_t k = 0; k < 4; ++k) {
                    worst.note(got[k], number(row[3 + k]));
                    if (!within(got[k], number(row[3 + k]))) {
                        FAIL_CHECK(name << " " << at << " " << block.columns[3 + k] << ": expected " << row[3 + k]
                                        << ", got " << reference_table::show(got[k]));
                    }
                }
            }
        }
        CHECK(rows > 0);
        char line[200];
        std::snprintf(line, sizeof line, "  %-12s %s\n", name.c_str(), worst.text().c_str());
        table += line;
    }
    std::cout << "fixed points against the references: worst error (q*, chi, mean, variance)\n" << table;
}

TEST_CASE("fixed points: the map itself, bad arguments and edge cases", "[moments][fixed_point]") {
    const auto relu = *find_activation("relu");
    const auto p = default_params(relu);
    // relu: M(q) = σ_w² q/2 + σ_b², so q* = σ_b²/(1 − σ_w²/2) for σ_w² < 2.
    CHECK(variance_map(relu, p, {1.5, 0.1}, 2).value == Approx(1.6).epsilon(1e-15));
    CHECK(variance_fixed_point(relu, p, {1.5, 0.1}).q == Approx(0.4).epsilon(1e-14));
    // At σ_w² = 2 with a bias the iterates grow by σ_b² forever.
    CHECK(variance_fixed_point(relu, p, {2, 0.1}).status == MomentStatus::no_finite_fixed_point);
    // Without a bias every q is fixed at σ_w² = 2, and He's χ = 1.
    const FixedPoint he = variance_fixed_point(relu, p, {2, 0}, 3);
    CHECK(he.q == Approx(3).epsilon(1e-15));
    CHECK(he.chi == Approx(1).epsilon(1e-15));
    // tanh at the edge of chaos (σ_w² = 1, σ_b² = 0): q → 0 only as 1/n;
    // the bracket finds q* = 0 with χ = 1 within the bound.
    const auto tanh_id = *find_activation("tanh");
    const FixedPoint edge = variance_fixed_point(tanh_id, default_params(tanh_id), {1, 0});
    CHECK(edge.status == MomentStatus::ok);
    CHECK(edge.q == 0);
    CHECK(edge.chi == Approx(1).epsilon(1e-15));
    CHECK(edge.evaluations < 3000);
    CHECK(variance_fixed_point(relu, p, {-1, 0}).status == MomentStatus::bad_argument);
    CHECK(variance_fixed_point(relu, p, {1, -0.1}).status == MomentStatus::bad_argument);
    CHECK(variance_fixed_point(relu, p, {1, NAN}).status == MomentStatus::bad_argument);
    CHECK(variance_map(relu, p, {1, 0}, -1).status == MomentStatus::bad_argument);
}

TEST_CASE("fixed points: SELU's (mean, variance) map converges to (0, 1) from other starts", "[moments][selu]") {
    // Klambauer et al. (2017): with ω = 0 and τ = 1 (LeCun's initialisation)
    // (0, 1) is a stable fixed point. With ω = 0 the pre-activations have
    // mean 0 whatever the inputs' mean, and the variance map contracts.
    const auto selu = *find_activation("selu");
    const auto p = default_params(selu);
    for (const MeanVariance start : {MeanVariance{0, 1}, MeanVariance{2, 3}, MeanVariance{-1, 0.2},
                                     MeanVariance{0.5, 8}, MeanVariance{0, 0.01}}) {
        INFO("from (" << start.mean << ", " << start.variance << ")");
        const MeanVarianceFixedPoint fp = mean_variance_fixed_point(selu, p, {0, 1}, start);
        REQUIRE(fp.status == MomentStatus::ok);
        CHECK(std::fabs(fp.value.mean) < 1e-13);
        CHECK(fp.value.variance == Approx(1).epsilon(1e-13));
        CHECK(fp.iterations < kMeanVarianceIterations);
    }
    // (0, 1) maps onto itself in one step.
    const MeanVarianceValue once = mean_variance_map(selu, p, {0, 1}, {0, 1});
    CHECK(std::fabs(once.value.mean) < 1e-15);
    CHECK(once.value.variance == Approx(1).epsilon(1e-15));
    // A small nonzero weight sum (ω = 0.1, τ = 1.1) moves the fixed point
    // off (0, 1) but it is still reached.
    CHECK(mean_variance_fixed_point(selu, p, {0.1, 1.1}, {-1, 0.5}).status == MomentStatus::ok);
    CHECK(mean_variance_map(selu, p, {0, -1}, {0, 1}).status == MomentStatus::bad_argument);
    // relu has no such fixed point: its variance map shrinks to 0 only
    // geometrically, while the mean stays positive; the bound ends it.
    const auto relu = *find_activation("relu");
    const auto r = mean_variance_fixed_point(relu, default_params(relu), {0, 1}, {0, 1});
    CHECK((r.status == MomentStatus::ok || r.status == MomentStatus::not_converged));
}

TEST_CASE("output density: probability and mean add up, point masses where f is flat", "[moments][density]") {
    for (std::size_t i = 0; i < kActivationCount; ++i) {
        const auto id = static_cast<ActivationId>(i);
        const auto p = default_params(id);
        INFO(spec_of(id).name);
        const NormalInput z{0.3, 1.2};
        // A wide, fine grid: the trapezoid sums of the density and of y times
        // it, plus the masses, against 1 and E f(z).
        const auto automatic = output_density(id, p, z, 8);
        REQUIRE(automatic.status == MomentStatus::ok);
        const double from = automatic.y.front(), to = automatic.y.back();
        const double pad = 0.6 * (to - from);
        const auto d = output_density(id, p, z, 20001, from - pad, to + pad);
        REQUIRE(d.status == MomentStatus::ok);
        double probability = 0, mean = 0;
        for (std::size_t k = 0; k + 1 < d.y.size(); ++k) {
            const double h = d.y[k + 1] - d.y[k];
            const double left = std::isfinite(d.density[k]) ? d.density[k] : 0;
            const double right = std::isfinite(d.density[k + 1]) ? d.density[k + 1] : 0;
            probability += 0.5 * h * (left + right);
            mean += 0.5 * h * (left * d.y[k] + right * d.y[k + 1]);
        }
        for (const PointMass& m : d.masses) probability += m.probability, mean += m.probability * m.value;
        const Moments m = moments(id, p, z).value;
        // The densities with a singular peak (at an extremum of f, or where
        // f′ has a double zero, tanhshrink's at 0) converge slowly under the
        // trapezoid rule: 5% is the bound here.
        CHECK(probability == Approx(1).epsilon(0.05));
        CHECK(mean == Approx(m.mean).margin(0.05));
    }
    const auto relu = *find_activation("relu");
    const auto d = output_density(relu, default_params(relu), {0, 1}, 64);
    REQUIRE(d.masses.size() == 1);
    CHECK(d.masses[0].value == 0);
    CHECK(d.masses[0].probability == Approx(0.5).epsilon(1e-15));
    const auto hardtanh = *find_activation("hardtanh");
    CHECK(output_density(hardtanh, default_params(hardtanh), {0, 1}, 64).masses.size() == 2);
    CHECK(output_density(relu, default_params(relu), {0, 0}, 64).status == MomentStatus::bad_argument);
    CHECK(output_density(relu, default_params(relu), {0, 1}, 1).status == MomentStatus::bad_argument);
    CHECK(output_density(relu, default_params(relu), {0, 1}, kMaxDensityPoints + 1).status == MomentStatus::bad_argument);
    CHECK(output_density(relu, default_params(relu), {0, 1}, 64, 2, 1).status == MomentStatus::bad_argument);
}
