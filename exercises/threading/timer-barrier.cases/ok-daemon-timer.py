# Another correct solution: a daemon Timer, cancelled after the joins only if it is still waiting.
# expect: pass
import threading
import time

# seconds each runner needs to get ready, then to run
PREPARE = {"Ada": 0.3, "Bo": 0.8, "Cy": 0.5}
RUN = {"Ada": 1.0, "Bo": 0.9, "Cy": 1.2}
start_line = threading.Barrier(3)  # the three runners meet here


def runner(name):
    time.sleep(PREPARE[name])  # warming up
    print(f"{name} ready")
    start_line.wait()  # blocks until all three have arrived, then releases them together
    print(f"{name} running")
    time.sleep(RUN[name])  # running
    print(f"{name} finished")


def too_slow():
    print("race took too long!")


def main():
    started = time.perf_counter()
    alarm = threading.Timer(3.0, too_slow)
    alarm.daemon = True
    alarm.start()
    runners = [threading.Thread(target=runner, args=(name,)) for name in PREPARE]
    for thread in runners:
        thread.start()
    for thread in runners:
        thread.join()
    if alarm.is_alive():
        alarm.cancel()
    print(f"race over in {time.perf_counter() - started:.1f} s")


main()
