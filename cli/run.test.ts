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
// Two threads taking two locks in opposite orders, in a file not called main.py.
const DEADLOCK = join(dir, "bank.py");
writeFileSync(
  DEADLOCK,
  [
    "import threading, time",
    "a = threading.Lock()",
    "b = threading.Lock()",
    "def one():",
    "    with a:",
    "        time.sleep(0.1)",
    "        with b:",
    "            pass",
    "def two():",
    "    with b:",
    "        time.sleep(0.1)",
    "        with a:",
    "            pass",
    "t1 = threading.Thread(target=one)",
    "t2 = threading.Thread(target=two)",
    "t1.start(); t2.start(); t1.join(); t2.join()",
    "",
  ].join("\n"),
);

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

  it("writes a large JSON result whole into a pipe before it exits", () => {
    // An output flood (stopped at the output limit) and its trace: some 480 KB of JSON, which
    // was cut at 128 KB when the CLI exited before the pipe had taken it.
    const flood = join(dir, "flood.py");
    writeFileSync(flood, 'while True:\n    print("x" * 50)\n');
    const r = cli(["--experimental-wasm-stack-switching"], ["run", flood, "--json"]);
    expect(r.stdout.length).toBeGreaterThan(256 * 1024);
    const result = JSON.parse(r.stdout) as { stdout: string; exitCode: number };
    expect(result.stdout.startsWith("x".repeat(50))).toBe(true);
    expect(r.status).toBe(result.exitCode);
  });

  it("runs several files in one engine, one JSON line each, with the highest exit status", () => {
    const r = cli(["--experimental-wasm-stack-switching"], ["run", ASYNC, DEADLOCK, "--json"]);
    const lines = r.stdout
      .trim()
      .split("\n")
      .map(
        (line) =>
          JSON.parse(line) as { file: string; result: { stdout: string; exitCode: number } },
      );
    expect(lines.map((l) => [l.file, l.result.stdout])).toEqual([
      [ASYNC, "done\n"],
      [DEADLOCK, ""],
    ]);
    expect(r.status).toBe(Math.max(...lines.map((l) => l.result.exitCode)));
    expect(r.status).toBeGreaterThan(0);
    const text = cli(["--experimental-wasm-stack-switching"], ["run", ASYNC, ASYNC]);
    expect(text.stdout).toBe(`==> ${ASYNC} <==\ndone\n\n==> ${ASYNC} <==\ndone\n`);
  });

  it("names the locks and lines of a deadlock whatever the file is called", () => {
    const r = cli(["--experimental-wasm-stack-switching"], ["run", DEADLOCK, "--json"]);
    const result = JSON.parse(r.stdout) as {
      error: { type: string };
      deadlock: { waiters: { name: string; waitsFor: string; heldBy: string; line: number }[] };
    };
    expect(result.error.type).toBe("Deadlock");
    expect(result.deadlock.waiters).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          name: "Thread-1 (one)",
          waitsFor: "Lock 'b'",
          heldBy: "Thread-2 (two)",
          line: 7,
        }),
        expect.objectContaining({
          name: "Thread-2 (two)",
          waitsFor: "Lock 'a'",
          heldBy: "Thread-1 (one)",
          line: 12,
        }),
      ]),
    );
  });

  it("takes limits as options, and stops at the contract's default time limit", () => {
    const sleeper = join(dir, "sleeper.py");
    writeFileSync(sleeper, "import time\nwhile True:\n    time.sleep(1)\n");
    const short = cli([], ["run", sleeper, "--time-limit", "5", "--json"]);
    const result = JSON.parse(short.stdout) as { error: { type: string }; elapsed: number };
    expect(result.error.type).toBe("VirtualTimeLimit");
    // Stopped before the sleep that would end past the limit.
    expect(result.elapsed).toBeGreaterThan(4);
    expect(result.elapsed).toBeLessThanOrEqual(5);
    const long = JSON.parse(cli([], ["run", sleeper, "--json"]).stdout) as { elapsed: number };
    expect(long.elapsed).toBeGreaterThan(59);
    expect(long.elapsed).toBeLessThanOrEqual(60);
  });

  it("rejects bad arguments with a usage message", () => {
    const r = cli([], ["run", ASYNC, "--seed", "x"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("--seed needs a whole number");
    const cpus = cli([], ["run", ASYNC, "--cpus", "0"]);
    expect(cpus.status).toBe(2);
    expect(cpus.stderr).toContain("cpuCount: must be >= 1");
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
