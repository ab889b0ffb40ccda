#!/usr/bin/python3
"""Checks the NumPy reference against PyTorch and against known values.

    /usr/bin/python3 tests/lab/reference/self_check.py

- born_dead: P(born dead) for N = 2 at L = 2, 3, 5, 10 within 4 standard
  errors of the issue's values 0.154, 0.336, 0.618, 0.909 (T = 20,000);
  P = 0 at L = 1; at L = 2 within 4 standard errors of the exact 5/32
  (T = 200,000).
- collapse: the batched loss and gradients equal torch.autograd's for three
  networks of a population (biases made non-zero so every term is used);
  common.Adam follows torch.optim.Adam for 20 steps.
- playground_death: one batched SGD step equals lr × torch.autograd's
  gradient of the batch mean of ½(o − t)², for ReLU and leaky ReLU.
- circle_data: 250/250 split, labels +1 exactly for r < 2.5, radii in
  [0, 2.5) ∪ [3.5, 5), weights in [−0.5, 0.5), biases 0.1.
Exits non-zero on the first failure.
"""
import math
import sys

import numpy as np
import torch

import born_dead
import collapse
import playground_death
from circle_data import circle_split, playground_init
from common import Adam, rng_for

torch.set_default_dtype(torch.float64)


def check(ok, text):
    print(('ok   ' if ok else 'FAIL ') + text)
    if not ok:
        sys.exit(1)


def check_born_dead():
    trials = 20000
    for depth, want in ((2, 0.154), (3, 0.336), (5, 0.618), (10, 0.909)):
        p = born_dead.born_dead_count(rng_for(7, 2, depth), 2, depth, trials) / trials
        se = math.sqrt(want * (1 - want) / trials)
        check(abs(p - want) < 4 * se, f'born dead N=2 L={depth}: {p:.4f} against {want} (4 s.e. = {4 * se:.4f})')
    check(born_dead.born_dead_count(rng_for(7, 5, 1), 5, 1, trials) == 0, 'born dead at L=1 is impossible')
    # Exact at N = 2, L = 2: the first layer's weights are both positive or
    # both negative with probability 1/2, and then the one non-zero point
    # must die in layer 2 (1/4); with mixed signs (1/2) each point excites
    # one unit and both columns of W2 must be ≤ 0 (1/16): 1/8 + 1/32 = 5/32.
    trials, want = 200000, 5 / 32
    p = born_dead.born_dead_count(rng_for(8, 2, 2), 2, 2, trials) / trials
    se = math.sqrt(want * (1 - want) / trials)
    check(abs(p - want) < 4 * se, f'born dead N=2 L=2: {p:.5f} against the exact 5/32 = 0.15625 (4 s.e. = {4 * se:.5f})')


def torch_mlp(weights, biases, x, hidden, output):
    h = x
    for i, (w, b) in enumerate(zip(weights, biases)):
        h = h @ w.T + b
        h = output(h) if i == len(weights) - 1 else hidden(h)
    return h


def check_collapse():
    rng = rng_for(3, 3, 4)
    weights, biases = collapse.init_population(rng, 3, 4, 5)
    for b in biases:
        b[:] = rng.standard_normal(b.shape) * 0.1
    grid = np.linspace(-1, 1, 64)
    x = np.broadcast_to(grid.reshape(1, 1, 64), (5, 1, 64))
    loss, gw, gb = collapse.loss_and_grads(weights, biases, x, np.abs(x))
    worst = 0.0
    for t in (0, 2, 4):
        ws = [torch.tensor(w[t], requires_grad=True) for w in weights]
        bs = [torch.tensor(b[t], requires_grad=True) for b in biases]
        out = torch_mlp(ws, bs, torch.tensor(grid).reshape(64, 1), torch.relu, lambda z: z)
        value = torch.nn.functional.mse_loss(out, torch.tensor(np.abs(grid)).reshape(64, 1))
        value.backward()
        worst = max(worst, abs(float(value) - loss[t]) / float(value))
        for p, g in zip(ws + bs, [a[t] for a in gw + gb]):
            worst = max(worst, float(np.max(np.abs(p.grad.numpy() - g))))
    check(worst < 1e-14, f'collapse loss and gradients match torch.autograd (worst {worst:.1e})')

    params = [np.array([[0.3, -0.2]]), np.array([0.1])]
    mine = Adam([p.copy() for p in params], 1e-2)
    theirs = [torch.tensor(p, requires_grad=True) for p in params]
    opt = torch.optim.Adam(theirs, lr=1e-2)
    for step in range(20):
        grads = [np.array([[math.sin(step), 0.5 - step * 1e-3]]), np.array([math.cos(step) * 1e-4])]
        mine.step(grads)
        for p, g in zip(theirs, grads):
            p.grad = torch.tensor(g)
        opt.step()
    worst = max(float(np.max(np.abs(a - b.detach().numpy()))) for a, b in zip(mine.params, theirs))
    check(worst < 1e-15, f'Adam matches torch.optim.Adam over 20 steps (worst {worst:.1e})')


def check_playground():
    data, weights, biases = playground_death.make_population(5, 3)
    x, t = data[0][:, :, :10], data[1][:, :, :10]
    for name, torch_act in (('relu', torch.relu),
                            ('leaky_relu', lambda z: torch.nn.functional.leaky_relu(z, 0.01))):
        f, df = playground_death.activation(name, 0.01)
        w2 = [w.copy() for w in weights]
        b2 = [b.copy() for b in biases]
        playground_death.sgd_step(w2, b2, x, t, f, df, 1.0)
        worst = 0.0
        for s in range(3):
            ws = [torch.tensor(w[s], requires_grad=True) for w in weights]
            bs = [torch.tensor(b[s], requires_grad=True) for b in biases]
            out = torch_mlp(ws, bs, torch.tensor(x[s].T), torch_act, torch.tanh)
            (0.5 * ((out - torch.tensor(t[s].T)) ** 2).sum() / 10).backward()
            for p, before, after in zip(ws + bs, [w[s] for w in weights + biases], [w[s] for w in w2 + b2]):
                worst = max(worst, float(np.max(np.abs((before - after) - p.grad.numpy()))))
        check(worst < 1e-15, f'Playground SGD step ({name}) matches torch.autograd (worst {worst:.1e})')


def check_circle():
    rng = rng_for(11)
    (train_x, train_t), (test_x, test_t) = circle_split(rng)
    x = np.concatenate([train_x, test_x])
    t = np.concatenate([train_t, test_t])
    r = np.hypot(x[:, 0], x[:, 1])
    check(len(train_x) == 250 and len(test_x) == 250, 'circle: 250 training and 250 test points')
    check(np.all((t > 0) == (r < 2.5)) and np.sum(t > 0) == 250, 'circle: +1 exactly inside r < 2.5, 250 of each')
    check(np.all((r < 2.5) | ((r >= 3.5 - 1e-12) & (r < 5 + 1e-12))), 'circle: radii in [0, 2.5) and [3.5, 5)')
    weights, biases = playground_init(rng, [2, 8, 8, 1])
    check(all(np.all(np.abs(w) <= 0.5) for w in weights) and all(np.all(b == 0.1) for b in biases),
          'Playground init: weights in [-0.5, 0.5), biases 0.1')


if __name__ == '__main__':
    check_born_dead()
    check_collapse()
    check_playground()
    check_circle()
