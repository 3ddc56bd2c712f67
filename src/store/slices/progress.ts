/** What the learner has done per exercise. Persisted. */
import type { SliceCreator } from "../types";

export interface ExerciseProgress {
  runs: number;
  /** Exit code of the last run that finished (not stopped), or null if none has. */
  lastExitCode: number | null;
}

export interface ProgressSlice {
  progress: Record<string, ExerciseProgress>;
  recordRun: (exerciseId: string, exitCode: number) => void;
}

export const createProgressSlice: SliceCreator<ProgressSlice> = (set) => ({
  progress: {},
  recordRun: (exerciseId, exitCode) =>
    set((state) => ({
      progress: {
        ...state.progress,
        [exerciseId]: { runs: (state.progress[exerciseId]?.runs ?? 0) + 1, lastExitCode: exitCode },
      },
    })),
});
