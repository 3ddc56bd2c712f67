# Exhausts the heap in a thread and in a child process: each gets the MemoryError with its
# message, the parent goes on and sees the child's exit code.
import multiprocessing
import threading


def hoard():
    blocks = []
    while True:
        blocks.append(bytearray(10**7))


if __name__ == "__main__":
    t = threading.Thread(target=hoard, name="hoarder")
    t.start()
    t.join()
    p = multiprocessing.Process(target=hoard)
    p.start()
    p.join()
    print("child exit code:", p.exitcode)
