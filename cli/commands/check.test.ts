import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Verdict } from "../../src/checker";
import { localize, type Exercise } from "../../src/exercises";
import { main, parseCheckArgs } from "./check";

async function check(args: string[]) {
  let stdout = "";
  let stderr = "";
  vi.spyOn(process.stdout, "write").mockImplementation(
    (chunk) => ((stdout += String(chunk)), true),
  );
  vi.spyOn(process.stderr, "write").mockImplementation(
    (chunk) => ((stderr += String(chunk)), true),
  );
  const code = await main(args);
  vi.restoreAllMocks();
  return { code, stdout, stderr };
}

afterEach(() => vi.restoreAllMocks());

const exercise = JSON.parse(
  readFileSync(
    new URL("../../exercises/asyncio-basics/gather-basics.json", import.meta.url),
    "utf8",
  ),
) as Pick<Exercise, "solution" | "starter">;
// The texts may be given per language; the English ones are the programs to run.
const solution = localize(exercise.solution, "en");
const starter = localize(exercise.starter, "en");

describe("parseCheckArgs", () => {
  it("reads the id, the file and the options", () => {
    expect(
      parseCheckArgs(["gather-basics", "a.py", "--json", "--lang", "ru", "--pack", "p"]),
    ).toMatchObject({
      id: "gather-basics",
      files: ["a.py"],
      json: true,
      lang: "ru",
      pack: "p",
      trace: false,
    });
  });
  it("refuses incomplete or unknown arguments", () => {
    expect(() => parseCheckArgs(["gather-basics"])).toThrow(/EXERCISE_ID and a FILE.py/);
    expect(parseCheckArgs(["x", "a.py", "b.py", "c.py"]).files).toEqual(["a.py", "b.py", "c.py"]);
    expect(() => parseCheckArgs(["a", "b.py", "--lang"])).toThrow(/--lang needs a value/);
    expect(() => parseCheckArgs(["a", "b.py", "--fast"])).toThrow(/unknown option --fast/);
  });
});

describe("interleave check", () => {
  const dir = mkdtempSync(join(tmpdir(), "interleave-check-"));
  writeFileSync(join(dir, "solution.py"), solution);
  writeFileSync(join(dir, "starter.py"), starter);

  it("exits 2 for an unknown exercise, naming the known ones", async () => {
    const { code, stderr } = await check(["no-such-exercise", join(dir, "solution.py")]);
    expect(code).toBe(2);
    expect(stderr).toContain('no exercise with id "no-such-exercise" (known: ');
    expect(stderr).toContain("gather-basics");
  });

  it("passes the reference solution (exit 0) and fails the starter with hints (exit 1, --json)", async () => {
    const pass = await check(["gather-basics", join(dir, "solution.py")]);
    expect(pass.code).toBe(0);
    expect(pass.stdout).toContain("PASS gather-basics: 7 of 7 checks passed");

    const fail = await check(["gather-basics", join(dir, "starter.py"), "--json"]);
    expect(fail.code).toBe(1);
    const verdict = JSON.parse(fail.stdout) as Verdict;
    expect(verdict.passed).toBe(false);
    expect(verdict.hints.map((h) => h.id)).toContain("sequential-awaits");
    const elapsed = verdict.checks.find((c) => c.id === "elapsed");
    expect(elapsed?.passed).toBe(false);
    expect(elapsed?.value).toBeCloseTo(6, 0);
  });

  it("checks several files in one invocation, one verdict each, the worst status", async () => {
    const files = [join(dir, "solution.py"), join(dir, "starter.py")];
    const both = await check(["gather-basics", ...files, "--json"]);
    expect(both.code).toBe(1);
    const lines = both.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { file: string; verdict: Verdict });
    expect(lines.map((l) => [l.file, l.verdict.passed])).toEqual([
      [files[0], true],
      [files[1], false],
    ]);
    const text = await check(["gather-basics", ...files]);
    expect(text.stdout).toContain(`==> ${files[1]} <==`);
    expect(text.stdout).toContain("PASS gather-basics: 7 of 7 checks passed");
  });
});
