/**
 * Stepping through a failing schedule's accesses (a `RaceReport` from the race explorer): which
 * threads take part, where each one is at a given step (its latest access so far), and which
 * steps are the conflict. Pure; the panel and the editor highlights read it.
 */
import type { RaceReport, RaceStep } from "../../engine/types";

export interface ReplayPosition {
  thread: string;
  /** Line the thread is at (its latest access up to the current step), if known. */
  line: number | null;
  /** That access, for the label ("read counter = 41"). */
  step: RaceStep;
  /** Whether this is the thread that moved at the current step. */
  current: boolean;
}

/** Threads in the order they first appear. */
export function replayThreads(race: RaceReport): string[] {
  return [...new Set(race.steps.map((s) => s.thread))];
}

/** Where every thread that has appeared is, at step `index` (0-based, clamped). */
export function positionsAt(race: RaceReport, index: number): ReplayPosition[] {
  const at = Math.max(0, Math.min(index, race.steps.length - 1));
  const latest = new Map<string, RaceStep>();
  race.steps.slice(0, at + 1).forEach((s) => latest.set(s.thread, s));
  const moved = race.steps[at]?.thread;
  return replayThreads(race).flatMap((thread) => {
    const step = latest.get(thread);
    return step ? [{ thread, line: step.line, step, current: thread === moved }] : [];
  });
}

/** The step to start at: the first conflicting access (or the first step). */
export function firstConflict(race: RaceReport): number {
  return race.conflict[0] ?? 0;
}

/** The step a key moves to from `index`, or null for keys the replay does not use. */
export function stepForKey(key: string, index: number, count: number): number | null {
  const clamp = (i: number) => Math.max(0, Math.min(count - 1, i));
  switch (key) {
    case "ArrowRight":
    case "ArrowDown":
      return clamp(index + 1);
    case "ArrowLeft":
    case "ArrowUp":
      return clamp(index - 1);
    case "Home":
      return 0;
    case "End":
      return count - 1;
    default:
      return null;
  }
}
