/**
 * The runtime's Python unit tests, run on the product's interpreter: Pyodide (CPython 3.14) in
 * Node, inside an Interleave run (virtual clock, green threads, the fresh module world), as a
 * learner's program runs. Pyodide loads once; run_suites.py discovers the unittest modules of
 * runtime/tests/{unit,net,files}, runtime/tests/*_test.py and runtime/interleave/checking/tests,
 * runs them, and reports each test case's outcome; every case becomes a vitest test of its own,
 * so the closing count names each one.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/engine";
import { nodeLoader, readRuntimeFiles } from "../../src/engine/node";

const RUNTIME = join(import.meta.dirname, "..");
/** Folders (below runtime/) whose unittest modules and helpers run; corpus programs do not. */
const SUITE_FOLDERS = ["tests/unit", "tests/net", "tests/files", "interleave/checking/tests"];

function pythonFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return name === "programs" ? [] : pythonFiles(full);
    return name.endsWith(".py") ? [full] : [];
  });
}

/** The suites' files keyed like the runtime's ("tests/net/test_x.py"), beside the runtime. */
function suiteFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  const paths = [
    ...SUITE_FOLDERS.flatMap((folder) => pythonFiles(join(RUNTIME, folder))),
    ...readdirSync(join(RUNTIME, "tests"))
      .filter((name) => name.endsWith(".py"))
      .map((name) => join(RUNTIME, "tests", name)),
  ];
  for (const path of paths) files[relative(RUNTIME, path)] = readFileSync(path, "utf8");
  return files;
}

type Outcome = [name: string, status: "passed" | "failed" | "skipped", message: string | null];

// The suites import the runtime's own modules: they run unsealed (a host's own code).
const engine = await createEngine(
  await nodeLoader(),
  { ...readRuntimeFiles(), ...suiteFiles() },
  { trustedPrograms: true },
);
const result = await engine.run({
  code: readFileSync(join(RUNTIME, "tests/run_suites.py"), "utf8"),
  filename: "run_suites.py",
  // the suites' modelled waits add up to minutes of virtual time
  virtualTimeLimit: 3600,
  outputLimit: 10_000_000,
});
const outcomes = (result.reports["unittest"] ?? []) as Outcome[];

describe("the runtime's unittest modules on Pyodide", () => {
  it("run to the end and find the suites", () => {
    expect(result.error, result.stderr).toBeNull();
    expect(engine.pythonVersion).toMatch(/^3\.14\./);
    const suites = new Set(outcomes.map(([name]) => name.split("/").slice(0, -1).join("/")));
    expect([...suites].sort()).toEqual([
      "interleave/checking/tests",
      "tests",
      "tests/files",
      "tests/net",
      "tests/unit",
    ]);
  });

  for (const [name, status, message] of outcomes) {
    if (status === "skipped") it.skip(`${name} (${message ?? "skipped"})`, () => {});
    else
      it(name, () => {
        expect(status, message ?? undefined).toBe("passed");
      });
  }
});
