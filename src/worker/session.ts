/**
 * The Python worker's logic, kept apart from the Worker wiring so tests can drive it directly.
 *
 * A session starts the engine once (on `init`), then does jobs (runs and checks) one at a time in
 * the order they arrive. A run ends with exactly one message: `done`, `interrupted` (the page set
 * the interrupt buffer and Python raised KeyboardInterrupt, whether the engine reported it as a
 * result or threw it) or `error`. A check ends with `verdict`, `interrupted` or `error` the same
 * way: Stop works during a check exactly as during a run. Nothing escapes as an unhandled
 * rejection: in a browser that would surface as a page error.
 */
import type { Verdict } from "../checker";
import type { Engine, RunRequest, RunResult } from "../engine/types";
import {
  doneMessage,
  errorMessage,
  interruptedMessage,
  outputMessage,
  pongMessage,
  progressMessage,
  readyMessage,
  verdictMessage,
  type CheckRequest,
  type InitStage,
  type PageToWorker,
  type WorkerToPage,
} from "../protocol/messages";
import { guardInterrupts, isKeyboardInterrupt } from "./interrupt-guard";

export { isKeyboardInterrupt };

export interface EngineOptions {
  indexURL: string;
  interruptBuffer: SharedArrayBuffer | null;
}

/** Judges an attempt with the given engine (the checker's `checkExercise`, bound to its options). */
export type CheckFn = (engine: Engine, request: CheckRequest) => Promise<Verdict>;

export interface SessionDeps {
  post: (message: WorkerToPage) => void;
  /** Loads Pyodide and the runtime; reports each start-up stage as it begins. */
  loadEngine: (options: EngineOptions, onStage: (stage: InitStage) => void) => Promise<Engine>;
  check: CheckFn;
}

export interface Session {
  /** Handles one message; the promise settles when that message's work is over (never rejects). */
  handle: (message: PageToWorker) => Promise<void>;
}

function messageOf(reason: unknown): string {
  if (reason instanceof Error) return reason.message || reason.name;
  return String(reason);
}

export function createSession({ post, loadEngine, check }: SessionDeps): Session {
  let engine: Promise<Engine> | null = null;
  let interrupt: Int32Array | null = null;
  /** Jobs are serialised: each waits for the previous one. */
  let queue: Promise<void> = Promise.resolve();

  async function init(options: EngineOptions): Promise<void> {
    if (engine) {
      post(errorMessage(null, "The worker was initialised twice."));
      return;
    }
    interrupt = options.interruptBuffer ? new Int32Array(options.interruptBuffer) : null;
    engine = loadEngine(options, (stage) => post(progressMessage(stage)));
    try {
      const ready = await engine;
      post(readyMessage(ready.pythonVersion, ready.stackSwitching));
    } catch (reason) {
      post(errorMessage(null, `Python failed to start: ${messageOf(reason)}`));
    }
  }

  /** Waits for the engine and clears a stale interrupt; null (after reporting why) if it cannot run. */
  async function engineFor(runId: number): Promise<Engine | null> {
    if (!engine) {
      post(errorMessage(runId, "Python is not started yet."));
      return null;
    }
    let ready: Engine;
    try {
      ready = await engine;
    } catch (reason) {
      post(errorMessage(runId, `Python failed to start: ${messageOf(reason)}`));
      return null;
    }
    // A Stop aimed at an earlier job must not interrupt this one.
    if (interrupt) Atomics.store(interrupt, 0, 0);
    return ready;
  }

  async function run(runId: number, request: RunRequest): Promise<void> {
    const ready = await engineFor(runId);
    if (!ready) return;
    let result: RunResult;
    try {
      result = await ready.run(request, (event) =>
        post(outputMessage(event.kind, runId, event.text)),
      );
    } catch (reason) {
      post(
        isKeyboardInterrupt(reason)
          ? interruptedMessage(runId)
          : errorMessage(runId, messageOf(reason)),
      );
      return;
    }
    post(
      isKeyboardInterrupt(result.error) ? interruptedMessage(runId) : doneMessage(runId, result),
    );
  }

  async function checkJob(runId: number, request: CheckRequest): Promise<void> {
    const ready = await engineFor(runId);
    if (!ready) return;
    const guard = guardInterrupts(ready, interrupt);
    let verdict: Verdict;
    try {
      verdict = await check(guard.engine, request);
    } catch (reason) {
      // The checker reports its own failures in the verdict; this is a bug in the wiring.
      post(
        guard.interrupted || isKeyboardInterrupt(reason)
          ? interruptedMessage(runId)
          : errorMessage(runId, messageOf(reason)),
      );
      return;
    }
    post(guard.interrupted ? interruptedMessage(runId) : verdictMessage(runId, verdict));
  }

  function enqueue(job: () => Promise<void>): Promise<void> {
    queue = queue.then(job);
    return queue;
  }

  return {
    handle(message) {
      switch (message.type) {
        case "init":
          return init(message);
        case "run":
          return enqueue(() => run(message.runId, message.request));
        case "check":
          return enqueue(() => checkJob(message.runId, message.request));
        case "ping":
          post(pongMessage());
          return Promise.resolve();
      }
    },
  };
}
