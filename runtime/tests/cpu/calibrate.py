#!/usr/bin/env python3
"""Fit the CPU model's weights (``interleave/cost.py``'s ``W``) to the recorded CPython figures.

Usage: python3 runtime/tests/cpu/calibrate.py [STIFFNESS]   (numpy and scipy; prints, changes nothing)

Runs every kernel's rewritten code under this CPython with a meter that counts, per kernel, how
many times each weight of ``W`` is charged (and the ``sized`` charges, which are calibrated
apart and kept). Then it fits ``W`` so that the virtual time of each kernel is close to the
median recorded in cpython.json, staying near the current weights (a weight measured alone is a
prior, not a free parameter), and prints the proposed table and each kernel's ratio. Copy the
table into cost.py and run cpu.test.ts, which checks the model on the real runtime. Last, each
kernel's ratio under weights fitted on the other kernels alone ("held out"): the error to expect
on a program the model was not tuned on. A stiffer prior moves the weights less and fits the
training kernels a little worse. The weights of 2026-11-28 (tenth session) were fitted with 0.2
on this machine's seconds from the old weights x0.44, then multiplied by cpython.json's reference
factor (2.34) with the figures, which changes no ratio: fitted 0.77-1.21x, held out 0.66-1.41x on
28 kernels. The recorded ``seconds`` it fits are reference seconds (record.py).
"""
import ast
import contextlib
import io
import json
import operator
import pathlib
import sys
import time
import types

import numpy as np
from scipy.optimize import least_squares

HERE = pathlib.Path(__file__).resolve().parent
RUNTIME = HERE.parents[1]
# The rewriter and the cost model are pure: import them without the package's start-up.
package = types.ModuleType("interleave")
package.__path__ = [str(RUNTIME / "interleave")]
sys.modules["interleave"] = package
# ``context`` annotates a module global with a class defined below it, which the runtime's Python
# (3.14, lazy annotations) accepts and this one does not; the meter only imports it (through
# ``thread_signals``), and the counting meter below stands in for the meter.
signals = types.ModuleType("interleave.thread_signals")
signals.deliver_interrupt = None
sys.modules["interleave.thread_signals"] = signals
from interleave import cost, rewrite, sized  # noqa: E402

NAMES = sorted(cost.W)
PRIOR = np.array([cost.W[n] for n in NAMES], dtype=float)
#: How strongly a weight is kept near its prior (relative change), against the kernels' fit.
STIFFNESS = float(sys.argv[1]) if len(sys.argv) > 1 else 0.2


class CountingMeter:
    """Counts charged weights as vectors (one entry per weight of W) and sized charges apart."""

    def __init__(self, vectors):
        self.sched = types.SimpleNamespace()
        self.left = _Countdown(self)  # the rewritten code's inline ``left -= weight``
        self.vectors = vectors
        self.counts = np.zeros(len(NAMES))
        self.fixed = 0

    def tick(self, weight):
        if isinstance(weight, str):
            self.counts += self.vectors[int(weight)]
        else:
            self.fixed += weight

    def slow(self):
        pass

    def iter_point(self, iterable, weight=1, whole=False):
        for item in iterable:
            self.tick(weight)
            yield item

    def rmw_point(self, value):
        return value


class _Countdown:
    """Stands for the meter's countdown: what the ticks subtract goes to the meter's counts."""

    def __init__(self, meter):
        self.meter = meter

    def __sub__(self, weight):
        self.meter.tick(weight)
        return self

    def __le__(self, other):
        return False


def features(path):
    vectors = []

    def weight_node(vector, lines):
        vectors.append(vector)
        return ast.Constant(value=str(len(vectors) - 1))

    rewrite.weight_node = weight_node
    tree = rewrite.rewrite(ast.parse(path.read_text()))
    meter = CountingMeter(vectors)
    snaps = []

    def process_time():
        snaps.append((meter.counts.copy(), meter.fixed))
        return 0.0

    env = {"__name__": "__main__", rewrite.METER: meter, rewrite.ITER: meter.iter_point,
           rewrite.RMW: meter.rmw_point, rewrite.IOP: operator, **sized.hooks(meter)}
    real = time.process_time
    time.process_time = process_time
    try:
        with contextlib.redirect_stdout(io.StringIO()):
            exec(compile(tree, path.name, "exec"), env)
    finally:
        time.process_time = real
    (c0, f0), (c1, f1) = snaps[0], snaps[-1]
    return c1 - c0, (f1 - f0) * 1e-9


def main():
    recorded = json.loads((HERE / "cpython.json").read_text())["kernels"]
    eye = np.eye(len(NAMES))
    cost.W.update({n: eye[i] for i, n in enumerate(NAMES)})
    cost.nanoseconds = lambda c: c  # the counts, not whole nanoseconds of them
    rows, fixed, target, names = [], [], [], []
    for name in sorted(recorded):
        counts, charged = features(HERE / "kernels" / f"{name}.py")
        rows.append(counts * 1e-9)
        fixed.append(charged)
        target.append(recorded[name]["seconds"])
        names.append(name)
    F, fixed, target = np.array(rows), np.array(fixed), np.array(target)
    w = np.round(fit(F, fixed, target), 1)
    print("W = {")
    for n, before, after in zip(NAMES, PRIOR, w, strict=True):
        print(f'    "{n}": {after:g},{"" if after == before else f"  # was {before:g}"}')
    print("}")
    # Each kernel against weights fitted without it: what the model does on a program it was
    # not tuned on (the column to believe; "fitted" is the training error).
    held = []
    for i in range(len(names)):
        keep = np.arange(len(names)) != i
        held.append(F[i] @ fit(F[keep], fixed[keep], target[keep]) + fixed[i])
    for name, before, after, out, t in zip(names, F @ PRIOR + fixed, F @ w + fixed, held, target, strict=True):
        print(f"{name:16} cpython {t:.4f}  now {before / t:5.2f}x  fitted {after / t:5.2f}x"
              f"  held out {out / t:5.2f}x")


def fit(F, fixed, target):
    """The weights closest to the kernels' figures (relative error), kept near the prior."""

    def residuals(w):
        return np.concatenate([(F @ w + fixed) / target - 1, STIFFNESS * (w / PRIOR - 1)])

    return least_squares(residuals, PRIOR, bounds=(PRIOR * 0.2, PRIOR * 5)).x

if __name__ == "__main__":
    main()
