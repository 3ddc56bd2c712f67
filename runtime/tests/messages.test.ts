/**
 * Messages that name the cause (issue #8, item 7), each as CPython prints it where CPython prints
 * one: an unretrieved task exception, a child process's traceback with the learner's source
 * lines and none of the runtime's frames; and where the trainer adds its own: the step limit
 * names the line the endless loop was at, an asyncio deadlock names each waiting task, what it
 * awaits and where.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { loadNodeEngine } from "../../src/engine/node";
import type { Engine } from "../../src/engine/types";

let engine: Engine;
beforeAll(async () => {
  engine = await loadNodeEngine();
}, 120_000);

const lines = (...text: string[]): string => text.join("\n") + "\n";

describe("messages like CPython's", () => {
  it("reports a program that does not compile as CPython does, with no stack", async () => {
    // CPython 3.11 (python3 bad.py), but for the path it names.
    const r = await engine.run({
      code: lines("def f():", "    x = 1", "        return x"),
      filename: "bad.py",
    });
    expect(r.stderr).toBe(
      lines('  File "bad.py", line 3', "    return x", "IndentationError: unexpected indent"),
    );
    expect(r.exitCode).toBe(1);
    const open = await engine.run({ code: lines("print(1"), filename: "bad.py" });
    expect(open.stderr).toBe(
      lines(
        '  File "bad.py", line 1',
        "    print(1",
        "         ^",
        "SyntaxError: '(' was never closed",
      ),
    );
  });

  it("prints 'Task exception was never retrieved' with the task's traceback", async () => {
    const code = lines(
      "import asyncio",
      "",
      "async def fail():",
      "    raise ValueError('boom')",
      "",
      "async def main():",
      "    asyncio.create_task(fail())",
      "    await asyncio.sleep(0.1)",
      "    print('main done')",
      "",
      "asyncio.run(main())",
    );
    const r = await engine.run({ code, filename: "tasks.py" });
    expect(r.stdout).toBe("main done\n");
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toContain(
      lines(
        "Task exception was never retrieved",
        "future: <Task finished name='Task-2' coro=<fail() done, defined at tasks.py:3> exception=ValueError('boom')>",
        "Traceback (most recent call last):",
        '  File "tasks.py", line 4, in fail',
        "    raise ValueError('boom')",
        "ValueError: boom",
      ),
    );
  });

  it("shows a child process's traceback with the learner's source lines, not the runtime's frames", async () => {
    const code = lines(
      "import multiprocessing",
      "",
      "def work(n):",
      "    return 10 // n",
      "",
      "if __name__ == '__main__':",
      "    p = multiprocessing.Process(target=work, args=(0,))",
      "    p.start()",
      "    p.join()",
      "    print('exit code', p.exitcode)",
    );
    const r = await engine.run({ code, filename: "child.py" });
    expect(r.stdout).toBe("exit code 1\n");
    expect(r.stderr).toBe(
      lines(
        "Process Process-1:",
        "Traceback (most recent call last):",
        '  File "child.py", line 4, in work',
        "    return 10 // n",
        "           ~~~^^~~",
        "ZeroDivisionError: division by zero",
      ),
    );
  });

  it("fails a NaN deadline in asyncio with the error CPython 3.13+ raises, instead of waiting forever", async () => {
    // asyncio.wait_for / asyncio.timeout with a NaN timeout hand the loop's selector a NaN wait;
    // CPython's epoll selector raises from math.ceil (3.11 rounded it to 0 instead). The
    // virtual selector used to block with a NaN deadline, which no limit ever ended.
    const code = lines(
      "import asyncio, math",
      "async def main():",
      "    await asyncio.wait_for(asyncio.sleep(10), timeout=math.nan)",
      "try:",
      "    asyncio.run(main())",
      "except ValueError as e:",
      "    print('wait_for:', e)",
      "async def other():",
      "    async with asyncio.timeout(math.nan):",
      "        await asyncio.sleep(1)",
      "try:",
      "    asyncio.run(other())",
      "except ValueError as e:",
      "    print('timeout:', e)",
      "print('done')",
    );
    const r = await engine.run({ code });
    expect(r.stdout).toBe(
      lines(
        "wait_for: cannot convert float NaN to integer",
        "timeout: cannot convert float NaN to integer",
        "done",
      ),
    );
    expect(r.exitCode).toBe(0);
    expect(r.elapsed).toBeLessThan(1); // neither the 10 s nor the 1 s sleep was waited for
  });

  it("fails a NaN timeout of threading's waits as CPython 3.14.10 does, instead of polling forever", async () => {
    // Pyodide's 3.14.2 Condition.wait took NaN for "do not block", and Semaphore.acquire,
    // Event.wait, Queue.get and wait_for, recomputing what was left of it, polled without end
    // in library code the step limit does not count (CPython 3.11 here polls forever too).
    // 3.14.10 raises the lock's ValueError (world.EDITED).
    const code = lines(
      "import threading, queue",
      "nan = float('nan')",
      "c = threading.Condition()",
      "for name, f in (('semaphore', lambda: threading.Semaphore(0).acquire(timeout=nan)),",
      "                ('queue', lambda: queue.Queue().get(timeout=nan)),",
      "                ('event', lambda: threading.Event().wait(nan))):",
      "    try:",
      "        f()",
      "    except ValueError as e:",
      "        print(name, e)",
      "with c:",
      "    try:",
      "        c.wait_for(lambda: False, nan)",
      "    except ValueError as e:",
      "        print('wait_for', e)",
      "    print(c.wait(0.5), len(c._waiters))",
    );
    const r = await engine.run({ code });
    expect(r.stdout).toBe(
      lines(
        "semaphore Invalid value NaN (not a number)",
        "queue Invalid value NaN (not a number)",
        "event Invalid value NaN (not a number)",
        "wait_for Invalid value NaN (not a number)",
        "False 0",
      ),
    );
    expect(r.elapsed).toBeCloseTo(0.5, 3);
  });

  it("shows the main program's source lines in its traceback", async () => {
    const r = await engine.run({ code: "x = [1]\nprint(x[3])\n", filename: "main.py" });
    expect(r.stderr).toContain('  File "main.py", line 2, in <module>\n    print(x[3])\n');
  });
});

describe("the trainer's own messages name where", () => {
  it("the step limit names the line the endless loop was at", async () => {
    const code = lines("total = 0", "while True:", "    total += 1");
    const r = await engine.run({ code, stepLimit: 100_000 });
    expect(r.error).toMatchObject({ type: "StepLimit", line: 3 });
    expect(r.error?.message).toBe(
      "the program executed more than 100,000 lines (it was at line 3); is there an endless loop?",
    );
  });

  it("an asyncio deadlock names every waiting task, what it awaits and its line", async () => {
    const code = lines(
      "import asyncio",
      "",
      "async def transfer(first, second):",
      "    async with first:",
      "        await asyncio.sleep(0.1)",
      "        async with second:",
      "            pass",
      "",
      "async def main():",
      "    a, b = asyncio.Lock(), asyncio.Lock()",
      "    await asyncio.gather(transfer(a, b), transfer(b, a))",
      "",
      "asyncio.run(main())",
    );
    const r = await engine.run({ code });
    expect(r.error?.type).toBe("Deadlock");
    expect(r.stderr).toContain(
      "MainThread waits for the event loop: no task can continue (Task-1 awaits asyncio.gather(...) at line 11; " +
        "Task-2 awaits Lock.acquire() at line 6; Task-3 awaits Lock.acquire() at line 6)",
    );
  });

  it("a task awaiting another names it", async () => {
    const code = lines(
      "import asyncio",
      "",
      "async def waiter(event):",
      "    await event.wait()",
      "",
      "async def main():",
      "    await asyncio.create_task(waiter(asyncio.Event()), name='waiter')",
      "",
      "asyncio.run(main())",
    );
    const r = await engine.run({ code });
    expect(r.stderr).toContain(
      "(Task-1 awaits task waiter at line 7; waiter awaits Event.wait() at line 4)",
    );
  });
});
