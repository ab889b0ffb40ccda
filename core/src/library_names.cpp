// The library-names table (activations/library_names.hpp). Each default
// below was read from the library's own source or documentation: PyTorch's
// torch.nn.functional signatures, Keras 3's keras/src/activations and
// keras.layers, TensorFlow.js' tfjs-core ops and tfjs-layers
// activations.ts, JAX's jax/_src/nn/functions.py, and transformers'
// src/transformers/activations.py (ACT2CLS).
#include "activations/library_names.hpp"

#include <limits>

namespace activations {
namespace {

// Keras, JAX and TF.js compute softplus as ln(1 + e^x) everywhere; PyTorch's
// cuts over to x above beta·x = 20. A threshold at the largest double is
// the registry's softplus with no cut-off.
constexpr double kNoCutoff = std::numeric_limits<double>::max();

constexpr LibraryName to(std::string_view library, std::string_view name, std::string_view activation,
                         std::string_view note = {}) {
    return {library, name, activation, {}, 0, note};
}

constexpr LibraryName to(std::string_view library, std::string_view name, std::string_view activation,
                         LibraryParam param, std::string_view note = {}) {
    return {library, name, activation, {{param}}, 1, note};
}

constexpr LibraryName to(std::string_view library, std::string_view name, std::string_view activation,
                         LibraryParam first, LibraryParam second, std::string_view note = {}) {
    return {library, name, activation, {{first, second}}, 2, note};
}

constexpr LibraryParam p(std::string_view name, double value) { return {name, value}; }

constexpr LibraryParam gelu_tanh{"approximate", 0, "tanh"};
constexpr LibraryParam gelu_exact{"approximate", 0, "none"};

constexpr Library kLibraries[] = {
    {"pytorch", "PyTorch"},
    {"keras", "Keras 3"},
    {"tfjs", "TensorFlow.js"},
    {"jax", "JAX"},
    {"huggingface", "Hugging Face transformers"},
};

constexpr LibraryName kNames[] = {
    // ---- PyTorch: torch.nn.functional, then the torch.nn classes ----
    to("pytorch", "relu", "relu"),
    to("pytorch", "relu6", "relu6"),
    to("pytorch", "leaky_relu", "leaky_relu", p("negative_slope", 0.01)),
    to("pytorch", "prelu", "prelu", "F.prelu needs its weight; 0.25 is nn.PReLU's initial value"),
    to("pytorch", "rrelu", "rrelu", p("lower", 1.0 / 8), p("upper", 1.0 / 3),
       "evaluation mode (training=False); in training the slope is drawn at random from [lower, upper]"),
    to("pytorch", "elu", "elu", p("alpha", 1)),
    to("pytorch", "selu", "selu"),
    to("pytorch", "celu", "celu", p("alpha", 1)),
    to("pytorch", "gelu", "gelu", gelu_exact),
    to("pytorch", "silu", "silu"),
    to("pytorch", "mish", "mish"),
    to("pytorch", "softplus", "softplus", p("beta", 1), p("threshold", 20)),
    to("pytorch", "sigmoid", "sigmoid", "torch.sigmoid (F.sigmoid is its deprecated alias)"),
    to("pytorch", "tanh", "tanh", "torch.tanh (F.tanh is its deprecated alias)"),
    to("pytorch", "hardtanh", "hardtanh", p("min_val", -1), p("max_val", 1)),
    to("pytorch", "hardsigmoid", "hardsigmoid"),
    to("pytorch", "hardswish", "hardswish"),
    to("pytorch", "softsign", "softsign"),
    to("pytorch", "logsigmoid", "logsigmoid"),
    to("pytorch", "tanhshrink", "tanhshrink"),
    to("pytorch", "softshrink", "softshrink", p("lambd", 0.5)),
    to("pytorch", "hardshrink", "hardshrink", p("lambd", 0.5)),
    to("pytorch", "threshold", "threshold",
       "PyTorch requires threshold and value; the registry's 1 and 0 apply unless given"),
    to("pytorch", "ReLU", "relu"),
    to("pytorch", "ReLU6", "relu6"),
    to("pytorch", "LeakyReLU", "leaky_relu", p("negative_slope", 0.01)),
    to("pytorch", "PReLU", "prelu", p("weight", 0.25), "the learnt weight's initial value (init=0.25)"),
    to("pytorch", "RReLU", "rrelu", p("lower", 1.0 / 8), p("upper", 1.0 / 3), "as in eval() mode"),
    to("pytorch", "ELU", "elu", p("alpha", 1)),
    to("pytorch", "SELU", "selu"),
    to("pytorch", "CELU", "celu", p("alpha", 1)),
    to("pytorch", "GELU", "gelu", gelu_exact),
    to("pytorch", "SiLU", "silu"),
    to("pytorch", "Mish", "mish"),
    to("pytorch", "Softplus", "softplus", p("beta", 1), p("threshold", 20)),
    to("pytorch", "Sigmoid", "sigmoid"),
    to("pytorch", "Tanh", "tanh"),
    to("pytorch", "Hardtanh", "hardtanh", p("min_val", -1), p("max_val", 1)),
    to("pytorch", "Hardsigmoid", "hardsigmoid"),
    to("pytorch", "Hardswish", "hardswish"),
    to("pytorch", "Softsign", "softsign"),
    to("pytorch", "LogSigmoid", "logsigmoid"),
    to("pytorch", "Tanhshrink", "tanhshrink"),
    to("pytorch", "Softshrink", "softshrink", p("lambd", 0.5)),
    to("pytorch", "Hardshrink", "hardshrink", p("lambd", 0.5)),
    to("pytorch", "Threshold", "threshold", "PyTorch requires threshold and value; the registry's 1 and 0 apply"),
    to("pytorch", "Identity", "linear"),

    // ---- Keras 3: keras.activations, then keras.layers ----
    to("keras", "relu", "relu", "with its defaults negative_slope=0, max_value=None, threshold=0"),
    to("keras", "leaky_relu", "leaky_relu", p("negative_slope", 0.2)),
    to("keras", "relu6", "relu6"),
    to("keras", "elu", "elu", p("alpha", 1)),
    to("keras", "selu", "selu"),
    to("keras", "celu", "celu", p("alpha", 1)),
    to("keras", "gelu", "gelu", gelu_exact, "keras.activations.gelu is exact (approximate=False); keras.ops.gelu "
                                            "defaults to the tanh form"),
    to("keras", "silu", "silu"),
    to("keras", "swish", "silu", "an alias of silu"),
    to("keras", "mish", "mish"),
    to("keras", "softplus", "softplus", p("beta", 1), p("threshold", kNoCutoff), "ln(1 + eˣ) everywhere: no cut-off"),
    to("keras", "softsign", "softsign"),
    to("keras", "sigmoid", "sigmoid"),
    to("keras", "tanh", "tanh"),
    to("keras", "log_sigmoid", "logsigmoid"),
    to("keras", "hard_sigmoid", "hardsigmoid", "Keras 3: relu6(x + 3) / 6 (Keras 2's was 0.2x + 0.5: linear_sigmoid)"),
    to("keras", "hard_silu", "hardswish"),
    to("keras", "hard_swish", "hardswish", "an alias of hard_silu"),
    to("keras", "hard_tanh", "hardtanh", p("min_val", -1), p("max_val", 1)),
    to("keras", "soft_shrink", "softshrink", p("lambd", 0.5), "Keras names lambd threshold"),
    to("keras", "hard_shrink", "hardshrink", p("lambd", 0.5), "Keras names lambd threshold"),
    to("keras", "tanh_shrink", "tanhshrink"),
    to("keras", "threshold", "threshold",
       "Keras requires threshold and default_value (our value); the registry's 1 and 0 apply"),
    to("keras", "squareplus", "squareplus", p("b", 4)),
    to("keras", "sparse_plus", "sparse_plus"),
    to("keras", "sparse_sigmoid", "sparse_sigmoid"),
    to("keras", "linear", "linear"),
    to("keras", "exponential", "", "eˣ: not an activation of the registry"),
    to("keras", "ReLU", "relu", "the layer with its defaults max_value=None, negative_slope=0, threshold=0"),
    to("keras", "LeakyReLU", "leaky_relu", p("negative_slope", 0.3)),
    to("keras", "PReLU", "prelu", p("weight", 0), "the layer's alpha starts at 0 (alpha_initializer=\"zeros\") and is "
                                                 "learnt per channel"),
    to("keras", "ELU", "elu", p("alpha", 1)),

    // ---- TensorFlow.js: tf.* ops, the layers' activation identifiers, tf.layers.* ----
    to("tfjs", "relu", "relu"),
    to("tfjs", "relu6", "relu6"),
    to("tfjs", "leakyRelu", "leaky_relu", p("negative_slope", 0.2), "tf.leakyRelu(x, alpha = 0.2)"),
    to("tfjs", "prelu", "prelu", "tf.prelu(x, alpha) needs its alpha; the registry's 0.25 applies"),
    to("tfjs", "elu", "elu", p("alpha", 1), "tf.elu has no alpha: 1"),
    to("tfjs", "selu", "selu"),
    to("tfjs", "sigmoid", "sigmoid"),
    to("tfjs", "tanh", "tanh"),
    to("tfjs", "softplus", "softplus", p("beta", 1), p("threshold", kNoCutoff), "ln(1 + eˣ) everywhere: no cut-off"),
    to("tfjs", "logSigmoid", "logsigmoid"),
    to("tfjs", "step", "step", p("alpha", 0), "tf.step(x, alpha = 0)"),
    to("tfjs", "linear", "linear", "the layers' activation identifier 'linear'"),
    to("tfjs", "softsign", "softsign", "the layers' activation identifier 'softsign'"),
    to("tfjs", "hardSigmoid", "linear_sigmoid", p("slope", 0.2),
       "the layers' activation 'hardSigmoid' is clip(0.2x + 0.5, 0, 1), not PyTorch's hardsigmoid (x/6 + 1/2)"),
    to("tfjs", "swish", "swish", p("beta", 1), "the layers' activation 'swish': x · sigmoid(alpha · x), alpha = 1"),
    to("tfjs", "mish", "mish", "the layers' activation 'mish'"),
    to("tfjs", "layers.reLU", "relu", "tf.layers.reLU() without maxValue"),
    to("tfjs", "layers.leakyReLU", "leaky_relu", p("negative_slope", 0.3), "tf.layers.leakyReLU({alpha: 0.3})"),
    to("tfjs", "layers.prelu", "prelu", p("weight", 0), "tf.layers.prelu: alpha starts at 0 (zeros initializer)"),
    to("tfjs", "layers.elu", "elu", p("alpha", 1)),
    to("tfjs", "layers.thresholdedReLU", "threshold", p("threshold", 1), p("value", 0),
       "x for x > theta, else 0, theta = 1"),

    // ---- JAX: jax.nn ----
    to("jax", "relu", "relu"),
    to("jax", "relu6", "relu6"),
    to("jax", "leaky_relu", "leaky_relu", p("negative_slope", 0.01),
       "jnp.where(x >= 0, x, slope · x): its gradient at 0 is 1, PyTorch's the slope (kink 'right' reproduces JAX)"),
    to("jax", "elu", "elu", p("alpha", 1)),
    to("jax", "selu", "selu"),
    to("jax", "celu", "celu", p("alpha", 1)),
    to("jax", "gelu", "gelu", gelu_tanh, "jax.nn.gelu defaults to approximate=True, the tanh form"),
    to("jax", "silu", "silu"),
    to("jax", "swish", "silu", "an alias of silu"),
    to("jax", "mish", "mish"),
    to("jax", "softplus", "softplus", p("beta", 1), p("threshold", kNoCutoff), "jnp.logaddexp(x, 0): no cut-off"),
    to("jax", "sigmoid", "sigmoid"),
    to("jax", "log_sigmoid", "logsigmoid"),
    to("jax", "soft_sign", "softsign"),
    to("jax", "hard_tanh", "hardtanh", p("min_val", -1), p("max_val", 1)),
    to("jax", "hard_sigmoid", "hardsigmoid", "relu6(x + 3) / 6"),
    to("jax", "hard_silu", "hardswish"),
    to("jax", "hard_swish", "hardswish", "an alias of hard_silu"),
    to("jax", "squareplus", "squareplus", p("b", 4)),
    to("jax", "sparse_plus", "sparse_plus"),
    to("jax", "sparse_sigmoid", "sparse_sigmoid",
       "the same values; as a clip, its gradient at ±1 splits the tie (1/4), where the registry gives 0"),
    to("jax", "identity", "linear"),

    // ---- Hugging Face transformers: ACT2FN keys ----
    to("huggingface", "gelu", "gelu", gelu_exact),
    to("huggingface", "gelu_python", "gelu", gelu_exact, "x/2 · (1 + erf(x/√2)) in Python"),
    to("huggingface", "gelu_new", "gelu", gelu_tanh, "the tanh form with √(2/π) and 0.044715, as PyTorch's"),
    to("huggingface", "gelu_pytorch_tanh", "gelu", gelu_tanh, "nn.functional.gelu(approximate=\"tanh\")"),
    to("huggingface", "gelu_python_tanh", "gelu", gelu_tanh, "the tanh form in Python"),
    to("huggingface", "gelu_accurate", "gelu", gelu_tanh, "despite the name, the same tanh form as gelu_new"),
    to("huggingface", "gelu_fast", "gelu", gelu_tanh,
       "the tanh form with √(2/π) written as 0.7978845608, 3.6e−12 relatively below 0.79788456080286535"),
    to("huggingface", "gelu_10", "", "clip(gelu(x), −10, 10): a clipped gelu, not an activation of the registry"),
    to("huggingface", "quick_gelu", "quick_gelu"),
    to("huggingface", "laplace", "",
       "(1 + erf((x − 0.707107) / (0.282095 · √2))) / 2, MEGA's attention activation: not in the registry"),
    to("huggingface", "leaky_relu", "leaky_relu", p("negative_slope", 0.01), "nn.LeakyReLU()"),
    to("huggingface", "linear", "linear"),
    to("huggingface", "mish", "mish"),
    to("huggingface", "prelu", "prelu", p("weight", 0.25), "nn.PReLU(): the learnt weight starts at 0.25"),
    to("huggingface", "relu", "relu"),
    to("huggingface", "relu2", "relu2"),
    to("huggingface", "relu6", "relu6"),
    to("huggingface", "sigmoid", "sigmoid"),
    to("huggingface", "silu", "silu"),
    to("huggingface", "swish", "silu", "nn.SiLU()"),
    to("huggingface", "tanh", "tanh"),
    {"huggingface", "xielu", "xielu", {{{"alpha_p", 0.8}, {"alpha_n", 0.8}, {"beta", 0.5}, {"eps", -1e-6}}}, 4,
     "XIELUActivation's initial values, as the effective alpha_p = softplus(stored alpha_p) and alpha_n = beta + "
     "softplus(stored alpha_n); a checkpoint's stored values map the same way. The module holds them in "
     "bfloat16 by default, so a new module's effective values differ from 0.8 in the third digit"},
};

}  // namespace

std::span<const Library> libraries() { return kLibraries; }
std::span<const LibraryName> library_names() { return kNames; }

}  // namespace activations
