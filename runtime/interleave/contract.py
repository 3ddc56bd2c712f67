"""The run contract's names, generated from src/contract/names.ts and src/contract/run.ts.

Do not edit: run `npm run gen:contract` after changing those files (a test fails while this
file is out of date). The page decodes every run result against the same contract, so a string
written here that it does not know is reported as an off-contract result, not silently drawn.
"""


class Reason:
    """Why a lane waits: the ``reason`` of a "block" trace event."""

    SLEEP = "sleep"
    LOCK = "lock"
    CONDITION = "condition"
    SEMAPHORE = "semaphore"
    BARRIER = "barrier"
    EVENT = "event"
    QUEUE = "queue"
    JOIN = "join"
    FUTURE = "future"
    AWAIT = "await"
    SELECT = "select"
    IO = "io"
    NETWORK = "network"
    YIELD = "yield"


BLOCK_REASONS = (
    Reason.SLEEP,
    Reason.LOCK,
    Reason.CONDITION,
    Reason.SEMAPHORE,
    Reason.BARRIER,
    Reason.EVENT,
    Reason.QUEUE,
    Reason.JOIN,
    Reason.FUTURE,
    Reason.AWAIT,
    Reason.SELECT,
    Reason.IO,
    Reason.NETWORK,
    Reason.YIELD,
)


class Stop:
    """Why the runtime stopped a run: ``RunError.type`` and ``RunStopped.kind``."""

    DEADLOCK = "Deadlock"
    VIRTUAL_TIME_LIMIT = "VirtualTimeLimit"
    STEP_LIMIT = "StepLimit"
    OUTPUT_LIMIT = "OutputLimit"
    PROCESS_LIMIT = "ProcessLimit"
    KEYBOARD_INTERRUPT = "KeyboardInterrupt"


STOP_KINDS = (
    Stop.DEADLOCK,
    Stop.VIRTUAL_TIME_LIMIT,
    Stop.STEP_LIMIT,
    Stop.OUTPUT_LIMIT,
    Stop.PROCESS_LIMIT,
    Stop.KEYBOARD_INTERRUPT,
)


SETUP_ERROR_TYPE = "InvalidEndpoint"


class Kind:
    """The ``kind`` of a trace event."""

    START = "start"
    RUN = "run"
    BLOCK = "block"
    WAKE = "wake"
    FINISH = "finish"
    PRINT = "print"
    LOOP_BLOCKED = "loop-blocked"


EVENT_KINDS = (
    Kind.START,
    Kind.RUN,
    Kind.BLOCK,
    Kind.WAKE,
    Kind.FINISH,
    Kind.PRINT,
    Kind.LOOP_BLOCKED,
)


class LaneKind:
    """The ``kind`` of a lane."""

    PROCESS = "process"
    THREAD = "thread"
    TASK = "task"


class Stream:
    """Output streams (the ``stream`` of a "print" event)."""

    STDOUT = "stdout"
    STDERR = "stderr"


class ReportKey:
    """Keys of the run result's ``reports`` the runtime writes."""

    TESTS = "tests"


class DeadlockKey:
    """Keys of the deadlock report."""

    MESSAGE = "message"
    WAITERS = "waiters"


class WaiterKey:
    """Keys of each waiter in the deadlock report."""

    LANE = "lane"
    NAME = "name"
    WAITS_FOR = "waitsFor"
    HELD_BY = "heldBy"
    LINE = "line"


class RequestKey:
    """Keys of the run request."""

    CODE = "code"
    FILENAME = "filename"
    SEED = "seed"
    CPU_COUNT = "cpuCount"
    VIRTUAL_TIME_LIMIT = "virtualTimeLimit"
    STEP_LIMIT = "stepLimit"
    OUTPUT_LIMIT = "outputLimit"
    ENDPOINTS = "endpoints"
    FILES = "files"
    TESTS = "tests"
    EXPLORE = "explore"
    PROGRAM_RESULT = "programResult"


# The run request's defaults (the page fills them in; the runtime applies them to requests
# that come without, e.g. from its own tests).
DEFAULTS = {
    "filename": "main.py",
    "seed": 0,
    "cpuCount": 4,
    "virtualTimeLimit": 60,
    "stepLimit": 10000000,
    "outputLimit": 100000,
}
