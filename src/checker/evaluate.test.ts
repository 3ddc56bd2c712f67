import { describe, expect, it } from "vitest";
import type { RunResult, TraceEvent } from "../engine/types";
import type { CodeCheck, RunCheck } from "../exercises";
import { evaluateCheck, quoted, type EvalContext } from "./evaluate";
import { messagesFor } from "./messages";
import type { CodeFacts, TestOutcome } from "./types";
import { runResult } from "../engine/testing";

const run = runResult;

const ctx = (r: Partial<RunResult>, extra: Partial<EvalContext> = {}): EvalContext => ({
  run: run(r),
  facts: null,
  tests: null,
  lang: "en",
  messages: messagesFor("en"),
  ...extra,
});

const check = (c: RunCheck | CodeCheck, r: Partial<RunResult>, extra: Partial<EvalContext> = {}) =>
  evaluateCheck(c, ctx(r, extra));

describe("output checks", () => {
  it("exact: passes on identical text, else shows a line diff", () => {
    const c: RunCheck = { kind: "output", id: "out", match: "exact", expected: "a\nb\n" };
    expect(check(c, { stdout: "a\nb\n" }).passed).toBe(true);
    const failed = check(c, { stdout: "a\nc\n" });
    expect(failed).toMatchObject({
      id: "out",
      kind: "output",
      passed: false,
      expected: "a\nb\n",
      actual: "a\nc\n",
    });
    expect(failed.diff).toEqual([
      { op: "same", text: "a" },
      { op: "removed", text: "b" },
      { op: "added", text: "c" },
    ]);
    expect(check(c, { stdout: "a \nb\n" }).passed).toBe(false);
  });

  it("normalised: ignores spacing only", () => {
    const c: RunCheck = { kind: "output", match: "normalised", expected: "a b\n" };
    expect(check(c, { stdout: "  a   b  \n\n" }).passed).toBe(true);
    expect(check(c, { stdout: "ab\n" }).passed).toBe(false);
  });

  it("contains, not-contains and regex", () => {
    expect(
      check({ kind: "output", match: "contains", expected: "took 3" }, { stdout: "took 3.0 s" })
        .passed,
    ).toBe(true);
    expect(
      check({ kind: "output", match: "contains", expected: "took 3" }, { stdout: "took 6.0 s" })
        .passed,
    ).toBe(false);
    expect(
      check({ kind: "output", match: "not-contains", expected: "Traceback" }, { stdout: "ok" })
        .passed,
    ).toBe(true);
    expect(
      check(
        { kind: "output", match: "regex", expected: "^took [23]\\.\\d s$", flags: "m" },
        { stdout: "x\ntook 2.9 s\n" },
      ).passed,
    ).toBe(true);
    expect(
      check({ kind: "output", match: "regex", expected: "^TOOK", flags: "" }, { stdout: "took" })
        .passed,
    ).toBe(false);
  });

  it("regex checks cannot hang on a catastrophic pattern (linear-time matching)", () => {
    const stdout = `${"a".repeat(100_000)}!\n`;
    const output = check({ kind: "output", match: "regex", expected: "^(a+)+$" }, { stdout });
    expect(output.passed).toBe(false);
    const order = check({ kind: "order", regex: true, sequence: ["^(a|aa)+$", "!"] }, { stdout });
    expect(order.passed).toBe(false);
    const error = check(
      { kind: "error", type: "ValueError", message: "^(a+)+$" },
      { error: { type: "ValueError", message: `${"a".repeat(100_000)}!`, line: 1, traceback: "" } },
    );
    expect(error.passed).toBe(false);
  });

  it("reads stderr when asked", () => {
    expect(
      check(
        { kind: "output", stream: "stderr", match: "contains", expected: "warn" },
        { stderr: "warn!" },
      ).passed,
    ).toBe(true);
  });

  it("lines-unordered: names missing and unexpected lines", () => {
    const c: RunCheck = { kind: "output", match: "lines-unordered", expected: "a\nb\nc\n" };
    expect(check(c, { stdout: "c\nb\na\n" }).passed).toBe(true);
    const failed = check(c, { stdout: "c\nb\nd\n" });
    expect(failed.passed).toBe(false);
    expect(failed.details).toEqual(['missing: "a"', 'unexpected: "d"']);
  });
});

describe("order", () => {
  const c: RunCheck = { kind: "order", sequence: ["start", "done"] };
  it("passes when all starts come before any done", () => {
    expect(check(c, { stdout: "start a\nstart b\ndone a\ndone b\n" }).passed).toBe(true);
  });
  it("says which lines are out of order", () => {
    const failed = check(c, { stdout: "start a\ndone a\nstart b\ndone b\n" });
    expect(failed.passed).toBe(false);
    expect(failed.actual).toBe('line 2 "done a" comes before line 3 "start b"');
  });
});

describe("exit and error", () => {
  it("compares the exit status", () => {
    expect(check({ kind: "exit", code: 0 }, { exitCode: 0 }).passed).toBe(true);
    expect(check({ kind: "exit", code: 0 }, { exitCode: 1 })).toMatchObject({
      passed: false,
      actual: "exit status 1",
      value: 1,
    });
  });

  it("compares the exception type and message", () => {
    const error = {
      type: "ValueError",
      message: "bad value 3",
      line: 7,
      traceback: "Traceback ...\nValueError: bad value 3",
    };
    expect(check({ kind: "error", type: null }, {}).passed).toBe(true);
    expect(check({ kind: "error", type: null }, { error })).toMatchObject({
      passed: false,
      line: 7,
      value: "ValueError",
    });
    expect(
      check({ kind: "error", type: "ValueError", message: "value \\d" }, { error }).passed,
    ).toBe(true);
    expect(check({ kind: "error", type: "ValueError", message: "^nope" }, { error }).passed).toBe(
      false,
    );
    expect(check({ kind: "error", type: "TypeError" }, { error }).passed).toBe(false);
  });
});

describe("elapsed", () => {
  it("accepts near within the relative tolerance (default 5 %)", () => {
    const c: RunCheck = { kind: "elapsed", near: 2 };
    expect(check(c, { elapsed: 2.09 }).passed).toBe(true);
    expect(check(c, { elapsed: 2.11 }).passed).toBe(false);
    expect(check({ ...c, tolerance: 0 }, { elapsed: 2.0000000001 }).passed).toBe(true);
    expect(check(c, { elapsed: 6 })).toMatchObject({
      expected: "2.00 s ± 5 %",
      actual: "6.00 s",
      value: 6,
    });
  });
  it("accepts min and max bounds", () => {
    expect(check({ kind: "elapsed", max: 1 }, { elapsed: 1 }).passed).toBe(true);
    expect(check({ kind: "elapsed", min: 1, max: 2 }, { elapsed: 2.5 }).passed).toBe(false);
  });
});

describe("trace checks", () => {
  const lanes = [
    { id: 1, kind: "process" as const, name: "MainProcess", parent: null, process: 1 },
    { id: 2, kind: "thread" as const, name: "MainThread", parent: 1, process: 1 },
    { id: 3, kind: "thread" as const, name: "Thread-1", parent: 2, process: 1 },
    { id: 4, kind: "thread" as const, name: "Thread-2", parent: 2, process: 1 },
  ];
  const events: TraceEvent[] = [
    { t: 0, kind: "start", lane: 2 },
    { t: 0, kind: "start", lane: 3 },
    { t: 0, kind: "block", lane: 3, reason: "sleep" },
    { t: 0, kind: "start", lane: 4 },
    { t: 0, kind: "block", lane: 4, reason: "sleep" },
    { t: 1, kind: "finish", lane: 3 },
    { t: 1, kind: "finish", lane: 4 },
  ];
  const trace = { version: 1 as const, lanes, events, truncated: false };

  it("peak counts threads blocked at once", () => {
    expect(
      check({ kind: "peak", lane: "thread", blocked: ["sleep"], min: 2 }, { trace }),
    ).toMatchObject({ passed: true, value: 2 });
    expect(
      check({ kind: "peak", lane: "thread", blocked: ["sleep"], min: 3 }, { trace }).passed,
    ).toBe(false);
    expect(check({ kind: "peak", lane: "thread", max: 3 }, { trace })).toMatchObject({
      passed: true,
      value: 3,
    });
  });

  it("created counts threads the program started", () => {
    expect(check({ kind: "created", lane: "thread", equals: 2 }, { trace })).toMatchObject({
      passed: true,
      value: 2,
    });
    expect(check({ kind: "created", lane: "process", min: 1 }, { trace })).toMatchObject({
      passed: false,
      value: 0,
    });
  });

  it("titles a count of lanes with the noun in the count's form", () => {
    const title = (c: Parameters<typeof check>[0]) => check(c, { trace }).title;
    expect(title({ kind: "peak", lane: "thread", blocked: ["lock"], min: 1 })).toBe(
      "At least 1 thread blocked on lock at once",
    );
    expect(title({ kind: "peak", lane: "task", min: 2, max: 4 })).toBe(
      "Between 2 and 4 tasks alive at once",
    );
    expect(title({ kind: "created", lane: "process", equals: 1 })).toBe(
      "Creates exactly 1 process",
    );
    expect(title({ kind: "created", lane: "thread", max: 3 })).toBe("Creates at most 3 threads");
  });

  it("loop-blocked reports the longest block and what caused it", () => {
    const blocked = {
      ...trace,
      events: [
        { t: 0.5, kind: "loop-blocked" as const, lane: 3, duration: 1, detail: "time.sleep" },
      ],
    };
    expect(check({ kind: "loop-blocked" }, { trace }).passed).toBe(true);
    const failed = check({ kind: "loop-blocked" }, { trace: blocked });
    expect(failed).toMatchObject({
      passed: false,
      value: 1,
      actual: "blocked for 1.00 s by time.sleep at t = 0.50 s",
    });
    expect(check({ kind: "loop-blocked", allowed: 1 }, { trace: blocked }).passed).toBe(true);
    expect(check({ kind: "loop-blocked", expected: true }, { trace: blocked }).passed).toBe(true);
  });

  it("deadlock compares with what is expected", () => {
    const deadlock = { message: "Thread-1 waits for Lock A held by Thread-2", waiters: [] };
    expect(check({ kind: "deadlock", expected: false }, { deadlock })).toMatchObject({
      passed: false,
      details: [deadlock.message],
    });
    expect(check({ kind: "deadlock", expected: true }, { deadlock }).passed).toBe(true);
    expect(check({ kind: "deadlock", expected: false }, {}).passed).toBe(true);
  });
});

describe("tests", () => {
  const c: RunCheck = { kind: "tests", code: "def test_a(): pass" };
  it("passes when every test passed", () => {
    const tests: TestOutcome[] = [{ name: "test_a", passed: true, message: null, doc: null }];
    expect(check(c, {}, { tests })).toMatchObject({ passed: true, value: 0 });
  });
  it("lists failed tests with their messages", () => {
    const tests: TestOutcome[] = [
      { name: "test_a", passed: true, message: null, doc: null },
      { name: "test_b", passed: false, message: "got [2, 1]", doc: "results keep their order" },
    ];
    expect(check(c, {}, { tests })).toMatchObject({
      passed: false,
      value: 1,
      actual: "1 of 2 tests failed",
      details: ["results keep their order: got [2, 1]"],
    });
  });
  it("fails when the tests did not run", () => {
    const error = { type: "SyntaxError", message: "invalid syntax", line: 1, traceback: "" };
    const outcome = check(c, { error }, { tests: null });
    expect(outcome.actual).toBe("the tests did not run: SyntaxError: invalid syntax");
    // how many tests there are is not known: not "all 0 tests pass"
    expect(outcome.expected).toBe("the tests run, and every one passes");
  });
});

describe("code", () => {
  const facts: CodeFacts = {
    names: [
      { name: "time.sleep", call: true, line: 5, col: 4, function: "async-def", inLoop: false },
    ],
    constructs: [],
    functions: [],
    syntaxError: null,
  };
  it("use and avoid", () => {
    expect(
      check({ kind: "code", rule: "use", name: "asyncio.gather" }, {}, { facts }),
    ).toMatchObject({ passed: false, actual: "not used" });
    expect(
      check(
        { kind: "code", rule: "avoid", name: "time.sleep", inside: "async-def" },
        {},
        { facts },
      ),
    ).toMatchObject({
      passed: false,
      actual: "used at line 5",
      line: 5,
      title: "Does not use time.sleep inside async def",
    });
    expect(
      check({ kind: "code", rule: "use", name: "time.sleep", min: 2 }, {}, { facts }).passed,
    ).toBe(false);
  });
  it("fails with the parse error when the code does not parse", () => {
    const broken = { ...facts, syntaxError: { message: "invalid syntax", line: 3, col: 1 } };
    expect(check({ kind: "code", rule: "avoid", name: "x" }, {}, { facts: broken })).toMatchObject({
      passed: false,
      line: 3,
    });
  });
});

describe("titles", () => {
  it("uses the exercise's title in the requested language", () => {
    const c: RunCheck = { kind: "exit", code: 0, title: { en: "Exits", ru: "Завершается" } };
    expect(evaluateCheck(c, { ...ctx({}), lang: "ru", messages: messagesFor("ru") }).title).toBe(
      "Завершается",
    );
  });
  it("generates one otherwise, in the requested language", () => {
    expect(
      evaluateCheck(
        { kind: "elapsed", near: 3 },
        { ...ctx({}), lang: "ru", messages: messagesFor("ru") },
      ).title,
    ).toBe("Занимает 3.00 с ± 5 % виртуального времени");
  });
});

describe("quoted output", () => {
  const en = messagesFor("en").output;
  it("quotes a short output whole and says when there is none", () => {
    expect(quoted("a\nb\n", en)).toBe("a\nb\n");
    expect(quoted("", en)).toBe("(no output)");
  });

  it("quotes a flood's first lines and counts the rest, in the learner's language", () => {
    const flood = "x\n".repeat(5000);
    expect(quoted(flood, en)).toBe(`${"x\n".repeat(20)}… 4980 more lines`);
    expect(quoted(flood, messagesFor("ru").output)).toBe(`${"x\n".repeat(20)}… и ещё 4980 строк`);
    const failed = check(
      { kind: "output", match: "contains", expected: "done" },
      { stdout: flood },
    );
    expect(failed.actual.length).toBeLessThan(100);
  });

  it("cuts one endless line at its characters", () => {
    const shown = quoted("y".repeat(10_000), en);
    expect(shown).toBe(`${"y".repeat(2000)}…`);
  });
});
