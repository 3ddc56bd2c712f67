"""The cyclic garbage collector, paused while a run has threads.

CPython's cyclic GC walks the frames of every thread state, and a suspended stack's C-stack
part may have been moved aside by Pyodide: collecting then reads garbage and crashes. So there
is no automatic collection while green threads exist; the runner collects once all of them have
ended (``resume``).
"""

import gc


class GcPause:
    __slots__ = ("paused",)

    def __init__(self):
        self.paused = False

    def pause(self):
        if not self.paused and gc.isenabled():
            gc.disable()
            self.paused = True

    def resume(self):
        """Collect and re-enable the GC; only call when no other green thread is suspended."""
        if self.paused:
            self.paused = False
            gc.enable()
            gc.collect()
