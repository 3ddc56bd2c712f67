/**
 * Both ends of the channel to the second worker (../protocol/peer.ts). The current worker's end is
 * an {@link Engine} whose runs are made there: a run fails when the second worker answers that it
 * could not make it, was stopped, or is gone (`lost`); the checker then makes that run itself
 * (../checker/check.ts). The second worker's end makes each asked run with its own engine.
 */
import type { Engine, RunRequest, RunResult } from "../engine/types";
import type { PeerAnswer, PeerAsk } from "../protocol/peer";
import { isKeyboardInterrupt } from "./interrupt-guard";
import { marked } from "./startup-marks";

/** The slice of MessagePort used here. */
export interface PeerPort {
  postMessage(message: PeerAsk | PeerAnswer): void;
  onmessage: ((event: MessageEvent) => void) | null;
  close(): void;
}

export interface PeerEngine {
  readonly engine: Engine;
  /** The second worker is gone: every run under way, and every later one, fails. */
  lost(): void;
}

/** The current worker's end: runs made by the worker at the other end of `port`. */
export function peerEngine(port: PeerPort, local: Engine): PeerEngine {
  const pending = new Map<
    number,
    { resolve: (r: RunResult) => void; reject: (e: Error) => void }
  >();
  let nextId = 1;
  let gone = false;
  port.onmessage = (event: MessageEvent<PeerAnswer>) => {
    const answer = event.data;
    const call = pending.get(answer.id);
    if (!call) return;
    pending.delete(answer.id);
    if ("result" in answer) call.resolve(answer.result);
    // The message of an interrupted run says so, as Pyodide's own KeyboardInterrupt does.
    else
      call.reject(
        new Error(answer.interrupted ? `KeyboardInterrupt: ${answer.error}` : answer.error),
      );
  };
  const engine: Engine = {
    stackSwitching: local.stackSwitching,
    pythonVersion: local.pythonVersion,
    run(request: RunRequest): Promise<RunResult> {
      if (gone) return Promise.reject(new Error("the second worker is gone"));
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        port.postMessage({ id, request });
      });
    },
    invoke: () => Promise.reject(new Error("the second worker only makes runs")),
  };
  return {
    engine,
    lost() {
      gone = true;
      port.onmessage = null;
      port.close();
      for (const call of pending.values()) call.reject(new Error("the second worker is gone"));
      pending.clear();
    },
  };
}

/** The second worker's end: each run asked on `port` is made by `run` (one at a time, in the
 * worker's queue) and answered; marked `peer-run#<n>` (./startup-marks.ts) for tools that check
 * the second worker did it. */
export function servePeer(port: PeerPort, run: (request: RunRequest) => Promise<RunResult>): void {
  port.onmessage = (event: MessageEvent<PeerAsk>) => {
    const { id, request } = event.data;
    void marked(`peer-run#${id}`, () => run(request)).then(
      (result) =>
        port.postMessage(
          isKeyboardInterrupt(result.error)
            ? { id, error: "stopped", interrupted: true }
            : { id, result },
        ),
      (reason: unknown) =>
        port.postMessage({
          id,
          error: reason instanceof Error ? reason.message : String(reason),
          interrupted: isKeyboardInterrupt(reason),
        }),
    );
  };
}
