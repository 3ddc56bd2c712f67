# fidelity: no-timing
# (the recording CPython, 3.11, starts the server with fork; 3.14's forkserver start is procs.START_COSTS')
# A manager's server process ignores SIGINT, as CPython's does (bpo-36368): it keeps serving,
# while the parent still gets KeyboardInterrupt from its own.
import multiprocessing
import multiprocessing.managers
import os
import signal

if __name__ == "__main__":
    m = multiprocessing.Manager()
    d = m.dict(a=1)
    os.kill(m._process.pid, signal.SIGINT)
    d["b"] = 2
    print(sorted(d.items()))
    try:
        os.kill(os.getpid(), signal.SIGINT)
    except KeyboardInterrupt:
        print("parent: KeyboardInterrupt")
    smm = multiprocessing.managers.SharedMemoryManager()
    smm.start()
    sl = smm.ShareableList(range(3))
    os.kill(smm._process.pid, signal.SIGINT)
    sl2 = smm.ShareableList(range(4))
    print(list(sl), list(sl2))
    smm.shutdown()
    m.shutdown()
