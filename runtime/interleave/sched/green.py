"""A green thread's record: its identity, state and what it waits on (``threads.Scheduler``
runs them)."""

from typing import Any

from .cores import Proc

NEW, READY, RUNNING, BLOCKED, DONE = "new", "ready", "running", "blocked", "done"


class Green:
    """A green thread: one Python stack, one lane on the timeline."""

    __slots__ = (
        "id", "ident", "native_id", "name", "proc", "lane", "state", "daemon", "is_main",
        "ready_at", "parker", "wake_value", "timer", "reason", "detail", "waits_on", "frame",
        "where", "joiners", "cpu", "task_lane", "label", "loops",
    )

    def __init__(self, gid: int, name: str, proc: Proc, lane: int, daemon: bool):
        self.id = gid
        self.ident = 0x7F3A_0000_0000 + gid * 0x1000
        self.native_id = proc.pid + gid - 1 if gid > 1 else proc.pid
        self.name = name
        self.proc = proc
        self.lane = lane
        self.state = NEW
        self.daemon = daemon
        self.is_main = False
        self.ready_at = 0.0
        self.parker: Any = None  # glue.Parker while it may be suspended
        self.wake_value: Any = None
        self.timer: list | None = None  # its entry in the timer queue while a wait is timed
        self.reason: str | None = None
        self.detail: str | None = None
        self.waits_on: Any = None
        self.frame: Any = None
        self.where: Any = None  # deadlock.Where while blocked with a frame
        self.joiners: list[Green] = []
        self.cpu = 0.0
        self.task_lane: int | None = None  # lane of the asyncio task running on this thread
        self.label: tuple[str, str] | None = None  # (reason, detail) set by ``blocking``
        self.loops = 0  # asyncio event loops running on it (``aio``)
