"""A virtual clock for testing the network and file stand-ins on plain CPython (3.11+).

Not the Interleave runtime: a minimal stand-in for it, for single-threaded programs only.
`virtual_time()` patches time.time/monotonic/perf_counter/sleep to read and advance a counter,
and makes asyncio's loops wait by advancing it (their selector never blocks), so a program that
waits 2 s finishes at once and reads exactly 2.0. `run_program(path)` runs a file as __main__
under it and returns (stdout, elapsed). Importing this module puts runtime/ and runtime/shims/
on sys.path, ahead of any installed aiohttp/requests/aiofiles.
"""

from __future__ import annotations

import asyncio
import contextlib
import io
import runpy
import selectors
import sys
import time
from pathlib import Path

RUNTIME = Path(__file__).resolve().parents[2]
for entry in (RUNTIME / "shims", RUNTIME):
    if str(entry) not in sys.path:
        sys.path.insert(0, str(entry))

EPOCH = 1_767_225_600.0  # 2026-01-01T00:00:00Z: time.time() at virtual t = 0


#: Mirrors interleave.sched.WAKE_LATENCY: how late a timed wait wakes in the runtime.
SLEEP_LATENCY = 0.00017
SELECT_LATENCY = 0.00035


class Clock:
    """``late``: wake timed waits as late as the runtime does (whole programs); the shims' unit
    tests keep it off so that they can state exact modelled latencies."""

    def __init__(self, late: bool = False) -> None:
        self.now = 0.0
        self.late = late

    def advance(self, seconds: float, latency: float = 0.0) -> None:
        if seconds < 0:
            raise ValueError("sleep length must be non-negative")
        self.now += seconds + (latency if seconds > 0 and self.late else 0.0)

    def sleep(self, seconds: float) -> None:
        self.advance(seconds, SLEEP_LATENCY)


class _VirtualSelector(selectors.BaseSelector):
    """Never blocks: a select() with a timeout advances the clock instead."""

    def __init__(self, clock: Clock) -> None:
        self._clock = clock
        self._map: dict[object, selectors.SelectorKey] = {}

    def register(self, fileobj, events, data=None):
        key = selectors.SelectorKey(fileobj, id(fileobj), events, data)
        self._map[fileobj] = key
        return key

    def unregister(self, fileobj):
        return self._map.pop(fileobj)

    def select(self, timeout=None):
        if timeout is None:
            raise RuntimeError("virtual clock: the event loop would wait forever (nothing scheduled)")
        self._clock.advance(timeout, SELECT_LATENCY)
        return []

    def get_map(self):
        return self._map

    def close(self) -> None:
        self._map.clear()


@contextlib.contextmanager
def virtual_time(late: bool = False):
    """Runs the body on a virtual clock; yields the Clock."""
    clock = Clock(late)
    saved = {name: getattr(time, name) for name in ("time", "monotonic", "perf_counter", "sleep")}
    time.time = lambda: EPOCH + clock.now
    time.monotonic = time.perf_counter = lambda: clock.now
    time.sleep = clock.sleep

    class Policy(asyncio.DefaultEventLoopPolicy):
        def new_event_loop(self):
            return asyncio.SelectorEventLoop(_VirtualSelector(clock))

    saved_policy = asyncio.get_event_loop_policy()
    asyncio.set_event_loop_policy(Policy())
    try:
        yield clock
    finally:
        asyncio.set_event_loop_policy(saved_policy)
        for name, fn in saved.items():
            setattr(time, name, fn)


def run_program(path: str | Path, endpoints: list[dict] | None = None, seed: int = 0) -> tuple[str, float]:
    """Runs a program as __main__ on the virtual clock with a fresh network.
    Returns what it printed and the virtual seconds it took."""
    from interleave import net

    out = io.StringIO()
    with virtual_time(late=True) as clock:
        net.install(endpoints or [], seed)
        with contextlib.redirect_stdout(out):
            runpy.run_path(str(path), run_name="__main__")
    return out.getvalue(), clock.now


def program_cases(folder: str | Path) -> list[dict]:
    """The test programs of a folder: each NAME.py with its expected stdout (NAME.out), its
    expected virtual elapsed time (a `# elapsed: X` header line), its declared endpoints
    (NAME.endpoints.json, optional) and whether it needs the real runtime (`# runtime-only`)."""
    import json
    import re

    cases = []
    for path in sorted(Path(folder).glob("*.py")):
        source = path.read_text()
        match = re.search(r"^# elapsed: ([0-9.]+)$", source, re.MULTILINE)
        if match is None:
            raise ValueError(f"{path.name} has no '# elapsed: SECONDS' header line")
        endpoints = path.with_suffix(".endpoints.json")
        cases.append({
            "path": path,
            "stdout": path.with_suffix(".out").read_text(),
            "elapsed": float(match.group(1)),
            "endpoints": json.loads(endpoints.read_text()) if endpoints.exists() else None,
            "runtime_only": source.startswith("# runtime-only"),
        })
    return cases
