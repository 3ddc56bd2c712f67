import { describe, expect, it } from "vitest";
import { plainInlineCode, splitInlineCode } from "./inline-code";

describe("splitInlineCode", () => {
  it("cuts a checker phrase into plain and code parts", () => {
    expect(splitInlineCode("Thread-3 read `counter` (14) at line 13")).toEqual([
      { code: false, text: "Thread-3 read " },
      { code: true, text: "counter" },
      { code: false, text: " (14) at line 13" },
    ]);
  });

  it("handles code at either end and side by side", () => {
    expect(splitInlineCode("`a``b` c")).toEqual([
      { code: true, text: "a" },
      { code: true, text: "b" },
      { code: false, text: " c" },
    ]);
  });

  it("leaves a text without a pair of backticks as it is", () => {
    expect(splitInlineCode("a lone ` backtick")).toEqual([
      { code: false, text: "a lone ` backtick" },
    ]);
    expect(splitInlineCode("``")).toEqual([{ code: false, text: "``" }]);
    expect(splitInlineCode("")).toEqual([]);
  });
});

describe("plainInlineCode", () => {
  it("drops the backticks of code spans only", () => {
    expect(plainInlineCode("The `__main__` guard")).toBe("The __main__ guard");
    expect(plainInlineCode("a lone ` backtick")).toBe("a lone ` backtick");
  });
});
