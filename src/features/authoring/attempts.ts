/**
 * The attempts an author tests an exercise with: the reference solution (must pass), the starter
 * (must fail), and each case (`# expect: …` headers, src/exercises/cases.ts), plus how a verdict
 * compares with what the attempt expects. Pure.
 */
import type { Verdict } from "../../checker/types";
import { parseCaseHeader, type CaseSpec } from "../../exercises/cases";

export interface Attempt {
  name: string;
  code: string;
  /** What the checker must make of it, or the reason the case's header cannot be read. */
  expect: CaseSpec | { error: string };
}

export interface CaseText {
  name: string;
  text: string;
}

export function attemptsOf(
  solution: string,
  starter: string,
  cases: readonly CaseText[],
): Attempt[] {
  const readCase = (text: string): Attempt["expect"] => {
    try {
      return parseCaseHeader(text);
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error) };
    }
  };
  return [
    { name: "solution", code: solution, expect: { expect: "pass", hints: [], failing: [] } },
    { name: "starter", code: starter, expect: { expect: "fail", hints: [], failing: [] } },
    ...cases.map((c) => ({ name: c.name, code: c.text, expect: readCase(c.text) })),
  ];
}

/** Where a verdict falls short of the attempt's expectations; empty when it meets them. */
export function mismatches(attempt: Attempt, verdict: Verdict): string[] {
  if ("error" in attempt.expect) return [attempt.expect.error];
  const problems: string[] = [];
  if (verdict.failure) problems.push(`the checker failed: ${verdict.failure}`);
  const { expect, hints, failing } = attempt.expect;
  if (expect === "pass" && !verdict.passed) problems.push("expected to pass, but failed");
  if (expect === "fail" && verdict.passed) problems.push("expected to fail, but passed");
  const fired = new Set(verdict.hints.map((h) => h.id));
  for (const hint of hints) if (!fired.has(hint)) problems.push(`hint "${hint}" did not fire`);
  const failed = new Set(verdict.checks.filter((c) => !c.passed).map((c) => c.id));
  for (const id of failing) if (!failed.has(id)) problems.push(`check "${id}" did not fail`);
  return problems;
}
