# CPython 3.11 with CPython 3.14's default start method on Linux (forkserver), for recording:
# runs the recorder's own sitecustomize (named by FIDELITY_SITE), then changes the default the
# way 3.14 has it (not set_start_method, so a program may still set its own).
# The fork server and spawned children are interpreters of their own ("python -c 'from
# multiprocessing...'"): they do not stamp their elapsed time at exit, which must be the
# program's (the server exits after it, and the recorder reads the last stamp).
import atexit
import os
import sys

_site = os.environ.get("FIDELITY_SITE")
_helper = "-c" in sys.orig_argv and any(a.startswith("from multiprocessing") for a in sys.orig_argv)
if _site:
    _register = atexit.register
    if _helper:
        atexit.register = lambda *args, **kwargs: None
    try:
        with open(os.path.join(_site, "sitecustomize.py")) as _f:
            exec(compile(_f.read(), _f.name, "exec"))
    finally:
        atexit.register = _register

import multiprocessing.context as _context  # noqa: E402

_context._default_context._default_context = _context._concrete_contexts["forkserver"]
