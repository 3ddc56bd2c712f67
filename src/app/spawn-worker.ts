/**
 * Creates the Python module worker and adapts it to the bridge's WorkerPort. The worker's uncaught
 * errors are turned into crash reports (and not also left to surface as errors of the page), and
 * so is a worker that ends without a word (closed, or killed out of memory): its life lock
 * (../protocol/life-lock.ts, named in the worker's name) tells at once.
 */
import { newLifeLockName, watchLifeLock } from "../protocol/life-lock";
import type { PageToWorker, WorkerToPage } from "../protocol/messages";
import type { WorkerCallbacks, WorkerPort } from "./python-bridge";

export function spawnPythonWorker({ onMessage, onCrash }: WorkerCallbacks): WorkerPort {
  const lock = newLifeLockName();
  const worker = new Worker(new URL("../worker/python.worker.ts", import.meta.url), {
    type: "module",
    name: lock,
  });
  /** Ended by the page (replaced, or Stop): its lock's release is no crash. */
  let terminated = false;
  let watching = false;
  worker.addEventListener("message", (event: MessageEvent<WorkerToPage>) => {
    if (!watching) {
      watching = true;
      watchLifeLock(lock, () => {
        if (!terminated) onCrash("the worker ended without a word (out of memory, or closed)");
      });
    }
    onMessage(event.data);
  });
  worker.addEventListener("error", (event) => {
    event.preventDefault();
    onCrash(event.message || "the worker script could not be loaded");
  });
  worker.addEventListener("messageerror", () =>
    onCrash("a message from the worker was unreadable"),
  );
  return {
    post: (message: PageToWorker, transfer: Transferable[] = []) =>
      worker.postMessage(message, transfer),
    terminate: () => {
      terminated = true;
      worker.terminate();
    },
  };
}
