/**
 * Compiled programs kept across resets (interleave.program_cache, ./engine.ts `keepProgram`): a
 * check runs one program many times, and each run used to parse, rewrite and compile it again.
 * Kept or not, a run must start from the same memory: a program prints the same object addresses
 * in its first run, in a run after other programs pushed it out of the keep, and in every run
 * between.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { createEngine } from "./engine";
import { loadNodeEngine, nodeLoader, readRuntimeFiles } from "./node";
import type { Engine } from "./types";

let engine: Engine;
beforeAll(async () => {
  // Unsealed, so that a program can look at the runtime's keep (a host's own code). Only this
  // engine is used: the sealed one lent its snapshot and is never run.
  const sealed = await loadNodeEngine();
  engine = await createEngine(await nodeLoader(), readRuntimeFiles(), {
    snapshot: sealed.snapshot,
    trustedPrograms: true,
  });
}, 300_000);

const ADDRESSES =
  "import threading\nclass A: pass\nprint(A(), object(), id([]))\n" +
  "t = threading.Thread(target=lambda: print(object()))\nt.start(); t.join()\n";

/** Whether the running program (its own source, from linecache) is kept on the JavaScript side. */
const KEPT =
  "import linecache\nfrom interleave import program_cache as p, seal\n" +
  "source = ''.join(linecache.cache['main.py'][2])\n" +
  "print(p._kept((source, 'main.py', False, seal._enforced)) is not None)\n";

describe("kept programs", () => {
  it("a program's runs start from the same memory, kept or compiled", async () => {
    const first = await engine.run({ code: ADDRESSES });
    expect(first.error).toBeNull();
    expect(first.stdout).toMatch(/^<__main__\.A object at 0x[0-9a-f]+> <object object at/);
    const again = await engine.run({ code: ADDRESSES });
    expect(again.stdout).toBe(first.stdout);
    // More programs than the keep holds: the first is compiled again before its next run.
    for (let i = 0; i < 20; i++) await engine.run({ code: `print(${i})` });
    expect((await engine.run({ code: ADDRESSES })).stdout).toBe(first.stdout);
    const explored = { code: ADDRESSES, explore: { depth: 1, steps: 10 } };
    const a = await engine.run(explored);
    expect(a.error).toBeNull();
    expect((await engine.run(explored)).stdout).toBe(a.stdout);
  }, 300_000);

  it("a run finds its program kept, compiled before it started", async () => {
    expect((await engine.run({ code: KEPT })).stdout).toBe("True\n");
    expect((await engine.run({ code: KEPT })).stdout).toBe("True\n");
  }, 120_000);

  it("a program that does not compile fails the same way every run", async () => {
    const code = "print('before')\ndef f(:\n    pass\n";
    const runs = [await engine.run({ code }), await engine.run({ code })];
    for (const run of runs) {
      expect(run.error?.type).toBe("SyntaxError");
      expect(run.stdout).toBe("");
    }
    expect(runs[1]!.stderr).toBe(runs[0]!.stderr);
    expect((await engine.run({ code: "print(2)" })).stdout).toBe("2\n");
  }, 120_000);
});
