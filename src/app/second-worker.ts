/**
 * The second Python worker of a page that can have two (cross-origin isolated, two cores or more):
 * once it is ready, the two ends of one channel go to it (`serve`) and to the current worker
 * (`paired`, which the bridge posts as `peer`), and the current worker's checks make their tests
 * runs there, side by side with their own runs, all but the first, which also stands for the main
 * run (../checker/check.ts; only an exercise with two tests checks has one to make there). It has its own interrupt
 * cell, which Stop sets with the current worker's. A second worker that crashes, fails to start,
 * or stops answering the pings sent while a job runs is ended and reported `lost`: the current
 * worker's checks then make every run themselves.
 */
import { pingMessage, serveMessage, SIGINT } from "../protocol/messages";
import type { WorkerCallbacks, WorkerPort } from "./python-bridge";
import { startWorker } from "./worker-launch";

/** The page's performance mark once a second worker is paired with the current one (the
 * benchmark waits for it before timing the checks a learner makes after the first). */
export const SECOND_WORKER_PAIRED = "interleave:second-worker-paired";

export interface SecondWorkerDeps {
  spawn: (callbacks: WorkerCallbacks) => WorkerPort;
  indexURL: string;
  /** Ready: the current worker's end of the channel, to post to it as `peer`. */
  paired: (port: MessagePort) => void;
  /** It is gone (after `paired`, or before). Not called for {@link SecondWorker.end}. */
  lost: () => void;
  /** How many unanswered pings in a row mean it is wedged. */
  misses: number;
}

export interface SecondWorker {
  /** Sets its interrupt cell (Stop). */
  interrupt(): void;
  /** Clears its interrupt cell (a new job starts: a Stop aimed at an earlier one is over). */
  clear(): void;
  /** Asks whether it is alive (while a job runs); ends it after `misses` asks unanswered. */
  ping(): void;
  /** Ends it (the current worker is replaced). */
  end(): void;
}

export function startSecondWorker(deps: SecondWorkerDeps): SecondWorker {
  const started = startWorker(deps.spawn, deps.indexURL, true);
  const cell = started.interruptBuffer ? new Int32Array(started.interruptBuffer) : null;
  let ended = false;
  let misses = 0;
  const lose = (): void => {
    if (ended) return;
    ended = true;
    started.port.terminate();
    deps.lost();
  };
  started.listen({
    onMessage(message) {
      if (ended) return;
      if (message.type === "pong") misses = 0;
      else if (message.type === "error" && message.runId === null) lose();
      else if (message.type === "ready") {
        const channel = new MessageChannel();
        started.port.post(serveMessage(channel.port1), [channel.port1]);
        deps.paired(channel.port2);
      }
    },
    onCrash: lose,
  });
  return {
    interrupt() {
      if (cell) Atomics.store(cell, 0, SIGINT);
    },
    clear() {
      if (cell) Atomics.store(cell, 0, 0);
    },
    ping() {
      if (ended) return;
      if (misses >= deps.misses) lose();
      else {
        misses++;
        started.port.post(pingMessage());
      }
    },
    end() {
      ended = true;
      started.port.terminate();
    },
  };
}
