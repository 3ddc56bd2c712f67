"""Virtual seconds since a test began, read from the runtime's own clock: the tests run inside an
Interleave run (python.test.ts), so ``time.monotonic`` is the runtime's virtual clock."""

import time

#: How far a reading may exceed the modelled waits: the runtime wakes each timed wait a fraction
#: of a millisecond late, as an OS does (``interleave.sched.threads.WAKE_LATENCY``).
SLACK = 0.005


class Elapsed:
    def __init__(self):
        self.start = time.monotonic()

    @property
    def now(self) -> float:
        return time.monotonic() - self.start
