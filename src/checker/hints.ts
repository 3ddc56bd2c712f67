/**
 * Which targeted hint a failing check shows. A check lists rules `{hint, when}`, tried in
 * order; the first whose conditions all hold wins, and the check's `hint` is the fallback.
 * Conditions look at the check's measured value (e.g. elapsed close to the sum of the sleeps)
 * and at facts of the run and the code (the loop was blocked, the code uses time.sleep).
 * Pure.
 */
import type { RunResult } from "../engine/types";
import type { Check, HintCondition, RunCheck } from "../exercises";
import { usesName } from "./code";
import { loopBlocking } from "./trace";
import type { CheckResult, CodeFacts } from "./types";

export interface HintContext {
  /** The failing check's measured value. */
  value: CheckResult["value"];
  run: RunResult;
  facts: CodeFacts | null;
  /** Names of exercise test functions that failed in this attempt. */
  failedTests: ReadonlySet<string>;
  /** Whether each check passed, by id (nested checks of schedules included). */
  outcomes: ReadonlyMap<string, boolean>;
}

/** Default tolerance of `near`: 5 % of the value, at least 0.01. */
export const nearTolerance = (near: number): number => Math.max(Math.abs(near) * 0.05, 0.01);

export function conditionHolds(when: HintCondition | undefined, ctx: HintContext): boolean {
  if (when === undefined) return true;
  const value = ctx.value;
  const numeric = typeof value === "number" ? value : null;
  if (
    when.near !== undefined &&
    (numeric === null || Math.abs(numeric - when.near) > (when.within ?? nearTolerance(when.near)))
  )
    return false;
  if (when.below !== undefined && (numeric === null || !(numeric < when.below))) return false;
  if (when.above !== undefined && (numeric === null || !(numeric > when.above))) return false;
  if (when.equals !== undefined && value !== when.equals) return false;
  if (when.stdoutContains !== undefined && !ctx.run.stdout.includes(when.stdoutContains))
    return false;
  if (when.errorType !== undefined && ctx.run.error?.type !== when.errorType) return false;
  if (when.loopBlocked !== undefined && loopBlocking(ctx.run.trace).count > 0 !== when.loopBlocked)
    return false;
  if (when.deadlock !== undefined && (ctx.run.deadlock !== null) !== when.deadlock) return false;
  if (when.uses !== undefined && (ctx.facts === null || !usesName(ctx.facts, when.uses)))
    return false;
  if (when.failedTest !== undefined && !ctx.failedTests.has(when.failedTest)) return false;
  if (when.checkPassed !== undefined && ctx.outcomes.get(when.checkPassed) !== true) return false;
  if (when.checkFailed !== undefined && ctx.outcomes.get(when.checkFailed) !== false) return false;
  return true;
}

/** Whether a condition looks at the run (its output, error, trace or deadlock), not only at the
 * check's value, the code and the other checks' outcomes. */
export function readsRun(when: HintCondition | undefined): boolean {
  if (when === undefined) return false;
  const { stdoutContains, errorType, loopBlocked, deadlock } = when;
  return [stdoutContains, errorType, loopBlocked, deadlock].some((field) => field !== undefined);
}

/** The id of the targeted hint a failing check shows, or null. */
export function selectHint(check: Check | RunCheck, ctx: HintContext): string | null {
  for (const rule of check.hints ?? []) {
    if (conditionHolds(rule.when, ctx)) return rule.hint;
  }
  return check.hint ?? null;
}
