/**
 * The one typed contract across the page <-> Python worker boundary.
 *
 * Both sides import these types with `import type`; messages are discriminated unions on `type`,
 * built by the small constructors below (`as const` keeps each tag a literal). Everything is plain
 * structured-clone data: a {@link RunResult} comes straight from the engine contract.
 *
 * Life of a worker: page sends `init` -> worker answers `init-progress` (named stages) then `ready`
 * (or `error` with no run id if start-up failed). Each job, a `run` or a `check`, carries a
 * page-chosen `runId` and the worker does one job at a time. A run streams `stdout`/`stderr` and
 * ends with exactly one of `done`, `interrupted` or `error`; a check (the checker's runs, which
 * stream nothing) ends with exactly one of `verdict`, `interrupted` or `error`. Run ids are random
 * (not 1, 2, 3...), so a message forged for a job the page did not start is never taken for one.
 * While a job runs the page sends `ping` now and then; a worker that stops answering `pong` is
 * dead or wedged, and the page replaces it.
 *
 * Two workers (a cross-origin isolated page on a machine with two cores or more): the current
 * worker says `warmed` when its warm-up is over; the page starts a second one after the job that
 * follows, so that its start-up competes with neither. Once both are ready, the page sends the second `serve` and the current one `peer`,
 * the two ends of one channel (./peer.ts); the current worker's checks make some of their runs
 * there. `peer` with no port: the second worker is gone, checks make every run themselves again.
 */
import type { Verdict } from "../checker";
import type { RunRequest, RunResult } from "../engine/types";
import type { Exercise } from "../exercises";

/** What the worker needs to judge an attempt: `checkExercise(engine, exercise, code, options)`. */
export interface CheckRequest {
  /** The exercise as loaded by the page (plain JSON, so it crosses the boundary as it is). */
  readonly exercise: Exercise;
  readonly code: string;
  /** Language of the verdict's texts, e.g. "en" or "ru". */
  readonly lang: string;
}

/** Start-up stages, in order; shown to the learner while Python warms up. */
export const INIT_STAGES = ["loading-pyodide", "starting-engine"] as const;
export type InitStage = (typeof INIT_STAGES)[number];

/** Page -> worker. */
export type PageToWorker =
  | {
      readonly type: "init";
      /** Absolute URL of the folder holding Pyodide's assets (ends with "/"). */
      readonly indexURL: string;
      /**
       * One Int32 cell the page sets to 2 (SIGINT) to interrupt a run. Only available when the page
       * is cross-origin isolated; without it the page stops a run by replacing the worker.
       */
      readonly interruptBuffer: SharedArrayBuffer | null;
    }
  | { readonly type: "run"; readonly runId: number; readonly request: RunRequest }
  | { readonly type: "check"; readonly runId: number; readonly request: CheckRequest }
  /** Asked while a job runs: a worker whose event loop is free answers `pong` at once. */
  | { readonly type: "ping" }
  /** To the current worker: the channel to the second one, or null once that one is gone. */
  | { readonly type: "peer"; readonly port: MessagePort | null }
  /** To the second worker: make the runs asked for on this channel, one at a time. */
  | { readonly type: "serve"; readonly port: MessagePort };

/** Worker -> page. */
export type WorkerToPage =
  | { readonly type: "init-progress"; readonly stage: InitStage }
  | {
      readonly type: "ready";
      readonly pythonVersion: string;
      /** False in browsers without JSPI: threads and processes cannot run there. */
      readonly stackSwitching: boolean;
    }
  | { readonly type: "stdout"; readonly runId: number; readonly text: string }
  | { readonly type: "stderr"; readonly runId: number; readonly text: string }
  | { readonly type: "done"; readonly runId: number; readonly result: RunResult }
  /** The end of a check. The main run's trace is in `verdict.run.trace` (for the timeline). */
  | { readonly type: "verdict"; readonly runId: number; readonly verdict: Verdict }
  | { readonly type: "interrupted"; readonly runId: number }
  | { readonly type: "pong" }
  /** The warm-up after `ready` is over (done, or cut short by a job): the CPU is the jobs' now. */
  | { readonly type: "warmed" }
  | {
      readonly type: "error";
      /** The run that failed, or null when the worker itself failed (e.g. during start-up). */
      readonly runId: number | null;
      readonly message: string;
    };

export type PageToWorkerType = PageToWorker["type"];
export type WorkerToPageType = WorkerToPage["type"];

export const initMessage = (indexURL: string, interruptBuffer: SharedArrayBuffer | null) =>
  ({ type: "init", indexURL, interruptBuffer }) as const satisfies PageToWorker;

export const runMessage = (runId: number, request: RunRequest) =>
  ({ type: "run", runId, request }) as const satisfies PageToWorker;

export const checkMessage = (runId: number, request: CheckRequest) =>
  ({ type: "check", runId, request }) as const satisfies PageToWorker;

export const pingMessage = () => ({ type: "ping" }) as const satisfies PageToWorker;

export const peerMessage = (port: MessagePort | null) =>
  ({ type: "peer", port }) as const satisfies PageToWorker;

export const serveMessage = (port: MessagePort) =>
  ({ type: "serve", port }) as const satisfies PageToWorker;

export const warmedMessage = () => ({ type: "warmed" }) as const satisfies WorkerToPage;

export const pongMessage = () => ({ type: "pong" }) as const satisfies WorkerToPage;

export const progressMessage = (stage: InitStage) =>
  ({ type: "init-progress", stage }) as const satisfies WorkerToPage;

export const readyMessage = (pythonVersion: string, stackSwitching: boolean) =>
  ({ type: "ready", pythonVersion, stackSwitching }) as const satisfies WorkerToPage;

export const outputMessage = (stream: "stdout" | "stderr", runId: number, text: string) =>
  ({ type: stream, runId, text }) as const satisfies WorkerToPage;

export const doneMessage = (runId: number, result: RunResult) =>
  ({ type: "done", runId, result }) as const satisfies WorkerToPage;

export const verdictMessage = (runId: number, verdict: Verdict) =>
  ({ type: "verdict", runId, verdict }) as const satisfies WorkerToPage;

export const interruptedMessage = (runId: number) =>
  ({ type: "interrupted", runId }) as const satisfies WorkerToPage;

export const errorMessage = (runId: number | null, message: string) =>
  ({ type: "error", runId, message }) as const satisfies WorkerToPage;

/** The value written into the interrupt buffer to raise KeyboardInterrupt (SIGINT). */
export const SIGINT = 2;
