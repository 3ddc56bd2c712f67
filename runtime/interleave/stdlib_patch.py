"""Run a standard module's own source with a few exact edits.

Where the runtime's stand-in package can run CPython's module unchanged but for a line or two (an
import the simulation provides, a call a browser tab must not make), it executes Pyodide's copy of
that module with those edits instead of writing the module again. Each edit names the text it
replaces and how often it occurs; a standard library whose text differs (a Pyodide upgrade) fails
at the first import, loudly, instead of running a half-edited module. Edits keep the line count,
so tracebacks show the standard module's lines at their true numbers (``linecache`` holds the
unedited source).
"""

import linecache
import os
import zipfile

#: path inside the standard library -> (code, file name, unedited source lines); compiled once per
#: interpreter (the snapshot keeps it), executed at every import.
_compiled: dict = {}


def _read(relpath):
    """The source of ``relpath`` (``"multiprocessing/managers.py"``) and its file name, from the
    standard library beside ``os`` (a zip archive in Pyodide, a folder elsewhere)."""
    home = os.path.dirname(os.__file__)
    filename = os.path.join(home, relpath)
    if os.path.isfile(filename):
        with open(filename, encoding="utf-8") as fh:
            return fh.read(), filename
    with zipfile.ZipFile(home) as archive:
        return archive.read(relpath).decode("utf-8"), filename


def edited(relpath, edits):
    """The code of ``relpath`` with ``edits``: (old text, new text, number of occurrences)."""
    hit = _compiled.get(relpath)
    if hit is None:
        source, filename = _read(relpath)
        text = source
        for old, new, count in edits:
            found = text.count(old)
            if found != count:
                raise ImportError(f"{relpath}: {old!r} occurs {found} times, not {count}: the standard "
                                  "library changed, review the runtime's edits of it")
            if old.count("\n") != new.count("\n"):
                raise ValueError(f"an edit of {relpath} must keep the line count: {old!r}")
            text = text.replace(old, new)
        hit = _compiled[relpath] = (compile(text, filename, "exec"), filename, source.splitlines(True))
    code, filename, lines = hit
    linecache.cache[filename] = (sum(map(len, lines)), None, lines, filename)
    return code


def run_edited(namespace, relpath, edits):
    """Execute the edited module in ``namespace`` (the stand-in module's globals)."""
    exec(edited(relpath, edits), namespace)
