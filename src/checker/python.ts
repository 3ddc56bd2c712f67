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
