#!/usr/bin/python3
"""Experiment 2, collapse during training (Lu, Su and Karniadakis 2018;
Lu, Shin, Su and Karniadakis 2019).

Target |x| on P = 64 evenly spaced points of [−1, 1] (np.linspace); a ReLU
network with `depth` hidden layers of width N and a linear output, layers
[1, N × depth, 1]; He-normal weights N(0, 2/fan_in) on every layer, the
output layer included; zero biases, all trained; Adam (lr 1e-3, PyTorch's
defaults) on the full batch for `steps` steps; loss the mean squared error
over the 64 points. T networks are trained together: every layer of every
network is one batched matrix product (np.matmul over a (T, …) stack), each
network following the gradient of its own loss.

Reported, over the T networks:
- bornDead: share constant on [−1, 1] at initialisation (last hidden layer
  zero at x = ±1; see born_dead.py for why that decides it);
- collapsed: share whose output range over the 64 points is below 1e-6 after
  training;
- medianError: median of the final MSE; shareSolved: share with final
  MSE < 1e-3;
- the mean state: a constant network's best MSE is the variance of the
  target on the grid (population variance, 1/P), reached by outputting the
  target's mean. meanState gives, over the collapsed networks, the largest
  |final MSE − variance| and the largest |output − mean(|x|)|.

    /usr/bin/python3 tests/lab/reference/collapse.py --width 2 --trials 1000 \
        --steps 3000 --seed 1 --out collapse.json
    /usr/bin/python3 tests/lab/reference/collapse.py --width 2 --trials 1000 \
        --steps 3000 --time-only      # prints {"seconds": …, …}
"""
import argparse
import json
import os

# One thread, like the single-threaded run it is compared with: BLAS pools
# are sized when NumPy loads, so this must come first. An explicit setting
# in the environment wins.
for _var in ('OPENBLAS_NUM_THREADS', 'OMP_NUM_THREADS', 'MKL_NUM_THREADS'):
    os.environ.setdefault(_var, '1')

import numpy as np  # noqa: E402

from common import Adam, Stopwatch, he_normal, rng_for, write_json  # noqa: E402

COLLAPSE_RANGE = 1e-6   # output range below which a network is constant
SOLVED_ERROR = 1e-3     # final MSE below which the fit counts as solved


def init_population(rng, width, depth, trials):
    layers = [1] + [width] * depth + [1]
    weights = [he_normal(rng, trials, fan_out, fan_in)
               for fan_in, fan_out in zip(layers[:-1], layers[1:])]
    biases = [np.zeros((trials, fan_out)) for fan_out in layers[1:]]
    return weights, biases


def forward(weights, biases, x):
    """x (T, 1, P) -> output (T, 1, P) and each layer's input and pre-activation.

    Points run along the last axis (one column per point), so a layer is
    z = W·h + b for every network at once: np.matmul of (T, out, in) by
    (T, in, P), NumPy's fastest layout for these tiny matrices."""
    h = x
    inputs, pre = [], []
    last = len(weights) - 1
    for l, (w, b) in enumerate(zip(weights, biases)):
        inputs.append(h)
        z = np.matmul(w, h) + b[:, :, None]
        pre.append(z)
        h = z if l == last else np.maximum(z, 0.0)
    return h, inputs, pre


def loss_and_grads(weights, biases, x, y):
    """Per-network MSE (T,) and its gradient for every weight and bias."""
    out, inputs, pre = forward(weights, biases, x)
    diff = out - y
    points = x.shape[2]
    loss = np.mean(diff[:, 0, :] ** 2, axis=1)
    dz = (2.0 / points) * diff           # d loss / d output pre-activation
    gw, gb = [None] * len(weights), [None] * len(weights)
    for l in range(len(weights) - 1, -1, -1):
        gw[l] = np.matmul(dz, inputs[l].transpose(0, 2, 1))
        gb[l] = dz.sum(axis=2)
        if l > 0:
            # ReLU′(z) = 1 for z > 0, 0 for z ≤ 0 (PyTorch's relu′(0) = 0).
            dz = np.matmul(weights[l].transpose(0, 2, 1), dz) * (pre[l - 1] > 0)
    return loss, gw, gb


def born_dead(weights, biases):
    x = np.array([1.0, -1.0]).reshape(1, 1, 2).repeat(weights[0].shape[0], axis=0)
    _, inputs, _ = forward(weights, biases, x)
    last_hidden = inputs[-1]
    return ~last_hidden.any(axis=(1, 2))


def train(width, depth, trials, steps, lr, seed, points=64):
    rng = rng_for(seed, width, depth)
    weights, biases = init_population(rng, width, depth, trials)
    grid = np.linspace(-1.0, 1.0, points)
    x = np.broadcast_to(grid.reshape(1, 1, points), (trials, 1, points))
    y = np.abs(x)
    dead_at_birth = born_dead(weights, biases)
    adam = Adam(weights + biases, lr)
    for _ in range(steps):
        _, gw, gb = loss_and_grads(weights, biases, x, y)
        adam.step(gw + gb)
    out, _, _ = forward(weights, biases, x)
    out = out[:, 0, :]
    errors = np.mean((out - y[:, 0, :]) ** 2, axis=1)
    spread = out.max(axis=1) - out.min(axis=1)
    return dead_at_birth, errors, spread, out, np.abs(grid)


def summarise(dead_at_birth, errors, spread, out, target):
    trials = errors.size
    collapsed = spread < COLLAPSE_RANGE
    variance = float(np.var(target))
    mean = float(np.mean(target))
    finite = np.isfinite(errors)
    result = {
        'trials': trials,
        'bornDead': float(dead_at_birth.mean()),
        'collapsed': float(collapsed.mean()),
        'medianError': float(np.median(errors)),
        'shareSolved': float(np.mean(errors < SOLVED_ERROR)),
        'targetVariance': variance,
        'targetMean': mean,
        'nonFinite': int(trials - finite.sum()),
        'bornDeadAndCollapsed': int(np.sum(dead_at_birth & collapsed)),
        'collapsedNotBornDead': int(np.sum(collapsed & ~dead_at_birth)),
    }
    if collapsed.any():
        result['meanState'] = {
            'maxAbsErrorMinusVariance': float(np.max(np.abs(errors[collapsed] - variance))),
            'maxAbsOutputMinusMean': float(np.max(np.abs(out[collapsed] - mean))),
        }
    edges = np.concatenate([[0.0], 10.0 ** np.arange(-8, 1), [np.inf]])
    counts, _ = np.histogram(errors[finite], bins=edges)
    result['histogram'] = {'edges': ['0'] + [f'1e{k}' for k in range(-8, 1)] + ['inf'],
                           'counts': counts.tolist()}
    result['errors'] = errors.tolist()
    return result


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--width', type=int, default=2)
    ap.add_argument('--depth', type=int, default=10, help='number of hidden layers')
    ap.add_argument('--trials', type=int, default=1000)
    ap.add_argument('--steps', type=int, default=3000)
    ap.add_argument('--lr', type=float, default=1e-3)
    ap.add_argument('--points', type=int, default=64)
    ap.add_argument('--seed', type=int, default=1)
    ap.add_argument('--time-only', action='store_true',
                    help='print only {"seconds", settings} as JSON (for the bench)')
    ap.add_argument('--out', default='-', help='JSON file (default stdout)')
    args = ap.parse_args()
    watch = Stopwatch()
    trained = train(args.width, args.depth, args.trials, args.steps, args.lr, args.seed, args.points)
    seconds, cpu_seconds = watch.seconds(), watch.cpu_seconds()
    settings = {'width': args.width, 'depth': args.depth, 'trials': args.trials,
                'steps': args.steps, 'lr': args.lr, 'points': args.points, 'seed': args.seed,
                'numpy': np.__version__, 'threads': os.environ['OPENBLAS_NUM_THREADS']}
    if args.time_only:
        print(json.dumps({'seconds': seconds, 'cpuSeconds': cpu_seconds, **settings}))
        return
    result = {**settings, **summarise(*trained), 'seconds': seconds, 'cpuSeconds': cpu_seconds}
    write_json(result, args.out)


if __name__ == '__main__':
    main()
