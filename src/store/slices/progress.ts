/**
 * What the learner has done per exercise: runs, checks, whether it was ever solved, how many
 * general hints they revealed and whether they revealed the solution. Persisted.
 */
import type { SliceCreator } from "../types";

export interface ExerciseProgress {
  runs: number;
  /** Exit code of the last run that finished (not stopped), or null if none has. */
  lastExitCode: number | null;
  /** Checks that ended with a verdict (stopped or failed checks do not count). */
  checks: number;
  /** A check passed at least once; stays true whatever later attempts do. */
  solved: boolean;
  /** General hints revealed, in order: the first `hintsShown` of the exercise's hints. */
  hintsShown: number;
  /** The learner confirmed they want to see the reference solution. */
  solutionRevealed: boolean;
}

export const EMPTY_PROGRESS: ExerciseProgress = {
  runs: 0,
  lastExitCode: null,
  checks: 0,
  solved: false,
  hintsShown: 0,
  solutionRevealed: false,
};

/** Exercise ids prefixed so are checked for someone else than the learner (the authoring page's
 * Test of a solution and its cases): their runs and checks are nobody's progress. */
export const UNRECORDED_PREFIX = "unrecorded:";

export interface ProgressSlice {
  progress: Record<string, ExerciseProgress>;
  recordRun: (exerciseId: string, exitCode: number) => void;
  recordCheck: (exerciseId: string, passed: boolean) => void;
  /** Reveals the next general hint, never more than `total` (the exercise's number of hints). */
  revealHint: (exerciseId: string, total: number) => void;
  /** Only after a check: the solution is an answer to an attempt, not a replacement for one. */
  revealSolution: (exerciseId: string) => void;
}

/** An exercise's progress; entries saved by older versions get the fields they lack. */
export function progressOf(
  progress: Record<string, Partial<ExerciseProgress> | undefined>,
  exerciseId: string,
): ExerciseProgress {
  return { ...EMPTY_PROGRESS, ...progress[exerciseId] };
}

export const createProgressSlice: SliceCreator<ProgressSlice> = (set) => {
  const update = (
    exerciseId: string,
    change: (p: ExerciseProgress) => ExerciseProgress | null,
  ): void => {
    if (exerciseId.startsWith(UNRECORDED_PREFIX)) return;
    set((state) => {
      const next = change(progressOf(state.progress, exerciseId));
      return next ? { progress: { ...state.progress, [exerciseId]: next } } : state;
    });
  };
  return {
    progress: {},
    recordRun: (exerciseId, exitCode) =>
      update(exerciseId, (p) => ({ ...p, runs: p.runs + 1, lastExitCode: exitCode })),
    recordCheck: (exerciseId, passed) =>
      update(exerciseId, (p) => ({ ...p, checks: p.checks + 1, solved: p.solved || passed })),
    revealHint: (exerciseId, total) =>
      update(exerciseId, (p) =>
        p.hintsShown >= total ? null : { ...p, hintsShown: p.hintsShown + 1 },
      ),
    revealSolution: (exerciseId) =>
      update(exerciseId, (p) =>
        p.checks === 0 || p.solutionRevealed ? null : { ...p, solutionRevealed: true },
      ),
  };
};
