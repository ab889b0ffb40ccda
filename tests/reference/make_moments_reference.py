#!/usr/bin/python3
"""High-precision references for the moments of f(z), z ~ N(mean, sd^2), and
for the fixed points of the mean-field variance map, for every activation.

Writes, for each activation of make_reference.py:
  tests/core/reference/moments/<name>.tsv      E f, E f^2, Var f, E f', E f'^2
  tests/core/reference/fixed_point/<name>.tsv  q*, chi, and the mean and
                                               variance of f at q*
tests/core/moments_test.cpp loops over the registry and checks every entry
against its files; an entry without files fails.

Run (Debian: apt-get install python3-mpmath):

    /usr/bin/python3 tests/reference/make_moments_reference.py          # all
    /usr/bin/python3 tests/reference/make_moments_reference.py relu elu

How the values are computed
---------------------------
* f and f' are make_reference.py's definitions (PyTorch's conventions; f'
  is the pointwise derivative: a jump of f adds nothing to E f'). sine's
  moments come from their closed forms (see sine_moments). The
  piecewise-polynomial ones are evaluated in exact rationals at each
  quadrature node and converted to mpmath numbers; the rest in mpmath.
* E g(z) = integral of g(mean + sd t) phi(t) dt with mpmath's tanh-sinh
  quadrature (mp.quad), the line split at every breakpoint of f (in t) and
  at t = 0, +-2, +-6, +-12, and cut at |t| = 40 (phi(40) < 1e-347).
  Var f = E (f - E f)^2, integrated as such. Each value is computed at 50
  and at 56 digits and accepted when the two agree to 40 significant digits
  (or to 1e-40 absolutely, for moments that are exactly 0).
* The fixed point q* of q -> sw E f(sqrt(q) z)^2 + sb (sw = weight variance,
  sb = bias variance) is the root of F(q) = M(q) - q that iterating the map
  from `start` approaches: the nearest root from start in the direction of
  F(start). It is found by stepping from start by factors of 2 in
  that direction (down to q = 0, where F(0) >= 0) until F changes sign, and
  refining with mpmath's bisection-safe solver at 40 digits. "none" means F
  stays positive up to q = 1e8: the iterates grow without bound (for the
  cases chosen, F(q)/q tends to a positive constant). chi = sw E f'(sqrt(q*) z)^2.
* Numbers are the double nearest the high-precision value, written with 17
  significant digits; "none" marks a map with no finite fixed point.

Self-checks that the generator asserts: relu at N(0, 1) has E f = 1/sqrt(2 pi),
E f^2 = 1/2, Var = 1/2 - 1/(2 pi); selu at N(0, 1) has E f = 0 and E f^2 = 1 to
far beyond double precision (its constants are given to 32 digits).
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

MOMENTS_DIR = R.OUT_DIR / "moments"
FIXED_POINT_DIR = R.OUT_DIR / "fixed_point"

# (mean, sd) of z: the standard normal, a wide and shifted one, a narrow one
# left of most corners, and a narrow one to the right.
GAUSSIANS = [(0.0, 1.0), (0.5, 2.0), (-1.5, 0.75), (2.0, 0.25)]
# (weight variance, bias variance, start)
LAYERS = [(1.0, 0.05, 1.0), (2.0, 0.01, 1.0), (0.5, 0.0, 4.0)]
SPLITS = [0, 2, -2, 6, -6, 12, -12]
CUT = 40
DPS, CHECK_DPS, AGREE = 50, 56, 40


# Exact definitions that work on mpmath numbers as they are.
FAST_EXACT = {"relu", "leaky_relu", "prelu", "rrelu", "hardtanh", "threshold", "softshrink", "hardshrink",
              "softsign", "linear", "star_relu"}


def sine_moments(raw, mean, sd):
    """Closed forms for sin(w z), z ~ N(mean, sd^2) (quadrature at 50 digits
    of a 30-cycle-per-unit integrand is slow): E sin(w z) = sin(w mean) d,
    E sin^2 = (1 - cos(2 w mean) d^4)/2, E cos(w z) = cos(w mean) d,
    E cos^2 = (1 + cos(2 w mean) d^4)/2, with d = e^(-w^2 sd^2 / 2)."""
    w, m, s = mpf(raw["omega_0"]), mpf(mean), mpf(sd)
    d = mp.exp(-(w * s) ** 2 / 2)
    e_f = mp.sin(w * m) * d
    e_f2 = (1 - mp.cos(2 * w * m) * d**4) / 2
    return [e_f, e_f2, e_f2 - e_f**2, w * mp.cos(w * m) * d, w * w * (1 + mp.cos(2 * w * m) * d**4) / 2]


CLOSED_FORMS = {"sine": sine_moments}


def mpf_to_q(x):
    sign, man, exp, _ = x._mpf_
    v = Q(man) * (Q(2) ** exp)
    return -v if sign else v


def q_to_mpf(v):
    return mpf(v.numerator) / v.denominator if isinstance(v, Q) else mpf(v)


class Fn:
    """f and f' of one activation and parameter set, on mpmath numbers."""

    def __init__(self, act, raw):
        self.act = act
        self.raw = raw
        self.p = act.params_for(R.DOUBLE, raw)
        # Exact (a Fraction where the definition gives one), so a corner such
        # as linear_sigmoid's 1/(2 slope) is split exactly, not at a double.
        self.breaks = list(act.breaks(self.p if act.exact else raw))

    def f(self, x):
        if self.act.exact:
            return q_to_mpf(Q(self.act.f(mpf_to_q(x), self.p)))
        return mpf(self.act.f(x, self.p))

    def df(self, x):
        if self.act.exact:
            return q_to_mpf(Q(self.act.df(R.Pt(mpf_to_q(x)), self.p)))
        return mpf(self.act.df(R.Pt(x), self.p))

    def fast(self):
        """The same f and f' on mpmath numbers directly where the exact
        definition allows it (mpmath cannot compare with a Fraction, and
        some definitions return one, so
        the others keep the rational route)."""
        if self.act.exact and self.act.name in FAST_EXACT:
            p = {k: q_to_mpf(v) for k, v in self.p.items()}
            self.f = lambda x: mpf(self.act.f(x, p))
            self.df = lambda x: mpf(self.act.df(R.Pt(x), p))
        return self


def expectation(fn, mean, sd, g):
    mean, sd = mpf(mean), mpf(sd)
    points = {mpf(s) for s in SPLITS} | {(q_to_mpf(Q(b)) - mean) / sd for b in fn.breaks}
    points = sorted(t for t in points if -CUT < t < CUT)
    return mp.quad(lambda t: g(mean + sd * t) * R.npdf(t), [-CUT] + points + [CUT])


def moments_at(fn, mean, sd):
    m = expectation(fn, mean, sd, fn.f)
    return [
        m,
        expectation(fn, mean, sd, lambda x: fn.f(x) ** 2),
        expectation(fn, mean, sd, lambda x: (fn.f(x) - m) ** 2),
        expectation(fn, mean, sd, fn.df),
        expectation(fn, mean, sd, lambda x: fn.df(x) ** 2),
    ]


def stable(compute):
    with mp.workdps(DPS):
        low = compute()
    with mp.workdps(CHECK_DPS):
        high = compute()
        for a, b in zip(low, high):
            if not (abs(a - b) <= mpf(10) ** -AGREE * max(abs(b), mpf(1))):
                raise AssertionError(f"quadrature unstable: {a} vs {b}")
    return high


def text(v):
    if v is None:
        return "none"
    return "%.17g" % R.round_value(R.DOUBLE, v) if v != 0 else "0"


def fixed_point(fn, sw, sb, start):
    """q*, or None when F stays positive up to 1e8."""
    sw, sb = mpf(sw), mpf(sb)

    closed = CLOSED_FORMS.get(fn.act.name)

    def F(q):
        if q == 0:
            return sw * fn.f(mpf(0)) ** 2 + sb
        if closed:
            return sw * closed(fn.raw, 0, mp.sqrt(q))[1] + sb - q
        return sw * expectation(fn, 0, mp.sqrt(q), lambda x: fn.f(x) ** 2) + sb - q

    q0 = mpf(start)
    f0 = F(q0)
    if f0 == 0:
        return q0
    factor = mpf(2)
    a, fa = q0, f0
    while True:
        b = a * factor if f0 > 0 else a / factor
        if f0 < 0 and b < mpf(10) ** -12:
            b = mpf(0)
        if b > 10**8:
            return None
        fb = F(b)
        if fb == 0:
            return b
        if (fb > 0) != (fa > 0):
            break
        if b == 0:
            return mpf(0)
        a, fa = b, fb
    lo, hi = min(a, b), max(a, b)
    return mp.findroot(F, (lo, hi), solver="anderson")


def fixed_point_row(fn, sw, sb, start):
    with mp.workdps(40):
        q = fixed_point(fn, sw, sb, start)
        if q is None:
            return [text(mpf(sw)), text(mpf(sb)), text(mpf(start)), "none", "none", "none", "none"]
        if q == 0:
            # sd -> 0+: f(0), and the mean of the one-sided values of f'^2 at 0
            zero = Q(0) if fn.act.exact else mpf(0)
            d2 = sum(q_to_mpf(Q(fn.act.df(R.Pt(zero, side), fn.p))) ** 2 if fn.act.exact
                     else mpf(fn.act.df(R.Pt(zero, side), fn.p)) ** 2 for side in (-1, 1)) / 2
            return [text(mpf(sw)), text(mpf(sb)), text(mpf(start)), "0", text(sw * d2), text(fn.f(mpf(0))), "0"]
        closed = CLOSED_FORMS.get(fn.act.name)
        at = closed(fn.raw, 0, mp.sqrt(q)) if closed else moments_at(fn, 0, mp.sqrt(q))
        mean, _, variance, _, derivative_square = at
        return [text(mpf(sw)), text(mpf(sb)), text(mpf(start)), text(q), text(sw * derivative_square),
                text(mean), text(variance)]


def self_check(name, fn, raw, mean, sd, values):
    if (mean, sd) != (0.0, 1.0) or raw != fn.act.param_sets[0]:
        return
    mp.dps = CHECK_DPS
    if name == "relu":
        expected = [1 / mp.sqrt(2 * mp.pi), mpf(1) / 2, mpf(1) / 2 - 1 / (2 * mp.pi)]
        assert all(abs(v - e) < mpf(10) ** -40 for v, e in zip(values, expected)), values
    if name == "selu":
        assert abs(values[0]) < mpf(10) ** -30 and abs(values[1] - 1) < mpf(10) ** -30, values


def write(name):
    act = R.BY_NAME[name]
    header = [
        f"# {name}: {act.definition}",
        f"# written by tests/reference/make_moments_reference.py with mpmath {mpmath.__version__} "
        f"({DPS} and {CHECK_DPS} digits); do not edit.",
    ]
    lines = header + ["# z ~ N(mean, sd^2): E f(z), E f(z)^2, Var f(z), E f'(z), E f'(z)^2 (f' pointwise)"]
    for raw in act.param_sets[:2]:
        fn = Fn(act, raw).fast()
        lines += ["\t".join(["params"] + R.param_text(raw)), "mean\tsd\tE_f\tE_f2\tVar_f\tE_df\tE_df2"]
        for mean, sd in GAUSSIANS:
            closed = CLOSED_FORMS.get(name)
            values = stable(lambda: closed(raw, mean, sd) if closed else moments_at(fn, mean, sd))
            self_check(name, fn, raw, mean, sd, values)
            lines.append("\t".join([text(mpf(mean)), text(mpf(sd))] + [text(v) for v in values]))
    (MOMENTS_DIR / f"{name}.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")

    lines = header + ["# q* of q -> weight_variance E f(sqrt(q) z)^2 + bias_variance reached from start; "
                      "chi = weight_variance E f'(sqrt(q*) z)^2; mean and variance of f(sqrt(q*) z)"]
    raw = act.param_sets[0]
    fn = Fn(act, raw).fast()
    lines += ["\t".join(["params"] + R.param_text(raw)),
              "weight_variance\tbias_variance\tstart\tq\tchi\tmean\tvariance"]
    for sw, sb, start in LAYERS:
        lines.append("\t".join(fixed_point_row(fn, sw, sb, start)))
    (FIXED_POINT_DIR / f"{name}.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return name


def main(argv):
    names = argv[1:] or [a.name for a in R.ACTIVATIONS]
    unknown = [n for n in names if n not in R.BY_NAME]
    if unknown:
        sys.exit(f"unknown activation(s): {', '.join(unknown)}")
    MOMENTS_DIR.mkdir(parents=True, exist_ok=True)
    FIXED_POINT_DIR.mkdir(parents=True, exist_ok=True)
    with Pool() as pool:
        for name in pool.imap_unordered(write, names):
            print(name, flush=True)


if __name__ == "__main__":
    main(sys.argv)
