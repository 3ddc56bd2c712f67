/** The exercise pack as loaded (exercises and per-file errors) and which exercise is open. */
import type { CourseModule, Exercise, ExerciseError } from "../../exercises";
import type { SliceCreator } from "../types";

export interface ExercisesSlice {
  exercises: Exercise[];
  /** The modules the pack's course files declare, in teaching order. */
  modules: CourseModule[];
  /** Files that failed to load, each naming the file and the field. Shown on the course map. */
  loadErrors: ExerciseError[];
  /** The exercise on screen (from the URL hash), or null for the course map alone. */
  openId: string | null;
  setPack: (pack: {
    exercises: Exercise[];
    modules: CourseModule[];
    errors: ExerciseError[];
  }) => void;
  openExercise: (id: string | null) => void;
}

export const createExercisesSlice: SliceCreator<ExercisesSlice> = (set) => ({
  exercises: [],
  modules: [],
  loadErrors: [],
  openId: null,
  setPack: ({ exercises, modules, errors }) => set({ exercises, modules, loadErrors: errors }),
  openExercise: (id) => set({ openId: id }),
});
