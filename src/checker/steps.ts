/**
 * What each interpreter call of a check serves, for whoever measures the checker
 * (bench/check-runs.ts): the checker names the purpose and the checks before each call. Nothing
 * here times anything (no wall clock in the checker); the caller times the calls it is told of.
 */
import type { Engine } from "../engine/types";

/** The code analysis, the main run (every check that reads it), a tests check's run, the run of
 * both (the first tests check's, which also returns the program's own result), an explored or
 * seeded schedule, or the recorded replay of a failing schedule. */
export type StepPurpose = "analysis" | "main" | "tests" | "main+tests" | "schedules" | "replay";

export interface CheckStep {
  purpose: StepPurpose;
  /** The ids (or kinds, for checks without one) of the checks the call serves. */
  checks: string[];
}

/** `engine`, telling `onStep` what `current()` says each call serves, just before the call. */
export function observedEngine(
  engine: Engine,
  current: () => CheckStep,
  onStep: (step: CheckStep) => void,
): Engine {
  return {
    stackSwitching: engine.stackSwitching,
    pythonVersion: engine.pythonVersion,
    run(request, onEvent) {
      onStep(current());
      return engine.run(request, onEvent);
    },
    invoke(module, func, payload) {
      onStep(current());
      return engine.invoke(module, func, payload);
    },
  };
}
