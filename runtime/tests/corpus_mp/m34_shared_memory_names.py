# fidelity: no-timing
# Shared memory as POSIX names it: the name without its leading slash, opening a block that
# exists or not, a subclass that opens or makes one (empty: it cannot be mapped), unlinking twice
# (a name with a NUL is 3.14's ValueError, which 3.11 here does not raise: the yardstick has it)
import os
from multiprocessing import shared_memory


def child_writes(name):
    block = shared_memory.SharedMemory(name)
    block.buf[:5] = b"HELLO"
    block.close()


if __name__ == "__main__":
    import multiprocessing as mp

    name = f"course_block_{os.getpid()}"
    block = shared_memory.SharedMemory(name, create=True, size=64)
    print(block.name == name, block._name == "/" + name, block.size >= 64)
    p = mp.Process(target=child_writes, args=(name,))
    p.start()
    p.join()
    print(bytes(block.buf[:5]))
    auto = shared_memory.SharedMemory(create=True, size=8)
    print(auto._name.startswith(shared_memory._SHM_NAME_PREFIX), auto.name == auto._name[1:])

    class OpenOrMake(shared_memory.SharedMemory):
        _flags = os.O_CREAT | os.O_RDWR

    again = OpenOrMake(name)
    print("opened:", again.size == block.size, bytes(again.buf[:5]))
    again.close()
    try:
        OpenOrMake(name + "_new", size=16)
    except ValueError as e:
        print("made empty:", e)
    try:
        shared_memory.SharedMemory(name + "_new")
    except ValueError as e:
        print("left empty:", e)
    try:
        shared_memory.SharedMemory(name, create=True, size=8)
    except FileExistsError as e:
        print("FileExistsError", e.filename == "/" + name)
    other = shared_memory.SharedMemory(name)
    other.unlink()
    other.close()
    try:
        block.unlink()
    except FileNotFoundError as e:
        print("FileNotFoundError", e.filename == "/" + name)
    block.close()
    auto.close()
    auto.unlink()
