import { describe, expect, it } from "vitest";
import type { CheckResult, Verdict } from "../../checker";
import { markersOf, viewVerdict } from "./verdict-view";

const sleepHint = { id: "blocking-sleep", text: "Use `await asyncio.sleep`." };

function check(id: string, passed: boolean, extra: Partial<CheckResult> = {}): CheckResult {
  return {
    id,
    kind: "elapsed",
    title: `Check ${id}`,
    passed,
    expected: "e",
    actual: `actual ${id}`,
    value: null,
    ...extra,
  };
}

function verdict(checks: CheckResult[], hints: Verdict["hints"]): Verdict {
  return {
    exerciseId: "ex",
    passed: checks.every((c) => c.passed),
    checks,
    hints,
    run: { stdout: "", stderr: "", exitCode: 0, elapsed: 0, error: null, deadlock: null, seed: 0 },
    failure: null,
    lang: "en",
    solutionAvailable: true,
  };
}

describe("viewVerdict", () => {
  it("shows a shared hint in full once, then refers back to the first check", () => {
    const view = viewVerdict(
      verdict(
        [
          check("a", true),
          check("b", false, { hint: sleepHint, line: 11 }),
          check("c", false, { hint: sleepHint }),
        ],
        [{ ...sleepHint, checks: ["b", "c"] }],
      ),
    );
    expect(view.passed).toBe(1);
    expect(view.total).toBe(3);
    expect(view.checks.map((c) => c.hint?.kind ?? null)).toEqual([null, "text", "same"]);
    expect(view.checks[2]?.hint).toEqual({ kind: "same", hint: sleepHint, firstTitle: "Check b" });
  });

  it("nests schedule checks and does not repeat the parent's hint on a child", () => {
    const other = { id: "other", text: "Another idea." };
    const view = viewVerdict(
      verdict(
        [
          check("schedules", false, {
            kind: "schedules",
            hint: sleepHint,
            children: [
              check("out", false, { hint: sleepHint }),
              check("exit", false, { hint: other }),
              check("fine", true),
            ],
          }),
        ],
        [{ ...sleepHint, checks: ["schedules"] }],
      ),
    );
    const [schedules] = view.checks;
    expect(schedules?.hint?.kind).toBe("text");
    expect(schedules?.children.map((c) => [c.key, c.hint?.kind ?? null])).toEqual([
      ["0.0", null],
      ["0.1", "text"],
      ["0.2", null],
    ]);
  });

  it("gives passed checks no hint", () => {
    const view = viewVerdict(verdict([check("a", true, { hint: sleepHint })], []));
    expect(view.checks[0]?.hint).toBeNull();
  });
});

describe("markersOf", () => {
  it("marks each line failing checks point at, nested ones included, passed ones not", () => {
    expect(
      markersOf([
        check("a", false, { line: 11, title: "No time.sleep", actual: "used at line 11" }),
        check("b", true, { line: 3 }),
        check("c", false, {
          children: [check("d", false, { line: 11, title: "Inner", actual: "x" })],
        }),
        check("e", false, { line: 2, title: "Two", actual: "y" }),
        check("f", false, { line: null }),
      ]),
    ).toEqual([
      { line: 2, message: "Two: y" },
      { line: 11, message: "No time.sleep: used at line 11\nInner: x" },
    ]);
  });
});
