"""The learner's program, parsed, rewritten and compiled once for the runs that share it.

A check runs the same source many times (the main run, each explored schedule, the replay), and
the AST passes (``seal.check``, ``rewrite``, the explorer's ``instrument``) cost tens of
milliseconds in WebAssembly per run, as much as a short program's whole run. Their result
depends only on the source, the file name, whether the run explores (instrumented or not) and
whether sealing is enforced, so a code object made once serves every such run: a module's code
object can be executed any number of times. A program that does not compile is not kept (its
SyntaxError is raised anew each time, with the same message).

The in-place reset after each run (src/engine/reset.ts) puts the linear memory back, and this
module's cache with it, so across runs the compiled program is kept on the JavaScript side, as
marshal bytes (``keep``, called by the engine through ``invoke`` before a run when its
interpreter does not hold the program yet; ``kept_program`` below). The compile happens in that
``invoke``, whose memory is reset like a run's, never inside a run: every run of a program then
starts the same way (loading the bytes), so its objects get the same addresses whether it is the
first run of the source or the tenth.
"""

import ast
import marshal

from . import glue, seal
from .rewrite import rewrite

try:
    from pyodide.ffi import to_js  # pyright: ignore[reportMissingImports]
except ImportError:  # plain CPython (the runtime's unit tests): nothing is kept across runs
    to_js = None

#: Programs kept; a check uses one or two (plain and exploring), the app one at a time.
KEEP = 8

_cache: dict = {}


def compiled(source: str, filename: str, instrument=None):
    """The code object of ``source`` and the sites ``instrument`` recorded, as a tuple.

    ``instrument(tree, sites, source)`` (the explorer's) adds scheduling points; None for a
    plain run.
    """
    key = (source, filename, instrument is not None, seal._enforced)
    hit = _cache.get(key)
    if hit is not None:
        return hit
    entry = _kept(key) or _compile(source, filename, instrument)
    if len(_cache) >= KEEP:
        del _cache[next(iter(_cache))]
    _cache[key] = entry
    return entry


def _compile(source: str, filename: str, instrument):
    try:
        tree = ast.parse(source, filename)
    except SyntaxError as error:
        # CPython reports a program that does not compile with no stack at all: the frames of
        # the parse (ast.py) are the runtime's, not the learner's.
        raise error.with_traceback(None) from None
    tree = rewrite(seal.check(tree, filename))
    sites: list = []
    if instrument is not None:
        tree = instrument(tree, sites, source)
    return (compile(tree, filename, "exec"), tuple(sites))


def store_key(source: str, filename: str, explores: bool) -> str:
    """The program's key on the JavaScript side; src/engine/engine.ts writes the same string."""
    return f"{filename}\0{int(explores)}\0{source}"


def _kept(key):
    source, filename, explores, _ = key
    helpers = glue._helpers
    found = None if helpers is None else helpers.keptProgram(store_key(source, filename, explores))
    return None if found is None else marshal.loads(found.to_bytes())


def keep(payload) -> bool:
    """Compiles ``payload["code"]`` (``filename``, ``explore``: whether the run explores) and keeps
    it on the JavaScript side for the runs that follow; False when it does not compile (each run
    then raises its error) or there is nowhere to keep it."""
    from . import explore

    source, filename, explores = payload["code"], payload["filename"], bool(payload["explore"])
    helpers = glue._helpers
    if helpers is None or to_js is None:
        return False
    try:
        entry = _compile(source, filename, explore.instrument if explores else None)
        data = marshal.dumps(entry)
    except Exception:  # SyntaxError, a sealed name, an unmarshallable constant: compiled in the run
        return False
    helpers.keepProgram(store_key(source, filename, explores), to_js(data))
    return True
