/**
 * What the course map and the exercise page say about the learner's way through the course:
 * each exercise's state, each module's progress, where to continue, and an exercise's neighbours
 * in course order. Pure; the order is the course map's (./group-by-module.ts).
 */
import type { Exercise } from "../../exercises";
import type { ExerciseProgress } from "../../store/slices/progress";
import type { ModuleGroup } from "./group-by-module";

export type ExerciseState = "new" | "attempted" | "solved";

type ProgressRecord = Readonly<Record<string, Partial<ExerciseProgress> | undefined>>;

/**
 * Solved once a check passed; attempted once the learner ran, checked or edited it (edited code
 * is work in progress even before a run); new otherwise.
 */
export function exerciseState(
  id: string,
  progress: ProgressRecord,
  edited: Readonly<Record<string, unknown>>,
): ExerciseState {
  const entry = progress[id];
  if (entry?.solved) return "solved";
  if ((entry?.runs ?? 0) > 0 || (entry?.checks ?? 0) > 0 || id in edited) return "attempted";
  return "new";
}

export interface ModuleProgress {
  solved: number;
  attempted: number;
  total: number;
}

export function moduleProgress(
  group: ModuleGroup,
  progress: ProgressRecord,
  edited: Readonly<Record<string, unknown>>,
): ModuleProgress {
  let solved = 0;
  let attempted = 0;
  for (const exercise of group.exercises) {
    const state = exerciseState(exercise.id, progress, edited);
    if (state === "solved") solved++;
    else if (state === "attempted") attempted++;
  }
  return { solved, attempted, total: group.exercises.length };
}

/** Every exercise in course order. */
export function courseOrder(groups: readonly ModuleGroup[]): Exercise[] {
  return groups.flatMap((group) => group.exercises);
}

/**
 * Where "continue" leads: the exercise edited last if it is not solved yet; otherwise the first
 * unsolved exercise after it in course order (wrapping round), so finishing one leads to the
 * next. Where nothing was edited but something was run or checked (runs carry no time), the
 * furthest such exercise in course order stands for the one edited last. `resume` says whether the learner has started anything (then the button says "continue",
 * else "start"). Null only when every exercise is solved or there are none.
 */
export function continueTarget(
  groups: readonly ModuleGroup[],
  progress: ProgressRecord,
  edited: Readonly<Record<string, number>>,
): { exercise: Exercise; resume: boolean } | null {
  const order = courseOrder(groups);
  const unsolved = (e: Exercise) => !progress[e.id]?.solved;
  let lastIndex = -1;
  let lastAt = -Infinity;
  order.forEach((exercise, index) => {
    const at = edited[exercise.id];
    if (at !== undefined && at > lastAt) {
      lastAt = at;
      lastIndex = index;
    }
  });
  const started = order.some((e) => exerciseState(e.id, progress, edited) !== "new");
  if (lastIndex < 0)
    lastIndex = order.findLastIndex((e) => exerciseState(e.id, progress, edited) !== "new");
  for (let step = 0; step < order.length; step++) {
    const exercise = order[(Math.max(lastIndex, 0) + step) % order.length];
    if (exercise && unsolved(exercise)) return { exercise, resume: started };
  }
  return null;
}

/** The exercises before and after one in course order (null at either end, or if unknown). */
export function neighbours(
  groups: readonly ModuleGroup[],
  id: string,
): { previous: Exercise | null; next: Exercise | null; index: number; total: number } {
  const order = courseOrder(groups);
  const index = order.findIndex((exercise) => exercise.id === id);
  return {
    previous: index > 0 ? (order[index - 1] ?? null) : null,
    next: index >= 0 ? (order[index + 1] ?? null) : null,
    index,
    total: order.length,
  };
}
