#!/usr/bin/env python3
"""Record what CPython takes on the CPU kernels: the figures the CPU model is held to.

Usage: python3 runtime/tests/cpu/record.py [RUNS] [KERNEL...]   (default 7 runs, every kernel)

With kernel names, only those are recorded and the others' figures in cpython.json are kept.
When the process may, it runs each kernel under ``chrt -f 50`` (real-time priority: the other
programs of a shared machine do not preempt it) and says so in cpython.json.

Each kernel in kernels/ prints its result and, last, ``cpu <seconds>``: the process time of its
work, read with ``time.process_time`` (CPU time, so other programs on a busy machine disturb it
less than wall time). Under Interleave the same line reads the virtual clock, which
``cpu.test.ts`` compares with the median recorded here (within ``TOLERANCE`` of cpython.json).
Writes cpython.json: per kernel the runs on this machine, the stdout the kernel must print, and
``seconds``, the median in **reference seconds**: the virtual clock is the same on every machine
(#14), so it follows one reference machine, the one the model's other costs (a process's and a
thread's start, pickling, the collector's pauses) and every exercise were calibrated on. A
recording on another machine is brought to it by ``reference.factor``: the median, over the
kernels both recordings have, of the recorded reference seconds over this machine's medians
(``factor``, below). The tenth session's machine ran CPython about 2.34x faster than the
reference (every kernel 0.36-0.54x), which a first reading took for load on the old recordings.
Record on a quiet machine (``uptime`` load below 2, the runs within 10 % of each other), with
at least five kernels that cpython.json already has, so the factor can be measured.
"""
import json
import pathlib
import platform
import statistics
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent
TOLERANCE = 0.25
REFERENCE = ("seconds are reference seconds: this recording's medians (runs) times factor, the "
             "median of the earlier recording's seconds over this one's medians on the kernels both have")


def _realtime() -> list[str]:
    """``chrt -f 50`` when this process may raise a child to real-time priority, else nothing."""
    try:
        subprocess.run(["chrt", "-f", "50", "true"], check=True, capture_output=True)
    except (OSError, subprocess.CalledProcessError):
        return []
    return ["chrt", "-f", "50"]


PREFIX = _realtime()


def run(path: pathlib.Path) -> tuple[str, float]:
    p = subprocess.run([*PREFIX, sys.executable, str(path)], capture_output=True, text=True, timeout=300, check=True)
    *lines, last = p.stdout.splitlines()
    label, seconds = last.split()
    assert label == "cpu", f"{path.name}: the last line must be 'cpu <seconds>'"
    return "\n".join(lines) + "\n", float(seconds)


def factor(recorded: dict, medians: dict[str, float]) -> float:
    """This machine's seconds to reference seconds: the median over the kernels recorded before
    of their reference seconds over this machine's median."""
    both = [name for name in medians if name in recorded]
    if len(both) < 5:
        raise SystemExit("record at least five kernels cpython.json has: they measure this machine")
    return statistics.median(recorded[name]["seconds"] / medians[name] for name in both)


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    chosen = set(sys.argv[2:])
    out = HERE / "cpython.json"
    kept = json.loads(out.read_text())
    recorded = kept["kernels"]
    kernels = dict(recorded) if chosen else {}
    measured: dict[str, tuple[list[float], str]] = {}
    for path in sorted((HERE / "kernels").glob("*.py")):
        if chosen and path.stem not in chosen:
            continue
        results = [run(path) for _ in range(runs)]
        outputs = {r[0] for r in results}
        assert len(outputs) == 1, f"{path.name}: the output differs between runs"
        measured[path.stem] = (sorted(r[1] for r in results), outputs.pop())
    scale = factor(recorded, {name: statistics.median(times) for name, (times, _) in measured.items()})
    print(f"this machine's seconds x {scale:.3f} = reference seconds")
    for name, (times, stdout) in measured.items():
        kernels[name] = {"seconds": round(statistics.median(times) * scale, 4), "runs": times, "stdout": stdout}
        print(f"{name:16} {kernels[name]['seconds']:.4f} s   runs {times[0]:.4f}-{times[-1]:.4f} (this machine)")
    data = {
        "python": platform.python_version(),
        "machine": platform.machine(),
        "runs": runs,
        "tolerance": TOLERANCE,
        "realtime": bool(PREFIX),
        "reference": {"factor": round(scale, 3), "about": REFERENCE},
        "kernels": dict(sorted(kernels.items())),
    }
    out.write_text(json.dumps(data, indent=1) + "\n")

if __name__ == "__main__":
    main()
