# fidelity: no-timing
# (CPython spends 0.05-0.2 s starting each spawn process, which the virtual clock does not charge: runtime/README.md)
import multiprocessing
from multiprocessing import shared_memory


def fill(name, value):
    block = shared_memory.SharedMemory(name=name)
    block.buf[:3] = bytes([value] * 3)
    block.close()


def bump(numbers):
    numbers[0] += 1
    numbers[2] = "hi"


if __name__ == "__main__":
    multiprocessing.set_start_method("spawn")
    block = shared_memory.SharedMemory(create=True, size=10)
    print(len(block.buf), block.size, block.name.startswith("psm_"), len(block.name))
    p = multiprocessing.Process(target=fill, args=(block.name, 42))
    p.start()
    p.join()
    print(bytes(block.buf[:4]))
    same = shared_memory.SharedMemory(block.name)
    print(same.size, same.buf[0], repr(same) == f"SharedMemory({block.name!r}, size=10)")
    same.close()
    for args in ({"create": True, "size": 0}, {}, {"name": "psm_missing"},
                 {"name": block.name, "create": True, "size": 4}):
        try:
            shared_memory.SharedMemory(**args)
        except (ValueError, OSError) as exc:
            print(type(exc).__name__, exc.args[:2], getattr(exc, "filename", None) == f"/{args.get('name')}")
    block.close()
    print(block.buf)
    block.unlink()
    numbers = shared_memory.ShareableList([1, 2.5, "abc", b"xy", None, True])
    print(len(numbers), list(numbers), numbers.count(1), numbers.index(2.5))
    p = multiprocessing.Process(target=bump, args=(numbers,))
    p.start()
    p.join()
    print(list(numbers), numbers[-1])
    try:
        numbers[2] = "x" * 100
    except ValueError as exc:
        print(exc)
    print(repr(numbers).startswith("ShareableList([2, 2.5, 'hi', b'xy', None, True], name="))
    numbers.shm.close()
    numbers.shm.unlink()
