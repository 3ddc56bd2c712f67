/**
 * Creates the Python module worker and adapts it to the bridge's WorkerPort. The worker's uncaught
 * errors are turned into crash reports (and not also left to surface as errors of the page).
 */
import type { PageToWorker, WorkerToPage } from "../protocol/messages";
import type { WorkerCallbacks, WorkerPort } from "./python-bridge";

export function spawnPythonWorker({ onMessage, onCrash }: WorkerCallbacks): WorkerPort {
  const worker = new Worker(new URL("../worker/python.worker.ts", import.meta.url), {
    type: "module",
    name: "python",
  });
  worker.addEventListener("message", (event: MessageEvent<WorkerToPage>) => onMessage(event.data));
  worker.addEventListener("error", (event) => {
    event.preventDefault();
    onCrash(event.message || "the worker script could not be loaded");
  });
  worker.addEventListener("messageerror", () =>
    onCrash("a message from the worker was unreadable"),
  );
  return {
    post: (message: PageToWorker) => worker.postMessage(message),
    terminate: () => worker.terminate(),
  };
}
