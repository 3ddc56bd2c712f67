/**
 * The schedule being replayed, if any: which exercise's check, its report and the current step.
 * Not persisted; it applies while the verdict on screen still has that replay (see
 * `isCurrent`). The editor reads it to highlight where each thread is.
 */
import { create } from "zustand";
import type { ScheduleReplay } from "../../checker";
import { firstConflict } from "./replay-model";

export interface ReplayState {
  open: { exerciseId: string; checkId: string; replay: ScheduleReplay; step: number } | null;
  start: (exerciseId: string, checkId: string, replay: ScheduleReplay) => void;
  go: (step: number) => void;
  close: () => void;
}

export const useReplayStore = create<ReplayState>()((set) => ({
  open: null,
  start: (exerciseId, checkId, replay) =>
    set({ open: { exerciseId, checkId, replay, step: firstConflict(replay.race) } }),
  go: (step) => set((s) => (s.open ? { open: { ...s.open, step } } : s)),
  close: () => set({ open: null }),
}));

/** Whether `open` is the replay of check `checkId` of `verdict` (a new check ends a replay). */
export function isCurrent(
  open: ReplayState["open"],
  verdict: { exerciseId: string; checks: readonly Checkish[] } | null,
): boolean {
  if (!open || !verdict || verdict.exerciseId !== open.exerciseId) return false;
  const replay = findCheck(verdict.checks, open.checkId)?.replay;
  return replay !== undefined && replay.seed === open.replay.seed;
}

interface Checkish {
  id: string;
  replay?: ScheduleReplay;
  children?: readonly Checkish[];
}

function findCheck(checks: readonly Checkish[], id: string): Checkish | undefined {
  for (const c of checks) {
    if (c.id === id) return c;
    const inner = c.children && findCheck(c.children, id);
    if (inner) return inner;
  }
  return undefined;
}
