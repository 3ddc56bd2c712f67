/**
 * Keeps a Stop from being judged. A check makes several engine calls (code analysis, the main run,
 * test runs, schedules) and the checker turns any failure into a verdict; an interrupted run would
 * otherwise be graded as a wrong answer. This wraps the engine so that, once the learner pressed
 * Stop, every call fails with a KeyboardInterrupt and the guard remembers it: the session then
 * reports the job as `interrupted` whatever the checker returned.
 *
 * Pyodide clears the interrupt cell when it raises KeyboardInterrupt, so the guard cannot just read
 * the cell after the fact: it watches each call's outcome, and reads the cell before each call (a
 * Stop that lands between two runs of a check). The second worker's engine (./peer-engine.ts), if
 * the check has one, is guarded alongside: a Stop seen by either stops both.
 */
import type { Engine, RunRequest, RunResult } from "../engine/types";
import { SIGINT } from "../protocol/messages";

/** Whether an error or a run result is Python's KeyboardInterrupt (what an interrupt raises). */
export function isKeyboardInterrupt(reason: unknown): boolean {
  if (typeof reason !== "object" || reason === null) return false;
  if ("type" in reason && reason.type === "KeyboardInterrupt") return true;
  // Pyodide's PythonError carries the Python traceback in its message.
  return reason instanceof Error && /^KeyboardInterrupt\b/m.test(reason.message);
}

export interface InterruptGuard {
  /** The engine to hand to the checker. */
  readonly engine: Engine;
  /** The second worker's engine, guarded the same way (null without one). */
  readonly peer: Engine | null;
  /** True once any call was interrupted (or refused because Stop was pressed). */
  readonly interrupted: boolean;
}

/** Raised in place of an interrupted call; its message matches {@link isKeyboardInterrupt}. */
const interruptError = () => new Error("KeyboardInterrupt: stopped by the learner");

export function guardInterrupts(
  engine: Engine,
  cell: Int32Array | null,
  peer: Engine | null = null,
): InterruptGuard {
  let interrupted = false;
  const stopRequested = () => cell !== null && Atomics.load(cell, 0) === SIGINT;

  async function watch<T>(call: () => Promise<T>, isInterrupt: (value: T) => boolean): Promise<T> {
    if (interrupted || stopRequested()) {
      interrupted = true;
      throw interruptError();
    }
    let value: T;
    try {
      value = await call();
    } catch (reason) {
      if (isKeyboardInterrupt(reason)) interrupted = true;
      throw reason;
    }
    if (isInterrupt(value)) {
      interrupted = true;
      throw interruptError();
    }
    return value;
  }

  const guard = (inner: Engine): Engine => ({
    get stackSwitching() {
      return inner.stackSwitching;
    },
    get pythonVersion() {
      return inner.pythonVersion;
    },
    run: (request: RunRequest, onEvent) =>
      watch<RunResult>(
        () => inner.run(request, onEvent),
        (result) => isKeyboardInterrupt(result.error),
      ),
    invoke: (module, func, payload) =>
      watch(
        () => inner.invoke(module, func, payload),
        () => false,
      ),
  });
  return {
    engine: guard(engine),
    peer: peer && guard(peer),
    get interrupted() {
      return interrupted;
    },
  };
}
