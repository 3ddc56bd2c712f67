/**
 * Entry of the Python Web Worker (a module worker), kept small on purpose: when the page's `init`
 * arrives it starts what takes longest at once (./early-start.ts: Pyodide's loader and WebAssembly,
 * the memory snapshot), while its main code (./worker-main.ts: the session, the engine, the
 * checker) loads. Only wiring: the logic is in ./session.ts.
 */
import { holdLifeLock } from "../protocol/life-lock";
import { errorMessage, type PageToWorker, type WorkerToPage } from "../protocol/messages";
import { startEarly, type EarlyStart } from "./early-start";
import { isKeyboardInterrupt } from "./interrupt-guard";

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
const post = (message: WorkerToPage) => scope.postMessage(message);
let early: EarlyStart | null = null;
// Held until the worker ends, however it ends: the page learns of a silent death at once. Messages
// wait until it is held and the main code is loaded (in order: each is chained on one promise).
const alive = holdLifeLock(scope.name);
const session = Promise.all([import("./worker-main"), alive]).then(([main]) =>
  main.workerSession(post, (options) => (early ??= startEarly(options))),
);
session.catch((reason: unknown) =>
  post(
    errorMessage(
      null,
      `Python failed to start: the worker's code did not load (${String(reason)})`,
    ),
  ),
);

scope.addEventListener("message", (event) => {
  const message = event.data;
  if (message.type === "init") early ??= startEarly(message);
  // A main code that did not load was reported once, above.
  session.then(
    (s) => s.handle(message),
    () => undefined,
  );
});

// After a Stop, Pyodide can also reject a promise nobody awaits with the same KeyboardInterrupt;
// left alone, Chromium reports it as an error of the page. Anything else is a real bug: let it show.
scope.addEventListener("unhandledrejection", (event) => {
  if (isKeyboardInterrupt(event.reason)) event.preventDefault();
});
