#!/usr/bin/python3
"""High-precision reference values of f'' for every activation.

Writes tests/core/reference/second_derivative/<name>.tsv for each
activation of make_reference.py. tests/core/second_derivative_test.cpp loops
over the registry and checks every entry against its file; an entry without
a file fails.

Run (Debian: apt-get install python3-mpmath):

    /usr/bin/python3 tests/reference/make_second_derivative_reference.py          # all
    /usr/bin/python3 tests/reference/make_second_derivative_reference.py gelu mish

It reuses make_reference.py's inputs, parameter sets, exact rounding and
precision escalation (60, 120, ... digits until two agree), so the tables
have the same rows as the f and f' tables, plus the inputs nearest each
interior zero of f'' with two neighbours on each side.

Definitions (written from the functions, independently of the core's forms)
--------------------------------------------------------------------------
* f'' on each open piece is the classical second derivative. Where f' jumps
  (a corner), f'' has a point mass that no number holds: the columns give
  the regular part. d2f_pytorch at a breakpoint is what PyTorch's double
  backward returns there: 0 for every activation of the registry but xielu
  (checked with torch: relu, leaky_relu, prelu, rrelu, relu6, hardtanh,
  softshrink, hardshrink and threshold are 0 everywhere; elu, selu and celu
  give 0 at 0; softplus gives 0 at the cut-off; softsign gives 0 at 0;
  hardswish 0 at +-3; hardsigmoid has no double backward, and 0 is its limit
  on both sides; for the functions beyond PyTorch, autograd of their usual
  formula gives 0 as well). xielu, written with torch.min as Hugging Face
  does, gives alpha_n e^eps / 4 at eps (the tie's gradient split in half,
  squared) and 0 at 0. Where f' has no limit at +-inf (sine, snake), f''
  has none: NaN.
  d2f_left and d2f_right are the limits of f'' from either side.
* Piecewise-linear and rational functions (and hardswish, softsign) are exact
  rationals; the rest use mpmath, with f'' written as:
    elu     alpha e^x (x < 0), 0 (x > 0); selu scale alpha e^x, 0; celu e^(x/alpha)/alpha, 0
    gelu    phi(x)(2 - x^2); tanh form x sigmoid(z), z = 2u:
            2 s'(z) z' + x (s''(z) z'^2 + s'(z) z''), s' = s(1 - s), s'' = s'(1 - 2s)
    silu    2 s'(x) + x s''(x), with 1 - 2 s(x) = -tanh(x/2)
    mish    sech^2(sp) [2 s + x (s' - 2 tanh(sp) s^2)], sp = softplus(x), s = sigmoid(x)
    softplus beta s'(beta x) below the cut-off, 0 above
    sigmoid -s(x) s(-x) tanh(x/2); tanh -2 tanh sech^2; tanhshrink 2 tanh sech^2
    logsigmoid -s(x) s(-x); hardswish 1/3 on (-3, 3), 0 outside; softsign -2 sign(x)/(1 + |x|)^3
* An exactly zero f'' is written as 0 (+0); the core may give -0 there.

Output format: as make_reference.py's (params, type, header, rows), with the
columns "x d2f_pytorch d2f_left d2f_right"; left/right hold "=" away from
breakpoints.
"""

import math
import sys
from fractions import Fraction as Q
from multiprocessing import Pool
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import make_reference as R  # noqa: E402
import mpmath  # noqa: E402
from mpmath import mp, mpf  # noqa: E402

OUT_DIR = R.OUT_DIR / "second_derivative"


def s1(z):
    """sigmoid'(z) = s(z) s(-z)."""
    return R.sigmoid(z) * R.sigmoid(-z)


def gelu_d2(x, p):
    if p["approximate"] == "none":
        return R.npdf(x) * (2 - x * x)
    c, k = mp.sqrt(2 / mp.pi), mpf("0.044715")
    z = 2 * c * (x + k * x**3)
    dz = 2 * c * (1 + 3 * k * x * x)
    ddz = 2 * c * 6 * k * x
    sp = s1(z)
    spp = sp * (R.sigmoid(-z) - R.sigmoid(z))
    return 2 * sp * dz + x * (spp * dz * dz + sp * ddz)


def silu_d2(x, p):
    return s1(x) * (2 - x * R.tanh(x / 2))


def mish_d2(x, p):
    sp = R.softplus1(x)
    s = R.sigmoid(x)
    return R.sech2(sp) * (2 * s + x * (s1(x) - 2 * R.tanh(sp) * s * s))


def sigmoid_d2(x, p):
    return -s1(x) * R.tanh(x / 2)


def piecewise(pieces):
    """f'' from a function of (t, p) that sees the side (Pt)."""
    return pieces


def zero(t, p):
    return 0


def elu_like(coefficient, rate):
    def d2(t, p):
        if t > 0:
            return 0
        return coefficient(p) * R.safe_exp(t.x * rate(p))
    return d2


def softplus_d2(t, p):
    beta, threshold = mpf(p["beta"]), mpf(p["threshold"])
    if t > threshold / beta:
        return 0
    return beta * s1(beta * t.x)


def hardswish_d2(t, p):
    return Q(1, 3) if (t > -3 and t < 3) else 0


def softsign_d2(t, p):
    if t.x == 0:
        return -2 * t.side  # left 2, right -2 (side 0 is handled as PyTorch's 0)
    return Q(-2 if t.x > 0 else 2) / (1 + abs(t.x)) ** 3


def smooth(d2):
    return lambda t, p: d2(t.x, p)


SELU_SCALE_ALPHA = lambda p: mpf(R.SELU_SCALE) * mpf(R.SELU_ALPHA)  # noqa: E731


def swish_d2(x, beta):
    """x sigmoid(beta x): beta s'(z) (2 - z tanh(z/2)), z = beta x."""
    z = beta * x
    return beta * s1(z) * (2 - z * R.tanh(z / 2))


def quick_gelu_beta():
    return mpf(getattr(R, "QUICK_GELU_BETA", 1.702))


def xielu_d2(t, p):
    alpha_p, alpha_n, eps = mpf(p["alpha_p"]), mpf(p["alpha_n"]), mpf(p["eps"])
    if t > 0:
        return 2 * alpha_p
    if t > eps:
        return 0
    return alpha_n * R.safe_exp(t.x)


def xielu_pytorch(x, p):
    """PyTorch's double backward at xielu's breakpoints: torch.min splits the
    gradient of a tie in half, so at x = eps f'' is alpha_n e^eps (1/2)^2;
    at 0 (eps < 0) the x <= 0 branch has min at eps: 0."""
    if x == p["eps"]:
        return mpf(p["alpha_n"]) * R.safe_exp(mpf(p["eps"])) / 4
    return 0

# name -> (f'' of a Pt, starting guesses for interior zeros of f'')
D2 = {
    "relu": (zero, ()), "leaky_relu": (zero, ()), "prelu": (zero, ()), "rrelu": (zero, ()),
    "relu6": (zero, ()), "hardtanh": (zero, ()), "hardsigmoid": (zero, ()),
    "softshrink": (zero, ()), "hardshrink": (zero, ()), "threshold": (zero, ()),
    "elu": (elu_like(lambda p: mpf(p["alpha"]), lambda p: 1), ()),
    "selu": (elu_like(SELU_SCALE_ALPHA, lambda p: 1), ()),
    "celu": (elu_like(lambda p: 1 / mpf(p["alpha"]), lambda p: 1 / mpf(p["alpha"])), ()),
    "gelu": (smooth(gelu_d2), (-1.41, 1.41)),
    "silu": (smooth(silu_d2), (-2.4, 2.4)),
    "mish": (smooth(mish_d2), (-2.26, 1.49)),
    "softplus": (softplus_d2, ()),
    "sigmoid": (smooth(sigmoid_d2), ()),
    "tanh": (smooth(lambda x, p: -2 * R.tanh(x) * R.sech2(x)), ()),
    "hardswish": (hardswish_d2, ()),
    "softsign": (softsign_d2, ()),
    "logsigmoid": (smooth(lambda x, p: -s1(x)), ()),
    "tanhshrink": (smooth(lambda x, p: 2 * R.tanh(x) * R.sech2(x)), ()),
    # Beyond PyTorch's list.
    "relu2": (lambda t, p: 2 if t > 0 else 0, ()),
    "star_relu": (lambda t, p: 2 * p["scale"] if t > 0 else 0, ()),
    "squareplus": (smooth(lambda x, p: mpf(p["b"]) / (2 * (x * x + mpf(p["b"])) ** mpf(1.5))), ()),
    "sparse_plus": (lambda t, p: Q(1, 2) if (t > -1 and t < 1) else 0, ()),
    "sparse_sigmoid": (zero, ()), "linear_sigmoid": (zero, ()), "linear": (zero, ()), "step": (zero, ()),
    "quick_gelu": (smooth(lambda x, p: swish_d2(x, quick_gelu_beta())), (-1.41, 1.41)),
    "swish": (smooth(lambda x, p: swish_d2(x, mpf(p["beta"])) if p["beta"] else 0),
              lambda raw: [-2.4 / raw["beta"], 2.4 / raw["beta"]] if raw["beta"] else []),
    "xielu": (xielu_d2, ()),
    "snake": (smooth(lambda x, p: 2 * mpf(p["alpha"]) * mp.cos(2 * mpf(p["alpha"]) * x)), ()),
    "sine": (smooth(lambda x, p: -mpf(p["omega_0"]) ** 2 * mp.sin(mpf(p["omega_0"]) * x)), ()),
    "gaussian": (smooth(lambda x, p: (4 * x * x - 2) * R.safe_exp(-x * x)), (-0.7, 0.7)),
}

# PyTorch's double backward at a breakpoint, where it is not 0.
PYTORCH_AT_BREAK = {"xielu": xielu_pytorch}


def evaluate_mp(fmt, compute, x):
    """compute(x) at 60, 120, ... digits until two precisions agree; an exact
    zero (a constant piece) is returned as it is."""
    previous = None
    dps = R.BASE_DPS
    while dps <= 16 * R.BASE_DPS:
        with mp.workdps(dps):
            xm = mpf(x) if not math.isinf(x) else math.copysign(1, x) * mpf(10) ** R.INF_STAND_IN_EXP
            v = compute(xm)
            if not isinstance(v, mpmath.mpf) and v == 0:
                return 0.0
            v = mpf(v)
            r = R.round_value(fmt, v)
            if previous is not None:
                pv, pr = previous
                close = v == pv or abs(v - pv) <= abs(v) * mpf(10) ** (-R.BASE_DPS // 2)
                if R.same_float(r, pr) and close:
                    return r
            previous = (v, r)
        dps *= 2
    raise AssertionError(f"no stable value at x = {x}")


def evaluate(act, d2, fmt, p, side, x, breaks):
    if math.isnan(x):
        return math.nan
    if math.isinf(x) and "df" in getattr(act, "nan_at_infinity", ()):
        return math.nan  # f' has no limit at +-inf (sine, snake): neither has f''
    if side == 0 and x in breaks:
        special = PYTORCH_AT_BREAK.get(act.name)
        if special is None:
            return 0.0  # PyTorch's double backward at the registry's breakpoints
        with mp.workdps(R.BASE_DPS):
            v = special(x, p)
            return 0.0 if v == 0 else R.round_value(fmt, mpf(v))
    if act.exact:
        xq = Q(x) if not math.isinf(x) else Q(int(math.copysign(1, x)) * 10**R.INF_STAND_IN_EXP)
        return R.round_value(fmt, Q(d2(R.Pt(xq, side), p)))
    return evaluate_mp(fmt, lambda xm: d2(R.Pt(xm, side), p), x)


def inputs(act, d2, zeros, fmt, p, raw):
    xs = R.inputs_for(act, fmt, p, raw)
    for guess in (zeros(raw) if callable(zeros) else zeros):
        with mp.workdps(R.BASE_DPS):
            x0 = mp.findroot(lambda x: d2(R.Pt(x), p), mpf(guess))
            xs += R.neighbours(fmt, R.round_mpf(fmt, x0))
    unique = {}
    for x in xs:
        unique[("nan",) if math.isnan(x) else R.bits(x)] = x
    return sorted(unique.values(), key=lambda x: (1, 0.0, 0) if math.isnan(x) else (0, x, math.copysign(1, x)))


def block(act, fmt, raw):
    d2, zeros = D2[act.name]
    p = act.params_for(fmt, raw)
    lines = ["\t".join(["params"] + R.param_text(raw)), f"type\t{fmt.name}", "x\td2f_pytorch\td2f_left\td2f_right"]
    breaks = {R.round_value(fmt, Q(b)) for b in act.breaks(p if act.exact else raw)}
    for x in inputs(act, d2, zeros, fmt, p, raw):
        at = evaluate(act, d2, fmt, p, 0, x, breaks)
        if x in breaks:
            left, right = (evaluate(act, d2, fmt, p, side, x, breaks) for side in (-1, 1))
        else:
            left = right = at
        cols = [R.text(fmt, x), R.text(fmt, at)]
        cols += ["=" if R.same_float(v, at) else R.text(fmt, v) for v in (left, right)]
        lines.append("\t".join(cols))
    return lines


def write(name):
    act = R.BY_NAME[name]
    lines = [
        f"# {name}: reference values of f'' (regular part; PyTorch's double backward at breakpoints)",
        f"# definition of f: {act.definition}",
        f"# written by tests/reference/make_second_derivative_reference.py with mpmath "
        f"{mpmath.__version__} ({R.BASE_DPS}+ digits); do not edit.",
        "# columns: x, f''(x) (0 at breakpoints, as PyTorch), left limit of f'', right limit of f''",
    ]
    for raw in act.param_sets:
        for fmt in (R.DOUBLE, R.FLOAT):
            lines += block(act, fmt, raw)
    path = OUT_DIR / f"{name}.tsv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return name, path.stat().st_size


def main(argv):
    names = argv[1:] or [a.name for a in R.ACTIVATIONS]
    missing = [n for n in names if n not in D2 or n not in R.BY_NAME]
    if missing:
        sys.exit(f"no f'' definition for: {', '.join(missing)}")
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    with Pool() as pool:
        for name, size in pool.imap_unordered(write, names):
            print(f"{name}: {size} bytes", flush=True)


if __name__ == "__main__":
    main(sys.argv)
