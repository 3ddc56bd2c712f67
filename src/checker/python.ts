/**
 * The checker's calls into Python: code facts (interleave.checking.ast_facts) and the outcomes of
 * an exercise's test functions (run by interleave.checking.harness). Results coming back
 * from Python are checked for shape before use, so a runtime mismatch is reported, not guessed at.
 */
import type { Engine, RunResult } from "../engine/types";
import type { CodeFacts, TestOutcome } from "./types";

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === "object" && !Array.isArray(value);

/** Facts about `code` from the Python side; throws when the answer has the wrong shape. */
export async function analyzeCode(engine: Engine, code: string): Promise<CodeFacts> {
  const facts = await engine.invoke("checking.ast_facts", "analyze", { code });
  if (
    !isRecord(facts) ||
    !Array.isArray(facts.names) ||
    !Array.isArray(facts.constructs) ||
    !Array.isArray(facts.functions)
  ) {
    throw new Error("interleave.checking.ast_facts.analyze returned an unexpected value");
  }
  return facts as unknown as CodeFacts;
}

/** The outcomes a tests run reported, or null when the tests did not run (or reported nonsense). */
export function testOutcomes(run: RunResult): TestOutcome[] | null {
  const reported = run.reports.tests;
  if (!Array.isArray(reported)) return null;
  const outcomes: TestOutcome[] = [];
  for (const item of reported as unknown[]) {
    if (!isRecord(item) || typeof item.name !== "string" || typeof item.passed !== "boolean")
      return null;
    outcomes.push({
      name: item.name,
      passed: item.passed,
      message: typeof item.message === "string" ? item.message : null,
      doc: typeof item.doc === "string" ? item.doc : null,
    });
  }
  return outcomes;
}

/**
 * Names the exercise's tests use that the learner's program does not define: a failing test's
 * `NameError` for a name that appears in the test code itself (a NameError inside the learner's
 * own functions names something the tests never mention). In first-seen order, no repeats.
 */
export function missingNames(outcomes: readonly TestOutcome[] | null, testCode: string): string[] {
  const names: string[] = [];
  for (const outcome of outcomes ?? []) {
    const match = /NameError: name '([A-Za-z_][A-Za-z0-9_]*)' is not defined/.exec(
      outcome.message ?? "",
    );
    const name = match?.[1];
    if (outcome.passed || name === undefined || names.includes(name)) continue;
    if (new RegExp(`(?<![\\w.])${name}(?!\\w)`).test(testCode)) names.push(name);
  }
  return names;
}
