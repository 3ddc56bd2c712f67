/** Derived reads of the app state, shared by components and commands. */
import { localize } from "../exercises/localize";
import type { Exercise } from "../exercises";
import type { AppState } from "./types";

/** The open exercise, from the built-in course or the instructor's pack (src/features/packs/). */
export const selectOpenExercise = (state: AppState): Exercise | null =>
  state.exercises.find((exercise) => exercise.id === state.openId) ??
  state.customPack?.exercises.find((exercise) => exercise.id === state.openId) ??
  null;

/** The learner's code for an exercise, or its starter code if they have not edited it. */
export const codeOf = (state: AppState, exercise: Exercise): string =>
  state.code[exercise.id] ?? localize(exercise.starter, state.lang);
