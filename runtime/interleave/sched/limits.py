"""How a run ends early: the limits it may not pass and the exceptions that unwind it."""

from ..contract import DEFAULTS, RequestKey, Stop

#: ``RunStopped.kind`` of the interpreter's normal shutdown (not an error, so not in the contract).
EXIT = "Exit"


class Abort(BaseException):
    """Raised inside a green thread to unwind it when the run stops (limit, deadlock, exit)."""


class RunStopped(Exception):
    """Why a run was stopped early: ``kind`` is one of ``contract.Stop``, or ``EXIT`` (the
    interpreter's normal shutdown, which is not an error)."""

    def __init__(self, kind: str, message: str, report=None):
        super().__init__(message)
        self.kind = kind
        self.report = report


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

    def past_steps(self) -> RunStopped:
        return RunStopped(
            Stop.STEP_LIMIT,
            f"the program executed more than {self.steps:,} lines; is there an endless loop?")

    def past_output(self) -> RunStopped:
        return RunStopped(Stop.OUTPUT_LIMIT, f"the program printed more than {self.output:,} characters")
