/**
 * The hostile suite: programs in ./hostile/ that try to leak state into the next run, reach
 * JavaScript or the host, switch off the runtime's limits, fool the checker or kill the
 * interpreter. Each test asserts the sound behaviour, and that the engine still runs the next
 * program normally afterwards.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { checkExercise } from "../../src/checker";
import { loadNodeEngine } from "../../src/engine/node";
import type { Engine, RunResult } from "../../src/engine/types";
import { loadPack } from "../../src/exercises";
import { DEFAULT_PACK_DIR, readPackFiles } from "../../src/exercises/node";

let engine: Engine;
beforeAll(async () => {
  engine = await loadNodeEngine();
}, 120_000);

const program = (name: string): string =>
  readFileSync(join(import.meta.dirname, "hostile", name), "utf8");

const runFile = (name: string): Promise<RunResult> =>
  engine.run({ code: program(name), filename: name });

/** The engine works normally after whatever the previous program did. */
async function expectHealthy(): Promise<void> {
  const after = await engine.run({ code: "import threading, json\nprint(json.dumps([1]))" });
  expect(after).toMatchObject({ stdout: "[1]\n", stderr: "", exitCode: 0, error: null });
}

describe("a run cannot change what the next run sees", () => {
  it("patched modules, files and environment are gone in the next run", async () => {
    expect((await runFile("leak-modules.py")).stdout).toBe("patched\n");
    const next = await runFile("leak-check.py");
    expect(next.stdout).toBe("[1] True True\nNone False\n");
  });
});

describe("the builtins are the same in every run", () => {
  it("print cannot be changed for the next run, only shadowed in the program's own module", async () => {
    const r = await runFile("leak-builtins.py");
    const attempts = r.stdout.trim().split("\n");
    expect(attempts).toHaveLength(5);
    for (const line of attempts) expect(line).toMatch(/: refused \(\w+\)$/);
    expect(r.stderr).toContain("print is gone");
    await expectHealthy();
  });
});

describe("the file system is the same in every run", () => {
  it("undoes files changed in place, open files, renames, chmod and chdir", async () => {
    const fresh = await runFile("fs-check.py");
    expect(fresh.error).toBeNull();
    expect((await runFile("fs-tamper.py")).stdout).toBe("tampered\n");
    expect(await runFile("fs-check.py")).toMatchObject({ stdout: fresh.stdout, error: null });
  });
});

describe("no way out of the simulation", () => {
  it("refuses every module that leads to JavaScript, raw memory or the runtime", async () => {
    const r = await runFile("js-bridge.py");
    const lines = r.stdout.trim().split("\n");
    expect(lines).toHaveLength(14);
    for (const line of lines) expect(line).toMatch(/: refused$/);
  });

  it.each([
    ["frames.py", "the attribute 'tb_frame'"],
    ["subclasses.py", "the attribute '__subclasses__'"],
    ["pickle-reduce.py", "defining '__reduce__'"],
  ])("refuses %s before it runs", async (name, what) => {
    const r = await runFile(name);
    expect(r.error).toMatchObject({ type: "SyntaxError", line: expect.any(Number) as number });
    expect(r.stderr).toContain(`SyntaxError: ${what} is not available in the trainer`);
    expect(r.stdout).toBe("");
  });

  it("loads plain pickles but refuses crafted ones that name blocked globals", async () => {
    const r = await runFile("pickle-crafted.py");
    expect(r.error).toBeNull();
    expect(r.stdout).toBe(
      "{'ok': [1, 2.5, (3,)], 'set': {4}}\n" +
        "refused: global 'interleave.context.active' is not available in the trainer\n" +
        "refused: global 'builtins.eval' is not available in the trainer\n",
    );
  });

  it("lets honest code introspect its own objects, as in CPython", async () => {
    const r = await runFile("honest-introspection.py");
    expect(r.error).toBeNull();
    expect(r.stdout).toBe(
      [
        "True False",
        "(a, b) 3",
        "{'owner': 'ann', 'balance': 10} True",
        "12 ['Audited', 'Account', 'object'] Account",
        "[] True",
        "True True",
        "('ann', 12) X",
        "[1] 4.0",
        "True True",
        "['__init__']",
        "ann has 12 ann",
        "list ann",
        "['Account', 'acc']",
        "",
      ].join("\n"),
    );
  });

  it("refuses, naming it, every door the same introspection opens to the runtime", async () => {
    const r = await runFile("introspection-doors.py");
    expect(r.error).toBeNull();
    const lines = r.stdout.trim().split("\n");
    expect(lines).toContain("runtime modules seen: []");
    const attempts = lines.filter((line) => !line.startsWith("runtime modules seen"));
    expect(attempts).toHaveLength(25);
    for (const line of attempts) {
      expect(line).not.toContain("NOT REFUSED");
      expect(line).toMatch(
        /: (SandboxError|ImportError): .*not available in the trainer$|^sys.modules write: AttributeError: 'mappingproxy'|^getmembers globals: KeyError/,
      );
    }
  });

  it("reaches none of the runtime's own objects by walking attributes, only its stand-ins", async () => {
    const r = await engine.run({
      code: program("runtime-walk.py"),
      filename: "runtime-walk.py",
      stepLimit: 1_000_000_000,
    });
    expect(r.error).toBeNull();
    const reached = r.stdout
      .split("\n")
      .filter((line) => line.includes(" <- "))
      .map((line) => line.split(" <- ")[0] ?? line);
    // Stand-ins for what CPython has too: sys.stdout, time.sleep, _thread's lock, handle and
    // local, the event loop and its selector, urllib's handler, a streamed response body's
    // arrival times (aiohttp's response.content); and a copy of a namespace.
    const standIns = new Set([
      "interleave.output.Stream",
      "interleave.patches.builtin",
      "interleave.fakethread.LockType",
      "interleave.fakethread._ThreadHandle",
      "interleave.fakethread._local",
      "interleave.aio._setup.<locals>.VirtualEventLoop",
      "interleave.aio._setup.<locals>.VirtualSelector",
      "interleave.net.urllib_patch.VirtualHTTPHandler",
      "interleave.net.streaming.Arrival",
      "interleave.seal_rules.Visible",
      "pyodide.ffi.JsNull",
    ]);
    expect(reached.length).toBeGreaterThan(5);
    expect(reached.filter((type) => !standIns.has(type))).toEqual([]);
  });

  it("refuses the same attributes through getattr", async () => {
    const r = await runFile("getattr-walk.py");
    expect(r.error?.type).toBe("SandboxError");
    expect(r.stderr).toContain("the attribute '_getframe' is not available in the trainer");
  });

  it("cannot switch off the meter: globals() is read-only for the program", async () => {
    const r = await runFile("rebind-hooks.py");
    expect(r.error?.type).toBe("TypeError");
    expect(r.error?.line).toBe(2);
  });

  it("sees none of the host's files", async () => {
    const r = await runFile("host-files.py");
    expect(r.stdout).not.toContain(" read ");
    expect(r.stdout).toContain("/etc/passwd FileNotFoundError");
    expect(r.stdout).not.toContain("usr");
  });

  it("reaches only the simulated network", async () => {
    const r = await runFile("network.py");
    expect(r.stdout).toMatch(/^refused: \w+/);
  });

  it("says there is no keyboard input", async () => {
    const r = await runFile("input.py");
    expect(r.error?.type).toBe("EOFError");
    expect(r.stdout).toBe("Your name: ");
    expect(r.stderr).toContain("there is no keyboard input in the trainer");
  });
});

describe("a program that kills its interpreter costs only its own run", () => {
  it("os._exit ends the program's process with its status, as in CPython, and keeps the run", async () => {
    const r = await runFile("os-exit.py");
    expect(r).toMatchObject({ stdout: "before\n", stderr: "", exitCode: 3, error: null });
    expect(r.trace.events.length).toBeGreaterThan(0);
    await expectHealthy();
  });

  it("posix._exit ends the interpreter: the run ends with its status and a note", async () => {
    const r = await runFile("posix-exit.py");
    expect(r).toMatchObject({ stdout: "before\n", exitCode: 3, error: null });
    expect(r.stderr).toContain("[Interleave] os._exit(3) ended the interpreter");
    await expectHealthy();
  });

  it("a process that starts copies of itself meets the limit of 64 live processes", async () => {
    const r = await runFile("process-bomb.py");
    expect(r.error?.type).toBe("ProcessLimit");
    expect(r.stderr).toContain(
      "[Interleave] the program had 64 processes alive and started one more",
    );
    await expectHealthy();
  });

  it("a recursion limit of 10**6 ends in RecursionError, not a crash", async () => {
    const r = await runFile("deep-recursion.py");
    expect(r.error?.type).toBe("RecursionError");
    await expectHealthy();
  });
});

describe("a program that exhausts memory or floods the output costs only its own run", () => {
  const LIMIT = "MemoryError: the program used more than 512 MB of memory, the trainer's limit";

  it("keeping 10 MB blocks meets the run's memory cap: MemoryError at the learner's line", async () => {
    const r = await runFile("memory-blocks.py");
    expect(r.error).toMatchObject({ type: "MemoryError", line: 4 });
    expect(r.error?.message).toContain("more than 512 MB");
    expect(r.stderr).toContain(`blocks.append(bytearray(10**7))\n`);
    expect(r.stderr.trimEnd().endsWith(LIMIT)).toBe(true);
    await expectHealthy();
  });

  it("doubling a string and a list: the first MemoryError can be caught, as in CPython", async () => {
    const r = await runFile("memory-doubling.py");
    expect(r.stdout).toMatch(/^caught MemoryError at \d+ M characters\n$/);
    expect(r.error).toMatchObject({ type: "MemoryError", line: 12 });
    expect(r.stderr).toContain(LIMIT);
    await expectHealthy();
  });

  it("a thread and a child process that exhaust memory each get the message; the parent goes on", async () => {
    const r = await runFile("memory-workers.py");
    expect(r.error).toBeNull();
    expect(r.stdout).toBe("child exit code: 1\n");
    expect(r.stderr).toContain("Exception in thread hoarder:");
    expect(r.stderr).toContain("Process Process-1:");
    expect(r.stderr.split(LIMIT)).toHaveLength(3);
    await expectHealthy();
  });

  it("100 MB of output stops at the output limit, with the output kept up to it", async () => {
    const r = await runFile("output-flood.py");
    expect(r.error?.type).toBe("OutputLimit");
    expect(r.stdout).toHaveLength(100_000);
    expect(r.stderr).toBe("\n[Interleave] the program printed more than 100,000 characters\n");
    await expectHealthy();
  });
});

describe("the judge is out of the program's reach", () => {
  it("lock-counter without a lock fails, however the program tampers with the tests", async () => {
    const { exercises } = loadPack(readPackFiles(DEFAULT_PACK_DIR));
    const exercise = exercises.find((e) => e.id === "lock-counter");
    expect(exercise).toBeDefined();
    const verdict = await checkExercise(engine, exercise!, program("tests-hijack.py"));
    expect(verdict.failure).toBeNull();
    // It prints the forged "counter = 4000"; the exercise's tests (explored) still fail.
    const failing = verdict.checks.filter((c) => !c.passed).map((c) => c.id);
    expect(failing).toContain("tests");
    expect(verdict.passed).toBe(false);
  });

  it("winding the virtual clock back through the runtime's objects is refused; the timing check fails", async () => {
    const { exercises } = loadPack(readPackFiles(DEFAULT_PACK_DIR));
    const exercise = exercises.find((e) => e.id === "gather-basics");
    expect(exercise).toBeDefined();
    const r = await runFile("clock-rewind.py");
    const attempts = r.stdout.split("\n").filter((line) => line.includes(": "));
    expect(attempts).toHaveLength(10);
    for (const line of attempts)
      expect(line).toMatch(/: refused \((SandboxError|AttributeError)\)$/);
    expect(r.elapsed).toBeGreaterThan(6);
    const verdict = await checkExercise(engine, exercise!, program("clock-rewind.py"));
    expect(verdict.checks.find((c) => c.id === "elapsed")?.passed).toBe(false);
    expect(verdict.passed).toBe(false);
  });

  it("a program cannot report test results itself", async () => {
    const code = "import interleave\ninterleave.report('tests', [{'name': 'x', 'passed': True}])";
    const r = await engine.run({ code, tests: "def test_a():\n    assert False\n" });
    expect(r.error?.type).toBe("SyntaxError");
    expect(r.reports.tests).toEqual([
      { name: "test_a", passed: false, message: "failed: assert False", doc: null },
    ]);
  });

  it("tests that use a builtin the program redefined fail, naming it", async () => {
    const code = "def len(x):\n    return 3\n";
    const r = await engine.run({ code, tests: "def test_a():\n    assert len([]) == 3\n" });
    expect(r.reports.tests).toEqual([
      {
        name: "<program>",
        passed: false,
        message: "the program redefines len, which the exercise's tests use",
        doc: null,
      },
    ]);
  });

  it("tests call the real functions and methods whatever the program rebound or deleted", async () => {
    const code = [
      "import json, threading",
      "del json.loads",
      "json.dumps = lambda obj: 'fake'",
      "threading.Thread.start = lambda self: None",
      "threading.Thread.extra = lambda self: 1",
    ].join("\n");
    const tests = [
      "import json, threading",
      "def test_json():",
      "    assert json.loads(json.dumps([1])) == [1]",
      "def test_thread():",
      "    box = []",
      "    t = threading.Thread(target=box.append, args=(1,))",
      "    t.start()",
      "    t.join()",
      "    assert box == [1]",
    ].join("\n");
    const r = await engine.run({ code, tests });
    expect(r.reports.tests).toEqual([
      { name: "test_json", passed: true, message: null, doc: null },
      { name: "test_thread", passed: true, message: null, doc: null },
    ]);
  });

  it("an async test passes only if it ran to its end, even if asyncio.run was replaced", async () => {
    const code = "import asyncio\nasyncio.run = lambda coro: coro.close()\n";
    const tests = "import asyncio\nasync def test_a():\n    await asyncio.sleep(1)\n";
    const r = await engine.run({ code, tests });
    expect(r.reports.tests).toEqual([{ name: "test_a", passed: true, message: null, doc: null }]);
    const sabotage = "import asyncio.runners\nasyncio.runners.Runner.run = lambda self, c: None\n";
    const broken = await engine.run({ code: sabotage, tests });
    expect(broken.reports.tests).toMatchObject([{ name: "test_a", passed: true }]);
  });
});
