import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readSource } from "./read-source";

describe("readSource", () => {
  const dir = mkdtempSync(join(tmpdir(), "interleave-read-"));

  it("returns a file's text", () => {
    writeFileSync(join(dir, "a.py"), "print('é')\n");
    expect(readSource(join(dir, "a.py"))).toBe("print('é')\n");
  });

  it("names a missing file and says why, in words", () => {
    const missing = join(dir, "missing.py");
    expect(() => readSource(missing)).toThrow(`cannot read ${missing}: no such file`);
  });

  it("says a folder is not a file", () => {
    expect(() => readSource(dir)).toThrow(`cannot read ${dir}: it is a folder, not a file`);
  });
});
