/**
 * Entry of the Python Web Worker (a module worker). Only wiring: the logic is in ./session.ts.
 *
 * It starts Python as soon as the page sends `init` (right after the page opens), so Python is warm
 * by the time the learner presses Run.
 */
import { checkExercise } from "../checker";
import type { PageToWorker, WorkerToPage } from "../protocol/messages";
import { loadEngine } from "./load-engine";
import { createSession, isKeyboardInterrupt } from "./session";

/** The slice of DedicatedWorkerGlobalScope used here (the project compiles with the DOM lib). */
interface WorkerScope {
  postMessage(message: WorkerToPage): void;
  addEventListener(type: "message", listener: (event: MessageEvent<PageToWorker>) => void): void;
  addEventListener(
    type: "unhandledrejection",
    listener: (event: PromiseRejectionEvent) => void,
  ): void;
}

const scope = self as unknown as WorkerScope;
const session = createSession({
  post: (message) => scope.postMessage(message),
  loadEngine,
  // keepTrace: the page draws the main run's timeline from the verdict.
  check: (engine, { exercise, code, lang }) =>
    checkExercise(engine, exercise, code, { lang, keepTrace: true }),
});

scope.addEventListener("message", (event) => void session.handle(event.data));

// After a Stop, Pyodide can also reject a promise nobody awaits with the same KeyboardInterrupt;
// left alone, Chromium reports it as an error of the page. Anything else is a real bug: let it show.
scope.addEventListener("unhandledrejection", (event) => {
  if (isKeyboardInterrupt(event.reason)) event.preventDefault();
});
