/**
 * The current run and its console: status, streamed output, and how it ended. Never persisted.
 *
 * Every action names the run it is about; news of any other run (one already stopped or replaced)
 * is ignored, so a late message from an old worker cannot touch the console.
 */
import type { RunError, RunResult } from "../../engine/types";
import type { SliceCreator } from "../types";

export type RunStatus = "idle" | "running" | "stopping";

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
      kind: "stopped";
      /** True when the worker was replaced: the interrupt was not honoured in time, or the page is not cross-origin isolated. */
      restarted: boolean;
    }
  | { kind: "failed"; message: string };

export interface RunSlice {
  runStatus: RunStatus;
  runId: number | null;
  /** The exercise the current (or last) run belongs to. */
  runExerciseId: string | null;
  /** Consecutive chunks of one stream are merged, so this stays short however much is printed. */
  output: OutputChunk[];
  outcome: RunOutcome | null;
  runStarted: (runId: number, exerciseId: string) => void;
  appendOutput: (runId: number, stream: OutputChunk["stream"], text: string) => void;
  runFinished: (runId: number, result: RunResult) => void;
  runStopping: (runId: number) => void;
  runStopped: (runId: number, restarted: boolean) => void;
  runFailed: (runId: number, message: string) => void;
}

/** Appends text, merging it into the last chunk when the stream is the same. */
export function appendChunk(output: OutputChunk[], chunk: OutputChunk): OutputChunk[] {
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

export const createRunSlice: SliceCreator<RunSlice> = (set, get) => {
  const isCurrent = (runId: number) => get().runId === runId && get().runStatus !== "idle";
  return {
    runStatus: "idle",
    runId: null,
    runExerciseId: null,
    output: [],
    outcome: null,
    runStarted: (runId, exerciseId) =>
      set({ runStatus: "running", runId, runExerciseId: exerciseId, output: [], outcome: null }),
    appendOutput: (runId, stream, text) => {
      if (!isCurrent(runId) || text === "") return;
      set((state) => ({ output: appendChunk(state.output, { stream, text }) }));
    },
    runFinished: (runId, result) => {
      if (!isCurrent(runId)) return;
      const { output, runExerciseId, recordRun } = get();
      const traceback = missingTraceback(output, result.error);
      set({
        runStatus: "idle",
        output: traceback ? appendChunk(output, traceback) : output,
        outcome: {
          kind: "finished",
          elapsed: result.elapsed,
          exitCode: result.exitCode,
          error: result.error,
        },
      });
      if (runExerciseId !== null) recordRun(runExerciseId, result.exitCode);
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
