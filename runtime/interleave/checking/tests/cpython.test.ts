/**
 * Runs the checker's Python unit tests (ast_facts, harness) on this machine's CPython 3.11,
 * `python3 -m unittest discover -s runtime/interleave/checking/tests`, so `npm test` covers them.
 * src/checker/python.test.ts runs the same modules through the engine (Pyodide, 3.14).
 */
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "../../../..");

it("python3 -m unittest discover -s runtime/interleave/checking/tests passes", () => {
  const run = spawnSync(
    "python3",
    ["-m", "unittest", "discover", "-s", "runtime/interleave/checking/tests"],
    {
      cwd: ROOT,
      encoding: "utf8",
      env: { ...process.env, PYTHONDONTWRITEBYTECODE: "1" },
    },
  );
  expect(run.error).toBeUndefined();
  expect(run.stderr).toMatch(/^Ran [1-9]\d* tests? in /m);
  expect(run.stderr, run.stderr).toMatch(/^OK$/m);
  expect(run.status).toBe(0);
});
