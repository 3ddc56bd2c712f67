/**
 * Starting one Python worker: spawn it and send `init` at once, so Python starts loading, and hold
 * what it reports until someone listens. The page's first script starts the first worker this way
 * (./python-start.ts) long before the app and its bridge (./python-bridge.ts) are loaded; the
 * bridge starts every later one (the spare, the replacement after Stop or a crash) the same way.
 */
import { initMessage, type WorkerToPage } from "../protocol/messages";
import type { WorkerCallbacks, WorkerPort } from "./python-bridge";

export interface StartedWorker {
  readonly port: WorkerPort;
  /** The interrupt buffer the worker was given: null unless the page is cross-origin isolated. */
  readonly interruptBuffer: SharedArrayBuffer | null;
  /** Sends its reports to `callbacks` from now on, first those it made so far, in order. Once. */
  listen(callbacks: WorkerCallbacks): void;
}

type Report = { kind: "message"; message: WorkerToPage } | { kind: "crash"; message: string };

export function startWorker(
  spawn: (callbacks: WorkerCallbacks) => WorkerPort,
  indexURL: string,
  isolated: boolean,
): StartedWorker {
  const interruptBuffer = isolated ? new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT) : null;
  let listener: WorkerCallbacks | null = null;
  const held: Report[] = [];
  const port = spawn({
    onMessage: (message) => {
      if (listener) listener.onMessage(message);
      else held.push({ kind: "message", message });
    },
    onCrash: (message) => {
      if (listener) listener.onCrash(message);
      else held.push({ kind: "crash", message });
    },
  });
  port.post(initMessage(indexURL, interruptBuffer));
  return {
    port,
    interruptBuffer,
    listen(callbacks) {
      if (listener) throw new Error("a started worker has one listener");
      listener = callbacks;
      for (const report of held.splice(0)) {
        if (report.kind === "message") callbacks.onMessage(report.message);
        else callbacks.onCrash(report.message);
      }
    },
  };
}
