"""``sys.stdout``/``sys.stderr`` for a run: keep what is printed, stream it, put it on the trace.

Each write is recorded with the virtual time and the lane (thread or asyncio task) that wrote
it. A run that prints more than its output limit is stopped, so a runaway ``print`` loop cannot
exhaust memory or flood the page. Once a run is being stopped, further output is dropped: the
threads being unwound are not meant to be seen running. So is the output of a process being
unwound after ``os._exit`` or a kill: a real one runs no more code, no ``finally`` block.
"""

import io

from .contract import Kind
from .sched import Abort


class Collector:
    def __init__(self, sched, trace, emit, limits):
        self.sched = sched
        self.trace = trace
        self.emit = emit
        self.limits = limits
        self.limit = limits.output
        self.size = 0
        self.parts = {"stdout": [], "stderr": []}
        self.at_line_start = True  # whether everything printed so far ends a line

    def write(self, stream, text):
        s = self.sched
        if s.stopping is not None:
            return
        proc = s.current.proc if s.current is not None else None
        if proc is not None and (proc.exit_status is not None or proc.killed):
            return
        self.size += len(text)
        if self.size > self.limit:
            text = text[: max(0, len(text) - (self.size - self.limit))]
            self._record(stream, text)
            s.stop(self.limits.past_output())
            raise Abort()
        self._record(stream, text)

    def _record(self, stream, text):
        if not text:
            return
        self.parts[stream].append(text)
        self.at_line_start = text.endswith("\n")
        s = self.sched
        g = s.current
        self.trace.add(s.clock, Kind.PRINT, g.task_lane or g.lane, stream=stream, text=text)
        if self.emit is not None:
            self.emit(stream, text)

    def note(self, stream, text):
        """The runtime's own words after the run (a limit, a deadlock), on lines of their own."""
        if not self.at_line_start:
            text = "\n" + text
        self.at_line_start = text.endswith("\n")
        self.parts[stream].append(text)
        if self.emit is not None:
            self.emit(stream, text)

    def text(self, stream):
        return "".join(self.parts[stream])


class Stream(io.TextIOBase):
    """A text stream that hands every write to the collector."""

    def __init__(self, collector, name):
        self.__il_collector__ = collector  # a name the program may not use (seal_rules)
        self._name = name

    @property
    def name(self):
        return f"<{self._name}>"

    @property
    def encoding(self):  # pyright: ignore[reportIncompatibleVariableOverride] (read-only, as sys.stdout's)
        return "utf-8"

    @property
    def errors(self):  # pyright: ignore[reportIncompatibleVariableOverride] (read-only, as sys.stdout's)
        return "strict"

    def writable(self):
        return True

    def isatty(self):
        return False

    def write(self, text):
        if not isinstance(text, str):
            raise TypeError(f"write() argument must be str, not {type(text).__name__}")
        self.__il_collector__.write(self._name, text)
        return len(text)

    def flush(self):
        pass
