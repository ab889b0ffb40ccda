#!/usr/bin/python3
"""High-precision reference values for every activation, f and f'.

Writes tests/core/reference/<name>.tsv for each activation of the product
(PyTorch's torch.nn.functional names). tests/core/reference_test.cpp loops
over the registry and checks every entry, in double and in float, against
its file; an entry without a file fails.

Run (Debian: apt-get install python3-mpmath):

    /usr/bin/python3 tests/reference/make_reference.py            # all files
    /usr/bin/python3 tests/reference/make_reference.py gelu elu   # some

The output is deterministic: rerunning rewrites identical files.

How the values are computed
---------------------------
* Inputs are exactly representable: the double table has double inputs, the
  float table float inputs. They are a grid k/10 over [-10, 10], log-spaced
  magnitudes 10^(j/4) for |j| <= 40 and decades up to the type's range, both
  signs, and the integers to +-50; the edges +-0, +-smallest subnormal,
  +-smallest normal, +-1e-8, +-20, +-88, +-89, +-700, +-1e10, +-3.4e38 (the
  nearest float), +-1.7e308 and +-max (double only), +-FLT_MAX (float only),
  +-inf and NaN, and where e^x leaves each type's normal range (+-87, +-103,
  +-104, +-708, +-709, +-710, +-745, +-746); every breakpoint with its two
  neighbours on each side; and the inputs nearest each interior zero of f'
  (gelu, silu, mish) with two neighbours on each side.
* Piecewise-linear and rational functions (relu, leaky_relu, prelu, rrelu,
  relu6, hardtanh, hardsigmoid, hardswish, softsign, softshrink, hardshrink,
  threshold) are evaluated exactly in rational arithmetic. A slope is the
  value the core multiplies by: the double parameter, and for the float
  table that double rounded to float (the core's static_cast<T>); rrelu's
  slope is (lower + upper) / 2 rounded to double (then to float for the
  float table). Every other parameter (clamps, lambd, threshold, value) is
  chosen exactly representable in float, so comparing a float input with it
  in float or in double gives the same answer.
* The other functions are evaluated with mpmath at 60 significant digits and
  again at 120 (and higher, until they agree): a value is accepted when both
  round to the same number and agree to 30 digits. tanhshrink near 0 adds
  the digits that x - tanh(x) cancels. Their parameters (alpha, beta,
  threshold) are chosen exactly representable in float, so the double and
  float tables describe the same function. Constants are exact: selu's scale
  1.0507009873554804934193349852946 and alpha 1.6732632423543772848170429916717
  (PyTorch's), gelu-tanh's sqrt(2/pi) and 0.044715 as written.
* Far tails: an exponential e^z with |z| > 1e20 (and the normal tail beyond
  |x| = 1e10) is replaced by e^(+-1e20), whose magnitude alone decides the
  rounding (it under- or overflows both types by far).
* Rounding: the high-precision value is rounded once, to nearest with ties to
  even, directly to the 53-bit double or the 24-bit float format (never
  through double for float), with gradual underflow (subnormals, then a zero
  that keeps the sign of the exact value) and overflow to +-inf.

Conventions (PyTorch's functions; the core follows them)
-------------------------------------------------------
* f' at a breakpoint b has three columns: df_pytorch is what PyTorch's
  autograd returns; df_left and df_right are the limits of f' from the left
  and from the right of b. Away from breakpoints the three agree and the
  left/right columns hold "=". PyTorch's values: relu'(0) = 0;
  leaky_relu/prelu/rrelu'(0) = slope; elu'(0) = alpha; selu'(0) =
  scale*alpha; celu is smooth (1 at 0); the boundary gives 0 for relu6 (0, 6),
  hardtanh (min_val, max_val), hardsigmoid (+-3), softshrink/hardshrink
  (+-lambd) and threshold (x == threshold); hardswish'(-3) = -0.5,
  hardswish'(3) = 1.5; softplus at beta*x == threshold is on the log1p side
  (f' = sigmoid(threshold)), with right limit 1.
* NaN gives NaN for f and every f'. +-inf gives the limit of f and of f'
  (computed as the value at +-1e1000, rounded to the type).
* Signs of zero in f:
  - f(-0) = -0 where f is odd through the origin or passes x through:
    leaky_relu/prelu/rrelu (positive slope), elu, selu, celu, gelu, silu,
    mish, tanh, softsign, tanhshrink, hardtanh, hardswish, threshold when
    threshold < 0 (x passes).
  - relu(-0) = +0 and relu6(-0) = +0: the output is never negative.
  - An exactly-zero piece gives +0 at every input, -0 included: relu and
    relu6 for x <= 0, hardsigmoid for x <= -3, hardswish for x <= -3 (not
    -0 from x * 0), softshrink and hardshrink in their dead zone
    |x| <= lambd (PyTorch returns the constant 0), threshold's value 0.
  - A nonzero exact value that underflows rounds to a zero with its sign:
    gelu, silu and mish give -0 far left (and at -inf, their limit from
    below); logsigmoid gives -0 far right and at +inf.
  - f' values are +0 where f' is exactly zero; an underflowing f' keeps its
    sign (gelu', silu', mish' are negative far left, so -0 there and at -inf).

Output format (one file per activation, UTF-8 text, tab-separated)
------------------------------------------------------------------
Lines starting with "#" are comments (the definition and these notes).
Then blocks, each introduced by two lines:

    params<TAB>name=value<TAB>...   parameters by name, in the registry's
                                    names; a choice by its name
                                    (approximate=tanh); no pairs if none
    type<TAB>double | float

followed by a column header "x f df_pytorch df_left df_right" and one row
per input. Numbers are the shortest decimal that reads back exactly (at
most 17 significant digits for double, read with strtod; at most 9 for float,
read with strtof); nan, inf, -inf are spelled out; -0 is written with its
sign. The first block of each file uses the registry's default parameters.
"""

import math
import struct
import sys
from fractions import Fraction as Q
from multiprocessing import Pool
from pathlib import Path

import mpmath
from mpmath import mp, mpf

BASE_DPS = 60
INF_STAND_IN_EXP = 1000  # +-inf is evaluated at +-10^1000
TAIL_EXP_CLAMP = 10**20  # e^z for |z| beyond this: see "Far tails" above

OUT_DIR = Path(__file__).resolve().parent.parent / "core" / "reference"


# ---------------------------------------------------------------------------
# Binary formats and exact rounding


class Format:
    def __init__(self, name, precision, emin, emax):
        self.name = name
        self.p = precision
        self.emin = emin
        self.emax = emax
        self.qmin = emin - precision + 1  # exponent of the smallest subnormal

    def is_float(self):
        return self.p == 24


DOUBLE = Format("double", 53, -1022, 1023)
FLOAT = Format("float", 24, -126, 127)


def signed_zero(negative):
    return -0.0 if negative else 0.0


def round_rational(fmt, v):
    """Round the exact nonzero rational v to fmt: nearest, ties to even."""
    negative = v < 0
    a = -v if negative else v
    n, d = a.numerator, a.denominator
    e = n.bit_length() - d.bit_length()  # 2^(e-1) < a < 2^(e+1)
    if (n << max(0, -e)) < (d << max(0, e)):
        e -= 1  # now 2^e <= a < 2^(e+1)
    q = max(e - fmt.p + 1, fmt.qmin)  # exponent of the result's last place
    num, den = (n, d << q) if q >= 0 else (n << -q, d)
    m, rem = divmod(num, den)
    if 2 * rem > den or (2 * rem == den and m & 1):
        m += 1
    if m == 0:
        return signed_zero(negative)
    if m.bit_length() + q > fmt.emax + 1:  # m * 2^q >= 2^(emax+1)
        return -math.inf if negative else math.inf
    result = math.ldexp(m, q)  # exact: m has at most p + 1 bits
    return -result if negative else result


def round_mpf(fmt, v):
    """Round a nonzero finite mpf to fmt, deciding far under/overflow from
    its exponent before any exact conversion."""
    sign, man, exp, bc = v._mpf_
    e = exp + bc - 1  # 2^e <= |v| < 2^(e+1)
    if e > fmt.emax + 1:
        return -math.inf if sign else math.inf
    if e < fmt.qmin - 2:  # |v| < half the smallest subnormal
        return signed_zero(sign)
    value = Q(man) * (Q(2) ** exp)
    return round_rational(fmt, -value if sign else value)


def round_value(fmt, v):
    if isinstance(v, float):
        if math.isnan(v) or math.isinf(v) or v == 0:
            return v
        return round_rational(fmt, Q(v))
    if isinstance(v, (Q, int)):
        if v == 0:
            return 0.0
        return round_rational(fmt, Q(v))
    if not mp.isfinite(v):
        raise ValueError(f"non-finite intermediate {v}")
    if v == 0:
        return 0.0
    return round_mpf(fmt, v)


def bits(x):
    return struct.unpack("<Q", struct.pack("<d", x))[0]


def same_float(a, b):
    return (math.isnan(a) and math.isnan(b)) or bits(a) == bits(b)


def to_float32(x):
    """The double x rounded to float, as the core's static_cast<float>."""
    if math.isnan(x) or math.isinf(x) or x == 0:
        return x
    return round_rational(FLOAT, Q(x))


def next_toward(fmt, x, up):
    if fmt is DOUBLE:
        return math.nextafter(x, math.inf if up else -math.inf)
    b = struct.unpack("<I", struct.pack("<f", x))[0]
    if x == 0:
        b = 1 if up else 0x80000001
    elif (x > 0) == up:
        b += 1
    else:
        b -= 1
    return struct.unpack("<f", struct.pack("<I", b))[0]


def text(fmt, x):
    """Shortest decimal that reads back as exactly x in fmt."""
    if math.isnan(x):
        return "nan"
    if math.isinf(x):
        return "inf" if x > 0 else "-inf"
    if fmt is DOUBLE:
        return repr(x)  # Python's repr is the shortest round-trip text
    if x == 0:
        return "-0" if math.copysign(1, x) < 0 else "0"
    for digits in range(1, 10):
        s = "%.*g" % (digits, x)
        if round_rational(fmt, Q(s)) == x:
            return s
    raise AssertionError(x)


# ---------------------------------------------------------------------------
# High-precision helpers (mpmath, at the current working precision)


def safe_exp(z):
    if z > TAIL_EXP_CLAMP:
        z = mpf(TAIL_EXP_CLAMP)
    elif z < -TAIL_EXP_CLAMP:
        z = -mpf(TAIL_EXP_CLAMP)
    return mp.exp(z)


def sigmoid(z):
    return 1 / (1 + safe_exp(-z))


def softplus1(z):
    """log(1 + e^z), without loss for large z."""
    if z > 0:
        return z + mp.log1p(safe_exp(-z))
    return mp.log1p(safe_exp(z))


def expm1(z):
    if z < -TAIL_EXP_CLAMP:
        return -1 + safe_exp(z)
    return mp.expm1(z)


def tanh(z):
    if abs(z) > TAIL_EXP_CLAMP:
        return mpf(1) if z > 0 else mpf(-1)
    return mp.tanh(z)


def sech2(z):
    return 4 * sigmoid(2 * z) * sigmoid(-2 * z)


def npdf(x):
    return safe_exp(-x * x / 2) / mp.sqrt(2 * mp.pi)


def ncdf(x):
    """Phi(x), the standard normal distribution function."""
    if abs(x) <= 10**10:
        return mp.ncdf(x)
    # Beyond 1e10 the asymptotic series is exact to far more than the
    # working precision (next term 105/x^8 relative), and e^(-x^2/2) is
    # far below every subnormal anyway.
    tail = npdf(x) / abs(x) * (1 - 1 / x**2 + 3 / x**4 - 15 / x**6)
    return tail if x < 0 else 1 - tail


# ---------------------------------------------------------------------------
# The activations


class Pt:
    """An input x, approached from one side (side -1 or +1) or taken as is
    (side 0, PyTorch's convention). Comparisons against breakpoints use the
    side, so one piecewise definition gives all three derivative columns."""

    __slots__ = ("x", "side")

    def __init__(self, x, side=0):
        self.x = x
        self.side = side

    def __gt__(self, b):
        return self.x > b or (self.x == b and self.side > 0)

    def __lt__(self, b):
        return self.x < b or (self.x == b and self.side < 0)


MINUS = -1  # f(-0) = -0 (when f(0) = 0)
PLUS = 1  # f(-0) = +0


class Activation:
    """name, parameter sets (the first is the registry's defaults), and the
    maths. exact: evaluated in rational arithmetic with the parameters the
    core uses for the type; otherwise with mpmath."""

    def __init__(self, name, definition, f, df, *, param_sets=({},), exact=False,
                 breaks=lambda p: [], minus_zero=lambda p: MINUS, df_zeros=(),
                 cast=None, float_cast=(), nan_at_infinity=(), extra_inputs=lambda p: []):
        self.name = name
        self.definition = definition
        self.f = f
        self.df = df
        self.param_sets = [dict(s) for s in param_sets]
        self.exact = exact
        self.breaks = breaks
        self.minus_zero = minus_zero
        self.df_zeros = df_zeros  # starting guesses for interior zeros of f' (or a function of the raw params)
        self.cast = cast  # params for a format, where not simply float_cast
        self.float_cast = float_cast  # names of params rounded to float for floats
        self.nan_at_infinity = nan_at_infinity  # "f", "df": no limit at +-inf (sine)
        self.extra_inputs = extra_inputs  # mpf points whose nearest inputs to add (zeros of sine, of snake')

    def params_for(self, fmt, raw):
        """The parameters the maths sees for this type: a slope is rounded
        to float for the float table (the core multiplies by
        static_cast<T>(slope)); every other parameter must be exact in float,
        so that double and float tables describe the same function."""
        if self.cast is not None:
            return self.cast(fmt, raw)
        for k, v in raw.items():
            if isinstance(v, float) and k not in self.float_cast and to_float32(v) != v:
                raise ValueError(f"{self.name}: {k}={v} must be exact in float")
        if not self.exact:
            return dict(raw)
        return {k: Q(to_float32(v) if fmt.is_float() else v) for k, v in raw.items()}


def sign_of_product(p):
    """f(-0) = -0 * slope: -0 for slope >= 0, +0 for a negative slope."""
    return MINUS if p >= 0 else PLUS


def leaky(slope_name):
    return dict(
        f=lambda x, p: x if x > 0 else p[slope_name] * x,
        df=lambda t, p: 1 if t > 0 else p[slope_name],
        exact=True,
        breaks=lambda p: [0],
        minus_zero=lambda p: sign_of_product(p[slope_name]),
        float_cast=(slope_name,),
    )


def rrelu_cast(fmt, raw):
    slope = round_rational(DOUBLE, (Q(raw["lower"]) + Q(raw["upper"])) / 2)
    if fmt.is_float():
        slope = to_float32(slope)
    return {"slope": Q(slope)}


SELU_SCALE = "1.0507009873554804934193349852946"
SELU_ALPHA = "1.6732632423543772848170429916717"


def elu_f(x, alpha):
    return x if x > 0 else alpha * expm1(x)


def selu_f(x, p):
    scale, alpha = mpf(SELU_SCALE), mpf(SELU_ALPHA)
    return scale * elu_f(x, alpha)


def selu_df(t, p):
    scale, alpha = mpf(SELU_SCALE), mpf(SELU_ALPHA)
    return scale if t > 0 else scale * alpha * safe_exp(t.x)


def gelu_u(x):
    """gelu-tanh's argument u = sqrt(2/pi) (x + 0.044715 x^3) and du/dx."""
    c, k = mp.sqrt(2 / mp.pi), mpf("0.044715")
    return c * (x + k * x**3), c * (1 + 3 * k * x * x)


def gelu_f(x, p):
    if p["approximate"] == "none":
        return x * ncdf(x)
    u, _ = gelu_u(x)
    return x * sigmoid(2 * u)  # x/2 (1 + tanh u), without cancellation


def gelu_df(t, p):
    x = t.x
    if p["approximate"] == "none":
        return ncdf(x) + x * npdf(x)
    u, du = gelu_u(x)
    # d/dx [x sigmoid(2u)] = sigmoid(2u) + 2x sigmoid(2u) sigmoid(-2u) u'
    return sigmoid(2 * u) + 2 * x * sigmoid(2 * u) * sigmoid(-2 * u) * du


def mish_df(t, p):
    x = t.x
    sp = softplus1(x)
    return tanh(sp) + x * sech2(sp) * sigmoid(x)


def softplus_f(x, p):
    beta, threshold = mpf(p["beta"]), mpf(p["threshold"])
    if beta * x > threshold:
        return x
    return softplus1(beta * x) / beta


def softplus_df(t, p):
    beta, threshold = mpf(p["beta"]), mpf(p["threshold"])
    if t > threshold / beta:  # beta > 0: beta*x > threshold
        return 1
    return sigmoid(beta * t.x)


def softplus_breaks(p):
    b = Q(p["beta"])
    return [Q(p["threshold"]) / b]


def tanhshrink_f(x, p):
    if x != 0 and abs(x) < 1:
        # x - tanh x ~ x^3/3: keep the digits the subtraction cancels.
        extra = int(-2 * mp.log10(abs(x))) + 10
        with mp.extradps(extra):
            return x - mp.tanh(x)
    return x - tanh(x)


def shrink_df(t, p):
    lambd = p["lambd"]
    return 1 if (t > lambd or t < -lambd) else 0


def hardswish_df(t, p):
    if t < -3:
        return 0
    if t > 3:
        return 1
    return (2 * t.x + 3) / Q(6)


# ---- beyond PyTorch's list ----


def as_is(fmt, raw):
    """Parameters of a function the core computes in double for both types:
    the double value is the parameter for the float table too."""
    return dict(raw)


def swish_f(x, beta):
    return x * sigmoid(beta * x)


def swish_df(x, beta):
    z = beta * x
    return sigmoid(z) * (1 + z * sigmoid(-z))


QUICK_GELU_BETA = 1.702  # the double nearest CLIP's constant


def squareplus_f(x, p):
    b = mpf(p["b"])
    root = mp.sqrt(x * x + b)
    return (x + root) / 2 if x >= 0 else b / (2 * (root - x))  # no cancellation


def squareplus_df(t, p):
    x, b = t.x, mpf(p["b"])
    root = mp.sqrt(x * x + b)
    return (1 + x / root) / 2 if x >= 0 else b / (2 * root * (root - x))


def xielu_f(x, p):
    ap, an, beta, eps = (mpf(p[k]) for k in ("alpha_p", "alpha_n", "beta", "eps"))
    if x > 0:
        return ap * x * x + beta * x
    return an * (expm1(min(x, eps)) - x) + beta * x


def xielu_df(t, p):
    ap, an, beta, eps = (mpf(p[k]) for k in ("alpha_p", "alpha_n", "beta", "eps"))
    x = t.x
    if t > 0:
        return 2 * ap * x + beta
    if t < eps:
        return an * expm1(x) + beta
    if t > eps:
        return beta - an
    # x == eps: torch.min's tie passes half the gradient to x
    return an * (safe_exp(eps) / 2 - 1) + beta


def xielu_zeros(raw):
    """Where f crosses zero left of 0 (near -2.5 with the defaults), if it does."""
    try:
        return [mp.findroot(lambda x: xielu_f(x, raw), mpf(-2.5))]
    except (ValueError, ZeroDivisionError):
        return []


def snake_f(x, p):
    a = mpf(p["alpha"])
    if abs(x) > mpf(10) ** 400:
        return x  # +-inf's stand-in: the bounded ripple cannot matter
    return x + mp.sin(a * x) ** 2 / a


def snake_df(t, p):
    a = mpf(p["alpha"])
    # = 1 + sin(2ax), without cancellation near its zeros; pi/4 added to a
    # huge phase needs the phase's own digits on top of the working ones.
    extra = max(0, int(mp.log10(abs(a * t.x)))) if t.x != 0 else 0
    with mp.extradps(extra):
        return 2 * mp.sin(a * t.x + mp.pi / 4) ** 2


def linear_sigmoid_f(x, p):
    return min(max(p["slope"] * x + Q(1, 2), Q(0)), Q(1))


def linear_sigmoid_df(t, p):
    y = p["slope"] * t.x + Q(1, 2)
    if (y > 0 or (y == 0 and t.side > 0)) and (y < 1 or (y == 1 and t.side < 0)):
        return p["slope"]
    return 0


def star_relu_df(t, p):
    return 2 * p["scale"] * t.x if t > 0 else 0


ACTIVATIONS = [
    Activation("relu", "f = max(0, x); f' = 1 (x > 0), 0 (x < 0)",
               f=lambda x, p: x if x > 0 else 0,
               df=lambda t, p: 1 if t > 0 else 0,
               exact=True, breaks=lambda p: [0], minus_zero=lambda p: PLUS),
    Activation("leaky_relu", "f = x (x > 0), negative_slope*x (x <= 0); f' = 1, negative_slope",
               param_sets=[{"negative_slope": 0.01}, {"negative_slope": 0.2},
                           {"negative_slope": 0.001}],
               **leaky("negative_slope")),
    Activation("prelu", "f = x (x > 0), weight*x (x <= 0); f' = 1, weight",
               param_sets=[{"weight": 0.25}, {"weight": 0.1}, {"weight": 2.0}],
               **leaky("weight")),
    Activation("rrelu", "evaluation mode: leaky ReLU with slope (lower + upper)/2",
               param_sets=[{"lower": 1 / 8, "upper": 1 / 3}, {"lower": 0.1, "upper": 0.3}],
               **dict(leaky("slope"), cast=rrelu_cast)),
    Activation("relu6", "f = min(max(0, x), 6); f' = 1 on (0, 6), else 0",
               f=lambda x, p: min(max(Q(0), x), Q(6)),
               df=lambda t, p: 1 if (t > 0 and t < 6) else 0,
               exact=True, breaks=lambda p: [0, 6], minus_zero=lambda p: PLUS),
    Activation("elu", "f = x (x > 0), alpha*(e^x - 1) (x <= 0); f' = 1, alpha*e^x",
               param_sets=[{"alpha": 1.0}, {"alpha": 0.5}, {"alpha": 2.0}],
               f=lambda x, p: elu_f(x, mpf(p["alpha"])),
               df=lambda t, p: 1 if t > 0 else mpf(p["alpha"]) * safe_exp(t.x),
               breaks=lambda p: [0]),
    Activation("selu", f"f = scale*elu(x, alpha), scale = {SELU_SCALE}, alpha = {SELU_ALPHA}",
               f=selu_f, df=selu_df, breaks=lambda p: [0]),
    Activation("celu", "f = max(0, x) + min(0, alpha*(e^(x/alpha) - 1)); f' = 1 (x > 0), e^(x/alpha)",
               param_sets=[{"alpha": 1.0}, {"alpha": 0.5}, {"alpha": 2.0}],
               f=lambda x, p: x if x > 0 else mpf(p["alpha"]) * expm1(x / mpf(p["alpha"])),
               df=lambda t, p: 1 if t > 0 else safe_exp(t.x / mpf(p["alpha"])),
               breaks=lambda p: [0]),
    Activation("gelu", "none: f = x*Phi(x), f' = Phi(x) + x*phi(x); tanh: f = x/2*(1 + tanh(u)), "
                       "u = sqrt(2/pi)*(x + 0.044715x^3)",
               param_sets=[{"approximate": "none"}, {"approximate": "tanh"}],
               f=gelu_f, df=gelu_df, df_zeros=(-0.75,)),
    Activation("silu", "f = x*sigmoid(x); f' = sigmoid(x)*(1 + x*sigmoid(-x))",
               f=lambda x, p: x * sigmoid(x),
               df=lambda t, p: sigmoid(t.x) * (1 + t.x * sigmoid(-t.x)),
               df_zeros=(-1.28,)),
    Activation("mish", "f = x*tanh(softplus(x)); f' = tanh(sp) + x*sech^2(sp)*sigmoid(x)",
               f=lambda x, p: x * tanh(softplus1(x)), df=mish_df, df_zeros=(-1.19,)),
    Activation("softplus", "f = x (beta*x > threshold), log(1 + e^(beta*x))/beta otherwise; "
                           "f' = 1, sigmoid(beta*x)",
               param_sets=[{"beta": 1.0, "threshold": 20.0}, {"beta": 2.0, "threshold": 10.0},
                           {"beta": 0.5, "threshold": 20.0}],
               f=softplus_f, df=softplus_df, breaks=softplus_breaks,
               minus_zero=lambda p: PLUS),
    Activation("sigmoid", "f = 1/(1 + e^-x); f' = sigmoid(x)*sigmoid(-x)",
               f=lambda x, p: sigmoid(x), df=lambda t, p: sigmoid(t.x) * sigmoid(-t.x)),
    Activation("tanh", "f = tanh x; f' = sech^2 x",
               f=lambda x, p: tanh(x), df=lambda t, p: sech2(t.x)),
    Activation("hardtanh", "f = min(max(x, min_val), max_val); f' = 1 on (min_val, max_val), else 0",
               param_sets=[{"min_val": -1.0, "max_val": 1.0}, {"min_val": -2.0, "max_val": 3.0}],
               f=lambda x, p: min(max(x, p["min_val"]), p["max_val"]),
               df=lambda t, p: 1 if (t > p["min_val"] and t < p["max_val"]) else 0,
               exact=True, breaks=lambda p: [p["min_val"], p["max_val"]]),
    Activation("hardsigmoid", "f = relu6(x + 3)/6; f' = 1/6 on (-3, 3), else 0",
               f=lambda x, p: min(max(Q(0), x + 3), Q(6)) / 6,
               df=lambda t, p: Q(1, 6) if (t > -3 and t < 3) else 0,
               exact=True, breaks=lambda p: [-3, 3], minus_zero=lambda p: PLUS),
    Activation("hardswish", "f = x*relu6(x + 3)/6; f' = 0 (x < -3), (2x + 3)/6 (-3 <= x <= 3), 1 (x > 3)",
               f=lambda x, p: x * min(max(Q(0), x + 3), Q(6)) / 6,
               df=hardswish_df, exact=True, breaks=lambda p: [-3, 3]),
    Activation("softsign", "f = x/(1 + |x|); f' = 1/(1 + |x|)^2",
               f=lambda x, p: x / (1 + abs(x)),
               df=lambda t, p: 1 / (1 + abs(t.x)) ** 2,
               exact=True, breaks=lambda p: [0]),
    Activation("logsigmoid", "f = -log(1 + e^-x); f' = sigmoid(-x)",
               f=lambda x, p: -softplus1(-x), df=lambda t, p: sigmoid(-t.x),
               minus_zero=lambda p: PLUS),
    Activation("tanhshrink", "f = x - tanh x; f' = tanh^2 x",
               f=tanhshrink_f, df=lambda t, p: tanh(t.x) ** 2),
    Activation("softshrink", "f = x - lambd (x > lambd), x + lambd (x < -lambd), 0 otherwise; "
                             "f' = 1 outside [-lambd, lambd], 0 inside",
               param_sets=[{"lambd": 0.5}, {"lambd": 0.0}, {"lambd": 1.5}],
               f=lambda x, p: x - p["lambd"] if x > p["lambd"] else
               (x + p["lambd"] if x < -p["lambd"] else 0),
               df=shrink_df, exact=True,
               breaks=lambda p: [-p["lambd"], p["lambd"]], minus_zero=lambda p: PLUS),
    Activation("hardshrink", "f = x (|x| > lambd), 0 otherwise; f' = 1 outside [-lambd, lambd], 0 inside",
               param_sets=[{"lambd": 0.5}, {"lambd": 0.0}, {"lambd": 1.5}],
               f=lambda x, p: x if (x > p["lambd"] or x < -p["lambd"]) else 0,
               df=shrink_df, exact=True,
               breaks=lambda p: [-p["lambd"], p["lambd"]], minus_zero=lambda p: PLUS),
    Activation("threshold", "f = x (x > threshold), value otherwise; f' = 1 (x > threshold), 0",
               param_sets=[{"threshold": 1.0, "value": 0.0}, {"threshold": 0.0, "value": -1.0},
                           {"threshold": -0.5, "value": 2.0}],
               f=lambda x, p: x if x > p["threshold"] else p["value"],
               df=lambda t, p: 1 if t > p["threshold"] else 0,
               exact=True, breaks=lambda p: [p["threshold"]],
               minus_zero=lambda p: MINUS if p["threshold"] < 0 else PLUS),
    Activation("relu2", "f = max(0, x)^2; f' = 2x (x > 0), 0",
               f=lambda x, p: x * x if x > 0 else Q(0),
               df=lambda t, p: 2 * t.x if t > 0 else 0,
               exact=True, breaks=lambda p: [0], minus_zero=lambda p: PLUS),
    Activation("star_relu", "f = scale*max(0, x)^2 + bias; f' = 2*scale*x (x > 0), 0",
               param_sets=[{"scale": 1.0, "bias": 0.0}, {"scale": 0.75, "bias": -0.5},
                           {"scale": -2.0, "bias": 1.0}],
               f=lambda x, p: p["scale"] * x * x + p["bias"] if x > 0 else p["bias"],
               df=star_relu_df, exact=True, breaks=lambda p: [0],
               cast=lambda fmt, raw: {k: Q(v) for k, v in raw.items()},
               minus_zero=lambda p: PLUS),
    Activation("squareplus", "f = (x + sqrt(x^2 + b))/2; f' = (1 + x/sqrt(x^2 + b))/2",
               param_sets=[{"b": 4.0}, {"b": 1.0}, {"b": 0.25}],
               f=squareplus_f, df=squareplus_df),
    Activation("sparse_plus", "f = 0 (x <= -1), (x + 1)^2/4 (-1 < x < 1), x (x >= 1); f' = 0, (x + 1)/2, 1",
               f=lambda x, p: Q(0) if x <= -1 else (x if x >= 1 else (x + 1) ** 2 / 4),
               df=lambda t, p: 0 if t.x <= -1 else (1 if t.x >= 1 else (t.x + 1) / Q(2)),
               exact=True, breaks=lambda p: [-1, 1]),
    Activation("sparse_sigmoid", "f = clip((x + 1)/2, 0, 1); f' = 1/2 on (-1, 1), else 0",
               f=lambda x, p: min(max(Q(0), (x + 1) / 2), Q(1)),
               df=lambda t, p: Q(1, 2) if (t > -1 and t < 1) else 0,
               exact=True, breaks=lambda p: [-1, 1]),
    Activation("linear_sigmoid", "f = clip(slope*x + 1/2, 0, 1); f' = slope inside, else 0",
               param_sets=[{"slope": 0.2}, {"slope": 0.5}, {"slope": 0.125}],
               f=linear_sigmoid_f, df=linear_sigmoid_df, exact=True,
               breaks=lambda p: [-Q(1, 2) / p["slope"], Q(1, 2) / p["slope"]],
               cast=lambda fmt, raw: {k: Q(v) for k, v in raw.items()}),
    Activation("quick_gelu", f"f = x*sigmoid(b*x), b = {QUICK_GELU_BETA!r} (the double); "
                             "f' = sigmoid(bx)*(1 + bx*sigmoid(-bx))",
               f=lambda x, p: swish_f(x, mpf(QUICK_GELU_BETA)),
               df=lambda t, p: swish_df(t.x, mpf(QUICK_GELU_BETA)), df_zeros=(-0.75,)),
    Activation("swish", "f = x*sigmoid(beta*x); f' = sigmoid(beta*x)*(1 + beta*x*sigmoid(-beta*x))",
               param_sets=[{"beta": 1.0}, {"beta": 0.5}, {"beta": 2.0}, {"beta": 0.0}],
               f=lambda x, p: swish_f(x, mpf(p["beta"])) if p["beta"] else x / 2,
               df=lambda t, p: swish_df(t.x, mpf(p["beta"])) if p["beta"] else mpf(1) / 2,
               df_zeros=lambda raw: [-1.2785 / raw["beta"]] if raw["beta"] else []),
    Activation("xielu", "f = alpha_p*x^2 + beta*x (x > 0), alpha_n*(expm1(min(x, eps)) - x) + beta*x (x <= 0)",
               param_sets=[{"alpha_p": 0.8, "alpha_n": 0.8, "beta": 0.5, "eps": -1e-6},
                           {"alpha_p": 0.8, "alpha_n": 0.8, "beta": 0.5, "eps": 0.0},
                           {"alpha_p": 2.0, "alpha_n": 1.5, "beta": 0.25, "eps": -0.5}],
               f=xielu_f, df=xielu_df, cast=as_is,
               df_zeros=lambda raw: [z for z in [math.log1p(-raw["beta"] / raw["alpha_n"])] if z < raw["eps"]],
               extra_inputs=xielu_zeros,
               breaks=lambda p: [p["eps"], 0.0], minus_zero=lambda p: PLUS),
    Activation("snake", "f = x + sin(alpha*x)^2/alpha; f' = 1 + sin(2*alpha*x) = 2*sin(alpha*x + pi/4)^2",
               param_sets=[{"alpha": 1.0}, {"alpha": 0.5}, {"alpha": 2.0}],
               f=snake_f, df=snake_df, nan_at_infinity=("df",),
               # where f' touches 0: alpha*x = -pi/4 + k*pi
               extra_inputs=lambda raw: [(-mp.pi / 4 + k * mp.pi) / raw["alpha"] for k in (-2, 0, 1, 3)]),
    Activation("sine", "f = sin(omega_0*x); f' = omega_0*cos(omega_0*x)",
               param_sets=[{"omega_0": 30.0}, {"omega_0": 1.0}, {"omega_0": 0.5}],
               f=lambda x, p: mp.sin(mpf(p["omega_0"]) * x),
               df=lambda t, p: mpf(p["omega_0"]) * mp.cos(mpf(p["omega_0"]) * t.x),
               nan_at_infinity=("f", "df"),
               # zeros of f and of f': omega_0*x = k*pi/2
               extra_inputs=lambda raw: [k * mp.pi / 2 / raw["omega_0"] for k in (-3, 1, 2, 7, 100)]),
    Activation("gaussian", "f = exp(-x^2); f' = -2x*exp(-x^2)",
               f=lambda x, p: safe_exp(-x * x), df=lambda t, p: -2 * t.x * safe_exp(-t.x * t.x)),
    Activation("linear", "f = x; f' = 1",
               f=lambda x, p: x, df=lambda t, p: 1, exact=True),
    Activation("step", "f = 1 (x > 0), alpha (x <= 0); f' = 0",
               param_sets=[{"alpha": 0.0}, {"alpha": -1.0}, {"alpha": 0.5}],
               f=lambda x, p: Q(1) if x > 0 else p["alpha"], df=lambda t, p: 0,
               exact=True, breaks=lambda p: [0], minus_zero=lambda p: PLUS),
]

BY_NAME = {a.name: a for a in ACTIVATIONS}


# ---------------------------------------------------------------------------
# Evaluation: exact, or mpmath at rising precision until the rounding is sure


def evaluate_mp(fmt, compute, x):
    """compute(x) at 60, 120, ... digits until two precisions agree."""
    previous = None
    dps = BASE_DPS
    while dps <= 16 * BASE_DPS:
        with mp.workdps(dps):
            xm = mpf(x) if not math.isinf(x) else math.copysign(1, x) * mpf(10) ** INF_STAND_IN_EXP
            v = compute(xm)
            v = mpf(v)
            if v == 0 and x != 0:
                raise AssertionError(f"unexpected exact zero at {x}")
            r = round_value(fmt, v)
            if previous is not None:
                pv, pr = previous
                close = v == pv or abs(v - pv) <= abs(v) * mpf(10) ** (-BASE_DPS // 2)
                if same_float(r, pr) and close:
                    return r
            previous = (v, r)
        dps *= 2
    raise AssertionError(f"no stable value at x = {x}")


def evaluate(act, fmt, p, quantity, x):
    """quantity: "f" or a side (0 pytorch, -1 left, +1 right) for f'."""
    if math.isnan(x):
        return math.nan
    if math.isinf(x) and ("f" if quantity == "f" else "df") in act.nan_at_infinity:
        return math.nan
    if act.exact:
        xq = Q(x) if not math.isinf(x) else Q(int(math.copysign(1, x)) * 10**INF_STAND_IN_EXP)
        v = act.f(xq, p) if quantity == "f" else act.df(Pt(xq, quantity), p)
        r = round_value(fmt, Q(v))
    elif quantity == "f":
        r = evaluate_mp(fmt, lambda xm: act.f(xm, p), x)
    else:
        r = evaluate_mp(fmt, lambda xm: act.df(Pt(xm, quantity), p), x)
    if r == 0 and math.copysign(1, x) < 0 and x == 0 and quantity == "f":
        r = signed_zero(act.minus_zero(p) == MINUS)
    return r


# ---------------------------------------------------------------------------
# Inputs


def representable(fmt, v):
    return round_value(fmt, v if isinstance(v, (float, Q, int)) else mpf(v))


def base_inputs(fmt):
    xs = [k / 10 for k in range(-100, 101)] + [float(k) for k in range(-50, 51)]
    xs = [to_float32(x) if fmt.is_float() else x for x in xs]
    with mp.workdps(BASE_DPS):
        magnitudes = [mpf(10) ** (mpf(j) / 4) for j in range(-40, 41)]
        decades = range(-320, 309, 20) if fmt is DOUBLE else range(-45, 39, 4)
        magnitudes += [mpf(10) ** e for e in decades]
        # The brief's edges, and where e^x leaves the normal range of each
        # type (double: 709.78 overflow, 708.4 and 745.1 underflow; float:
        # 88.7, 87.3 and 103.3), where tails turn subnormal or zero.
        edges = [1e-8, 20.0, 88.0, 89.0, 700.0, 1e10, to_float32(3.4e38),
                 87.0, 103.0, 104.0, 708.0, 709.0, 710.0, 745.0, 746.0]
        if fmt is DOUBLE:
            edges += [5e-324, 2.2250738585072014e-308, 1.7e308, sys.float_info.max]
        else:
            edges += [math.ldexp(1, -149), math.ldexp(1, -126), to_float32(3.4028234663852886e38)]
        for m in magnitudes + [mpf(e) for e in edges]:
            r = round_mpf(fmt, m)
            if r != 0 and not math.isinf(r):
                xs += [r, -r]
    xs += [0.0, -0.0, math.inf, -math.inf, math.nan]
    return xs


def neighbours(fmt, b, count=2):
    out = [b]
    for up in (False, True):
        y = b
        for _ in range(count):
            y = next_toward(fmt, y, up)
            out.append(y)
    if b == 0:
        out.append(-0.0)
    return out


def inputs_for(act, fmt, p, raw):
    xs = base_inputs(fmt)
    for b in act.breaks(p if act.exact else raw):
        b = round_value(fmt, Q(b))
        xs += neighbours(fmt, b)
    guesses = act.df_zeros(raw) if callable(act.df_zeros) else act.df_zeros
    with mp.workdps(BASE_DPS):
        for point in act.extra_inputs(raw):
            xs += neighbours(fmt, round_mpf(fmt, mpf(point)))
    for guess in guesses:
        with mp.workdps(BASE_DPS):
            x0 = mp.findroot(lambda x: act.df(Pt(x), p), mpf(guess))
            xs += neighbours(fmt, round_mpf(fmt, x0))
    unique = {}
    for x in xs:
        unique[("nan",) if math.isnan(x) else bits(x)] = x

    def order(x):
        if math.isnan(x):
            return (1, 0.0, 0)
        return (0, x, math.copysign(1, x))

    return sorted(unique.values(), key=order)


# ---------------------------------------------------------------------------
# Output


def param_text(raw):
    parts = []
    for k, v in raw.items():
        parts.append(f"{k}={v if isinstance(v, str) else text(DOUBLE, v)}")
    return parts


def block(act, fmt, raw):
    p = act.params_for(fmt, raw)
    lines = ["\t".join(["params"] + param_text(raw)), f"type\t{fmt.name}"]
    if (act.float_cast and fmt.is_float()) or act.cast is not None:
        seen = {k: "%.17g" % float(v) for k, v in p.items()}
        lines.insert(0, f"# parameters as the {fmt.name} maths sees them: "
                     + ", ".join(f"{k}={v}" for k, v in seen.items()))
    lines.append("x\tf\tdf_pytorch\tdf_left\tdf_right")
    breaks = {round_value(fmt, Q(b)) for b in act.breaks(p if act.exact else raw)}
    for x in inputs_for(act, fmt, p, raw):
        f = evaluate(act, fmt, p, "f", x)
        d = evaluate(act, fmt, p, 0, x)
        if x in breaks:  # -0 == 0, so both zeros count
            left, right = evaluate(act, fmt, p, -1, x), evaluate(act, fmt, p, 1, x)
        else:
            left = right = d
        cols = [text(fmt, x), text(fmt, f), text(fmt, d)]
        cols += ["=" if same_float(v, d) else text(fmt, v) for v in (left, right)]
        lines.append("\t".join(cols))
    return lines


def header(act):
    doc = __doc__.split("Conventions (PyTorch's")[1].split("Output format")[0]
    lines = [
        f"{act.name}: reference values of f and f' (PyTorch conventions)",
        f"definition: {act.definition}",
        f"written by tests/reference/make_reference.py with mpmath {mpmath.__version__} "
        f"({BASE_DPS}+ digits); do not edit.",
        "each value is the exact function of the row's x, rounded once (nearest, ties",
        "to even) to the block's type; df_left/df_right differ from df_pytorch only at",
        "breakpoints (\"=\" elsewhere); nan, inf, -inf spelled out; -0 kept.",
        "columns: x, f(x), f'(x) PyTorch's convention, left limit of f', right limit of f'",
        "",
        "Conventions (PyTorch's" + doc.rstrip(),
    ]
    return ["# " + line if line else "#" for line in "\n".join(lines).split("\n")]


def write(name):
    act = BY_NAME[name]
    lines = header(act)
    for raw in act.param_sets:
        for fmt in (DOUBLE, FLOAT):
            lines += block(act, fmt, raw)
    path = OUT_DIR / f"{name}.tsv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return name, path.stat().st_size


def main(argv):
    names = argv[1:] or [a.name for a in ACTIVATIONS]
    unknown = [n for n in names if n not in BY_NAME]
    if unknown:
        sys.exit(f"unknown activation(s): {', '.join(unknown)}")
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    with Pool() as pool:
        for name, size in pool.imap_unordered(write, names):
            print(f"{name}: {size} bytes", flush=True)


if __name__ == "__main__":
    main(sys.argv)
