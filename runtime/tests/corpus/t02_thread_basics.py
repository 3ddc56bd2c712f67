import threading, time

def work(n):
    time.sleep(0.05 * n)
    print(f"{threading.current_thread().name} done after {n}")

threads = [threading.Thread(target=work, args=(n,), name=f"w{n}") for n in (2, 1, 3)]
print(threading.active_count())
for t in threads:
    t.start()
print(threading.active_count(), sorted(t.name for t in threading.enumerate()))
for t in threads:
    t.join()
print([t.is_alive() for t in threads], threading.active_count())
print(threading.current_thread() is threading.main_thread(), threading.main_thread().name)
