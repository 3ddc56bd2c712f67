/** What the app's buttons do beyond the store: run and stop the open exercise's program. */
import { useAppStore } from "../store/app-store";
import { codeOf, selectOpenExercise } from "../store/selectors";
import { python } from "./python";
import { buildRunRequest } from "./run-request";

export function runOpenExercise(): void {
  const state = useAppStore.getState();
  const exercise = selectOpenExercise(state);
  if (exercise) python.run(exercise.id, buildRunRequest(exercise, codeOf(state, exercise)));
}

export function stopRun(): void {
  python.stop();
}
