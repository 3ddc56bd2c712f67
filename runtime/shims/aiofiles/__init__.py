"""Interleave's stand-in for `aiofiles`: async file I/O over the (in-memory) file system.

`aiofiles.open` (awaitable or `async with`), read/write/readline/readlines/seek/flush and
`async for line in f`, `aiofiles.os` (remove, rename, stat, listdir, mkdir, ...) and
`aiofiles.os.path` (exists, isfile, getsize, ...). Each operation takes a virtual latency of
1 ms plus its size at 100 MB/s (see base.py). Ordinary `open()` is untouched.
Not provided: aiofiles.tempfile.
"""

from .threadpool import open, stderr, stderr_bytes, stdin, stdin_bytes, stdout, stdout_bytes

__all__ = ["open", "stdin", "stdout", "stderr", "stdin_bytes", "stdout_bytes", "stderr_bytes"]
