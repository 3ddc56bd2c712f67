/**
 * A tests run asked for the program's own result (`programResult`, runtime/interleave/
 * program_end.py) returns it only when it is what the run without tests returns: the checker then
 * makes one run where it made two. Each program in ./program_end/ says on its first line what its
 * run must show:
 * - `# settled`: the program's result is returned, and equals the run without tests (object
 *   addresses aside: the tests' harness allocates before the program);
 * - `# left: <text>`: the interpreter's shutdown after the program prints `<text>` (the run without
 *   tests shows it), so no program result is returned.
 * Either way asking for it changes nothing else in the run.
 */
import { readdirSync, readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { loadNodeEngine } from "../../src/engine/node";
import type { Engine, RunResult } from "../../src/engine/types";
import { withoutAddresses } from "../../src/engine/testing";

const DIR = new URL("./program_end/", import.meta.url);
const TESTS = "def test_runs():\n    assert True\n";

const programs = readdirSync(DIR)
  .filter((name) => name.endsWith(".py"))
  .map((name) => {
    const code = readFileSync(new URL(name, DIR), "utf8");
    const header = code.split("\n", 1)[0] ?? "";
    const left = /^# left: (.+)$/.exec(header)?.[1] ?? null;
    return { name, code, header, left };
  });

let engine: Engine;
beforeAll(async () => {
  engine = await loadNodeEngine();
}, 120_000);

describe("the program's own result from a tests run", () => {
  it("has programs of both kinds, each saying which it is", () => {
    expect(programs.filter((p) => p.left === null).length).toBeGreaterThan(5);
    expect(programs.filter((p) => p.left !== null).length).toBeGreaterThan(5);
    for (const p of programs) expect(p.header).toMatch(/^# (settled|left: )/);
  });

  it.each(programs.map((p) => [p.name, p] as const))("%s", async (_name, p) => {
    const merged = await engine.run({ code: p.code, tests: TESTS, programResult: true });
    const tests = await engine.run({ code: p.code, tests: TESTS });
    const alone = await engine.run({ code: p.code });
    const { program, ...rest } = merged;
    // asking for the program's result changes nothing else in the run
    expect(withoutAddresses(rest)).toEqual(withoutAddresses(tests));
    if (p.left === null) {
      expect(program).toBeDefined();
      expect(withoutAddresses(program)).toEqual(withoutAddresses(alone));
    } else {
      expect(program).toBeNull();
      expect(alone.stdout + alone.stderr).toContain(p.left);
    }
  });

  it("reads nothing of the program's while it decides (a metaclass that prints when used)", async () => {
    const p = programs.find((q) => q.name === "settled_metaclass.py");
    const merged = await engine.run({ code: p?.code ?? "", tests: TESTS, programResult: true });
    expect(merged.program?.stdout).toBe("done\n");
    expect(merged.stdout).toBe("done\n");
  });

  it("is the whole run when the program stops before its tests (a deadlock)", async () => {
    const p = programs.find((q) => q.name === "settled_deadlock.py");
    const merged: RunResult = await engine.run({
      code: p?.code ?? "",
      tests: TESTS,
      programResult: true,
    });
    expect(merged.error?.type).toBe("Deadlock");
    expect(merged.reports.tests).toBeUndefined();
    const { program, ...rest } = merged;
    expect(program).toEqual(rest);
  });

  it("is not returned unless asked for", async () => {
    const result = await engine.run({ code: "print(1)", tests: TESTS });
    expect(result).not.toHaveProperty("program");
  });
});
