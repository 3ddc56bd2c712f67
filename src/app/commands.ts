/** What the app's buttons do beyond the store: run, check and stop the open exercise's program. */
import { useAppStore } from "../store/app-store";
import { codeOf, selectOpenExercise } from "../store/selectors";
import { python } from "./python";

export function runOpenExercise(): void {
  const state = useAppStore.getState();
  const exercise = selectOpenExercise(state);
  if (!exercise) return;
  // The worker's engine fills in the defaults and validates the request (src/engine/engine.ts):
  // doing it here too would put the contract's validator on the first screen.
  python.run(exercise.id, { ...exercise.run, code: codeOf(state, exercise) });
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
