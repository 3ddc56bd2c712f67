#!/usr/bin/env python3
"""CPython's cost of starting a child process, per start method: the data behind procs.START_COSTS
and procs.FORKSERVER_START.

Usage: python3 runtime/tests/start_cost/measure.py [ROUNDS]   (default 7)

Run it at low load, or at real-time priority on a loaded machine (`chrt -f 50 python3 ...`, as
root), which gives figures close to an idle machine's. Each round runs a small program (PROGRAM,
written to a temporary file: the fork server imports the main module, so its size matters) in a
fresh interpreter; it times `multiprocessing.forkserver.ensure_running()` (the server's start),
then for each start method the median of five start()+join() of a Process with an empty target,
and Pool(4).map of 8 squares (start, work, shutdown). Printed: the median over the rounds of each
figure, with the load average before and after. figures.json beside this file is one such run.
"""
import json
import os
import statistics
import subprocess
import sys
import tempfile

PROGRAM = '''
import json, multiprocessing, statistics, time
from multiprocessing import forkserver

def nothing():
    pass

def square(x):
    return x * x

if __name__ == "__main__":
    out = {}
    t = time.perf_counter()
    forkserver.ensure_running()
    out["forkserver_start"] = time.perf_counter() - t
    for method in ("forkserver", "spawn", "fork"):
        ctx = multiprocessing.get_context(method)
        times = []
        for _ in range(5):
            t = time.perf_counter()
            p = ctx.Process(target=nothing)
            p.start()
            p.join()
            times.append(time.perf_counter() - t)
        out[method + "_child"] = statistics.median(times)
        t = time.perf_counter()
        with ctx.Pool(4) as pool:
            pool.map(square, range(8))
        out[method + "_pool4_map8"] = time.perf_counter() - t
    print(json.dumps(out))
'''


def main():
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    load_before = os.getloadavg()[0]
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "start_cost_program.py")
        with open(path, "w") as f:
            f.write(PROGRAM)
        for _ in range(rounds):
            p = subprocess.run([sys.executable, path], capture_output=True, text=True, check=True)
            results.append(json.loads(p.stdout))
    print(json.dumps({
        "python": sys.version.split()[0],
        "rounds": rounds,
        "load_before": round(load_before, 1),
        "load_after": round(os.getloadavg()[0], 1),
        "median_seconds": {k: round(statistics.median(r[k] for r in results), 4) for k in results[0]},
    }, indent=1))


if __name__ == "__main__":
    main()
