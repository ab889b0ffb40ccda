"""Shared pieces of the NumPy reference for the lab's experiments.

Populations of small dense networks are held as stacks: the weights of layer
l for T networks are one array of shape (T, out, in) (row-major out×in per
network, as torch.nn.Linear), biases (T, out), activations (T, points, width),
so one batched matrix product (np.matmul) runs a layer for every network.
"""
import json
import math
import sys
import time

import numpy as np


def rng_for(*key):
    """An independent PCG64 stream per key (seed, width, depth, …).

    NumPy's SeedSequence hashes the whole key, so streams for different keys
    do not overlap; the same key always gives the same numbers."""
    return np.random.default_rng([int(k) for k in key])


def he_normal(rng, trials, fan_out, fan_in):
    """He (Kaiming) normal: W ~ N(0, 2/fan_in), for `trials` networks."""
    return rng.standard_normal((trials, fan_out, fan_in)) * math.sqrt(2.0 / fan_in)


def wilson_interval(successes, trials, z=1.959963984540054):
    """Wilson score 95% interval for a binomial proportion (z = Φ⁻¹(0.975))."""
    if trials == 0:
        return (0.0, 1.0)
    p = successes / trials
    denom = 1 + z * z / trials
    centre = (p + z * z / (2 * trials)) / denom
    half = z * math.sqrt(p * (1 - p) / trials + z * z / (4 * trials * trials)) / denom
    return (max(0.0, centre - half), min(1.0, centre + half))


class Adam:
    """torch.optim.Adam (β1 0.9, β2 0.999, ε 1e-8) over a list of arrays,
    in PyTorch 1.13's order of operations (_single_tensor_adam):
    m ← β1·m + (1−β1)·g; v ← β2·v + (1−β2)·g²;
    p ← p − (lr / (1−β1^s)) · m / (√v / √(1−β2^s) + ε)."""

    def __init__(self, params, lr, beta1=0.9, beta2=0.999, eps=1e-8):
        self.params, self.lr, self.b1, self.b2, self.eps = params, lr, beta1, beta2, eps
        self.m = [np.zeros_like(p) for p in params]
        self.v = [np.zeros_like(p) for p in params]
        self.step_count = 0

    def step(self, grads):
        self.step_count += 1
        s = self.step_count
        step_size = self.lr / (1 - self.b1 ** s)
        root_bc2 = math.sqrt(1 - self.b2 ** s)
        for p, g, m, v in zip(self.params, grads, self.m, self.v):
            m *= self.b1
            m += (1 - self.b1) * g
            v *= self.b2
            v += (1 - self.b2) * g * g
            p -= step_size * m / (np.sqrt(v) / root_bc2 + self.eps)


def write_json(result, path):
    text = json.dumps(result, separators=(',', ':'), allow_nan=False)
    if path in (None, '-'):
        sys.stdout.write(text + '\n')
    else:
        with open(path, 'w') as f:
            f.write(text + '\n')


class Stopwatch:
    """Wall-clock and process CPU time since construction: on a shared
    machine the two differ by the time other processes took."""

    def __init__(self):
        self.start = time.perf_counter()
        self.cpu_start = time.process_time()

    def seconds(self):
        return round(time.perf_counter() - self.start, 3)

    def cpu_seconds(self):
        return round(time.process_time() - self.cpu_start, 3)
