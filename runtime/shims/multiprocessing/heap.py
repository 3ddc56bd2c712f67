"""``multiprocessing.heap``: blocks of shared memory carved out of arenas, for ctypes objects shared
between processes (``BufferWrapper`` is what CPython's ``sharedctypes`` allocates from).

An arena is an anonymous ``mmap``; every simulated process lives in this interpreter, so an arena
passes to a child by reference and both see the same bytes, as CPython's processes see one file
mapped twice. Allocation is first fit over the free blocks of each arena, blocks aligned to 8
bytes; a freed block merges with free neighbours, and an arena left wholly free is let go.
"""

import mmap
import threading

from interleave.procs import Shared

from . import util

__all__ = ["BufferWrapper"]


class Arena(Shared):
    """A shared memory area (``size`` bytes)."""

    def __init__(self, size, fd=-1):
        self.size = size
        self.fd = fd
        self.buffer = mmap.mmap(-1, size)


def _round_up(n, alignment):
    return (n + alignment - 1) & ~(alignment - 1)


class Heap(Shared):
    _alignment = 8

    def __init__(self, size=mmap.PAGESIZE):
        self._lock = threading.Lock()
        self._size = size  # the next arena's size: doubles as arenas are made
        self._arenas = []
        self._free = {}  # arena -> sorted [(start, stop)] of free space
        self._allocated_blocks = {}  # arena -> {(start, stop)}
        self._n_mallocs = 0
        self._n_frees = 0

    def _new_arena(self, size):
        length = max(_round_up(size, mmap.PAGESIZE), self._size)
        self._size = min(self._size * 2, 4 * 1024 * 1024)
        util.info("allocating a new mmap of length %d", length)
        arena = Arena(length)
        self._arenas.append(arena)
        self._free[arena] = [(0, length)]
        self._allocated_blocks[arena] = set()
        return arena

    def malloc(self, size):
        if size < 0:
            raise ValueError(f"Size {size} out of range")
        if size > 2**63 - 1:
            raise OverflowError(f"Size {size} too large")
        size = _round_up(max(size, 1), self._alignment)
        with self._lock:
            self._n_mallocs += 1
            for arena in self._arenas + [None]:
                arena = arena or self._new_arena(size)
                spaces = self._free[arena]
                for i, (start, stop) in enumerate(spaces):
                    if stop - start >= size:
                        if stop - start == size:
                            del spaces[i]
                        else:
                            spaces[i] = (start + size, stop)
                        self._allocated_blocks[arena].add((start, start + size))
                        return arena, start, start + size
        raise AssertionError("a new arena always has room")

    def free(self, block):
        arena, start, stop = block
        with self._lock:
            self._n_frees += 1
            self._allocated_blocks[arena].remove((start, stop))
            spaces = sorted(self._free[arena] + [(start, stop)])
            merged = [spaces[0]]
            for a, b in spaces[1:]:
                if a == merged[-1][1]:
                    merged[-1] = (merged[-1][0], b)
                else:
                    merged.append((a, b))
            self._free[arena] = merged
            if not self._allocated_blocks[arena] and len(self._arenas) > 1:
                self._arenas.remove(arena)  # wholly free and not the last: let it go
                del self._free[arena], self._allocated_blocks[arena]


class BufferWrapper(Shared):
    """``size`` bytes of a shared block, freed when the wrapper is collected."""

    _heap = Heap()

    def __init__(self, size):
        if size < 0:
            raise ValueError(f"Size {size} out of range")
        if size > 2**63 - 1:
            raise OverflowError(f"Size {size} too large")
        block = BufferWrapper._heap.malloc(size)
        self._state = (block, size)
        util.Finalize(self, BufferWrapper._heap.free, args=(block,))

    def create_memoryview(self):
        (arena, start, _stop), size = self._state
        return memoryview(arena.buffer)[start:start + size]

