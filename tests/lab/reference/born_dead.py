#!/usr/bin/python3
"""Experiment 1, born dead by depth (Lu, Shin, Su and Karniadakis 2019).

One input on [−1, 1]; L hidden ReLU layers of width N; He-normal weights
N(0, 2/fan_in) (the first layer's fan_in is 1); zero biases; T independent
networks per (N, L). A network is born dead when it is constant on [−1, 1]
at initialisation.

Why two points decide it: with zero biases every layer is positively
homogeneous, h(c·x) = c·h(x) for c ≥ 0, so for x in (0, 1] the last hidden
layer is x·h(+1) and for x in [−1, 0) it is |x|·h(−1) (and h(0) = 0). The
output W·h(x) + b is then constant on [−1, 1] when h(+1) = h(−1) = 0; and
conversely, if h(+1) or h(−1) is non-zero, W·h(x) varies linearly on that
half unless the output weights are orthogonal to it, which has probability 0.

The bound: at one point x ≠ 0, given that layer l−1 is not all zero, each unit
of layer l has pre-activation w·h with w a Gaussian row independent of the
others, so it is ≤ 0 with probability exactly 1/2 independently, and the
layer is all zero with probability 2^−N. A zero layer stays zero. So the
probability that the network is zero at one point is exactly
1 − (1 − 2^−N)^L, and being zero at both ±1 is at most that.

Each (N, L) draws its own T networks (stream rng_for(seed, N, L)), so the
estimates at different depths are independent.

    /usr/bin/python3 tests/lab/reference/born_dead.py --widths 2 3 4 5 10 \
        --depths 50 --trials 2000 --seed 1 --out born_dead.json
"""
import argparse

import numpy as np

from common import Stopwatch, he_normal, rng_for, wilson_interval, write_json


def born_dead_count(rng, width, depth, trials):
    """How many of `trials` networks with `depth` hidden layers are born dead."""
    # Two inputs per network, x = +1 and x = −1: shape (trials, 2 points, 1).
    h = np.empty((trials, 2, 1))
    h[:, 0, 0] = 1.0
    h[:, 1, 0] = -1.0
    fan_in = 1
    for _ in range(depth):
        w = he_normal(rng, trials, width, fan_in)
        h = np.maximum(np.matmul(h, w.transpose(0, 2, 1)), 0.0)
        fan_in = width
    return int(np.count_nonzero(~h.any(axis=(1, 2))))


def run(widths, max_depth, trials, seed):
    depths = list(range(1, max_depth + 1))
    probability, bound, low, high, counts = [], [], [], [], []
    for n in widths:
        row_p, row_b, row_lo, row_hi, row_c = [], [], [], [], []
        for depth in depths:
            dead = born_dead_count(rng_for(seed, n, depth), n, depth, trials)
            lo, hi = wilson_interval(dead, trials)
            row_c.append(dead)
            row_p.append(dead / trials)
            row_b.append(1 - (1 - 2.0 ** -n) ** depth)
            row_lo.append(lo)
            row_hi.append(hi)
        probability.append(row_p)
        bound.append(row_b)
        low.append(row_lo)
        high.append(row_hi)
        counts.append(row_c)
    return {'widths': widths, 'depths': depths, 'trials': trials, 'seed': seed,
            'probability': probability, 'bound': bound, 'count': counts,
            'interval95': {'method': 'Wilson', 'low': low, 'high': high}}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--widths', type=int, nargs='+', default=[2, 3, 4, 5, 10])
    ap.add_argument('--depths', type=int, default=50, help='largest L (runs L = 1 … this)')
    ap.add_argument('--trials', type=int, default=2000)
    ap.add_argument('--seed', type=int, default=1)
    ap.add_argument('--out', default='-', help='JSON file (default stdout)')
    args = ap.parse_args()
    watch = Stopwatch()
    result = run(args.widths, args.depths, args.trials, args.seed)
    result['seconds'] = watch.seconds()
    write_json(result, args.out)


if __name__ == '__main__':
    main()
