"""aiofiles.base for Interleave's stand-in: the latency model, AsyncBase and the context manager.

Every file operation runs at once on the (in-memory) file system, then waits on the event loop
for a virtual latency of 1 ms plus its size at 100 MB/s (`op_latency`), so operations of
different tasks overlap the way aiofiles' thread-pool calls do. Real aiofiles runs each call in
a thread of the loop's default executor; this stand-in needs no threads.
"""

from asyncio import get_running_loop
from collections.abc import Awaitable
from contextlib import AbstractAsyncContextManager
from functools import partial, wraps

from interleave import net
from interleave.contract import Reason

OP_SECONDS = 0.001
BYTES_PER_SECOND = 100_000_000


def op_latency(size: int = 0) -> float:
    """Virtual seconds one file operation moving `size` bytes (or characters) takes."""
    return OP_SECONDS + size / BYTES_PER_SECOND


def _size(value) -> int:
    if isinstance(value, (bytes, bytearray, str, memoryview)):
        return len(value)
    if isinstance(value, (list, tuple)):
        return sum(_size(v) for v in value)
    return 0


async def run_op(detail, func, *args, size_of_args=False, **kwargs):
    """Runs func(*args, **kwargs), then waits its latency. An exception is raised after the
    wait of an operation that moved nothing, as an executor call would deliver it."""
    try:
        result = func(*args, **kwargs)
    except BaseException:
        await net.pause(op_latency(), detail, reason=Reason.IO)
        raise
    size = _size(args) if size_of_args else _size(result)
    await net.pause(op_latency(size), detail, reason=Reason.IO)
    return result


def wrap(func):
    """An async version of a blocking function (aiofiles.os.wrap)."""

    @wraps(func)
    async def run(*args, loop=None, executor=None, **kwargs):
        detail = f"{func.__name__} {args[0]}" if args else func.__name__
        return await run_op(detail, partial(func, *args, **kwargs))

    return run


class AsyncBase:
    def __init__(self, file, loop, executor):
        self._file = file
        self._executor = executor
        self._ref_loop = loop

    @property
    def _loop(self):
        return self._ref_loop or get_running_loop()

    def __aiter__(self):
        return self

    def __repr__(self):
        return super().__repr__() + " wrapping " + repr(self._file)

    async def __anext__(self):
        if line := await self.readline():
            return line
        raise StopAsyncIteration


class AiofilesContextManager(Awaitable, AbstractAsyncContextManager):
    """What aiofiles.open returns: awaitable, or an async context manager that closes."""

    __slots__ = ("_coro", "_obj")

    def __init__(self, coro):
        self._coro = coro
        self._obj = None

    def __await__(self):
        if self._obj is None:
            self._obj = yield from self._coro.__await__()
        return self._obj

    async def __aenter__(self):
        return await self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        await run_op(f"close {self._obj._file.name}", self._obj._file.__exit__, exc_type, exc_val, exc_tb)
        self._obj = None
