/** What the app's buttons do beyond the store: run, check and stop the open exercise's program. */
import { buildRunRequest } from "../contract";
import { useAppStore } from "../store/app-store";
import { codeOf, selectOpenExercise } from "../store/selectors";
import { python } from "./python";

export function runOpenExercise(): void {
  const state = useAppStore.getState();
  const exercise = selectOpenExercise(state);
  if (!exercise) return;
  python.run(exercise.id, buildRunRequest({ ...exercise.run, code: codeOf(state, exercise) }));
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
  });
}

export function stopRun(): void {
  python.stop();
}
