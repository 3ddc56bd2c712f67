/**
 * Behaviour of the runtime that CPython cannot record: deadlock reports, races that depend on
 * the seed, determinism, limits, the trace, and error reporting. Each test runs a small
 * program through the real engine (Pyodide in Node, with JSPI).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { loadNodeEngine } from "../../src/engine/node";
import type { Engine, RunRequest, RunResult } from "../../src/engine/types";

let engine: Engine;
beforeAll(async () => {
  engine = await loadNodeEngine();
}, 120_000);

const run = (code: string, extra: Partial<RunRequest> = {}): Promise<RunResult> =>
  engine.run({ code, ...extra });

// A call between the read and the write: CPython may switch threads at the call, so it loses
// updates (python3 here printed 1407376, 1025526, 1669801 and 1107268 of 1800000 in four runs).
// A bare `counter += 1` loses none on CPython and none here (corpus_gaps/g16_unlocked_updates).
// Where a switch lands within a pass follows from the weights (it is not drawn): with 200,000
// passes a thread this model loses the same 58,138 updates for every seed, while CPython's
// losses differ from run to run; with 600,000 the seeded choice of the next thread shows.
const RACE = `
import threading
counter = 0
def step(value):
    return value + 1
def bump():
    global counter
    for _ in range(600000):
        counter = step(counter)
ts = [threading.Thread(target=bump) for _ in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(counter)
`;

describe("races and determinism", () => {
  it("loses updates where CPython may switch between a read and a write, differently for different seeds", async () => {
    const a = await run(RACE, { seed: 1 });
    const b = await run(RACE, { seed: 2 });
    const lostA = 1800000 - Number(a.stdout.trim());
    const lostB = 1800000 - Number(b.stdout.trim());
    expect(lostA).toBeGreaterThan(0);
    expect(lostB).toBeGreaterThan(0);
    expect(a.stdout).not.toEqual(b.stdout);
  });

  it("replays the same interleaving, output and trace for the same seed", async () => {
    const a = await run(RACE, { seed: 7 });
    const b = await run(RACE, { seed: 7 });
    expect(a.stdout).toEqual(b.stdout);
    expect(a.elapsed).toEqual(b.elapsed);
    expect(JSON.stringify(a.trace)).toEqual(JSON.stringify(b.trace));
  });

  it("keeps the count exact with a lock", async () => {
    const r = await run(
      RACE.replace(
        "        counter = step(counter)",
        "        with lock:\n            counter = step(counter)",
      ).replace("counter = 0", "counter = 0\nlock = threading.Lock()"),
      { seed: 3 },
    );
    expect(r.stdout.trim()).toBe("1800000");
  });
});

describe("deadlock detection", () => {
  it("stops a lock-order deadlock and names who waits for what", async () => {
    const r = await run(`
import threading, time
a, b = threading.Lock(), threading.Lock()
def one():
    with a:
        time.sleep(0.1)
        with b:
            print("one")
def two():
    with b:
        time.sleep(0.1)
        with a:
            print("two")
t1 = threading.Thread(target=one, name="T1"); t2 = threading.Thread(target=two, name="T2")
t1.start(); t2.start(); t1.join(); t2.join()
`);
    expect(r.error?.type).toBe("Deadlock");
    expect(r.exitCode).toBe(1);
    expect(r.elapsed).toBeCloseTo(0.1, 3);
    const waits = Object.fromEntries(r.deadlock!.waiters.map((w) => [w.name, w]));
    expect(waits["T1"]).toMatchObject({ waitsFor: "Lock 'b'", heldBy: "T2", line: 7 });
    expect(waits["T2"]).toMatchObject({ waitsFor: "Lock 'a'", heldBy: "T1", line: 12 });
    expect(waits["MainThread"]?.waitsFor).toBe("T1 to finish (join)");
    expect(r.stderr).toContain("Deadlock");
  });

  // threading.RLock() is the C type _thread.RLock (rlock.py): the report names the learner's
  // RLock, a global or an attribute, not the runtime's lock inside it
  it("names the RLocks of a lock-order deadlock", async () => {
    const r = await run(`
import threading, time
class Account:
    def __init__(self):
        self.lock = threading.RLock()
a, acct = threading.RLock(), Account()
def one():
    with a:
        time.sleep(0.1)
        with acct.lock:
            pass
def two():
    with acct.lock, acct.lock:
        time.sleep(0.1)
        a.acquire()
t1 = threading.Thread(target=one, name="T1"); t2 = threading.Thread(target=two, name="T2")
t1.start(); t2.start(); t1.join(); t2.join()
`);
    expect(r.error?.type).toBe("Deadlock");
    const waits = Object.fromEntries(r.deadlock!.waiters.map((w) => [w.name, w]));
    expect(waits["T1"]).toMatchObject({ waitsFor: "RLock 'acct.lock'", heldBy: "T2", line: 10 });
    expect(waits["T2"]).toMatchObject({ waitsFor: "RLock 'a'", heldBy: "T1", line: 15 });
  });

  it("reports a consumer waiting on an empty queue forever", async () => {
    const r = await run(`
import threading, queue
q = queue.Queue()
def consumer():
    print("got", q.get())
t = threading.Thread(target=consumer); t.start(); t.join()
`);
    expect(r.error?.type).toBe("Deadlock");
    const w = r.deadlock!.waiters.find((x) => x.name.startsWith("Thread-1"));
    expect(w?.waitsFor).toContain("queue.get()");
    expect(w?.line).toBe(5);
  });

  it("reports an asyncio program awaiting an event nobody sets", async () => {
    const r = await run(`
import asyncio
async def main():
    ev = asyncio.Event()
    await ev.wait()
asyncio.run(main())
`);
    expect(r.error?.type).toBe("Deadlock");
    expect(r.deadlock!.message).toContain("event loop");
  });
});

describe("limits", () => {
  it("stops an endless loop of sleeps at the virtual time limit", async () => {
    const r = await run("import time\nwhile True:\n    time.sleep(1)\n", { virtualTimeLimit: 30 });
    expect(r.error?.type).toBe("VirtualTimeLimit");
    expect(r.elapsed).toBeLessThanOrEqual(31);
  });
  it("stops a busy endless loop at the step limit", async () => {
    const r = await run("x = 0\nwhile True:\n    x += 1\n", { stepLimit: 200_000 });
    expect(r.error?.type).toBe("StepLimit");
  });
  it("stops a program that floods the output", async () => {
    const r = await run("while True:\n    print('spam' * 100)\n", { outputLimit: 10_000 });
    expect(r.error?.type).toBe("OutputLimit");
    expect(r.stdout.length).toBe(10_000);
  });
});

describe("the CPU clock", () => {
  it("charges a comprehension an item raised in for the items that ran, not for all", async () => {
    // 500,001 of 2,000,000 items run before the ZeroDivisionError, then the same items again to
    // their end: the same time (it was four times as much when the quiet path paid ahead)
    const r = await run(
      [
        "import time",
        "data = list(range(2_000_000))",
        "part = data[:500_001]",
        "t0 = time.perf_counter_ns()",
        "try:",
        "    r = [100 // (x - 500_000) for x in data]",
        "except ZeroDivisionError:",
        "    pass",
        "t1 = time.perf_counter_ns()",
        "r = [100 // (x - 600_000) for x in part]",
        "t2 = time.perf_counter_ns()",
        "print(t1 - t0, t2 - t1)",
      ].join("\n"),
    );
    const [early = 0, whole = 0] = r.stdout.trim().split(" ").map(Number);
    expect(whole).toBeGreaterThan(1_000_000); // 1 ms at least: the items were charged
    expect(Math.abs(early - whole)).toBeLessThan(1_000); // the raise and its handler
  });
});

describe("errors", () => {
  it("reports the learner's line of an uncaught exception, traceback as CPython prints it", async () => {
    const r = await run("def f():\n    return 1 / 0\n\nf()\n");
    expect(r.exitCode).toBe(1);
    expect(r.error).toMatchObject({ type: "ZeroDivisionError", line: 2 });
    expect(r.stderr).toMatch(
      /^Traceback \(most recent call last\):\n {2}File "main.py", line 4, in <module>/,
    );
    expect(r.stderr).not.toContain("interleave");
  });
  it("reports a syntax error with its line", async () => {
    const r = await run("print('a')\ndef f(:\n");
    expect(r.error?.type).toBe("SyntaxError");
    expect(r.error?.line).toBe(2);
    expect(r.stdout).toBe("");
  });
});

describe("asyncio's list of tasks", () => {
  // test_tasks' test_register_task_resurrection: Pyodide's 3.14.2 C module freed a task its
  // exception handler had registered again, and the next all_tasks() read freed memory (the
  // interpreter died, or SystemError: Type does not define the tp_name field).
  it("keeps no freed task when a destroyed task's handler registers it again", async () => {
    const r = await run(`
import _asyncio, asyncio, gc
class EvilLoop:
    def get_debug(self):
        return False
    def call_exception_handler(self, context):
        _asyncio._register_task(context["task"])
async def coro_fn():
    pass
for _ in range(4):
    coro = coro_fn()
    try:
        _asyncio.Task(coro, loop=EvilLoop())
    except AttributeError:
        pass
    coro.close()
    junk = [bytearray(n) for n in range(8, 512, 8)]  # the freed memory, written over
    gc.collect()
    probe = asyncio.new_event_loop()
    print(len(_asyncio.all_tasks(probe)), end=" ")
    probe.close()
`);
    expect(r).toMatchObject({ stdout: "0 0 0 0 ", error: null, exitCode: 0 });
  });
});

describe("trace", () => {
  it("has a lane per thread and task, blocks with reasons, and the printed lines", async () => {
    const r = await run(`
import asyncio, threading, time
def t():
    time.sleep(0.5)
threading.Thread(target=t, name="sleeper").start()
async def job(n):
    await asyncio.sleep(n)
    print("job", n)
async def main():
    await asyncio.gather(job(0.1), job(0.2))
asyncio.run(main())
`);
    const lanes = r.trace.lanes;
    expect(lanes.find((l) => l.name === "sleeper")?.kind).toBe("thread");
    expect(lanes.filter((l) => l.kind === "task")).toHaveLength(3);
    const sleeper = lanes.find((l) => l.name === "sleeper")!.id;
    const block = r.trace.events.find((e) => e.kind === "block" && e.lane === sleeper);
    expect(block).toMatchObject({ kind: "block", reason: "sleep", detail: "sleep(0.5)" });
    const started = r.trace.events.find((e) => e.kind === "start" && e.lane === sleeper)!;
    expect(block!.t - started.t).toBeLessThan(1e-5);
    const main = lanes.find((l) => l.name === "MainThread")!.id;
    expect(r.trace.events).toContainEqual(
      expect.objectContaining({
        kind: "block",
        lane: main,
        reason: "event",
        detail: "Event.wait()",
      }),
    );
    const prints = r.trace.events
      .filter((e) => e.kind === "print")
      .map((e) => ("text" in e ? e.text : ""));
    expect(prints.join("")).toBe("job 0.1\njob 0.2\n");
    const times = r.trace.events.map((e) => e.t);
    expect(times).toEqual([...times].sort((x, y) => x - y));
    // the sleeper starts after `import asyncio` (charged 0.045 s) and wakes a little late
    expect(r.elapsed).toBeCloseTo(0.545, 2);
  });
  it("shows every step of a C task, made by create_task or by calling asyncio.Task", async () => {
    const r = await run(`
import asyncio
async def child(n):
    await asyncio.sleep(n)
    return n
async def main():
    made = asyncio.create_task(child(0.2), name="made")
    direct = asyncio.Task(child(0.1), name="direct")
    await made
    await direct
    print(made, direct, sep="\\n")
asyncio.run(main())
`);
    expect(r.stdout).toContain("<Task finished name='made' coro=<child() done, defined at");
    const steps = (name: string): string[] => {
      const lane = r.trace.lanes.find((l) => l.name === name)!.id;
      return r.trace.events
        .filter((e) => e.lane === lane && e.kind !== "print")
        .map((e) =>
          [e.kind, "reason" in e ? e.reason : "", "detail" in e ? e.detail : ""].join(" "),
        );
    };
    const slept = (n: number): string[] => [
      "start  ",
      "run  ",
      `block sleep asyncio.sleep(${n})`,
      "run  ",
      "finish  ",
    ];
    expect(steps("made")).toEqual(slept(0.2));
    expect(steps("direct")).toEqual(slept(0.1));
    // `direct` is done when main awaits it: no block
    expect(steps("Task-1")).toEqual([
      "start  ",
      "run  ",
      "block await task made",
      "run  ",
      "finish  ",
    ]);
    const made = r.trace.lanes.find((l) => l.name === "made")!;
    expect(made.parent).toBe(r.trace.lanes.find((l) => l.name === "Task-1")!.id);
  });
  it("shows an eager task's first step, run inside its constructor, when create_task returns", async () => {
    const r = await run(`
import asyncio
async def quick():
    return 1
async def slow():
    await asyncio.sleep(0.1)
async def main():
    asyncio.get_running_loop().set_task_factory(asyncio.eager_task_factory)
    done = asyncio.create_task(quick(), name="quick")
    await asyncio.create_task(slow(), name="slow")
    print(done.done())
asyncio.run(main())
`);
    expect(r.stdout).toBe("True\n");
    // one that ended in its constructor gets no lane
    expect(r.trace.lanes.find((l) => l.name === "quick")).toBeUndefined();
    const slow = r.trace.lanes.find((l) => l.name === "slow")!.id;
    const steps = r.trace.events
      .filter((e) => e.lane === slow)
      .map((e) => [e.kind, "detail" in e ? e.detail : ""].join(" "));
    expect(steps).toEqual(["start ", "run ", "block asyncio.sleep(0.1)", "run ", "finish "]);
  });
  it("records time.sleep inside a coroutine as blocking the event loop", async () => {
    const r = await run(`
import asyncio, time
async def main():
    time.sleep(1.5)
asyncio.run(main())
`);
    const blocked = r.trace.events.filter((e) => e.kind === "loop-blocked");
    expect(blocked).toHaveLength(1);
    expect(blocked[0]).toMatchObject({
      duration: 1.5,
      detail: "time.sleep(1.5) inside a coroutine",
    });
  });
});

describe("virtual CPU and the GIL", () => {
  it("charges computation to the clock; two threads take as long as serial code", async () => {
    const r = await run(`
import threading, time
def spin():
    x = 0
    for i in range(100000):
        x += i
t0 = time.perf_counter(); spin(); spin(); serial = time.perf_counter() - t0
t0 = time.perf_counter()
ts = [threading.Thread(target=spin) for _ in range(2)]
for t in ts: t.start()
for t in ts: t.join()
threaded = time.perf_counter() - t0
print(round(threaded / serial, 2))
`);
    const ratio = Number(r.stdout.trim());
    expect(ratio).toBeGreaterThan(0.95);
    expect(ratio).toBeLessThan(1.15);
  });
});
