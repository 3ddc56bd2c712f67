import { describe, expect, it } from "vitest";
import type { Check } from "../exercises";
import { conditionHolds, selectHint, type HintContext } from "./hints";
import { runResult } from "../engine/testing";

const run = runResult;

const ctx = (fields: Partial<HintContext> = {}): HintContext => ({
  value: null,
  run: run(),
  facts: null,
  failedTests: new Set(),
  outcomes: new Map(),
  ...fields,
});

describe("conditionHolds", () => {
  it("compares numbers with near (default 5 %), below and above", () => {
    expect(conditionHolds({ near: 6 }, ctx({ value: 6.2 }))).toBe(true);
    expect(conditionHolds({ near: 6 }, ctx({ value: 6.4 }))).toBe(false);
    expect(conditionHolds({ near: 6, within: 0.5 }, ctx({ value: 6.4 }))).toBe(true);
    expect(conditionHolds({ below: 1 }, ctx({ value: 0.5 }))).toBe(true);
    expect(conditionHolds({ above: 1 }, ctx({ value: 0.5 }))).toBe(false);
    expect(conditionHolds({ near: 1 }, ctx({ value: "1" }))).toBe(false);
  });

  it("looks at the run and the code", () => {
    const blocked = run({
      stdout: "took 6.0 s\n",
      error: { type: "RuntimeError", message: "", line: 3, traceback: "" },
      trace: {
        version: 1,
        lanes: [],
        events: [{ t: 0, kind: "loop-blocked", lane: 2, duration: 1 }],
        truncated: false,
      },
    });
    const facts = {
      names: [
        {
          name: "time.sleep",
          call: true,
          line: 4,
          col: 0,
          function: "async-def" as const,
          inLoop: false,
        },
      ],
      constructs: [],
      functions: [],
      syntaxError: null,
    };
    expect(
      conditionHolds(
        { stdoutContains: "6.0 s", errorType: "RuntimeError", loopBlocked: true, uses: "time" },
        ctx({ run: blocked, facts }),
      ),
    ).toBe(true);
    expect(conditionHolds({ loopBlocked: true }, ctx())).toBe(false);
    expect(conditionHolds({ uses: "asyncio.gather" }, ctx({ facts }))).toBe(false);
    expect(
      conditionHolds(
        { deadlock: false, failedTest: "test_a" },
        ctx({ failedTests: new Set(["test_a"]) }),
      ),
    ).toBe(true);
  });

  it("looks at other checks' outcomes", () => {
    const outcomes = new Map([
      ["three-threads", true],
      ["elapsed", false],
    ]);
    expect(
      conditionHolds({ checkPassed: "three-threads", checkFailed: "elapsed" }, ctx({ outcomes })),
    ).toBe(true);
    expect(conditionHolds({ checkPassed: "elapsed" }, ctx({ outcomes }))).toBe(false);
    expect(conditionHolds({ checkFailed: "unknown" }, ctx({ outcomes }))).toBe(false);
  });

  it("requires every condition given", () => {
    expect(conditionHolds({ near: 6, stdoutContains: "x" }, ctx({ value: 6 }))).toBe(false);
    expect(conditionHolds({}, ctx())).toBe(true);
  });
});

describe("selectHint", () => {
  const check: Check = {
    kind: "elapsed",
    near: 3,
    hint: "fallback",
    hints: [
      { hint: "blocking", when: { loopBlocked: true } },
      { hint: "sequential", when: { near: 6 } },
    ],
  };

  it("takes the first rule that holds, then the fallback", () => {
    expect(selectHint(check, ctx({ value: 6 }))).toBe("sequential");
    expect(selectHint(check, ctx({ value: 4.5 }))).toBe("fallback");
    expect(selectHint({ ...check, hint: undefined }, ctx({ value: 4.5 }))).toBeNull();
  });
});
