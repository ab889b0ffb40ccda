"""TensorFlow Playground's circle data set and initialisation, in NumPy.

Follows tensorflow/playground's src/dataset.ts (classifyCircleData, shuffle)
and src/nn.ts (Link.weight, Node.bias) as tests/lab/PLAYGROUND.md describes
them, draw for draw, with a NumPy generator's rng.random() standing in for
the page's seeded Math.random(): the same algorithm, not the same stream.
"""
import math

import numpy as np

RADIUS = 5.0          # dataset.ts: radius = 5
SAMPLES = 500         # playground.ts: NUM_SAMPLES_CLASSIFY
TRAIN_PERCENT = 50    # state.ts: percTrainData
PLAYGROUND_BIAS = 0.1  # nn.ts: Node.bias = 0.1


def circle_points(rng, samples=SAMPLES, noise=0.0):
    """(samples, 2) points (x, y) and their ±1 labels, unshuffled: positives
    (r in [0, 2.5)) first, then negatives (r in [3.5, 5)). Each point takes
    four draws in order r, angle, noiseX, noiseY (noise 0 still draws)."""
    half = samples // 2
    points = np.empty((2 * half, 2))
    labels = np.empty(2 * half)
    for k, (r_lo, r_hi) in enumerate(((0.0, RADIUS * 0.5), (RADIUS * 0.7, RADIUS))):
        u = rng.random((half, 4))  # row-major: the draws in the order the loop makes them
        r = u[:, 0] * (r_hi - r_lo) + r_lo
        angle = u[:, 1] * (2 * math.pi)
        x = r * np.sin(angle)
        y = r * np.cos(angle)
        noise_x = (u[:, 2] * (2 * RADIUS) - RADIUS) * noise
        noise_y = (u[:, 3] * (2 * RADIUS) - RADIUS) * noise
        inside = np.sqrt((x + noise_x) ** 2 + (y + noise_y) ** 2) < RADIUS * 0.5
        rows = slice(k * half, (k + 1) * half)
        points[rows, 0] = x
        points[rows, 1] = y
        labels[rows] = np.where(inside, 1.0, -1.0)
    return points, labels


def shuffle_in_place(rng, *arrays):
    """dataset.ts's Fisher–Yates: for counter = n … 1, index =
    floor(random·counter), counter −= 1, swap [counter] and [index]."""
    n = len(arrays[0])
    draws = rng.random(n)
    for step, counter in enumerate(range(n, 0, -1)):
        index = int(math.floor(draws[step] * counter))
        last = counter - 1
        for a in arrays:
            a[[last, index]] = a[[index, last]]


def circle_split(rng, percent=TRAIN_PERCENT):
    """Shuffled circle data split as generateData does: the first
    floor(500·percent/100) points train, the rest test."""
    points, labels = circle_points(rng)
    shuffle_in_place(rng, points, labels)
    split = int(math.floor(len(points) * percent / 100))
    return (points[:split], labels[:split]), (points[split:], labels[split:])


def playground_init(rng, layers):
    """Weights U(−0.5, 0.5), one draw per link in buildNetwork's order (layer
    by layer, unit by unit, input by input: a row-major out×in matrix), and
    every bias 0.1."""
    weights, biases = [], []
    for fan_in, fan_out in zip(layers[:-1], layers[1:]):
        weights.append(rng.random((fan_out, fan_in)) - 0.5)
        biases.append(np.full(fan_out, PLAYGROUND_BIAS))
    return weights, biases
