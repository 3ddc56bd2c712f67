import { describe, expect, it } from "vitest";
import { normaliseText, orderProblem, unorderedDifference } from "./output";

describe("normaliseText", () => {
  it("ignores spacing differences, CRLF and blank lines at either end", () => {
    expect(normaliseText("\n  a   b \t\r\nc\n\n")).toBe("a b\nc");
  });
  it("keeps blank lines in the middle and the words themselves", () => {
    expect(normaliseText("a\n\nb")).toBe("a\n\nb");
    expect(normaliseText("ab")).not.toBe(normaliseText("a b"));
  });
});

describe("unorderedDifference", () => {
  it("accepts the same lines in another order", () => {
    expect(unorderedDifference("a\nb\nc\n", "c\na\nb\n")).toEqual({ missing: [], extra: [] });
  });
  it("counts repeated lines", () => {
    expect(unorderedDifference("a\na\n", "a\nb\n")).toEqual({ missing: ["a"], extra: ["b"] });
  });
});

describe("orderProblem", () => {
  const concurrent = "start a\nstart b\ndone a\ndone b\n";
  const sequential = "start a\ndone a\nstart b\ndone b\n";

  it("passes when every earlier line comes first", () => {
    expect(orderProblem(concurrent, ["start", "done"], false)).toBeNull();
  });

  it("names the offending pair of lines", () => {
    expect(orderProblem(sequential, ["start", "done"], false)).toEqual({
      kind: "out-of-order",
      early: { pattern: "start", line: 3, text: "start b" },
      late: { pattern: "done", line: 2, text: "done a" },
    });
  });

  it("requires every pattern to match", () => {
    expect(orderProblem(concurrent, ["start", "finished"], false)).toEqual({
      kind: "missing",
      pattern: "finished",
    });
  });

  it("supports regular expressions and longer sequences", () => {
    expect(orderProblem("x1\ny\nz\n", ["^x\\d$", "^y$", "^z$"], true)).toBeNull();
    expect(orderProblem("x1\nz\ny\n", ["^x\\d$", "^y$", "^z$"], true)?.kind).toBe("out-of-order");
  });
});
