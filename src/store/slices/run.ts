/**
 * The current job and its results: a run or a check of the open exercise, its console (streamed
 * output, how it ended), the last verdict and the last trace (for the timeline). Never persisted.
 *
 * Runs and checks share one life cycle (one at a time, same Stop): `runStarted` with a mode, then
 * `runFinished` (a run's result), `checkFinished` (a check's verdict), `runStopped` or `runFailed`.
 * Every action names the job it is about; news of any other job (one already stopped or replaced)
 * is ignored, so a late message from an old worker cannot touch the console.
 */
import type { Verdict } from "../../checker";
import type { DeadlockReport, RunError, RunResult, Trace } from "../../engine/types";
import type { SliceCreator } from "../types";

export type RunStatus = "idle" | "running" | "stopping";
export type RunMode = "run" | "check";

export interface OutputChunk {
  stream: "stdout" | "stderr";
  text: string;
}

export type RunOutcome =
  | {
      kind: "finished";
      /** Virtual seconds. */
      elapsed: number;
      exitCode: number;
      error: RunError | null;
    }
  | {
      kind: "checked";
      passed: boolean;
      /** The checker could not finish (then `passed` is false). */
      failure: string | null;
      /** Of the check's main run. */
      elapsed: number;
      exitCode: number;
      error: RunError | null;
    }
  | {
      kind: "stopped";
      /** True when the worker was replaced: the interrupt was not honoured in time, or the page is not cross-origin isolated. */
      restarted: boolean;
    }
  | { kind: "failed"; message: string };

/** What the timeline draws: the trace of the last run, or of a check's main run. */
export interface TraceRecord {
  exerciseId: string;
  source: RunMode;
  trace: Trace;
  deadlock: DeadlockReport | null;
  /** Virtual seconds the run took. */
  elapsed: number;
}

export interface RunSlice {
  runStatus: RunStatus;
  runId: number | null;
  runMode: RunMode;
  /** The exercise the current (or last) job belongs to. */
  runExerciseId: string | null;
  /** Consecutive chunks of one stream are merged, so this stays short however much is printed. */
  output: OutputChunk[];
  outcome: RunOutcome | null;
  /** The last check's verdict (its exercise is `verdict.exerciseId`); cleared when a check starts. */
  verdict: Verdict | null;
  /** The last finished run's or check's trace; cleared when a job starts. */
  lastTrace: TraceRecord | null;
  runStarted: (runId: number, exerciseId: string, mode?: RunMode) => void;
  appendOutput: (runId: number, stream: OutputChunk["stream"], text: string) => void;
  runFinished: (runId: number, result: RunResult) => void;
  checkFinished: (runId: number, verdict: Verdict) => void;
  runStopping: (runId: number) => void;
  runStopped: (runId: number, restarted: boolean) => void;
  runFailed: (runId: number, message: string) => void;
}

/** Appends text, merging it into the last chunk when the stream is the same. */
export function appendChunk(output: OutputChunk[], chunk: OutputChunk): OutputChunk[] {
  if (chunk.text === "") return output;
  const last = output.at(-1);
  if (last?.stream === chunk.stream) {
    return [...output.slice(0, -1), { stream: last.stream, text: last.text + chunk.text }];
  }
  return [...output, chunk];
}

/** The traceback, unless the streamed stderr already showed it. */
function missingTraceback(output: OutputChunk[], error: RunError | null): OutputChunk | null {
  if (!error?.traceback) return null;
  const stderr = output
    .filter((c) => c.stream === "stderr")
    .map((c) => c.text)
    .join("");
  return stderr.includes(error.traceback.trim())
    ? null
    : { stream: "stderr", text: error.traceback };
}

function withTraceback(output: OutputChunk[], error: RunError | null): OutputChunk[] {
  const traceback = missingTraceback(output, error);
  return traceback ? appendChunk(output, traceback) : output;
}

export const createRunSlice: SliceCreator<RunSlice> = (set, get) => {
  const isCurrent = (runId: number) => get().runId === runId && get().runStatus !== "idle";
  return {
    runStatus: "idle",
    runId: null,
    runMode: "run",
    runExerciseId: null,
    output: [],
    outcome: null,
    verdict: null,
    lastTrace: null,
    runStarted: (runId, exerciseId, mode = "run") =>
      set((state) => ({
        runStatus: "running",
        runId,
        runMode: mode,
        runExerciseId: exerciseId,
        output: [],
        outcome: null,
        lastTrace: null,
        // A run keeps the last verdict on screen (with its editor markers); a new check replaces it.
        verdict: mode === "check" ? null : state.verdict,
      })),
    appendOutput: (runId, stream, text) => {
      if (!isCurrent(runId) || text === "") return;
      set((state) => ({ output: appendChunk(state.output, { stream, text }) }));
    },
    runFinished: (runId, result) => {
      if (!isCurrent(runId)) return;
      const { output, runExerciseId, recordRun } = get();
      set({
        runStatus: "idle",
        output: withTraceback(output, result.error),
        outcome: {
          kind: "finished",
          elapsed: result.elapsed,
          exitCode: result.exitCode,
          error: result.error,
        },
        lastTrace:
          runExerciseId === null
            ? null
            : {
                exerciseId: runExerciseId,
                source: "run",
                trace: result.trace,
                deadlock: result.deadlock,
                elapsed: result.elapsed,
              },
      });
      if (runExerciseId !== null) recordRun(runExerciseId, result.exitCode);
    },
    checkFinished: (runId, verdict) => {
      if (!isCurrent(runId)) return;
      const { runExerciseId, recordCheck } = get();
      const { run } = verdict;
      // The checker's runs stream nothing: the console shows the main run's output afterwards.
      const output = appendChunk(appendChunk([], { stream: "stdout", text: run.stdout }), {
        stream: "stderr",
        text: run.stderr,
      });
      set({
        runStatus: "idle",
        output: withTraceback(output, run.error),
        outcome: {
          kind: "checked",
          passed: verdict.passed,
          failure: verdict.failure,
          elapsed: run.elapsed,
          exitCode: run.exitCode,
          error: run.error,
        },
        verdict,
        lastTrace:
          runExerciseId === null || !run.trace
            ? null
            : {
                exerciseId: runExerciseId,
                source: "check",
                trace: run.trace,
                deadlock: run.deadlock,
                elapsed: run.elapsed,
              },
      });
      if (runExerciseId !== null) recordCheck(runExerciseId, verdict.passed);
    },
    runStopping: (runId) => {
      if (isCurrent(runId)) set({ runStatus: "stopping" });
    },
    runStopped: (runId, restarted) => {
      if (isCurrent(runId)) set({ runStatus: "idle", outcome: { kind: "stopped", restarted } });
    },
    runFailed: (runId, message) => {
      if (isCurrent(runId)) set({ runStatus: "idle", outcome: { kind: "failed", message } });
    },
  };
};
