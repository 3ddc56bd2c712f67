"""The timer queue: what is due when, in time order, first set first fired among equals."""

import heapq

#: An entry is [when, seq, target, alive]; ``Scheduler.fire_due`` pops the due ones itself.
#: Index of an entry's liveness flag: ``cancel`` clears it, and the entry is dropped when it
#: reaches the front (cheaper than removing it from the heap).
ALIVE = 3


class Timers:
    __slots__ = ("heap", "_seq")

    def __init__(self):
        self.heap = []  # [when, seq, target, alive]
        self._seq = 0

    def add(self, when, target):
        """``target`` is a Green (woken with False) or a callable taking the firing time."""
        self._seq += 1
        entry = [when, self._seq, target, True]
        heapq.heappush(self.heap, entry)
        return entry

    @staticmethod
    def cancel(entry):
        entry[ALIVE] = False

    def next(self):
        """When the earliest live timer is due, or None."""
        heap = self.heap
        while heap and not heap[0][ALIVE]:
            heapq.heappop(heap)
        return heap[0][0] if heap else None


#: The trace's detail of a sleep by its length, shared by every run: formatting a float is 2-3 us
#: in Pyodide, and a program sleeps a few lengths, mostly.
SLEEP_DETAILS: dict[float, str] = {}


def sleep_detail(seconds: float) -> str:
    """What a sleep of ``seconds`` shows on its lane: ``sleep(0.5)``."""
    detail = SLEEP_DETAILS.get(seconds)
    if detail is None:
        detail = f"sleep({seconds:g})"
        if len(SLEEP_DETAILS) < 256:
            SLEEP_DETAILS[seconds] = detail
    return detail
