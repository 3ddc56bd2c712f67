/**
 * The Python worker's logic, kept apart from the Worker wiring so tests can drive it directly.
 *
 * A session starts the engine once (on `init`), then runs programs one at a time in the order they
 * arrive. Every run ends with exactly one message: `done`, `interrupted` (the page set the interrupt
 * buffer and Python raised KeyboardInterrupt, whether the engine reported it as a result or threw
 * it) or `error`. Nothing escapes as an unhandled rejection: in a browser that would surface as a
 * page error.
 */
import type { Engine, RunResult } from "../engine/types";
import {
  doneMessage,
  errorMessage,
  interruptedMessage,
  outputMessage,
  progressMessage,
  readyMessage,
  type InitStage,
  type PageToWorker,
  type WorkerToPage,
} from "../protocol/messages";

export interface EngineOptions {
  indexURL: string;
  interruptBuffer: SharedArrayBuffer | null;
}

export interface SessionDeps {
  post: (message: WorkerToPage) => void;
  /** Loads Pyodide and the runtime; reports each start-up stage as it begins. */
  loadEngine: (options: EngineOptions, onStage: (stage: InitStage) => void) => Promise<Engine>;
}

export interface Session {
  /** Handles one message; the promise settles when that message's work is over (never rejects). */
  handle: (message: PageToWorker) => Promise<void>;
}

/** Whether an error or a run result is Python's KeyboardInterrupt (what an interrupt raises). */
export function isKeyboardInterrupt(reason: unknown): boolean {
  if (typeof reason !== "object" || reason === null) return false;
  if ("type" in reason && reason.type === "KeyboardInterrupt") return true;
  // Pyodide's PythonError carries the Python traceback in its message.
  return reason instanceof Error && /^KeyboardInterrupt\b/m.test(reason.message);
}

function messageOf(reason: unknown): string {
  if (reason instanceof Error) return reason.message || reason.name;
  return String(reason);
}

export function createSession({ post, loadEngine }: SessionDeps): Session {
  let engine: Promise<Engine> | null = null;
  let interrupt: Int32Array | null = null;
  /** Runs are serialised: each waits for the previous one. */
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

  async function run(runId: number, request: Parameters<Engine["run"]>[0]): Promise<void> {
    if (!engine) {
      post(errorMessage(runId, "Python is not started yet."));
      return;
    }
    let ready: Engine;
    try {
      ready = await engine;
    } catch (reason) {
      post(errorMessage(runId, `Python failed to start: ${messageOf(reason)}`));
      return;
    }
    // A Stop aimed at an earlier run must not interrupt this one.
    if (interrupt) Atomics.store(interrupt, 0, 0);
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

  return {
    handle(message) {
      switch (message.type) {
        case "init":
          return init(message);
        case "run": {
          queue = queue.then(() => run(message.runId, message.request));
          return queue;
        }
      }
    },
  };
}
