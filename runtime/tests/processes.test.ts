/**
 * Processes: the CPU model (threads serialise on the GIL, processes run side by side on the
 * virtual cores), spawn semantics, and processes on the trace and in deadlock reports.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { loadNodeEngine } from "../../src/engine/node";
import type { Engine } from "../../src/engine/types";

let engine: Engine;
beforeAll(async () => {
  engine = await loadNodeEngine();
}, 120_000);

/** CPU holds 14 spins of a million passes: above the default step limit, on purpose. */
const CPU_STEPS = 40_000_000;

const CPU = `
import time, threading
from multiprocessing import Process, forkserver
def nothing():
    pass
def spin(n=1000000):
    x = 0
    for i in range(n):
        x += i
def timed(make, k):
    t0 = time.perf_counter()
    workers = [make() for _ in range(k)]
    for w in workers: w.start()
    for w in workers: w.join()
    return time.perf_counter() - t0
if __name__ == "__main__":
    t0 = time.perf_counter(); spin(); spin(); serial = time.perf_counter() - t0
    threads = timed(lambda: threading.Thread(target=spin), 2)
    forkserver.ensure_running()
    start = timed(lambda: Process(target=nothing), 1)
    procs2 = timed(lambda: Process(target=spin), 2) - start
    procs8 = timed(lambda: Process(target=spin), 8) - 2 * start
    print(serial, threads, procs2, procs8)
`;

/** The CPU model alone: CPU takes each process's start away (`start`, measured with the fork
 * server already up; eight starts on four cores take two), which "start methods and their cost"
 * below covers. */
describe("the CPU model", () => {
  it("gives threads no speed-up, two processes half the time, and no more than the cores allow", async () => {
    const r = await engine.run({ code: CPU, cpuCount: 4, stepLimit: CPU_STEPS });
    expect(r.exitCode, r.stderr).toBe(0);
    const [serial, threads, procs2, procs8] = r.stdout.trim().split(" ").map(Number) as [
      number,
      number,
      number,
      number,
    ];
    expect(threads / serial).toBeGreaterThan(0.85);
    expect(threads / serial).toBeLessThan(1.15);
    expect(procs2 / serial).toBeGreaterThan(0.5 * 0.85);
    expect(procs2 / serial).toBeLessThan(0.5 * 1.15);
    // eight half-jobs on four cores: twice the work of two, so about one serial run
    expect(procs8 / serial).toBeGreaterThan(0.85);
    expect(procs8 / serial).toBeLessThan(1.15);
  });

  it("follows the configured number of cores", async () => {
    const r = await engine.run({ code: CPU, cpuCount: 8, stepLimit: CPU_STEPS });
    const [serial, , , procs8] = r.stdout.trim().split(" ").map(Number) as [
      number,
      number,
      number,
      number,
    ];
    expect(procs8 / serial).toBeLessThan(0.6);
    const cpus = await engine.run({
      code: "import os, multiprocessing\nprint(os.cpu_count(), multiprocessing.cpu_count())",
      cpuCount: 6,
    });
    expect(cpus.stdout).toBe("6 6\n");
  });
});

describe("spawn semantics", () => {
  it("fails a child that starts a process outside the main guard, with CPython's message", async () => {
    const r = await engine.run({
      code: "import multiprocessing as mp\ndef f():\n    print('child ran')\np = mp.Process(target=f)\np.start()\np.join()\nprint('exitcode', p.exitcode)\n",
    });
    expect(r.stdout).toBe("exitcode 1\n");
    expect(r.stderr).toContain("An attempt has been made to start a new process before the");
    expect(r.stderr).toContain("if __name__ == '__main__':");
    expect(r.stderr).not.toContain("/interleave-rt/interleave/");
  });

  it("gives each process its own pid and prints the child's traceback on failure", async () => {
    const r = await engine.run({
      code: `import os, multiprocessing as mp
def f(q):
    q.put((os.getpid(), os.getppid()))
    raise KeyError("lost")
if __name__ == "__main__":
    q = mp.Queue()
    p = mp.Process(target=f, args=(q,)); p.start()
    child, parent = q.get(); p.join()
    print(child != os.getpid(), parent == os.getpid(), p.pid == child, p.exitcode)
`,
    });
    expect(r.stdout).toBe("True True True 1\n");
    expect(r.stderr).toMatch(/^Process Process-1:\nTraceback \(most recent call last\):/m);
    expect(r.stderr).toContain("KeyError: 'lost'");
  });
});

describe("the seed material's process example", () => {
  it("prints the child's pid, like CPython (whose pids differ from run to run)", async () => {
    const code = [
      "import multiprocessing",
      "import os",
      "",
      "def worker():",
      '    print("Process:", os.getpid())',
      "",
      'if __name__ == "__main__":',
      "    # Creating a process",
      "    process = multiprocessing.Process(target=worker)",
      "    ",
      "    # Starting the process",
      "    process.start()",
      "    ",
      "    # Waiting for the process to complete",
      "    process.join()",
    ].join("\n");
    const r = await engine.run({ code });
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toMatch(/^Process: \d+\n$/);
    const parentPid = await engine.run({ code: "import os\nprint(os.getpid())" });
    expect(r.stdout).not.toBe(`Process: ${parentPid.stdout}`); // the child's pid, not the parent's
  });
});

describe("processes on the trace and in deadlocks", () => {
  it("gives a process lane with its threads inside it", async () => {
    const r = await engine.run({
      code: "import multiprocessing as mp, time\nif __name__ == '__main__':\n    p = mp.Process(target=time.sleep, args=(0.5,), name='sleepy')\n    p.start(); p.join()\n",
    });
    const lane = r.trace.lanes.find((l) => l.kind === "process" && l.name === "sleepy")!;
    expect(lane).toBeDefined();
    const inside = r.trace.lanes.filter((l) => l.process === lane.id && l.kind === "thread");
    expect(inside.map((l) => l.name)).toEqual(["MainThread"]);
    expect(r.elapsed).toBeGreaterThan(0.5);
    expect(r.elapsed).toBeLessThan(0.6);
  });

  it("reports a parent and a child waiting for each other", async () => {
    const r = await engine.run({
      code: `import multiprocessing as mp
def child(q):
    q.get()
if __name__ == "__main__":
    q = mp.Queue()
    p = mp.Process(target=child, args=(q,), name="Waiter")
    p.start()
    p.join()
`,
    });
    expect(r.error?.type).toBe("Deadlock");
    const names = r.deadlock!.waiters.map((w) => `${w.name}: ${w.waitsFor}`);
    expect(names).toContain("MainThread: Waiter to finish (join)");
    expect(names.some((n) => n.startsWith("Waiter/MainThread: "))).toBe(true);
  });

  // Every process has a MainThread: the holder of a multiprocessing.Lock is named with its
  // process (it once read "which it already holds"), and the lock by the learner's name for it.
  it("names a multiprocessing lock and its holder in another process", async () => {
    const r = await engine.run({
      code: `import multiprocessing as mp, time
def child(a, b):
    with b:
        time.sleep(0.1)
        with a:
            pass
if __name__ == "__main__":
    a, b = mp.Lock(), mp.Lock()
    p = mp.Process(target=child, args=(a, b))
    p.start()
    with a:
        time.sleep(0.1)
        with b:
            pass
    p.join()
`,
    });
    expect(r.error?.type).toBe("Deadlock");
    const waits = r.deadlock!.waiters.map((w) => [w.name, w.waitsFor, w.heldBy, w.line]);
    expect(waits).toEqual([
      ["MainThread", "Lock 'b'", "Process-1/MainThread", 13],
      ["Process-1/MainThread", "Lock 'a'", "MainThread", 5],
    ]);
  });

  // The pool's result-handler thread has no frame of the program: describing its wait once read
  // its suspended frames and crashed the interpreter.
  it("reports a Pool made without the main guard: CPython's RuntimeError in each child, no crash", async () => {
    const r = await engine.run({
      code: `import multiprocessing
def shout(word):
    return word.upper()
with multiprocessing.Pool(2) as pool:
    print(pool.map(shout, ["spam", "eggs"]))
`,
    });
    expect(r.error?.type).toBe("Deadlock");
    expect(r.stderr.match(/finished its bootstrapping phase/g)).toHaveLength(2);
    const names = r.deadlock!.waiters.map((w) => w.name);
    expect(names).toEqual(["MainThread", "Thread-3 (_handle_results)"]);
  });

  it("raises BrokenProcessPool when the executor's initializer fails, and the run ends", async () => {
    const r = await engine.run({
      code: `from concurrent.futures import ProcessPoolExecutor
def setup():
    raise OSError("no database")
if __name__ == "__main__":
    with ProcessPoolExecutor(2, initializer=setup) as ex:
        try:
            ex.submit(abs, -1).result()
        except Exception as exc:
            print(type(exc).__name__)
`,
    });
    expect(r.error).toBeNull();
    expect(r.stdout).toBe("BrokenProcessPool\n");
    expect(r.stderr).toContain("Exception in initializer:");
  });
});

describe("start methods and their cost", () => {
  it("refuses fork with a message saying why, and still lists it as Linux does", async () => {
    const r = await engine.run({
      code: `import multiprocessing as mp
from multiprocessing import context
print(mp.get_all_start_methods())
for attempt in (lambda: mp.get_context("fork"), lambda: mp.set_start_method("fork"),
                lambda: context.ForkProcess(target=print).start()):
    try:
        attempt()
    except ValueError as e:
        print(str(e).split(":")[0])
print(mp.get_start_method(allow_none=True))
`,
    });
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe(
      "['forkserver', 'fork', 'spawn']\n" +
        "fork start method not available\n".repeat(3) +
        "None\n",
    );
  });

  it("charges the fork server's start to the first children, once per process, and not to the parent", async () => {
    const r = await engine.run({
      code: `import multiprocessing as mp, time
from multiprocessing import forkserver
def nothing():
    pass
def timed(ctx):
    t = time.perf_counter(); p = ctx.Process(target=nothing); p.start()
    started = time.perf_counter() - t
    p.join()
    return round(started, 3), round(time.perf_counter() - t, 3)
if __name__ == "__main__":
    fs, spawn = mp.get_context("forkserver"), mp.get_context("spawn")
    print(timed(fs), timed(fs), timed(spawn))
    both = [fs.Process(target=nothing) for _ in range(2)]
    t = time.perf_counter(); [p.start() for p in both]; [p.join() for p in both]
    print(round(time.perf_counter() - t, 3))
`,
    });
    expect(r.stderr).toBe("");
    // the first forkserver child waits 44 ms for the server, then starts in 12 ms; the parent's
    // start() returns at once; later children 12 ms, side by side; spawn 62 ms
    expect(r.stdout).toBe("(0.0, 0.056) (0.0, 0.012) (0.0, 0.062)\n0.012\n");
  });

  it("lets ensure_running() start the server in advance, in the caller", async () => {
    const r = await engine.run({
      code: `import multiprocessing as mp, time
from multiprocessing import forkserver
if __name__ == "__main__":
    t = time.perf_counter(); forkserver.ensure_running(); first = time.perf_counter() - t
    t = time.perf_counter(); forkserver.ensure_running(); again = time.perf_counter() - t
    t = time.perf_counter(); p = mp.Process(target=print, args=("child",)); p.start(); p.join()
    print(round(first, 3), round(again, 3), round(time.perf_counter() - t, 3))
`,
    });
    expect(r.stdout).toBe("child\n0.044 0.0 0.012\n");
  });
});
