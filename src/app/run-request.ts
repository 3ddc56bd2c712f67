/** What the worker is asked to run for an exercise: the learner's code under the exercise's settings. */
import type { RunRequest } from "../engine/types";
import type { Exercise } from "../exercises";

/** The file name tracebacks show, so line numbers point into the learner's editor. */
export const LEARNER_FILENAME = "main.py";

export function buildRunRequest(exercise: Exercise, code: string): RunRequest {
  return { ...exercise.run, code, filename: LEARNER_FILENAME };
}
