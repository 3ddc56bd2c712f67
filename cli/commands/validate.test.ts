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
  it("accepts the repository's pack by default", async () => {
    const { code, stdout, stderr } = await validate([]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toMatch(/^\d+ valid exercise\(s\) in exercises\n$/);
  });

  it("names file, field and reason for a malformed exercise and exits 1", async () => {
    const dir = mkdtempSync(join(tmpdir(), "interleave-validate-"));
    const broken = JSON.parse(sample) as { checks: { kind: string }[]; id: string };
    broken.id = "broken-copy";
    const elapsed = broken.checks.find((c) => c.kind === "elapsed") as Record<string, unknown>;
    elapsed.near = "3 seconds";
    writeFileSync(join(dir, "broken.json"), JSON.stringify(broken));
    writeFileSync(join(dir, "good.json"), sample);
    const { code, stdout, stderr } = await validate([dir]);
    expect(code).toBe(1);
    expect(stderr).toBe(`${join(dir, "broken.json")}: checks[2].near: must be number\n`);
    expect(stdout).toContain("1 valid exercise(s), 1 file(s) with problems");
  });

  it("validates a single file and reports as JSON", async () => {
    const dir = mkdtempSync(join(tmpdir(), "interleave-validate-"));
    writeFileSync(join(dir, "x.json"), "{ not json");
    const { code, stdout } = await validate([join(dir, "x.json"), "--json"]);
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
    expect((await validate(["--frobnicate"])).code).toBe(2);
  });
});
