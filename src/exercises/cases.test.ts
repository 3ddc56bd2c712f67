import { describe, expect, it } from "vitest";
import { parseCaseHeader } from "./cases";

describe("parseCaseHeader", () => {
  it("reads the leading comment block", () => {
    const text =
      "# Awaits each download in turn.\n# expect: fail\n# expect-hint: a, b\n# expect-hint: c\n# expect-failing: elapsed\nimport asyncio\n# expect-hint: ignored\n";
    expect(parseCaseHeader(text)).toEqual({
      expect: "fail",
      hints: ["a", "b", "c"],
      failing: ["elapsed"],
    });
  });

  it("accepts passing cases", () => {
    expect(parseCaseHeader("# expect: pass\n")).toEqual({ expect: "pass", hints: [], failing: [] });
  });

  it("rejects missing or contradictory headers", () => {
    expect(() => parseCaseHeader("import asyncio\n")).toThrow(/missing/);
    expect(() => parseCaseHeader("# expect: maybe\n")).toThrow(/pass or fail/);
    expect(() => parseCaseHeader("# expect: pass\n# expect-hint: x\n")).toThrow(/cannot expect/);
  });
});
