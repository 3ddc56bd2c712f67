#!/usr/bin/env python3
"""Record what CPython writes to stderr (and stdout, and its exit code) for each program of a
folder: ``python3 runtime/tests/record_stderr.py runtime/tests/corpus_stderr``.

Each program runs in its folder; CPython names it by its absolute path in warnings and
tracebacks, written here as the simulator names it (the run's file name). Programs here must be
deterministic (no racing threads): the text is compared exactly (``corpus.test.ts``).
Writes FOLDER/expected.json.
"""

import json
import pathlib
import subprocess
import sys


def main():
    folder = pathlib.Path(sys.argv[1]).resolve()
    expected = {}
    for case in sorted(folder.glob("*.py")):
        done = subprocess.run([sys.executable, case.name], cwd=folder, capture_output=True,
                              text=True, timeout=120)
        here = f"{folder}/"
        expected[case.stem] = {"stdout": done.stdout.replace(here, ""),
                               "stderr": done.stderr.replace(here, ""), "exit": done.returncode}
        print(f"{case.stem:32} exit {done.returncode}  stderr {len(done.stderr)} chars")
    (folder / "expected.json").write_text(json.dumps(expected, indent=1, sort_keys=True) + "\n")


if __name__ == "__main__":
    main()
