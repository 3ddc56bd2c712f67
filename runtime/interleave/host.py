"""What JavaScript calls (src/engine/engine.ts). JSON strings in and out, nothing else."""

import importlib
import json


def init(helpers) -> str:
    """Once per engine: install the stack-switching helpers, compile the renewed modules, check
    the names the runtime's patches rely on (RuntimeError naming the missing ones)."""
    import sys

    from . import startup

    startup.start(helpers)
    from . import runner  # noqa: F401 (compile the runtime now, not during the first run)

    try:
        from . import net  # noqa: F401
    except ImportError:
        pass

    return "%d.%d.%d" % sys.version_info[:3]


def run(request_json: str, emit) -> str:
    """Run one program; ``emit(stream, text)`` receives output as it is written."""
    from .runner import run as run_program

    request = json.loads(request_json)

    def forward(stream, text):
        emit(stream, text)

    result = run_program(request, forward if emit is not None else None)
    return json.dumps(result)


def invoke(module: str, func: str, payload_json: str) -> str:
    """Call ``interleave.<module>.<func>(payload)``; payload and result are JSON."""
    mod = importlib.import_module(f"interleave.{module}")
    return json.dumps(getattr(mod, func)(json.loads(payload_json)))
