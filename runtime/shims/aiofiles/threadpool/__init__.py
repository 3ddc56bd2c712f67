"""aiofiles.threadpool for Interleave's stand-in: aiofiles.open and the async file wrappers.

The wrappers have aiofiles' methods and properties (text: AsyncTextIOWrapper; binary:
AsyncBufferedReader / AsyncBufferedIOBase / AsyncFileIO); each I/O method is a coroutine that
takes the virtual latency of base.op_latency. stdin/stdout/stderr wrappers are provided too.
"""

import sys
from functools import singledispatch
from io import BufferedIOBase, BufferedRandom, BufferedReader, BufferedWriter, FileIO, TextIOBase

from ..base import AiofilesContextManager, AsyncBase, run_op

sync_open = open

__all__ = ("open", "stdin", "stdout", "stderr", "stdin_bytes", "stdout_bytes", "stderr_bytes", "wrap")

_READS = ("read", "read1", "readall", "readline", "readlines", "peek")
_WRITES = ("write", "writelines")
_OTHERS = ("close", "flush", "isatty", "readable", "readinto", "seek", "seekable", "tell", "truncate", "writable")


def _delegate(name):
    async def method(self, *args, **kwargs):
        func = getattr(self._file, name)
        return await run_op(f"{name} {_name(self._file)}", func, *args, size_of_args=name in _WRITES, **kwargs)

    method.__name__ = name
    return method


def _proxy_method(name):
    def method(self, *args, **kwargs):
        return getattr(self._file, name)(*args, **kwargs)

    method.__name__ = name
    return method


def _proxy_property(name):
    return property(lambda self: getattr(self._file, name))


def _name(file):
    return getattr(file, "name", "file")


def _build(name, base, delegated, direct, properties):
    namespace = {n: _delegate(n) for n in delegated}
    namespace.update({n: _proxy_method(n) for n in direct})
    namespace.update({n: _proxy_property(n) for n in properties})
    return type(name, (base,), namespace)


_COMMON = ("close", "flush", "isatty", "read", "readline", "readlines", "seek", "seekable", "tell", "truncate",
           "writable", "write", "writelines", "readable")
AsyncTextIOWrapper = _build("AsyncTextIOWrapper", AsyncBase, _COMMON, ("detach", "fileno"),
                            ("buffer", "closed", "encoding", "errors", "line_buffering", "newlines", "name", "mode"))
AsyncBufferedIOBase = _build("AsyncBufferedIOBase", AsyncBase, _COMMON + ("read1", "readinto"),
                             ("detach", "fileno"), ("closed", "raw", "name", "mode"))
AsyncBufferedReader = _build("AsyncBufferedReader", AsyncBufferedIOBase, ("peek",), (), ())
AsyncFileIO = _build("AsyncFileIO", AsyncBase, _COMMON + ("readall", "readinto"), ("fileno",),
                     ("closed", "name", "mode"))


def open(file, mode="r", buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None, *,
         loop=None, executor=None):
    """Opens a file for async I/O: `async with aiofiles.open(...) as f` or `f = await aiofiles.open(...)`."""
    return AiofilesContextManager(_open(file, mode=mode, buffering=buffering, encoding=encoding, errors=errors,
                                        newline=newline, closefd=closefd, opener=opener, loop=loop,
                                        executor=executor))


async def _open(file, mode="r", buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None,
                *, loop=None, executor=None):
    f = await run_op(f"open {file}", sync_open, file, mode=mode, buffering=buffering, encoding=encoding,
                     errors=errors, newline=newline, closefd=closefd, opener=opener)
    return wrap(f, loop=loop, executor=executor)


@singledispatch
def wrap(file, *, loop=None, executor=None):
    raise TypeError(f"Unsupported io type: {file}.")


@wrap.register(TextIOBase)
def _(file, *, loop=None, executor=None):
    return AsyncTextIOWrapper(file, loop=loop, executor=executor)


@wrap.register(BufferedWriter)
@wrap.register(BufferedIOBase)
def _(file, *, loop=None, executor=None):
    return AsyncBufferedIOBase(file, loop=loop, executor=executor)


@wrap.register(BufferedReader)
@wrap.register(BufferedRandom)
def _(file, *, loop=None, executor=None):
    return AsyncBufferedReader(file, loop=loop, executor=executor)


@wrap.register(FileIO)
def _(file, *, loop=None, executor=None):
    return AsyncFileIO(file, loop=loop, executor=executor)


class _Indirect:
    """A wrapper around sys.stdout & co. that looks the stream up at each call (print redirection)."""

    def __init__(self, cls, lookup):
        self._cls = cls
        self._lookup = lookup

    def __getattr__(self, name):
        return getattr(self._cls(self._lookup(), None, None), name)


stdin = _Indirect(AsyncTextIOWrapper, lambda: sys.stdin)
stdout = _Indirect(AsyncTextIOWrapper, lambda: sys.stdout)
stderr = _Indirect(AsyncTextIOWrapper, lambda: sys.stderr)
stdin_bytes = _Indirect(AsyncBufferedIOBase, lambda: sys.stdin.buffer)
stdout_bytes = _Indirect(AsyncBufferedIOBase, lambda: sys.stdout.buffer)
stderr_bytes = _Indirect(AsyncBufferedIOBase, lambda: sys.stderr.buffer)
