# fidelity: no-timing
# SIGINT to a child (Process.interrupt in 3.14, os.kill before): KeyboardInterrupt in its main
# thread by default (exit code 1), -2 under SIG_DFL, nothing under SIG_IGN; a child's handler
# is its own. A Queue's feeder error hook, a closed SimpleQueue, and a Condition's sleepers.
import os
import signal
import time
import multiprocessing as mp
import multiprocessing.queues


def napper(ready, how):
    if how is not None:
        signal.signal(signal.SIGINT, how)
    ready.set()
    try:
        time.sleep(5)
    except KeyboardInterrupt:
        print("child: KeyboardInterrupt", flush=True)
        raise


def interrupt(p):
    if hasattr(p, "interrupt"):
        p.interrupt()
    else:
        os.kill(p.pid, signal.SIGINT)


class Loud(multiprocessing.queues.Queue):
    @staticmethod
    def _on_queue_feeder_error(e, obj):
        print("feeder error:", type(e).__name__, type(obj).__name__)


def sleeper(cond, woke):
    with cond:
        cond.wait()
        woke.release()


if __name__ == "__main__":
    for name, how in (("default", None), ("SIG_DFL", signal.SIG_DFL), ("SIG_IGN", signal.SIG_IGN)):
        ready = mp.Event()
        p = mp.Process(target=napper, args=(ready, how))
        p.start()
        ready.wait()
        time.sleep(0.1)
        interrupt(p)
        p.join(1)
        print(name, "exitcode", p.exitcode)
        if p.exitcode is None:
            p.terminate()
            p.join()
    print("parent handler kept:", signal.getsignal(signal.SIGINT) is signal.default_int_handler)

    q = Loud(ctx=mp.get_context())
    q.put(x for x in "ab")
    q.put("next")
    print("queue goes on:", q.get(timeout=5))

    s = mp.SimpleQueue()
    s.put(1)
    print("simple:", s.empty(), s.get(), s.empty())
    s.close()
    try:
        s.empty()
    except OSError as e:
        print("closed:", e)

    cond = mp.Condition()
    woke = mp.Semaphore(0)
    sleepers = [mp.Process(target=sleeper, args=(cond, woke)) for _ in range(3)]
    for p in sleepers:
        p.start()
    while cond._sleeping_count.get_value() < 3:
        time.sleep(0.01)
    print(repr(cond).endswith(", 3)>"))
    with cond:
        cond.notify(2)
    woke.acquire()
    woke.acquire()
    print(repr(cond).endswith(", 1)>"))
    with cond:
        cond.notify_all()
    woke.acquire()
    for p in sleepers:
        p.join()
    print("all woke", [p.exitcode for p in sleepers])
