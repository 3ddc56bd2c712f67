/**
 * Orchestration of checkExercise with a scripted engine: which runs happen, how results and
 * hints are put together. The real engine is exercised by content.test.ts.
 */
import { RUN_DEFAULTS } from "../contract";
import { describe, expect, it } from "vitest";
import type { Engine, RunRequest, RunResult } from "../engine/types";
import type { Exercise } from "../exercises";
import { checkExercise } from "./check";
import { formatVerdict } from "./report";
import type { CodeFacts } from "./types";
import { runResult } from "../engine/testing";

const result = runResult;

class FakeEngine implements Engine {
  readonly stackSwitching = true;
  readonly pythonVersion = "3.14.2";
  readonly requests: RunRequest[] = [];
  constructor(
    private readonly respond: (request: RunRequest) => Partial<RunResult>,
    private readonly facts: CodeFacts | Error = {
      names: [],
      constructs: [],
      functions: [],
      syntaxError: null,
    },
  ) {}
  run(request: RunRequest): Promise<RunResult> {
    this.requests.push(request);
    return Promise.resolve(result({ seed: request.seed ?? 0, ...this.respond(request) }));
  }
  invoke(module: string, func: string): Promise<unknown> {
    expect([module, func]).toEqual(["checking.ast_facts", "analyze"]);
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
      request.after
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
    expect(engine.requests).toHaveLength(2);
    expect(engine.requests[1]?.after).toContain('"def test_order():\\n    assert False\\n"');
    expect(verdict.checks.map((c) => c.passed)).toEqual([true, false]);
    expect(verdict.checks[1]?.details).toEqual(["test_order: got [2, 1]"]);
    expect(verdict.hints.map((h) => h.id)).toEqual(["order"]);
  });

  it("tries derived seeds for schedules and stops at the first failing one", async () => {
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
            checks: [{ kind: "output", match: "exact", expected: "4000\n", hint: "race" }],
          },
        ],
        targetedHints: { race: "Use a lock." },
      }),
      "",
    );
    expect(engine.requests.map((r) => r.seed)).toHaveLength(2);
    expect(engine.requests[0]?.seed).toBe(5);
    const schedules = verdict.checks[0];
    expect(schedules).toMatchObject({ passed: false, value: 1, hint: { id: "race" } });
    expect(schedules?.actual).toContain("schedule 2 of 5");
    expect(schedules?.children?.[0]).toMatchObject({
      id: "schedules-1.output-1",
      passed: false,
      hint: { id: "race" },
    });
    expect(verdict.hints).toEqual([{ id: "race", text: "Use a lock.", checks: ["schedules-1"] }]);
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
    expect(new Set(engine.requests.map((r) => r.seed)).size).toBe(4);
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

  it("reports a checker failure instead of throwing", async () => {
    const verdict = await checkExercise(
      new FakeEngine(() => ({}), new Error("no Python")),
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
