# Instead of a barrier, each runner sleeps until 0.8 s, when the slowest runner is ready today: a runner that is late by a little (an explored schedule) or by a lot (the tests) starts after the others ran.
# expect: fail
# expect-hint: use-barrier
# expect-failing: together, tests

import threading
import time

# seconds each runner needs to get ready, then to run
PREPARE = {"Ada": 0.3, "Bo": 0.8, "Cy": 0.5}
RUN = {"Ada": 1.0, "Bo": 0.9, "Cy": 1.2}
start_line = threading.Barrier(3)  # the three runners meet here


def runner(name):
    time.sleep(PREPARE[name])  # warming up
    print(f"{name} ready")
    time.sleep(0.8 - PREPARE[name])  # Bo, the slowest, is ready at 0.8 s
    print(f"{name} running")
    time.sleep(RUN[name])  # running
    print(f"{name} finished")


def too_slow():
    print("race took too long!")


def main():
    started = time.perf_counter()
    alarm = threading.Timer(3.0, too_slow)  # says so if the race takes over 3 s
    alarm.start()
    runners = [threading.Thread(target=runner, args=(name,)) for name in PREPARE]
    for thread in runners:
        thread.start()
    for thread in runners:
        thread.join()
    alarm.cancel()  # the race is over: the alarm must not go off
    print(f"race over in {time.perf_counter() - started:.1f} s")


main()
