/** The exercise pack as loaded (exercises and per-file errors) and which exercise is open. */
import type { Exercise, ExerciseError } from "../../exercises";
import type { SliceCreator } from "../types";

export interface ExercisesSlice {
  exercises: Exercise[];
  /** Files that failed to load, each naming the file and the field. Shown on the course map. */
  loadErrors: ExerciseError[];
  /** The exercise on screen (from the URL hash), or null for the course map alone. */
  openId: string | null;
  setPack: (pack: { exercises: Exercise[]; errors: ExerciseError[] }) => void;
  openExercise: (id: string | null) => void;
}

export const createExercisesSlice: SliceCreator<ExercisesSlice> = (set) => ({
  exercises: [],
  loadErrors: [],
  openId: null,
  setPack: ({ exercises, errors }) => set({ exercises, loadErrors: errors }),
  openExercise: (id) => set({ openId: id }),
});
