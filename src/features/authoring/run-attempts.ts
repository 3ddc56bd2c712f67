/**
 * Runs attempts through the checker, one after another, in the page's Python worker (the same
 * path as the learner's Check button), and hands back each verdict. Waits on the store, never on
 * time: for Python to be ready and idle, then for its own job to end.
 */
import { python } from "../../app/python";
import type { Verdict } from "../../checker/types";
import type { Exercise } from "../../exercises/format";
import { useAppStore } from "../../store/app-store";
import type { AppState } from "../../store/types";

/** Resolves with the first state that satisfies `ready` (at once if the current one does). */
function when(ready: (state: AppState) => boolean): Promise<AppState> {
  return new Promise((resolve) => {
    const now = useAppStore.getState();
    if (ready(now)) return resolve(now);
    const unsubscribe = useAppStore.subscribe((state) => {
      if (!ready(state)) return;
      unsubscribe();
      resolve(state);
    });
  });
}

/** A verdict, or why there is none (the check was stopped, Python failed). */
export type AttemptOutcome = { verdict: Verdict } | { problem: string };

export async function checkAttempt(
  exercise: Exercise,
  code: string,
  lang: string,
): Promise<AttemptOutcome> {
  for (;;) {
    const state = await when(
      (s) => s.pythonStatus === "failed" || (s.pythonStatus === "ready" && s.runStatus === "idle"),
    );
    if (state.pythonStatus === "failed") return { problem: state.pythonError ?? "Python failed" };
    // Another job may have slipped in between: then wait again.
    if (python.check(exercise.id, { exercise, code, lang })) break;
  }
  const runId = useAppStore.getState().runId;
  const done = await when((s) => s.runId !== runId || s.runStatus === "idle");
  if (done.runId === runId && done.verdict?.exerciseId === exercise.id)
    return { verdict: done.verdict };
  const outcome = done.outcome;
  if (outcome?.kind === "failed") return { problem: outcome.message };
  return { problem: outcome?.kind === "stopped" ? "stopped" : "no verdict" };
}
