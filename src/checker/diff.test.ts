import { describe, expect, it } from "vitest";
import { diffLines, formatDiff, splitLines } from "./diff";

describe("splitLines", () => {
  it("ignores one final newline and normalises CRLF", () => {
    expect(splitLines("a\r\nb\n")).toEqual(["a", "b"]);
    expect(splitLines("a\n\n")).toEqual(["a", ""]);
    expect(splitLines("")).toEqual([]);
  });
});

describe("diffLines", () => {
  it("marks equal texts as all same", () => {
    expect(diffLines(["a", "b"], ["a", "b"]).map((d) => d.op)).toEqual(["same", "same"]);
  });

  it("finds a changed line between common ones", () => {
    expect(diffLines(["start", "done a", "end"], ["start", "done b", "end"])).toEqual([
      { op: "same", text: "start" },
      { op: "removed", text: "done a" },
      { op: "added", text: "done b" },
      { op: "same", text: "end" },
    ]);
  });

  it("handles reordered lines with a minimal diff", () => {
    const diff = diffLines(["a", "b", "c"], ["b", "c", "a"]);
    expect(diff.filter((d) => d.op === "same").map((d) => d.text)).toEqual(["b", "c"]);
    expect(diff.filter((d) => d.op !== "same")).toHaveLength(2);
  });

  it("reports missing and extra output", () => {
    expect(diffLines(["a"], [])).toEqual([{ op: "removed", text: "a" }]);
    expect(diffLines([], ["x"])).toEqual([{ op: "added", text: "x" }]);
  });

  it("formats like a unified diff", () => {
    expect(formatDiff(diffLines(["a", "b"], ["a", "c"]))).toBe("  a\n- b\n+ c");
  });
});
