/**
 * Hostile submissions through the CLI, as an instructor grading them runs it: no host files read
 * or written, a program that ends its interpreter or exhausts memory ends its own run with a
 * message (no Node stack trace) and the next file still runs, and programs that tamper with the
 * judge (a forged line plus hijacked tests, a rewound clock) fail their checks. The same programs'
 * engine-level cases are in runtime/tests/hostile.test.ts.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..");
const hostile = (name: string) => join(root, "runtime/tests/hostile", name);
const dir = mkdtempSync(join(tmpdir(), "interleave-hostile-"));
/** A file the submission tries to leave on the host. */
const MARK = join(dir, "written-by-a-submission.txt");
const WRITER = join(dir, "writer.py");
writeFileSync(
  WRITER,
  `import os\nos.makedirs(${JSON.stringify(dir)}, exist_ok=True)\nwith open(${JSON.stringify(MARK)}, "w") as f:\n    f.write("x")\nprint(os.path.exists(${JSON.stringify(MARK)}))\n`,
);

const cli = (...args: string[]) =>
  spawnSync(
    process.execPath,
    ["--experimental-wasm-stack-switching", "--import", "tsx", join(root, "cli/main.ts"), ...args],
    { cwd: root, encoding: "utf8" },
  );

interface Line {
  file: string;
  result: { stdout: string; stderr: string; exitCode: number; error: { type: string } | null };
}

describe("hostile submissions through the CLI", () => {
  it("reach no host file, and a crash or a memory bomb costs only its own run", () => {
    const files = [
      "host-files.py",
      "posix-exit.py",
      "memory-blocks.py",
      "js-bridge.py",
      "os-exit.py",
    ].map(hostile);
    const r = cli("run", WRITER, ...files, "--json");
    expect(r.stderr).not.toMatch(/^\s+at /m); // no Node stack trace
    const lines = r.stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as Line);
    expect(lines.map((l) => l.file)).toEqual([WRITER, ...files]);
    const [writer, host, posixExit, memory, bridge, osExit] = lines.map((l) => l.result);
    // The submission's own file system has the file; the host's does not.
    expect(writer?.stdout).toBe("True\n");
    expect(existsSync(MARK)).toBe(false);
    expect(host?.stdout).toContain("/etc/passwd FileNotFoundError");
    expect(host?.stdout).not.toContain(" read ");
    expect(posixExit).toMatchObject({ stdout: "before\n", exitCode: 3 });
    expect(posixExit?.stderr).toContain("os._exit(3) ended the interpreter");
    expect(memory?.error?.type).toBe("MemoryError");
    expect(memory?.stderr).toContain("MemoryError: the program used more than 512 MB of memory");
    for (const line of bridge?.stdout.trim().split("\n") ?? []) expect(line).toMatch(/: refused$/);
    expect(osExit).toMatchObject({ stdout: "before\n", exitCode: 3, error: null });
  });

  it.each([
    ["lock-counter", "tests-hijack.py", "tests"],
    ["gather-basics", "clock-rewind.py", "elapsed"],
  ])("%s fails %s (check %s), however it tampers with the judge", (id, file, check) => {
    const r = cli("check", id, hostile(file), "--json");
    const verdict = JSON.parse(r.stdout) as {
      passed: boolean;
      checks: { id: string; passed: boolean }[];
    };
    expect(verdict.passed).toBe(false);
    expect(verdict.checks.find((c) => c.id === check)?.passed).toBe(false);
    expect(r.status).not.toBe(0);
  });
});
