import { describe, expect, it } from "vitest";
import type { Verdict } from "../../checker/types";
import { attemptsOf, mismatches } from "./attempts";

/** A verdict with the given failing checks and fired hints. */
function verdict(failing: string[], hints: string[] = []): Verdict {
  return {
    passed: failing.length === 0,
    failure: null,
    checks: ["output", "elapsed"].map((id) => ({ id, passed: !failing.includes(id) })),
    hints: hints.map((id) => ({ id, checks: [] })),
  } as unknown as Verdict;
}

describe("attempts", () => {
  const [solution, starter, wrong, broken] = attemptsOf("good()", "bad()", [
    {
      name: "wrong.py",
      text: "# expect: fail\n# expect-hint: slow\n# expect-failing: elapsed\nx()",
    },
    { name: "broken.py", text: "print(1)" },
  ]);

  it("expects the solution to pass and the starter to fail", () => {
    expect(mismatches(solution!, verdict([]))).toEqual([]);
    expect(mismatches(solution!, verdict(["output"]))).toEqual(["expected to pass, but failed"]);
    expect(mismatches(starter!, verdict([]))).toEqual(["expected to fail, but passed"]);
  });

  it("holds a case to its hints and failing checks", () => {
    expect(mismatches(wrong!, verdict(["elapsed"], ["slow"]))).toEqual([]);
    expect(mismatches(wrong!, verdict(["output"]))).toEqual([
      'hint "slow" did not fire',
      'check "elapsed" did not fail',
    ]);
  });

  it("reports a case whose header cannot be read", () => {
    expect(mismatches(broken!, verdict([]))[0]).toContain("expect");
  });
});
