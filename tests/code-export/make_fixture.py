#!/usr/bin/python3
"""Runs every exported Python snippet and records its outputs.

web/src/curves/code-export.js writes PyTorch, Keras, JAX and NumPy code
for each curve. This script executes each snippet at the fixed inputs of
tests/code-export/cases.mjs, in float64, and writes
tests/code-export/python-outputs.json; tests/js/code-export.test.js checks
that the snippets are still the ones recorded and that every output, rounded
to float32, is within 4 ulp of the core's float32 value.

PyTorch and NumPy snippets run on the real libraries (Debian's python3-torch
and python3-numpy). Keras 3 and JAX cannot be installed here offline: their
snippets run with `keras.ops`, `jax.numpy`, `jax.nn.sigmoid` and
`jax.scipy.special.erf` bound to the NumPy functions of the same names
(sigmoid as exp(-logaddexp(0, -z)), erf as math.erf per element). That checks
each snippet's formula and parameters, not those libraries' own kernels.

Run after `npm run build` (it asks node for the snippets):

    /usr/bin/python3 tests/code-export/make_fixture.py
"""

import json
import math
import subprocess
import sys
import types
from pathlib import Path

import numpy as np
import torch

ROOT = Path(__file__).resolve().parents[2]
OUT = Path(__file__).resolve().parent / "python-outputs.json"


def _sigmoid(z):
    return np.exp(-np.logaddexp(0.0, -z))


_erf = np.vectorize(math.erf)


def numpy_namespace(names):
    space = types.SimpleNamespace(**{name: getattr(np, name) for name in names})
    return space


ELEMENTWISE = ["where", "maximum", "minimum", "exp", "expm1", "log1p", "tanh", "sqrt", "sin", "abs", "square"]


def install_shims():
    """keras.ops and jax on top of NumPy, for snippets only."""
    ops = numpy_namespace(ELEMENTWISE)
    ops.sigmoid = _sigmoid
    ops.erf = _erf
    keras = types.ModuleType("keras")
    keras.ops = ops
    jax = types.ModuleType("jax")
    jax.nn = types.SimpleNamespace(sigmoid=_sigmoid)
    jax.scipy = types.SimpleNamespace(special=types.SimpleNamespace(erf=_erf))
    jnp = types.ModuleType("jax.numpy")
    for name in ELEMENTWISE:
        setattr(jnp, name, getattr(np, name))
    jax.numpy = jnp
    sys.modules.update({"keras": keras, "jax": jax, "jax.numpy": jnp})


def run(snippet, inputs):
    namespace = {}
    exec(compile(snippet["code"], f"<{snippet['target']} {snippet['name']}>", "exec"), namespace)
    activation = namespace["activation"]
    if snippet["target"] == "pytorch":
        result = activation(torch.tensor(inputs, dtype=torch.float64)).tolist()
    else:
        result = np.asarray(activation(np.asarray(inputs, dtype=np.float64)), dtype=np.float64).tolist()
    return [None if math.isnan(v) else v for v in result]


def main():
    dump = subprocess.run(["node", "--no-experimental-fetch", "tests/code-export/cases.mjs"], cwd=ROOT,
                          check=True, capture_output=True, text=True).stdout
    data = json.loads(dump)
    install_shims()
    records = []
    with np.errstate(all="ignore"):
        for snippet in data["snippets"]:
            if snippet["target"] == "tfjs":
                continue  # JavaScript: run by tests/js/code-export.test.js
            records.append({**snippet, "outputs": run(snippet, data["inputs"])})
    OUT.write_text(json.dumps({"inputs": data["inputs"], "runs": records}, indent=1) + "\n", encoding="utf-8")
    print(f"{len(records)} snippets run; wrote {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
