/** What the app's buttons do beyond the store: run, check and stop the open exercise's program. */
import { useAppStore } from "../store/app-store";
import { codeOf, selectOpenExercise } from "../store/selectors";
import { python } from "./python";
import { buildRunRequest, LEARNER_FILENAME } from "./run-request";

export function runOpenExercise(): void {
  const state = useAppStore.getState();
  const exercise = selectOpenExercise(state);
  if (exercise) python.run(exercise.id, buildRunRequest(exercise, codeOf(state, exercise)));
}

/** Judges the learner's code; the verdict's texts come in the learner's language. */
export function checkOpenExercise(): void {
  const state = useAppStore.getState();
  const exercise = selectOpenExercise(state);
  if (!exercise) return;
  python.check(exercise.id, {
    exercise,
    code: codeOf(state, exercise),
    lang: state.lang,
    filename: LEARNER_FILENAME,
  });
}

export function stopRun(): void {
  python.stop();
}
