/**
 * Public entry of the checker: judge an attempt, and the verdict types. Browser-safe.
 */
export { checkExercise, type CheckOptions } from "./check";
export { formatVerdict } from "./report";
export type { CheckStep, StepPurpose } from "./steps";
export type {
  CheckResult,
  CodeFacts,
  DiffLine,
  HintRef,
  RunSummary,
  ScheduleReplay,
  TestOutcome,
  Verdict,
} from "./types";
