"""Interleave's Python runtime: runs ordinary CPython concurrency code on a virtual clock.

Loaded into Pyodide before every run (see src/engine/). The pieces:

- ``context``   the run in progress: one ``RunContext`` holding every part of a run
- ``patches``   changes to the standard library as reversible units, their names checked at start
- ``sched``     the discrete-event scheduler: green threads, processes, timers, limits, GC pause
- ``glue``      JavaScript stack switching (JSPI) that lets a green thread suspend
- ``fakethread`` a ``_thread`` module on top of the scheduler, so the stdlib ``threading``,
                ``queue`` and ``concurrent.futures`` run unchanged
- ``vtime``     ``time.sleep``/``time.monotonic``/... on the virtual clock
- ``aio``       a virtual-time asyncio event loop
- ``meter``     CPU accounting and preemption, counted down inline by the ticks of ``rewrite``
- ``rewrite``   the ticks (``cost``), the hooks of sized built-ins (``sized``) and preemption
                points inside shared read-modify-write statements
- ``hoist``     module-level loops moved into a function, where CPython specialises names
- ``explore``   exploration mode: scheduling points at every shared access, PCT priorities,
                the counterexample of a failing schedule
- ``world``     a fresh set of concurrency modules for every run
- ``runner``    one run, start to finish; ``startup`` once per engine; ``host`` is what JavaScript calls

Learner programs may call :func:`report` to hand structured values to the checker.
"""


def report(key: str, value) -> None:
    """Record a JSON-serialisable value under ``key`` in the run result's ``reports``
    (outside a run, e.g. in a unit test on plain CPython, there is nothing to record it in)."""
    from .context import active

    ctx = active()
    if ctx is not None:
        ctx.reports[str(key)] = value
