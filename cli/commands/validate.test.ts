import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { main } from "./validate";

/** Runs validate with its output captured. */
async function validate(args: string[]) {
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

const sample = readFileSync(
  new URL("../../exercises/asyncio-basics/gather-basics.json", import.meta.url),
  "utf8",
);

afterEach(() => vi.restoreAllMocks());

describe("interleave validate", () => {
  it("accepts the repository's pack by default (format only with --no-run)", async () => {
    // The content stage of the repository's pack is src/checker/content/'s job.
    const { code, stdout, stderr } = await validate(["--no-run"]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /^\d+ valid exercise\(s\) in exercises \(format only: solutions and starters not run\)\n$/,
    );
  });

  it("names file, field and reason for a malformed exercise and exits 1", async () => {
    const dir = mkdtempSync(join(tmpdir(), "interleave-validate-"));
    const broken = JSON.parse(sample) as { checks: { kind: string }[]; id: string };
    broken.id = "broken-copy";
    const elapsed = broken.checks.find((c) => c.kind === "elapsed") as Record<string, unknown>;
    elapsed.near = "3 seconds";
    writeFileSync(join(dir, "broken.json"), JSON.stringify(broken));
    writeFileSync(join(dir, "good.json"), sample);
    const { code, stdout, stderr } = await validate([dir, "--no-run"]);
    expect(code).toBe(1);
    expect(stderr).toBe(`${join(dir, "broken.json")}: checks[2].near: must be number\n`);
    expect(stdout).toContain("1 valid exercise(s), 1 file(s) with problems");
  });

  it("validates several paths in one invocation, one JSON line each, the worst status", async () => {
    const dir = mkdtempSync(join(tmpdir(), "interleave-validate-"));
    writeFileSync(join(dir, "good.json"), sample);
    writeFileSync(join(dir, "bad.json"), "{ not json");
    const paths = [join(dir, "good.json"), join(dir, "bad.json")];
    const { code, stdout } = await validate([...paths, "--json", "--no-run"]);
    expect(code).toBe(1);
    const reports = stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as { path: string; valid: boolean });
    expect(reports.map((r) => [r.path, r.valid])).toEqual([
      [paths[0], true],
      [paths[1], false],
    ]);
  });

  it("validates a single file and reports as JSON", async () => {
    const dir = mkdtempSync(join(tmpdir(), "interleave-validate-"));
    writeFileSync(join(dir, "x.json"), "{ not json");
    const { code, stdout } = await validate([join(dir, "x.json"), "--json", "--no-run"]);
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as {
      valid: boolean;
      errors: { field: string; message: string }[];
    };
    expect(report.valid).toBe(false);
    expect(report.errors[0]?.message).toMatch(/^invalid JSON at line 1, column 3/);
  });

  it("exits 2 on a missing path or a bad option", async () => {
    expect((await validate(["/no/such/pack"])).code).toBe(2);
    expect((await validate(["--no-runs"])).code).toBe(2);
    expect((await validate(["--frobnicate"])).code).toBe(2);
  });

  it("runs each reference solution and starter and names those that fail, hang or pass wrongly", async () => {
    const dir = mkdtempSync(join(tmpdir(), "interleave-validate-"));
    const exercise = (id: string, solution: string, starter: string, run?: object) => ({
      version: 1,
      id,
      title: id,
      module: "asyncio",
      difficulty: "easy",
      description: "Print hi.",
      starter,
      solution,
      checks: [{ kind: "output", match: "exact", expected: "hi\n" }],
      ...(run ? { run } : {}),
    });
    const write = (id: string, data: object) =>
      writeFileSync(join(dir, `${id}.json`), JSON.stringify(data));
    write("good", exercise("good", "print('hi')\n", "pass\n"));
    write("wrong-solution", exercise("wrong-solution", "print('hello')\n", "pass\n"));
    write("easy-starter", exercise("easy-starter", "print('hi')\n", "print('hi')\n"));
    // Never ends: the exercise's virtual time limit stops it, and the failure says so.
    write(
      "sleeps-forever",
      exercise("sleeps-forever", "import time\nwhile True: time.sleep(1)\n", "pass\n", {
        virtualTimeLimit: 5,
      }),
    );
    // A catastrophic pattern against 30,000 "a"s and a "!": linear-time matching answers at once.
    write("catastrophic", {
      ...exercise("catastrophic", "print('a' * 30000 + '!')\n", "pass\n"),
      checks: [{ kind: "output", match: "regex", expected: "^(a+)+$", flags: "m" }],
    });
    const { code, stdout, stderr } = await validate([dir]);
    expect(code).toBe(1);
    const lines = stderr.trim().split("\n");
    const at = (id: string) => lines.filter((l) => l.startsWith(join(dir, `${id}.json`)));
    expect(at("good")).toEqual([]);
    expect(at("wrong-solution")).toEqual([
      expect.stringMatching(
        /: solution: the reference solution fails its checks: output-1 .*"hello/,
      ),
    ]);
    expect(at("easy-starter")).toEqual([
      expect.stringMatching(/: starter: the starter code already passes every check/),
    ]);
    expect(at("sleeps-forever")).toEqual([
      expect.stringMatching(/: solution: the reference solution fails .*the run ended with \w+/),
    ]);
    expect(at("catastrophic")).toEqual([
      expect.stringMatching(/: solution: the reference solution fails its checks: output-1 /),
    ]);
    expect(stdout).toContain("1 valid exercise(s), 4 file(s) with problems");
  });
});
