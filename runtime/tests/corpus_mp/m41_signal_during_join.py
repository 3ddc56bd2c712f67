# A child signals its parent while the parent waits in join(): the parent's handler runs at
# once (it gets the signal number as an int), and the join goes on until the child ends.
import multiprocessing
import os
import signal
import time

got = []


def killer(pid):
    time.sleep(0.1)
    os.kill(pid, signal.SIGUSR1)


def record(signum, frame):
    got.append((type(signum).__name__, signum, worker.is_alive()))


if __name__ == "__main__":
    signal.signal(signal.SIGUSR1, record)
    k = multiprocessing.Process(target=killer, args=(os.getpid(),))
    k.start()
    worker = multiprocessing.Process(target=time.sleep, args=(0.5,))
    worker.start()
    worker.join()
    print("after join:", got, worker.exitcode)
    k.join()
    print("killer:", k.exitcode)
