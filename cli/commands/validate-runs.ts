/**
 * The content half of `interleave validate`: every exercise's reference solution must pass its
 * checks and its starter code must fail them, judged by the real checker under the exercise's
 * own run limits (virtual time, output), exactly as a learner's Check is.
 *
 * One engine serves the whole pack (a Pyodide load costs seconds); after a run that crashed the
 * checker or hung, the engine is replaced, so one bad exercise cannot spoil the others' verdicts.
 * A hang is a check still unanswered after {@link HANG_SECONDS} of real time: the runtime's own
 * limits (virtual time, steps) end runaway programs long before that, so only a wedged engine
 * meets this guard. Wall-clock time is fine here: this is the CLI, not the checker.
 */
import { checkExercise, type Verdict } from "../../src/checker";
import type { Engine } from "../../src/engine/types";
import { languagesOf, localize, type Exercise, type ExerciseError } from "../../src/exercises";

/** Real seconds a check of one program may take before validate calls it hung. */
export const HANG_SECONDS = 120;

type Outcome = { kind: "verdict"; verdict: Verdict } | { kind: "hung" };

function withDeadline(promise: Promise<Verdict>, seconds: number): Promise<Outcome> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<Outcome>((resolve) => {
    timer = setTimeout(() => resolve({ kind: "hung" }), seconds * 1000);
  });
  return Promise.race([
    promise.then((verdict): Outcome => ({ kind: "verdict", verdict })),
    deadline,
  ]).finally(() => clearTimeout(timer));
}

/** "check elapsed-2 (Takes about 3 s): expected …, got …" for each failing check, one line. */
function failingChecks(verdict: Verdict): string {
  const failing = verdict.checks.filter((c) => !c.passed);
  const one = (c: Verdict["checks"][number]) => {
    const actual = c.actual.length > 120 ? `${c.actual.slice(0, 117)}…` : c.actual;
    return `${c.id} (${c.title}): got ${JSON.stringify(actual)}`;
  };
  const error = verdict.run.error
    ? `; the run ended with ${verdict.run.error.type}: ${verdict.run.error.message}`
    : "";
  return `${failing.map(one).join("; ")}${error}`;
}

/** The distinct texts of a localised program, with the languages that have each. */
function variants(text: Exercise["solution"]): { code: string; langs: string[] }[] {
  const byCode = new Map<string, string[]>();
  for (const lang of languagesOf(text)) {
    const code = localize(text, lang);
    byCode.set(code, [...(byCode.get(code) ?? []), lang]);
  }
  return [...byCode].map(([code, langs]) => ({ code, langs }));
}

export interface ContentRunOptions {
  loadEngine: () => Promise<Engine>;
  hangSeconds?: number;
}

/**
 * Checks the reference solution and starter of each exercise; returns one error per problem,
 * on the exercise's file, field "solution" or "starter".
 */
export async function checkContent(
  exercises: readonly { file: string; exercise: Exercise }[],
  { loadEngine, hangSeconds = HANG_SECONDS }: ContentRunOptions,
): Promise<ExerciseError[]> {
  const errors: ExerciseError[] = [];
  let engine: Engine | null = null;
  for (const { file, exercise } of exercises) {
    for (const field of ["solution", "starter"] as const) {
      const programs = variants(exercise[field]);
      for (const { code, langs } of programs) {
        // Name the languages only when the translations differ.
        const where = programs.length > 1 ? ` (${langs.join(", ")})` : "";
        engine ??= await loadEngine();
        const outcome = await withDeadline(checkExercise(engine, exercise, code), hangSeconds);
        const report = (message: string) => errors.push({ file, field, message: message + where });
        if (outcome.kind === "hung") {
          report(`hangs: the check had no verdict after ${hangSeconds} s of real time`);
          engine = null;
          continue;
        }
        const { verdict } = outcome;
        if (verdict.failure !== null) {
          report(`crashes the checker: ${verdict.failure}`);
          engine = null;
        } else if (field === "solution" && !verdict.passed) {
          report(`the reference solution fails its checks: ${failingChecks(verdict)}`);
        } else if (field === "starter" && verdict.passed) {
          report(
            "the starter code already passes every check (it must fail until the learner's work is done)",
          );
        }
      }
    }
  }
  return errors;
}
