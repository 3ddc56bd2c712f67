/**
 * Whether the learner's work is being saved. Not persisted (it is about this tab's storage now).
 * Set by the storage wrapper when a write fails and cleared when a later write succeeds; the UI
 * shows it with a way to export the work to a file.
 */
import type { SliceCreator } from "../types";

/**
 * full: the browser's storage quota for the site is used up.
 * failed: a write was refused for another reason (e.g. storage disabled mid-session).
 * unavailable: there is no storage at all (e.g. blocked by the browser's settings); work lives
 * only in this tab.
 */
export type SaveProblem = "full" | "failed" | "unavailable";

export interface SavingSlice {
  saveProblem: SaveProblem | null;
  setSaveProblem: (problem: SaveProblem | null) => void;
}

export const createSavingSlice: SliceCreator<SavingSlice> = (set) => ({
  saveProblem: null,
  setSaveProblem: (problem) =>
    set((state) => (state.saveProblem === problem ? state : { saveProblem: problem })),
});

/** Which problem a failed storage call is: the quota errors of Chromium, Firefox and Safari. */
export function saveProblemOf(error: unknown): SaveProblem {
  const name = (error as { name?: unknown } | null)?.name;
  const code = (error as { code?: unknown } | null)?.code;
  return name === "QuotaExceededError" ||
    name === "NS_ERROR_DOM_QUOTA_REACHED" ||
    code === 22 ||
    code === 1014
    ? "full"
    : "failed";
}
