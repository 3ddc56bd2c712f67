/**
 * Orchestration of checkExercise with a scripted engine: which runs happen, how results and
 * hints are put together. The real engine is exercised by the content tests (content/).
 */
import { RUN_DEFAULTS } from "../contract";
import { describe, expect, it } from "vitest";
import type { Engine, RaceReport, RunRequest, RunResult } from "../engine/types";
import type { Exercise, SchedulesCheck } from "../exercises";
import { checkExercise } from "./check";
import { formatVerdict } from "./report";
import type { CodeFacts } from "./types";
import { runResult } from "../engine/testing";

const result = runResult;

class FakeEngine implements Engine {
  readonly stackSwitching = true;
  readonly pythonVersion = "3.14.2";
  readonly requests: RunRequest[] = [];
  invokes = 0;
  constructor(
    private readonly respond: (request: RunRequest) => Partial<RunResult>,
    private readonly facts: CodeFacts | Error = {
      names: [],
      constructs: [],
      functions: [],
      syntaxError: null,
    },
  ) {}
  /** As the runtime does, a run asked for `programResult` returns the program's own result: the
   * response to the request without its tests, unless the response says (`program: null`). */
  run(request: RunRequest): Promise<RunResult> {
    this.requests.push(request);
    const answer = (asked: RunRequest) => result({ seed: asked.seed ?? 0, ...this.respond(asked) });
    const response = answer(request);
    if (!request.programResult || response.program !== undefined) return Promise.resolve(response);
    return Promise.resolve({
      ...response,
      program: answer({ ...request, tests: undefined, programResult: undefined }),
    });
  }
  invoke(module: string, func: string): Promise<unknown> {
    expect([module, func]).toEqual(["checking.ast_facts", "analyze"]);
    this.invokes += 1;
    return this.facts instanceof Error ? Promise.reject(this.facts) : Promise.resolve(this.facts);
  }
}

const exercise = (fields: Partial<Exercise>): Exercise => ({
  version: 1,
  id: "demo",
  title: "Demo",
  module: "asyncio",
  difficulty: "easy",
  description: "",
  starter: "",
  solution: "",
  run: { seed: 5 },
  checks: [],
  ...fields,
});

describe("checkExercise", () => {
  it("runs once with the exercise's settings and reports each check", async () => {
    const engine = new FakeEngine(() => ({ stdout: "took 6.0 s\n", elapsed: 6 }));
    const verdict = await checkExercise(
      engine,
      exercise({
        run: { seed: 5, cpuCount: 2, endpoints: [{ path: "/x", body: "hi" }] },
        checks: [
          { kind: "output", match: "contains", expected: "took" },
          { kind: "elapsed", near: 3, hints: [{ hint: "sequential", when: { near: 6 } }] },
        ],
        targetedHints: { sequential: { en: "One after another.", ru: "По очереди." } },
      }),
      "print()",
      { lang: "ru" },
    );
    expect(engine.requests).toEqual([
      {
        ...RUN_DEFAULTS,
        code: "print()",
        seed: 5,
        cpuCount: 2,
        endpoints: [{ path: "/x", body: "hi" }],
      },
    ]);
    expect(verdict.passed).toBe(false);
    expect(verdict.checks.map((c) => [c.id, c.passed])).toEqual([
      ["output-1", true],
      ["elapsed-2", false],
    ]);
    expect(verdict.checks[1]?.hint).toEqual({ id: "sequential", text: "По очереди." });
    expect(verdict.hints).toEqual([
      { id: "sequential", text: "По очереди.", checks: ["elapsed-2"] },
    ]);
    expect(verdict.run).toMatchObject({ stdout: "took 6.0 s\n", elapsed: 6, seed: 5 });
    expect(verdict.run.trace).toBeUndefined();
    expect(verdict.lang).toBe("ru");
  });

  it("runs the tests in a run of their own and fires hints on failed tests", async () => {
    const engine = new FakeEngine((request) =>
      request.tests
        ? {
            reports: {
              tests: [{ name: "test_order", passed: false, message: "got [2, 1]", doc: null }],
            },
            elapsed: 9,
          }
        : { elapsed: 1 },
    );
    const verdict = await checkExercise(
      engine,
      exercise({
        checks: [
          { kind: "elapsed", near: 1 },
          {
            kind: "tests",
            code: "def test_order():\n    assert False\n",
            hints: [{ hint: "order", when: { failedTest: "test_order" } }],
          },
        ],
        targetedHints: { order: "Keep the order." },
      }),
      "x = 1",
    );
    // One run: the program then the tests, which also returns the program's own result; the
    // elapsed check reads that (1 s), not the whole run's (9 s).
    expect(engine.requests).toHaveLength(1);
    expect(engine.requests[0]?.tests).toBe("def test_order():\n    assert False\n");
    expect(engine.requests[0]?.programResult).toBe(true);
    expect(verdict.checks.map((c) => c.passed)).toEqual([true, false]);
    expect(verdict.checks[1]?.details).toEqual(["test_order: got [2, 1]"]);
    expect(verdict.hints.map((h) => h.id)).toEqual(["order"]);
    expect(verdict.run.elapsed).toBe(1);
  });

  it("makes the main run on its own when the tests run cannot stand for it", async () => {
    // The runtime returns no program result when the shutdown after the program could still
    // change it (a thread left running...): the main run is then made alone, without the tests.
    const engine = new FakeEngine((request) =>
      request.tests
        ? { elapsed: 9, program: null, reports: { tests: [{ name: "test_x", passed: true }] } }
        : { elapsed: 1, stdout: "alone\n" },
    );
    const verdict = await checkExercise(
      engine,
      exercise({
        checks: [
          { kind: "elapsed", near: 1 },
          { kind: "tests", code: "def test_x():\n    pass\n" },
        ],
      }),
      "x = 1",
    );
    expect(engine.requests.map((r) => [r.tests !== undefined, r.programResult ?? false])).toEqual([
      [true, true],
      [false, false],
    ]);
    expect(verdict.run.stdout).toBe("alone\n");
    expect(verdict.checks.map((c) => c.passed)).toEqual([true, true]);
  });

  it("asks only the first top-level tests check's run for the program's result", async () => {
    const engine = new FakeEngine(() => ({ elapsed: 1 }));
    await checkExercise(
      engine,
      exercise({
        checks: [
          { kind: "tests", id: "first", code: "def test_a():\n    pass\n" },
          { kind: "tests", id: "second", code: "def test_b():\n    pass\n" },
        ],
      }),
      "x = 1",
    );
    expect(engine.requests.map((r) => [r.tests?.split("(")[0], r.programResult ?? false])).toEqual([
      ["def test_a", true],
      ["def test_b", false],
    ]);
  });

  it("explores derived seeds for schedules, stops at the first failing one and explains it", async () => {
    const race: RaceReport = {
      kind: "lost-update",
      location: "counter",
      steps: [
        {
          thread: "Thread-1",
          lane: 1,
          line: 9,
          op: "read",
          text: "counter",
          value: "41",
          check: false,
          t: 0,
        },
        {
          thread: "Thread-2",
          lane: 2,
          line: 9,
          op: "read",
          text: "counter",
          value: "41",
          check: false,
          t: 0,
        },
        {
          thread: "Thread-1",
          lane: 1,
          line: 10,
          op: "write",
          text: "counter",
          value: "42",
          check: false,
          t: 0,
        },
        {
          thread: "Thread-2",
          lane: 2,
          line: 10,
          op: "write",
          text: "counter",
          value: "42",
          check: false,
          t: 0,
        },
      ],
      conflict: [0, 1, 2, 3],
    };
    const steps: string[] = [];
    const engine = new FakeEngine((request) => ({
      stdout: request.seed === 5 ? "4000\n" : "3998\n",
      ...(request.explore
        ? { explore: { steps: 10, ...(request.explore.record ? { race } : {}) } }
        : {}),
    }));
    const verdict = await checkExercise(
      engine,
      exercise({
        checks: [
          {
            kind: "schedules",
            count: 5,
            checks: [{ kind: "output", match: "exact", expected: "4000\n", hint: "race" }],
          },
        ],
        targetedHints: { race: "Use a lock." },
      }),
      "",
      { onStep: (step) => steps.push(`${step.purpose} [${step.checks.join(",")}]`) },
    );
    // Each interpreter call, named before it is made: the hint needs the code's facts.
    expect(steps).toEqual([
      "main []",
      "schedules [schedules-1]",
      "schedules [schedules-1]",
      "replay [schedules-1]",
      "analysis [hints]",
    ]);
    // The main run (plain), two explored schedules, then the failing one replayed, recorded.
    const [main, first, second, replay] = engine.requests;
    expect(engine.requests).toHaveLength(4);
    expect(main?.explore).toBeUndefined();
    expect(first).toMatchObject({ seed: 5, explore: { steps: 200 } });
    expect(second?.explore?.steps).toBe(10); // the first schedule's count
    expect(replay).toEqual({ ...second, explore: { ...second?.explore, record: true } });
    const schedules = verdict.checks[0];
    expect(schedules).toMatchObject({ passed: false, value: 1, hint: { id: "race" } });
    expect(schedules?.actual).toContain("schedule 2 of 5");
    const explanation =
      "Thread-1 read `counter` (41) at line 9, Thread-2 read `counter` (41) at line 9, " +
      "Thread-1 wrote 42 to `counter` at line 10, Thread-2 wrote 42 to `counter` at line 10: " +
      "the update Thread-1 made was overwritten and lost";
    expect(schedules?.details?.[0]).toBe(explanation);
    expect(schedules?.replay).toMatchObject({ seed: second?.seed, schedule: 2, race, explanation });
    expect(schedules?.children?.[0]).toMatchObject({
      id: "schedules-1.output-1",
      passed: false,
      hint: { id: "race" },
    });
    expect(verdict.hints).toEqual([{ id: "race", text: "Use a lock.", checks: ["schedules-1"] }]);
  });

  it("says a failing schedule whose run hit a limit proves nothing, not that nothing conflicted", async () => {
    const flood = "the program printed more than 100,000 characters";
    const engine = new FakeEngine((request) =>
      request.seed === 5
        ? { stdout: "4000\n", ...(request.explore ? { explore: { steps: 10 } } : {}) }
        : {
            stdout: "x".repeat(100),
            error: { type: "OutputLimit", message: flood, line: null, traceback: "" },
            ...(request.explore
              ? {
                  explore: {
                    steps: 10,
                    ...(request.explore.record
                      ? { race: { kind: "lost-update", location: null, steps: [], conflict: [] } }
                      : {}),
                  },
                }
              : {}),
          },
    );
    const verdict = await checkExercise(
      engine,
      exercise({
        checks: [
          {
            kind: "schedules",
            count: 5,
            checks: [{ kind: "output", match: "exact", expected: "4000\n" }],
          },
        ],
      }),
      "",
    );
    const explanation = verdict.checks[0]?.replay?.explanation;
    expect(explanation).toContain(
      `stopped by a limit before it saw two threads in conflict (${flood})`,
    );
    expect(explanation).not.toContain("no two threads touched");
  });

  it("explores each schedule once for all the schedules checks of one check", async () => {
    // The outcome under every schedule, and a lock wait on some schedule: the second check
    // judges the runs the first one made (lock-counter's pair), and varies the timing.
    const engine = new FakeEngine((request) => ({
      stdout: "4000\n",
      ...(request.explore ? { explore: { steps: 10 } } : {}),
    }));
    const verdict = await checkExercise(
      engine,
      exercise({
        checks: [
          {
            kind: "schedules",
            count: 3,
            checks: [{ kind: "output", match: "exact", expected: "4000\n" }],
          },
          {
            kind: "schedules",
            count: 3,
            require: "some",
            checks: [{ kind: "output", match: "exact", expected: "3998\n" }],
          },
        ],
      }),
      "",
    );
    const explored = engine.requests.filter((r) => r.explore);
    expect(explored).toHaveLength(3);
    expect(explored.map((r) => r.explore?.timing)).toEqual(["jitter", "late", "skew"]);
    expect(verdict.checks.map((c) => c.passed)).toEqual([true, false]);
  });

  it("makes no program run under a schedule that only tests runs are judged under", async () => {
    // condition-buffer's shape: the first schedules check judges the program's runs, the second
    // only tests runs under more schedules. Its extra schedules' program runs serve nothing,
    // unless one of its hints reads a run (then they are made, as before).
    const engine = (): FakeEngine =>
      new FakeEngine((request) => ({
        stdout: request.tests ? "" : "ok\n",
        ...(request.tests
          ? { reports: { tests: [{ name: "test_x", passed: true, message: "", doc: null }] } }
          : {}),
        ...(request.explore ? { explore: { steps: request.tests ? 40 : 10 } } : {}),
      }));
    const pair = (hints: SchedulesCheck["hints"]): Exercise =>
      exercise({
        checks: [
          {
            kind: "schedules",
            count: 2,
            checks: [{ kind: "output", match: "exact", expected: "ok\n" }],
          },
          {
            kind: "schedules",
            count: 5,
            hints,
            checks: [{ kind: "tests", code: "def test_x(): pass" }],
          },
        ],
      });
    const lean = engine();
    const verdict = await checkExercise(
      lean,
      pair([{ hint: "h", when: { checkPassed: "x" } }]),
      "",
    );
    expect(verdict.passed).toBe(true);
    const programRuns = (e: FakeEngine) => e.requests.filter((r) => r.explore && !r.tests);
    const testsRuns = (e: FakeEngine) => e.requests.filter((r) => r.tests);
    expect(programRuns(lean)).toHaveLength(2);
    expect(testsRuns(lean)).toHaveLength(5);
    const full = engine();
    await checkExercise(full, pair([{ hint: "h", when: { deadlock: true } }]), "");
    expect(programRuns(full)).toHaveLength(5);
    // The tests runs are the same requests either way: seed, depth, timing and steps.
    expect(testsRuns(lean)).toEqual(testsRuns(full));
  });

  it("runs plain seeded schedules when explore is false (the main run is the first)", async () => {
    const engine = new FakeEngine((request) => ({
      stdout: request.seed === 5 ? "4000\n" : "3998\n",
    }));
    const verdict = await checkExercise(
      engine,
      exercise({
        checks: [
          {
            kind: "schedules",
            count: 5,
            explore: false,
            checks: [{ kind: "output", match: "exact", expected: "4000\n" }],
          },
        ],
      }),
      "",
    );
    expect(engine.requests).toHaveLength(2);
    expect(engine.requests.every((r) => r.explore === undefined)).toBe(true);
    expect(verdict.checks[0]).toMatchObject({ passed: false, value: 1 });
    expect(verdict.checks[0]?.replay).toBeUndefined();
  });

  it('passes require "some" at the first schedule that passes, fails it when none does', async () => {
    const some = (expected: string) =>
      exercise({
        checks: [
          {
            kind: "schedules",
            count: 4,
            require: "some",
            checks: [{ kind: "output", match: "exact", expected }],
          },
        ],
      });
    const engine = new FakeEngine((r) => ({ stdout: r.seed === 5 ? "a\n" : "b\n" }));
    const passed = await checkExercise(engine, some("b\n"), "");
    expect(passed.checks[0]).toMatchObject({ passed: true, value: 1 });
    expect(engine.requests).toHaveLength(3); // main, schedule 1 (fails), schedule 2 (passes)
    const failed = await checkExercise(new FakeEngine(() => ({ stdout: "c\n" })), some("b\n"), "");
    expect(failed.checks[0]).toMatchObject({ passed: false, value: 4 });
    expect(failed.checks[0]?.children?.[0]?.passed).toBe(false);
  });

  it("passes schedules only when every seed passes", async () => {
    const engine = new FakeEngine(() => ({ stdout: "4000\n" }));
    const verdict = await checkExercise(
      engine,
      exercise({
        checks: [
          {
            kind: "schedules",
            count: 4,
            checks: [{ kind: "output", match: "exact", expected: "4000\n" }],
          },
        ],
      }),
      "",
    );
    // The main run shares the first schedule's seed; the four schedules all differ.
    expect(new Set(engine.requests.slice(1).map((r) => r.seed)).size).toBe(4);
    expect(verdict.passed).toBe(true);
  });

  it("is deterministic", async () => {
    const ex = exercise({
      checks: [
        { kind: "schedules", count: 3, checks: [{ kind: "exit", code: 0 }] },
        { kind: "exit", code: 1 },
      ],
    });
    const first = await checkExercise(
      new FakeEngine((r) => ({ exitCode: (r.seed ?? 0) % 2 })),
      ex,
      "",
    );
    const second = await checkExercise(
      new FakeEngine((r) => ({ exitCode: (r.seed ?? 0) % 2 })),
      ex,
      "",
    );
    expect(second).toEqual(first);
  });

  it("analyses the code only for code checks, or for the hints of a failing check", async () => {
    const facts: CodeFacts = {
      names: [
        { name: "time.sleep", call: true, line: 2, col: 0, function: "module", inLoop: false },
      ],
      constructs: [],
      functions: [],
      syntaxError: null,
    };
    const ex = exercise({
      checks: [
        {
          kind: "exit",
          code: 0,
          hints: [{ hint: "blocking", when: { uses: "time.sleep" } }, { hint: "other" }],
        },
      ],
      targetedHints: { blocking: "Do not sleep.", other: "Something else." },
    });
    const passing = new FakeEngine(() => ({}), facts);
    expect((await checkExercise(passing, ex, "")).passed).toBe(true);
    expect(passing.invokes).toBe(0);
    const failing = new FakeEngine(() => ({ exitCode: 1 }), facts);
    const verdict = await checkExercise(failing, ex, "");
    expect(failing.invokes).toBe(1);
    expect(verdict.hints.map((h) => h.id)).toEqual(["blocking"]);
    const shaped = new FakeEngine(() => ({}), facts);
    const code = await checkExercise(
      shaped,
      exercise({ checks: [{ kind: "code", rule: "avoid", name: "time.sleep" }] }),
      "",
    );
    expect(shaped.invokes).toBe(1);
    expect(code.checks[0]?.passed).toBe(false);
  });

  it("fails schedules and tests of code that does not parse without running them or hinting", async () => {
    const parseError = { type: "SyntaxError", message: "expected ':'", line: 3, traceback: "" };
    const facts: CodeFacts = {
      names: [],
      constructs: [],
      functions: [],
      syntaxError: { message: "expected ':'", line: 3, col: 11 },
    };
    const checks: Exercise["checks"] = [
      {
        kind: "schedules",
        count: 4,
        checks: [{ kind: "output", match: "contains", expected: "4000" }],
        hint: "lost-updates",
      },
      { kind: "tests", code: "def test_x():\n    assert work(1) is None\n", hint: "lost-updates" },
      { kind: "exit", code: 0 },
    ];
    const targetedHints = { "lost-updates": { en: "Increments were lost.", ru: "Потеряны." } };
    const broken = new FakeEngine(() => ({ exitCode: 1, error: parseError }), facts);
    const verdict = await checkExercise(broken, exercise({ checks, targetedHints }), "def work(n)");
    // one run, the program's (its tests' with it): no schedule, no more tests run
    expect(broken.requests).toHaveLength(1);
    expect(verdict.passed).toBe(false);
    expect(verdict.checks.map((c) => [c.id, c.passed, c.actual])).toEqual([
      ["schedules-1", false, "the code does not parse: expected ':' (line 3)"],
      ["tests-2", false, "the code does not parse: expected ':' (line 3)"],
      ["exit-3", false, "exit status 1"],
    ]);
    expect(verdict.hints).toEqual([]);
    // A SyntaxError the program raises itself (eval) is an ordinary failure: everything runs.
    const raised = new FakeEngine(() => ({ exitCode: 1, error: parseError }));
    await checkExercise(raised, exercise({ checks, targetedHints }), "eval('(')");
    expect(raised.requests.length).toBeGreaterThan(1);
  });

  it("reports a checker failure instead of throwing", async () => {
    const verdict = await checkExercise(
      new FakeEngine(() => ({ exitCode: 1 }), new Error("no Python")),
      exercise({ checks: [{ kind: "exit", code: 0 }] }),
      "",
    );
    expect(verdict.passed).toBe(false);
    expect(verdict.failure).toBe("The checker could not finish: no Python");
  });

  it("keeps the trace on request and formats as text", async () => {
    const verdict = await checkExercise(
      new FakeEngine(() => ({ stdout: "a\nc\n" })),
      exercise({
        checks: [{ kind: "output", match: "exact", expected: "a\nb\n", hint: "h" }],
        targetedHints: { h: "Print b." },
      }),
      "",
      { keepTrace: true },
    );
    expect(verdict.run.trace).toBeDefined();
    expect(formatVerdict(verdict)).toBe(
      [
        "✗ Output is exactly as expected",
        "    expected (-) vs actual (+):",
        "        a",
        "      - b",
        "      + c",
        "",
        "FAIL demo: 0 of 1 check passed",
        "",
        "hint (h): Print b.",
        "",
      ].join("\n"),
    );
  });
});
