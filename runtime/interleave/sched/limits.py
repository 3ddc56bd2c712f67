"""How a run ends early: the limits it may not pass and the exceptions that unwind it."""


class Abort(BaseException):
    """Raised inside a green thread to unwind it when the run stops (limit, deadlock, exit)."""


class RunStopped(Exception):
    """Why a run was stopped early: ``kind`` is "Deadlock", "VirtualTimeLimit", "StepLimit",
    "OutputLimit", "KeyboardInterrupt" or "Exit"."""

    def __init__(self, kind: str, message: str, report=None):
        super().__init__(message)
        self.kind = kind
        self.report = report


class Limits:
    """The run's limits: virtual seconds, statements executed, characters printed."""

    __slots__ = ("time", "steps", "output")

    def __init__(self, time=600.0, steps=60_000_000, output=1_000_000):
        self.time = float(time)
        self.steps = int(steps)
        self.output = int(output)

    def past_time(self) -> RunStopped:
        return RunStopped(
            "VirtualTimeLimit", f"the program ran past the virtual time limit of {self.time:g} s")

    def past_steps(self) -> RunStopped:
        return RunStopped(
            "StepLimit",
            f"the program executed more than {self.steps:,} lines; is there an endless loop?")

    def past_output(self) -> RunStopped:
        return RunStopped("OutputLimit", f"the program printed more than {self.output:,} characters")
