"""The learner's program, parsed, rewritten and compiled once for the runs that share it.

A check runs the same source many times (the main run, each explored schedule, the replay), and
the AST passes (``seal.check``, ``rewrite``, the explorer's ``instrument``) cost tens of
milliseconds in WebAssembly per run, as much as a short program's whole run. Their result
depends only on the source, the file name, whether the run explores (instrumented or not) and
whether sealing is enforced, so a code object made once serves every such run: a module's code
object can be executed any number of times. A program that does not compile is not kept (its
SyntaxError is raised anew each time, with the same message).
"""

import ast

from . import seal
from .rewrite import rewrite

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
    try:
        tree = ast.parse(source, filename)
    except SyntaxError as error:
        # CPython reports a program that does not compile with no stack at all: the frames of
        # the parse (ast.py) are the runtime's, not the learner's.
        raise error.with_traceback(None) from None
    tree = rewrite(seal.check(tree, filename), explore=instrument is not None)
    sites: list = []
    if instrument is not None:
        tree = instrument(tree, sites, source)
    entry = (compile(tree, filename, "exec"), tuple(sites))
    if len(_cache) >= KEEP:
        del _cache[next(iter(_cache))]
    _cache[key] = entry
    return entry
