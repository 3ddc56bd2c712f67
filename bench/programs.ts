/**
 * The benchmark programs. Each is plain Python run through the engine; `N` is substituted.
 * Figures are real (wall-clock) time measured by the harness around engine.run, never by the
 * simulator, which only knows virtual time.
 */
export const lockHandOff = (n: number): string => `
import threading
a, b = threading.Lock(), threading.Lock()
a.acquire(); b.acquire()
def ping():
    for _ in range(${n}):
        a.acquire()
        b.release()
def pong():
    for _ in range(${n}):
        a.release()
        b.acquire()
t1 = threading.Thread(target=ping); t2 = threading.Thread(target=pong)
t1.start(); t2.start(); t1.join(); t2.join()
`;

export const manyTasks = (n: number): string => `
import asyncio
async def job(i):
    await asyncio.sleep(0.001 * (i % 100))
    return i
async def main():
    r = await asyncio.gather(*(job(i) for i in range(${n})))
    print(len(r))
asyncio.run(main())
`;

export const loopAlone = (n: number): string => `
def spin():
    x = 0
    for i in range(${n}):
        x += i
spin()
`;

/** The same loop while a second CPU-bound thread is ready, so preemption is active. */
export const loopContended = (n: number): string => `
import threading
def spin(k):
    x = 0
    for i in range(k):
        x += i
t = threading.Thread(target=spin, args=(${n},))
t.start()
spin(${n})
t.join()
`;

export const sleepHeavy = (threads: number, naps: number): string => `
import threading, time
def napper():
    for _ in range(${naps}):
        time.sleep(0.5)
ts = [threading.Thread(target=napper) for _ in range(${threads})]
for t in ts: t.start()
for t in ts: t.join()
`;

export const poolMap = (n: number): string => `
from multiprocessing import Pool
def small(x):
    return x * 2
if __name__ == "__main__":
    with Pool(4) as pool:
        print(len(pool.map(small, range(${n}))))
`;

export const processStarts = (n: number): string => `
from multiprocessing import Process
def nothing():
    pass
if __name__ == "__main__":
    for _ in range(${n}):
        p = Process(target=nothing)
        p.start()
        p.join()
`;

/** `threads` threads each adding 1 to a locked counter `times` times; prints "counter = N". */
export const lockedCounter = (threads: number, times: number): string => `import threading

counter = 0
counter_lock = threading.Lock()


def work(times):
    global counter
    for _ in range(times):
        with counter_lock:
            counter += 1


threads = [threading.Thread(target=work, args=(${times},)) for _ in range(${threads})]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
print(f"counter = {counter}")
`;

/** A typical small threading program of the course: its own work is negligible. */
export const smallThreads = (): string => lockedCounter(2, 100);

/** A typical small multiprocessing program of the course: its own work is negligible. */
export const smallProcesses = (): string => `
from multiprocessing import Process, Queue
def work(q, n):
    q.put(n * n)
if __name__ == "__main__":
    q = Queue()
    ps = [Process(target=work, args=(q, i)) for i in range(2)]
    for p in ps: p.start()
    print(sorted(q.get() for _ in ps))
    for p in ps: p.join()
`;
