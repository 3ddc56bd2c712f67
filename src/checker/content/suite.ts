/**
 * Content tests: every exercise of the repository's pack, checked through the real engine.
 * - the reference solution passes and the starter code fails;
 * - every case in <exercise>.cases/ gets the verdict its header declares (pass, or fail with
 *   exactly the declared targeted hints and, when listed, exactly those failing checks);
 * - together the cases fire every targeted hint the exercise defines;
 * - checking is deterministic (the same code twice gives the same verdict).
 *
 * They are split by course module, one test file per module (`<module>.test.ts` beside this one,
 * each one line calling {@link describeModuleContent}), so that Vitest runs them on every core;
 * pack.test.ts fails when a module has no file. Each file shares one engine across its exercises,
 * as the app's worker does across the course; after a failed test (a wrong verdict, or a check cut
 * off by the time limit while it still runs) the next test gets a fresh engine, so that one fault
 * is reported once instead of failing every later test of the module.
 */
import { readdirSync } from "node:fs";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { loadNodeEngine } from "../../engine/node";
import type { Engine } from "../../engine/types";
import { loadPack, localize, type Exercise } from "../../exercises";
import { parseCaseHeader } from "../../exercises/cases";
import { DEFAULT_PACK_DIR, readCases, readPackFiles } from "../../exercises/node";
import { checkExercise } from "../check";
import { formatVerdict } from "../report";
import type { Verdict } from "../types";

/** The repository's pack, read once per test file. */
export function readRepositoryPack() {
  const files = readPackFiles(DEFAULT_PACK_DIR);
  const fileOf = new Map<string, string>();
  for (const [file, text] of Object.entries(files)) {
    const id = (JSON.parse(text) as { id?: unknown }).id;
    if (typeof id === "string") fileOf.set(id, file);
  }
  return { pack: loadPack(files), fileOf };
}

/** The modules that have a content test file here (`<module>.test.ts`). */
export function modulesWithContentTests(): string[] {
  const suffix = ".test.ts";
  return readdirSync(new URL(".", import.meta.url))
    .filter((name) => name.endsWith(suffix) && name !== "pack.test.ts")
    .map((name) => name.slice(0, -suffix.length));
}

/** The parts of a verdict a case asserts on, plus the readable report for failure messages. */
const summary = (verdict: Verdict) => ({
  passed: verdict.passed,
  failure: verdict.failure,
  hints: verdict.hints.map((h) => h.id).sort(),
  failing: verdict.checks
    .filter((c) => !c.passed)
    .map((c) => c.id)
    .sort(),
});

/** The content tests of every exercise of one course module, on one engine. */
export function describeModuleContent(module: string): void {
  const { pack, fileOf } = readRepositoryPack();
  const exercises = pack.exercises.filter((e) => e.module === module);
  let engine: Engine;
  beforeAll(async () => {
    engine = await loadNodeEngine();
  });
  afterEach(async ({ task }) => {
    if (task.result?.state === "fail") engine = await loadNodeEngine();
  });

  it(`module ${module} has exercises`, () => {
    expect(exercises.length).toBeGreaterThan(0);
  });

  describe.each(exercises.map((e): [string, Exercise] => [e.id, e]))(
    "exercise %s",
    (_id, exercise) => {
      const cases = Object.entries(readCases(fileOf.get(exercise.id) ?? ""));

      it("passes with its reference solution, deterministically", async () => {
        const first = await checkExercise(engine, exercise, localize(exercise.solution, "en"));
        expect(first.passed, formatVerdict(first)).toBe(true);
        const second = await checkExercise(engine, exercise, localize(exercise.solution, "en"));
        expect(second).toEqual(first);
      });

      it("fails with its starter code", async () => {
        const verdict = await checkExercise(engine, exercise, localize(exercise.starter, "en"));
        expect(verdict.failure).toBeNull();
        expect(verdict.passed, formatVerdict(verdict)).toBe(false);
      });

      it("has cases that fire every targeted hint", () => {
        const declared = new Set(cases.flatMap(([, text]) => parseCaseHeader(text).hints));
        expect(Object.keys(exercise.targetedHints ?? {}).filter((id) => !declared.has(id))).toEqual(
          [],
        );
      });

      it.each(cases)("case %s", async (_name, text) => {
        const spec = parseCaseHeader(text);
        const verdict = await checkExercise(engine, exercise, text);
        const got = summary(verdict);
        const want = {
          passed: spec.expect === "pass",
          failure: null,
          hints: [...spec.hints].sort(),
          failing:
            spec.failing.length > 0 || spec.expect === "pass"
              ? [...spec.failing].sort()
              : got.failing,
        };
        expect(got, formatVerdict(verdict)).toEqual(want);
      });
    },
  );
}
