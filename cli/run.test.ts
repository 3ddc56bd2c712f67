/**
 * The CLI's `run` command as a user calls it, including on a JavaScript engine without stack
 * switching (Node without --experimental-wasm-stack-switching), where asyncio programs still
 * run and starting a thread fails with a message naming the browsers that can.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..");
const dir = mkdtempSync(join(tmpdir(), "interleave-cli-"));
const ASYNC = join(dir, "a.py");
const THREAD = join(dir, "t.py");
writeFileSync(
  ASYNC,
  "import asyncio\nasync def main():\n    await asyncio.sleep(2)\n    print('done')\nasyncio.run(main())\n",
);
writeFileSync(THREAD, "import threading\nthreading.Thread(target=print, args=('hi',)).start()\n");

const cli = (flags: string[], args: string[]) =>
  spawnSync(process.execPath, [...flags, "--import", "tsx", join(root, "cli/main.ts"), ...args], {
    cwd: root,
    encoding: "utf8",
  });

describe("interleave run", () => {
  it("prints one JSON object with --json", () => {
    const r = cli(["--experimental-wasm-stack-switching"], ["run", ASYNC, "--json"]);
    const result = JSON.parse(r.stdout) as { stdout: string; elapsed: number; exitCode: number };
    expect(result.stdout).toBe("done\n");
    expect(result.exitCode).toBe(0);
    expect(result.elapsed).toBeGreaterThanOrEqual(2);
    expect(result.elapsed).toBeLessThan(2.1);
  });

  it("rejects bad arguments with a usage message", () => {
    const r = cli([], ["run", ASYNC, "--seed", "x"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("--seed needs a whole number");
  });

  it("runs asyncio without stack switching, and explains why threads cannot start", () => {
    const a = cli([], ["run", ASYNC]);
    expect(a.stdout).toBe("done\n");
    expect(a.status).toBe(0);
    const t = cli([], ["run", THREAD]);
    expect(t.status).toBe(1);
    expect(t.stderr).toContain("need WebAssembly stack switching (JSPI): Chrome 137+");
  });
});
