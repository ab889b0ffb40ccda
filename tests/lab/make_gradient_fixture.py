#!/usr/bin/python3
"""PyTorch autograd reference for the lab's dense networks.

Writes tests/lab/fixtures/gradients.json: small random dense networks in
float64, with inputs, targets, the forward outputs, the mean loss, its
gradient for every weight and bias, and for some networks the parameters
after k SGD steps and after k Adam steps. tests/lab/README.md documents the
format; the lab's tests compare the core's networks with it.

Run (Debian: apt-get install python3-torch), offline:

    /usr/bin/python3 tests/lab/make_gradient_fixture.py

Deterministic: every case draws from its own torch.Generator seeded with the
case's index, so rerunning rewrites an identical file.
"""
import json
import math
import pathlib
import sys

import torch
import torch.nn.functional as F

torch.set_default_dtype(torch.float64)
OUT = pathlib.Path(__file__).resolve().parent / 'fixtures' / 'gradients.json'

# Hidden activations as torch.nn.functional names with their keyword
# parameters, and the points where each has a kink (where PyTorch's autograd
# picks one of the one-sided derivatives): the fixture places pre-activations
# exactly on them.
ACTIVATIONS = [
    ('relu', {}, [0.0]),
    ('leaky_relu', {'negative_slope': 0.01}, [0.0]),
    ('leaky_relu', {'negative_slope': 0.2}, [0.0]),
    ('elu', {'alpha': 1.0}, [0.0]),
    ('elu', {'alpha': 0.5}, [0.0]),
    ('gelu', {'approximate': 'none'}, []),
    ('gelu', {'approximate': 'tanh'}, []),
    ('silu', {}, []),
    ('tanh', {}, []),
    ('sigmoid', {}, []),
    ('softplus', {'beta': 1.0, 'threshold': 20.0}, []),
    # beta·x > threshold switches softplus to x: a small threshold puts some
    # pre-activations past it, and one exactly on it (beta·x = threshold).
    ('softplus', {'beta': 2.0, 'threshold': 1.0}, [0.5]),
    ('hardtanh', {'min_val': -1.0, 'max_val': 1.0}, [-1.0, 1.0]),
    ('hardtanh', {'min_val': -0.5, 'max_val': 0.5}, [-0.5, 0.5]),
    ('selu', {}, [0.0]),
]

OUTPUTS = {'linear': lambda z: z, 'tanh': torch.tanh, 'sigmoid': torch.sigmoid}


def loss_fn(name, o, t):
    """The mean loss of outputs o (n×out) against targets t."""
    n = o.shape[0]
    if name == 'half-mse':
        # ½‖o−t‖² per sample (summed over outputs), averaged over the batch.
        return 0.5 * ((o - t) ** 2).sum() / n
    if name == 'mse':
        return F.mse_loss(o, t)  # mean over all n·out elements
    if name == 'bce-with-logits':
        return F.binary_cross_entropy_with_logits(o, t)  # mean over all n·out elements
    raise ValueError(name)


def activation(name, params):
    # F.tanh and F.sigmoid are deprecated aliases of torch.tanh and torch.sigmoid.
    fn = getattr(torch, name) if name in ('tanh', 'sigmoid') else getattr(F, name)
    return lambda z: fn(z, **params)


def forward(weights, biases, x, act, output):
    """Returns the network output and every hidden pre-activation."""
    pre = []
    h = x
    for i, (w, b) in enumerate(zip(weights, biases)):
        z = h @ w.T + b
        if i < len(weights) - 1:
            pre.append(z)
            h = act(z)
        else:
            h = OUTPUTS[output](z)
    return h, pre


def draw_network(gen, layers, bias_kind):
    weights, biases = [], []
    for fan_in, fan_out in zip(layers[:-1], layers[1:]):
        if bias_kind == 'playground':
            # TensorFlow Playground's initialisation: U(-0.5, 0.5), biases 0.1.
            weights.append(torch.rand(fan_out, fan_in, generator=gen) - 0.5)
            biases.append(torch.full((fan_out,), 0.1))
            continue
        # He-normal scale keeps activations O(1) through a few layers.
        w = torch.randn(fan_out, fan_in, generator=gen) * math.sqrt(2.0 / fan_in)
        if bias_kind == 'zero':
            b = torch.zeros(fan_out)
        else:
            b = (torch.rand(fan_out, generator=gen) - 0.5)
        weights.append(w)
        biases.append(b)
    return weights, biases


def draw_data(gen, layers, n, loss, output, soft_targets):
    x = torch.rand(n, layers[0], generator=gen) * 2 - 1
    out = layers[-1]
    if loss == 'bce-with-logits':
        t = torch.rand(n, out, generator=gen) if soft_targets else \
            (torch.rand(n, out, generator=gen) < 0.5).to(torch.float64)
    elif output == 'sigmoid':
        t = torch.rand(n, out, generator=gen)
    else:
        t = torch.rand(n, out, generator=gen) * 2 - 1
    return x, t


def place_kinks(weights, biases, x, kinks):
    """Makes first-layer pre-activations land exactly on each kink.

    Row r of X becomes the unit vector e_0 and unit j of the first layer gets
    weight[j][0] = kink and bias 0, so z = kink·1 + Σ w·0 + 0 is exact. Rows
    0.. are used for successive kinks (unit j = kink index, wrapping)."""
    units = weights[0].shape[0]
    for r, k in enumerate(kinks):
        j = r % units
        x[r].zero_()
        x[r, 0] = 1.0
        weights[0][j, 0] = k
        biases[0][j] = 0.0


def flat(t):
    return [float(v) for v in t.detach().reshape(-1)]


def param_list(weights, biases):
    return [{'weight': flat(w), 'bias': flat(b)} for w, b in zip(weights, biases)]


def gradients(weights, biases, x, t, act, output, loss):
    ws = [w.clone().requires_grad_(True) for w in weights]
    bs = [b.clone().requires_grad_(True) for b in biases]
    o, pre = forward(ws, bs, x, act, output)
    value = loss_fn(loss, o, t)
    value.backward()
    grads = [{'weight': flat(w.grad), 'bias': flat(b.grad)} for w, b in zip(ws, bs)]
    zeros = int(sum(int((z == 0).sum()) for z in pre))
    return float(value), flat(o), grads, zeros


def train(weights, biases, x, t, act, output, loss, optimizer, lr, steps):
    """k full-batch steps on (X, T) with torch.optim; returns parameters and losses."""
    ws = [w.clone().requires_grad_(True) for w in weights]
    bs = [b.clone().requires_grad_(True) for b in biases]
    params = [p for pair in zip(ws, bs) for p in pair]
    if optimizer == 'sgd':
        opt = torch.optim.SGD(params, lr=lr)
    else:
        opt = torch.optim.Adam(params, lr=lr, betas=(0.9, 0.999), eps=1e-8)
    losses = []
    for _ in range(steps):
        opt.zero_grad()
        o, _ = forward(ws, bs, x, act, output)
        value = loss_fn(loss, o, t)
        value.backward()
        opt.step()
        losses.append(float(value))
    return {'lr': lr, 'steps': steps, 'losses': losses, 'parameters': param_list(ws, bs)}


def kink_derivatives():
    """PyTorch's autograd derivative at each activation's kinks (and at 0)."""
    table = []
    for name, params, kinks in ACTIVATIONS:
        points = sorted(set([0.0] + kinks))
        z = torch.tensor(points, requires_grad=True)
        activation(name, params)(z).sum().backward()
        table.append({'activation': name, 'params': params,
                      'at': [{'x': p, 'derivative': float(d)} for p, d in zip(points, z.grad)]})
    return table


def case_specs():
    """The list of cases: every activation × an architecture, output and loss.

    Shapes cycle through deep-narrow, wide and multi-output networks; every
    activation appears with zero biases (pre-activations exactly 0 on the
    zero input row) and with drawn biases and explicit kink rows."""
    shapes = [[2, 3, 1], [3, 5, 4, 2], [1, 4, 4, 4, 1], [2, 8, 8, 1], [4, 6, 3]]
    combos = [('linear', 'half-mse'), ('tanh', 'half-mse'), ('linear', 'mse'),
              ('sigmoid', 'mse'), ('linear', 'bce-with-logits')]
    specs = []
    for a, (name, params, kinks) in enumerate(ACTIVATIONS):
        for variant in range(3):
            i = len(specs)
            output, loss = combos[(a + variant) % len(combos)]
            specs.append({
                'activation': name, 'params': params,
                'layers': shapes[(a + 2 * variant) % len(shapes)],
                'output': output, 'loss': loss,
                'bias': 'zero' if variant == 0 else 'drawn',
                'kinks': kinks if variant == 1 else [],
                'n': 4 + (i % 4) * 2,
                'soft_targets': variant == 2,
                # SGD and Adam trajectories for every third case and every relu case.
                'train': (i % 3 == 2) or name in ('relu', 'leaky_relu'),
            })
    # The experiments' own networks: a deep narrow ReLU net with zero biases
    # on a grid of [-1, 1] (collapse, where whole layers go exactly to 0) and
    # the Playground's 2-8-8-1 with its initialisation, ReLU and leaky ReLU.
    base = {'params': {}, 'kinks': [], 'soft_targets': False, 'train': True}
    specs.append({**base, 'activation': 'relu', 'layers': [1, 2, 2, 2, 2, 2, 2, 1],
                  'output': 'linear', 'loss': 'mse', 'bias': 'zero', 'n': 9, 'grid': True})
    specs.append({**base, 'activation': 'relu', 'layers': [1, 3, 3, 3, 3, 1],
                  'output': 'linear', 'loss': 'mse', 'bias': 'zero', 'n': 11, 'grid': True})
    specs.append({**base, 'activation': 'relu', 'layers': [2, 8, 8, 1],
                  'output': 'tanh', 'loss': 'half-mse', 'bias': 'playground', 'n': 10})
    specs.append({**base, 'activation': 'leaky_relu', 'params': {'negative_slope': 0.01},
                  'layers': [2, 8, 8, 1], 'output': 'tanh', 'loss': 'half-mse',
                  'bias': 'playground', 'n': 10})
    return specs


def make_case(index, spec):
    gen = torch.Generator().manual_seed(1000 + index)
    layers = spec['layers']
    weights, biases = draw_network(gen, layers, spec['bias'])
    x, t = draw_data(gen, layers, spec['n'], spec['loss'], spec['output'], spec['soft_targets'])
    if spec.get('grid'):
        # n evenly spaced points on [-1, 1] from torch.linspace, with |x| as
        # target, as in the collapse experiment (9 points include 0 exactly;
        # linspace's 11-point middle is 5.6e-17).
        x = torch.linspace(-1, 1, spec['n']).reshape(-1, 1)
        t = x.abs()
    elif spec['bias'] == 'playground':
        t = torch.where(t > 0, 1.0, -1.0)  # the Playground's labels are +-1
    elif spec['bias'] == 'zero':
        x[0].zero_()  # every pre-activation of row 0 is exactly 0
    if spec['kinks']:
        place_kinks(weights, biases, x, spec['kinks'])
    act = activation(spec['activation'], spec['params'])
    loss_value, outputs, grads, zeros = gradients(weights, biases, x, t, act, spec['output'], spec['loss'])
    if spec['bias'] == 'zero' or 0.0 in spec['kinks']:
        assert zeros > 0, f'case {index}: no pre-activation is exactly 0'
    case = {
        'name': f"{index:02d}-{spec['activation']}-{spec['bias']}-bias-{spec['output']}-{spec['loss']}",
        'layers': layers,
        'activation': spec['activation'],
        'params': spec['params'],
        'output': spec['output'],
        'loss': spec['loss'],
        'init': spec['bias'],
        'n': spec['n'],
        'parameters': param_list(weights, biases),
        'X': flat(x),
        'T': flat(t),
        'outputs': outputs,
        'loss_value': loss_value,
        'gradients': grads,
        'zero_pre_activations': zeros,
        'kinks_placed': spec['kinks'],
    }
    if spec['train']:
        args = (weights, biases, x, t, act, spec['output'], spec['loss'])
        case['sgd'] = train(*args, 'sgd', 0.1, 5)
        case['adam'] = train(*args, 'adam', 0.01, 5)
    return case


def main():
    torch.use_deterministic_algorithms(True)
    torch.set_num_threads(1)
    cases = [make_case(i, s) for i, s in enumerate(case_specs())]
    doc = {
        'description': 'PyTorch float64 autograd reference for dense networks; format in tests/lab/README.md',
        'generator': 'tests/lab/make_gradient_fixture.py',
        'torch': torch.__version__.split('+')[0],
        'dtype': 'float64',
        'adam': {'betas': [0.9, 0.999], 'eps': 1e-8, 'weight_decay': 0, 'amsgrad': False},
        'sgd': {'momentum': 0, 'weight_decay': 0},
        'kink_derivatives': kink_derivatives(),
        'cases': cases,
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(doc, separators=(',', ':'), allow_nan=False)
    OUT.write_text(text + '\n')
    print(f'{OUT}: {len(cases)} cases, {len(text)} bytes', file=sys.stderr)


if __name__ == '__main__':
    main()
