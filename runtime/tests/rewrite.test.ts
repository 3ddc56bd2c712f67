/** Runs the CPython unit tests of the program rewrite (runtime/tests/rewrite_test.py). */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { expect, it } from "vitest";

it("python3 -m unittest runtime/tests/rewrite_test.py passes", () => {
  const run = spawnSync("python3", [join(import.meta.dirname, "rewrite_test.py")], {
    encoding: "utf8",
    env: { ...process.env, PYTHONDONTWRITEBYTECODE: "1" },
  });
  expect(run.stderr).toMatch(/^Ran [1-9]\d* tests? in /m);
  expect(run.stderr, run.stderr).toMatch(/^OK$/m);
  expect(run.status).toBe(0);
});
