#!/usr/bin/env python3
"""Record a corpus folder with ../shared/fidelity/record.py, CPython 3.11 defaulting to forkserver
as 3.14 does on Linux (forkserver_default/). Run it at real-time priority on a loaded machine, so
that start costs are those of an idle one (runtime/tests/start_cost/README.md):

    chrt -f 50 python3 runtime/tests/start_cost/record_forkserver.py runtime/tests/corpus_mp 2
"""
import os
import pathlib
import re
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent
FIDELITY = HERE.parents[4] / "shared" / "fidelity"
sys.path.insert(0, str(FIDELITY))

import record  # noqa: E402


def run(path, atomic):
    site = FIDELITY / ("atomic" if atomic else "timing")
    env = dict(os.environ, PYTHONPATH=f"{HERE / 'forkserver_default'}:{site}", FIDELITY_SITE=str(site))
    p = subprocess.run([sys.executable, str(path)], capture_output=True, text=True, timeout=120, env=env)
    stamps = re.findall(r"@elapsed ([0-9.]+)", p.stderr)
    return p.stdout, p.returncode, float(stamps[-1]) if stamps else None


record.run = run

if __name__ == "__main__":
    record.main()
