import { mkdtempSync, readdirSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { pruneKept } from "./kept-cache";

/** A folder with `names` written in order, each a second later than the one before. */
function folder(names: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), "interleave-kept-"));
  names.forEach((name, i) => {
    writeFileSync(join(dir, name), name);
    utimesSync(join(dir, name), 1_000 + i, 1_000 + i);
  });
  return dir;
}

describe("pruneKept", () => {
  it("keeps the most recently written of a kind, and leaves other files alone", () => {
    const dir = folder(["snapshot-a.bin", "snapshot-b.bin", "cli.mjs", "snapshot-c.bin"]);
    pruneKept(dir, /^snapshot-[a-z]\.bin$/, 2);
    expect(readdirSync(dir).sort()).toEqual(["cli.mjs", "snapshot-b.bin", "snapshot-c.bin"]);
  });

  it("removes a removed file's companions with it", () => {
    const dir = folder(["shipped-a.gz", "shipped-a.gz.json", "shipped-b.gz", "shipped-b.gz.json"]);
    pruneKept(dir, /^shipped-[a-z]\.gz$/, 1, (file) => [`${file}.json`]);
    expect(readdirSync(dir).sort()).toEqual(["shipped-b.gz", "shipped-b.gz.json"]);
  });
});
