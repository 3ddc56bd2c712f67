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
Writes cpython.json: per kernel the median, every run, and the stdout the kernel must print.
Re-record on a quiet machine (``uptime`` load below 2 and the runs within 10 % of each
other): recorded at load 2-5 while other programs ran, every kernel took about 2.2x what it takes
on the quiet machine, even under ``chrt`` (contention below the guest, not preemption).
"""
import json
import pathlib
import platform
import statistics
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent
TOLERANCE = 0.25


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


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    chosen = set(sys.argv[2:])
    out = HERE / "cpython.json"
    kernels = json.loads(out.read_text())["kernels"] if chosen and out.exists() else {}
    for path in sorted((HERE / "kernels").glob("*.py")):
        if chosen and path.stem not in chosen:
            continue
        results = [run(path) for _ in range(runs)]
        outputs = {r[0] for r in results}
        assert len(outputs) == 1, f"{path.name}: the output differs between runs"
        times = sorted(r[1] for r in results)
        kernels[path.stem] = {"seconds": round(statistics.median(times), 4), "runs": times,
                              "stdout": outputs.pop()}
        print(f"{path.stem:16} {kernels[path.stem]['seconds']:.4f} s   runs {times[0]:.4f}-{times[-1]:.4f}")
    data = {
        "python": platform.python_version(),
        "machine": platform.machine(),
        "runs": runs,
        "tolerance": TOLERANCE,
        "realtime": bool(PREFIX),
        "kernels": dict(sorted(kernels.items())),
    }
    out.write_text(json.dumps(data, indent=1) + "\n")


if __name__ == "__main__":
    main()
