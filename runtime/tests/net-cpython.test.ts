/**
 * Runs the Python unit tests of the simulated network and files on this machine's CPython
 * (`python3 -m unittest discover runtime/tests/{net,files}`), so `npm test` covers them.
 * They check the stand-ins against CPython 3.11 on a small virtual clock of their own
 * (runtime/tests/net/vclock.py); net.test.ts runs the same programs through the engine (3.14).
 */
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "../..");

describe.each(["net", "files", "unit"])(
  "python3 -m unittest discover runtime/tests/%s",
  (folder) => {
    it("passes", () => {
      const run = spawnSync(
        "python3",
        ["-m", "unittest", "discover", join("runtime/tests", folder)],
        {
          cwd: ROOT,
          encoding: "utf8",
          env: { ...process.env, PYTHONDONTWRITEBYTECODE: "1" },
        },
      );
      expect(run.error).toBeUndefined();
      const report = run.stderr;
      expect(report).toMatch(/^Ran [1-9]\d* tests? in /m);
      expect(report, report).toMatch(/^OK$/m);
      expect(run.status).toBe(0);
    });
  },
);
