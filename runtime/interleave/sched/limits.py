"""How a run ends early: the limits it may not pass and the exceptions that unwind it."""

import sys

from ..contract import DEFAULTS, RequestKey, Stop

#: ``RunStopped.kind`` of the interpreter's normal shutdown (not an error, so not in the contract).
EXIT = "Exit"


class Abort(BaseException):
    """Raised inside a green thread to unwind it when the run stops (limit, deadlock, exit)."""


class RunStopped(Exception):
    """Why a run was stopped early: ``kind`` is one of ``contract.Stop``, or ``EXIT`` (the
    interpreter's normal shutdown, which is not an error)."""

    def __init__(self, kind: str, message: str, report=None, line: int | None = None):
        super().__init__(message)
        self.kind = kind
        self.report = report
        self.line = line  # the learner's line the run was at, where that says where to look


def learner_line() -> int | None:
    """The line of learner code the running thread is at (its innermost frame of the program's
    module), or None. Only the running stack is walked: suspended ones may be moved aside."""
    frame = sys._getframe(1)
    while frame is not None:
        if frame.f_globals.get("__name__") in ("__main__", "__mp_main__"):
            return frame.f_lineno
        frame = frame.f_back
    return None


class Limits:
    """The run's limits: virtual seconds, statements executed, characters printed."""

    __slots__ = ("time", "steps", "output")

    def __init__(self, time=DEFAULTS[RequestKey.VIRTUAL_TIME_LIMIT],
                 steps=DEFAULTS[RequestKey.STEP_LIMIT], output=DEFAULTS[RequestKey.OUTPUT_LIMIT]):
        self.time = float(time)
        self.steps = int(steps)
        self.output = int(output)

    def past_time(self, reached: float, waiting: bool = False) -> RunStopped:
        """``reached``: the virtual time the run reached, or (``waiting``) the time of the next
        wake-up it was waiting for, beyond the limit."""
        where = f"its next wake-up was at {reached:.3f} s" if waiting else f"it reached {reached:.3f} s"
        return RunStopped(
            Stop.VIRTUAL_TIME_LIMIT,
            f"the program ran past the virtual time limit of {self.time:g} s ({where})")

    def past_steps(self, line: int | None = None) -> RunStopped:
        where = f" (it was at line {line})" if line else ""
        return RunStopped(
            Stop.STEP_LIMIT,
            f"the program executed more than {self.steps:,} lines{where}; is there an endless loop?",
            line=line)

    def past_output(self) -> RunStopped:
        return RunStopped(Stop.OUTPUT_LIMIT, f"the program printed more than {self.output:,} characters")
