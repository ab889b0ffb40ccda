#!/usr/bin/python3
"""Experiment 3, death at a high learning rate on TensorFlow Playground's
circle problem.

For each seed s: the circle data (500 points, noise 0, shuffled, 250 train /
250 test) and a network [2, 8, 8, 1] with the Playground's initialisation
(weights U(−0.5, 0.5), biases 0.1), all drawn from rng_for(seed, s) as
circle_data.py describes. Hidden ReLU (f′(0) = 0) or leaky ReLU (slope 0.01
for z ≤ 0), output tanh, loss ½(o − t)² with t = ±1, SGD with the gradient
averaged over batches of 10 taken in order, 25 updates per epoch, 50 epochs,
no reshuffle (playground.ts's oneStep). The same seeds (so the same data and
initial weights) for every learning rate and activation. All S seeds train
together: each layer is one batched matrix product over the seeds.

Measured after every epoch, on the 250 training points:
- a hidden unit is dead when its pre-activation is ≤ 0 on every training
  point (for leaky ReLU: negative everywhere, though it still gets gradient);
  a NaN pre-activation counts as not > 0, so as dead;
- deathEpoch per seed per unit: the epoch e (1 … 50) from whose end on the
  unit stays dead to the end of training; 0 if dead from initialisation on;
  −1 if alive at the end;
- activeProbability per epoch (0 = initialisation) per hidden layer:
  Pr[h > 0], the share of (unit, training point, seed) with pre-activation
  > 0.
After training: deadShare (dead units / all hidden units, over all seeds),
per layer; accuracy on the 250 test points with the class sign(o) (o ≥ 0 is
+1, the heat map's "discretize"), its median over seeds.

    /usr/bin/python3 tests/lab/reference/playground_death.py --seeds 200 \
        --seed 1 --out playground_death.json
"""
import argparse

import numpy as np

from circle_data import circle_split, playground_init
from common import Stopwatch, rng_for, write_json

LEARNING_RATES = [0.00001, 0.0001, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10]  # index.html:78–90
LAYERS = [2, 8, 8, 1]


def activation(name, slope):
    if name == 'relu':
        return (lambda z: np.maximum(z, 0.0)), (lambda z: (z > 0).astype(float))
    return (lambda z: np.where(z > 0, z, slope * z)), (lambda z: np.where(z > 0, 1.0, slope))


def make_population(seed, seeds):
    """Per seed its data and initial parameters, stacked along axis 0.
    Points run along the last axis: x is (S, 2, points)."""
    xs, ts, xt, tt, ws, bs = [], [], [], [], [], []
    for s in range(seeds):
        rng = rng_for(seed, s)
        (train_x, train_t), (test_x, test_t) = circle_split(rng)
        weights, biases = playground_init(rng, LAYERS)
        xs.append(train_x.T)
        ts.append(train_t[None, :])
        xt.append(test_x.T)
        tt.append(test_t[None, :])
        ws.append(weights)
        bs.append(biases)
    stack = lambda per_seed: [np.stack([p[l] for p in per_seed]) for l in range(len(LAYERS) - 1)]
    return (np.stack(xs), np.stack(ts), np.stack(xt), np.stack(tt)), stack(ws), stack(bs)


def forward(weights, biases, x, f):
    """Output (S, 1, points) and the hidden pre-activations."""
    h, pre = x, []
    for w, b in zip(weights[:-1], biases[:-1]):
        z = np.matmul(w, h) + b[:, :, None]
        pre.append(z)
        h = f(z)
    return np.tanh(np.matmul(weights[-1], h) + biases[-1][:, :, None]), pre


def sgd_step(weights, biases, x, t, f, df, lr):
    """One update on a batch: the batch-mean gradient of ½(o − t)²."""
    hs, pres = [x], []
    for w, b in zip(weights[:-1], biases[:-1]):
        z = np.matmul(w, hs[-1]) + b[:, :, None]
        pres.append(z)
        hs.append(f(z))
    o = np.tanh(np.matmul(weights[-1], hs[-1]) + biases[-1][:, :, None])
    dz = (o - t) * (1.0 - o * o) / x.shape[2]   # tanh′ = 1 − o², mean over the batch
    for l in range(len(weights) - 1, -1, -1):
        gw = np.matmul(dz, hs[l].transpose(0, 2, 1))
        gb = dz.sum(axis=2)
        if l > 0:
            dz = np.matmul(weights[l].transpose(0, 2, 1), dz) * df(pres[l - 1])
        weights[l] -= lr * gw
        biases[l] -= lr * gb


def dead_units(pre):
    """(S, units) booleans: pre-activation not > 0 on every point."""
    return np.concatenate([~(z > 0).any(axis=2) for z in pre], axis=1)


def train_one(data, weights0, biases0, name, slope, lr, epochs, batch):
    (x, t, xt, tt) = data
    f, df = activation(name, slope)
    weights = [w.copy() for w in weights0]
    biases = [b.copy() for b in biases0]
    seeds, _, points = x.shape
    _, pre = forward(weights, biases, x, f)
    dead_history = [dead_units(pre)]
    active = [[float(np.mean(z > 0)) for z in pre]]
    for _ in range(epochs):
        for start in range(0, points - batch + 1, batch):
            sgd_step(weights, biases, x[:, :, start:start + batch], t[:, :, start:start + batch],
                     f, df, lr)
        _, pre = forward(weights, biases, x, f)
        dead_history.append(dead_units(pre))
        active.append([float(np.mean(z > 0)) for z in pre])
    dead = np.stack(dead_history)                     # (epochs + 1, S, units)
    # Dead from epoch e on: e is one after the last epoch the unit was alive.
    alive_idx = np.where(~dead, np.arange(epochs + 1)[:, None, None], -1).max(axis=0)
    death_epoch = np.where(dead[-1], alive_idx + 1, -1)
    out, _ = forward(weights, biases, xt, f)
    predicted = np.where(out >= 0, 1.0, -1.0)
    accuracy = np.mean(predicted == tt, axis=(1, 2))
    train_out, _ = forward(weights, biases, x, f)
    finite = np.all([np.isfinite(w).all(axis=(1, 2)) for w in weights], axis=0)
    width = LAYERS[1]
    return {
        'lr': lr,
        'deadShare': float(dead[-1].mean()),
        'deadShareByLayer': [float(dead[-1][:, :width].mean()), float(dead[-1][:, width:].mean())],
        'bornDeadUnitShare': float(dead[0].mean()),
        'seedsWithADeadLayer': int(np.sum(dead[-1][:, :width].all(axis=1) | dead[-1][:, width:].all(axis=1))),
        'medianAccuracy': float(np.median(accuracy)),
        'meanAccuracy': float(np.mean(accuracy)),
        'meanTrainLoss': float(np.nanmean(0.5 * np.mean((train_out - t) ** 2, axis=(1, 2)))),
        'nonFiniteSeeds': int(seeds - finite.sum()),
        'activeProbability': active,
        'accuracy': accuracy.tolist(),
        'deathEpoch': death_epoch.tolist(),
    }


def run(seeds, seed, epochs, batch, lrs, slope):
    data, weights, biases = make_population(seed, seeds)
    results = {}
    for name in ('relu', 'leaky_relu'):
        results[name] = [train_one(data, weights, biases, name, slope, lr, epochs, batch) for lr in lrs]
    return {'layers': LAYERS, 'seeds': seeds, 'seed': seed, 'epochs': epochs, 'batch': batch,
            'negative_slope': slope, 'learningRates': lrs, 'results': results}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--seeds', type=int, default=200)
    ap.add_argument('--seed', type=int, default=1)
    ap.add_argument('--epochs', type=int, default=50)
    ap.add_argument('--batch', type=int, default=10)
    ap.add_argument('--lr', type=float, nargs='+', default=LEARNING_RATES)
    ap.add_argument('--negative-slope', type=float, default=0.01)
    ap.add_argument('--out', default='-', help='JSON file (default stdout)')
    args = ap.parse_args()
    watch = Stopwatch()
    result = run(args.seeds, args.seed, args.epochs, args.batch, args.lr, args.negative_slope)
    result['seconds'] = watch.seconds()
    write_json(result, args.out)


if __name__ == '__main__':
    main()
