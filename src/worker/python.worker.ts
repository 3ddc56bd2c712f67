/**
 * Entry of the Python Web Worker (a module worker). Only wiring: the logic is in ./session.ts.
 *
 * It starts Python as soon as the page sends `init` (right after the page opens), so Python is warm
 * by the time the learner presses Run.
 */
import { checkExercise } from "../checker";
import { holdLifeLock } from "../protocol/life-lock";
import type { PageToWorker, WorkerToPage } from "../protocol/messages";
import { loadEngine } from "./load-engine";
import { createSession, isKeyboardInterrupt } from "./session";

/** The slice of DedicatedWorkerGlobalScope used here (the project compiles with the DOM lib). */
interface WorkerScope {
  /** The worker's name: the page names it for its life lock (../protocol/life-lock.ts). */
  readonly name: string;
  postMessage(message: WorkerToPage): void;
  addEventListener(type: "message", listener: (event: MessageEvent<PageToWorker>) => void): void;
  addEventListener(
    type: "unhandledrejection",
    listener: (event: PromiseRejectionEvent) => void,
  ): void;
}

const scope = self as unknown as WorkerScope;
// Held until the worker ends, however it ends: the page learns of a silent death at once. Messages
// wait until it is held (in order: each is chained on the same promise).
const alive = holdLifeLock(scope.name);
const session = createSession({
  post: (message) => scope.postMessage(message),
  loadEngine,
  // keepTrace: the page draws the main run's timeline from the verdict.
  check: (engine, { exercise, code, lang }) =>
    checkExercise(engine, exercise, code, { lang, keepTrace: true }),
});

scope.addEventListener("message", (event) => void alive.then(() => session.handle(event.data)));

// After a Stop, Pyodide can also reject a promise nobody awaits with the same KeyboardInterrupt;
// left alone, Chromium reports it as an error of the page. Anything else is a real bug: let it show.
scope.addEventListener("unhandledrejection", (event) => {
  if (isKeyboardInterrupt(event.reason)) event.preventDefault();
});
