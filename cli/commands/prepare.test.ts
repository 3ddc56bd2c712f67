/**
 * `interleave prepare` (run by `npm install`): the engine's snapshot is kept where every later
 * command finds it.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readRuntimeFiles, snapshotCachePath } from "../../src/engine/node";

const root = join(import.meta.dirname, "../..");
const cli = (...args: string[]) =>
  spawnSync(process.execPath, [join(root, "cli/launch.mjs"), ...args], {
    cwd: root,
    encoding: "utf8",
  });

describe("interleave prepare", () => {
  it("starts the engine and keeps its snapshot for this runtime", () => {
    const result = cli("prepare");
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^interleave: engine ready on Python 3\.\d+\.\d+;/);
    expect(existsSync(snapshotCachePath(readRuntimeFiles()))).toBe(true);
  }, 120_000);

  it("takes no arguments", () => {
    const result = cli("prepare", "now");
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("usage: npm run -s interleave -- prepare");
  });
});
