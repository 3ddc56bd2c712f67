"""What JavaScript calls (src/engine/). JSON strings in and out, nothing else.

``prepare`` runs once, in the interpreter the engine's memory snapshot is made from; ``attach``
runs in each interpreter restored from it, before its one run; ``run`` runs the program;
``invoke`` serves tools (code analysis) in the snapshot's own interpreter, which runs no program.
"""

import importlib
import json

from . import glue, seal


def prepare() -> str:
    """Before the snapshot: compile the renewed modules, check the names the runtime's patches
    rely on (RuntimeError naming the missing ones), and import everything a run needs."""
    import sys

    from . import startup

    startup.warm_up(check=True)
    from . import runner
    from .checking import ast_facts, harness  # noqa: F401

    try:
        from . import net  # noqa: F401
    except ImportError:
        pass
    # Runs without threads walk the paths runs take (lazy imports, caches) once, here: what
    # they import is in every run's memory from the start (one lazy import from the standard
    # library's zip costs a run 0.1-0.4 s).
    for request in startup.WARM_RUNS:
        runner.run(request, None)
    startup.prebuild_world()
    # Everything alive now is in every run's memory from the start and never garbage: the cyclic
    # collector leaves it alone (a full collection at the end of a run took 26 ms walking it).
    import gc

    gc.collect()
    gc.freeze()
    return "%d.%d.%d" % sys.version_info[:3]


def attach(helpers, trusted=False) -> None:
    """In a restored interpreter: install the stack-switching helpers, then cut the JS bridge
    (``trusted``: a host running its own code, e.g. the runtime's unit tests, keeps it all)."""
    glue.install(helpers)
    if trusted:
        seal.trust_programs()
    else:
        seal.lock_down()


_COMPACT = (",", ":")  # no spaces: a trace of 30,000 items is a fifth smaller


def run(request_json: str, emit) -> str:
    """Run one program; ``emit(stream, text)`` receives output as it is written."""
    from .runner import run as run_program

    request = json.loads(request_json)

    def forward(stream, text):
        emit(stream, text)

    result = run_program(request, forward if emit is not None else None)
    return json.dumps(result, separators=_COMPACT)


def invoke(module: str, func: str, payload_json: str) -> str:
    """Call ``interleave.<module>.<func>(payload)``; payload and result are JSON."""
    mod = importlib.import_module(f"interleave.{module}")
    return json.dumps(getattr(mod, func)(json.loads(payload_json)))
