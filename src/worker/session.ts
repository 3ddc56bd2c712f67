/**
 * The Python worker's logic, kept apart from the Worker wiring so tests can drive it directly.
 *
 * A session starts the engine once (on `init`), then does jobs (runs and checks) one at a time in
 * the order they arrive. A run ends with exactly one message: `done`, `interrupted` (the page set
 * the interrupt buffer and Python raised KeyboardInterrupt, whether the engine reported it as a
 * result or threw it) or `error`. A check ends with `verdict`, `interrupted` or `error` the same
 * way: Stop works during a check exactly as during a run. Nothing escapes as an unhandled
 * rejection: in a browser that would surface as a page error.
 *
 * Once Python is ready, and until the first job arrives, the session runs the warm-up's steps
 * (./warm-up.ts) one at a time in the same queue. The first job stops the warm-up: it waits for
 * the step under way (each is short), and the rest are dropped (the learner's own jobs warm up the
 * rest). The step is not interrupted: an interrupt during a process pool's run was seen to leave
 * the run waiting for ever. A Stop pressed while a step ran was aimed at the job waiting behind
 * it: that job is reported interrupted.
 *
 * With two workers (../protocol/messages.ts, `peer` and `serve`), the current one's checks get the
 * second one's engine (./peer-engine.ts) beside their own, guarded against a Stop with it; the
 * second one makes the runs asked on its channel as jobs of its queue.
 */
import type { Verdict } from "../checker";
import type { Engine, RunRequest, RunResult } from "../engine/types";
import {
  doneMessage,
  errorMessage,
  interruptedMessage,
  outputMessage,
  pongMessage,
  progressMessage,
  readyMessage,
  verdictMessage,
  warmedMessage,
  type CheckRequest,
  type InitStage,
  type PageToWorker,
  type WorkerToPage,
} from "../protocol/messages";
import { guardInterrupts, isKeyboardInterrupt } from "./interrupt-guard";
import { peerEngine, servePeer, type PeerEngine } from "./peer-engine";
import type { WarmUpStep } from "./warm-up";

export { isKeyboardInterrupt };

export interface EngineOptions {
  indexURL: string;
  interruptBuffer: SharedArrayBuffer | null;
}

/** Judges an attempt with the given engine (the checker's `checkExercise`, bound to its options),
 * and the second worker's, if there is one, for runs it may make side by side. */
export type CheckFn = (
  engine: Engine,
  request: CheckRequest,
  peer: Engine | null,
) => Promise<Verdict>;

export interface SessionDeps {
  post: (message: WorkerToPage) => void;
  /** Loads Pyodide and the runtime; reports each start-up stage as it begins. */
  loadEngine: (options: EngineOptions, onStage: (stage: InitStage) => void) => Promise<Engine>;
  check: CheckFn;
  /** Run after Python is ready while no job is waiting (./warm-up.ts); none by default. */
  warmUp?: WarmUpStep[];
}

export interface Session {
  /** Handles one message; the promise settles when that message's work is over (never rejects). */
  handle: (message: PageToWorker) => Promise<void>;
}

function messageOf(reason: unknown): string {
  if (reason instanceof Error) return reason.message || reason.name;
  return String(reason);
}

export function createSession({ post, loadEngine, check, warmUp = [] }: SessionDeps): Session {
  let engine: Promise<Engine> | null = null;
  let interrupt: Int32Array | null = null;
  /** Jobs are serialised: each waits for the previous one. */
  let queue: Promise<void> = Promise.resolve();
  /** Jobs the page asked for that have not ended yet. */
  let waiting = 0;
  /** A Stop landed while a warm-up step ran: it was meant for the job waiting behind it. */
  let stopForNext = false;
  /** The second worker, whose engine a check may make runs with (the `peer` message). */
  let peer: PeerEngine | null = null;

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
      void warm(ready);
    } catch (reason) {
      post(errorMessage(null, `Python failed to start: ${messageOf(reason)}`));
    }
  }

  /** The warm-up's steps, each in the queue while no job waits; then `warmed`. Never rejects. */
  async function warm(ready: Engine): Promise<void> {
    await warmSteps(ready);
    post(warmedMessage());
  }

  async function warmSteps(ready: Engine): Promise<void> {
    for (const step of warmUp) {
      if (waiting > 0) return;
      queue = queue.then(async () => {
        const guard = guardInterrupts(ready, interrupt);
        try {
          await step(guard.engine);
        } catch {
          // Only a speed-up: a step that fails costs the learner nothing.
        }
        const stopped =
          guard.interrupted || (interrupt !== null && Atomics.load(interrupt, 0) !== 0);
        if (stopped && waiting > 0) stopForNext = true;
      });
      await queue;
    }
  }

  /** Waits for the engine and clears a stale interrupt; null (after reporting why) if it cannot run. */
  async function engineFor(runId: number): Promise<Engine | null> {
    if (!engine) {
      post(errorMessage(runId, "Python is not started yet."));
      return null;
    }
    let ready: Engine;
    try {
      ready = await engine;
    } catch (reason) {
      post(errorMessage(runId, `Python failed to start: ${messageOf(reason)}`));
      return null;
    }
    // A Stop aimed at an earlier job must not interrupt this one.
    if (interrupt) Atomics.store(interrupt, 0, 0);
    if (stopForNext) {
      stopForNext = false;
      post(interruptedMessage(runId));
      return null;
    }
    return ready;
  }

  async function run(runId: number, request: RunRequest): Promise<void> {
    const ready = await engineFor(runId);
    if (!ready) return;
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

  async function checkJob(runId: number, request: CheckRequest): Promise<void> {
    const ready = await engineFor(runId);
    if (!ready) return;
    const guard = guardInterrupts(ready, interrupt, peer?.engine ?? null);
    let verdict: Verdict;
    try {
      verdict = await check(guard.engine, request, guard.peer);
    } catch (reason) {
      // The checker reports its own failures in the verdict; this is a bug in the wiring.
      post(
        guard.interrupted || isKeyboardInterrupt(reason)
          ? interruptedMessage(runId)
          : errorMessage(runId, messageOf(reason)),
      );
      return;
    }
    post(guard.interrupted ? interruptedMessage(runId) : verdictMessage(runId, verdict));
  }

  /** The second worker's part: a run the current one asked for, sealed and streaming nothing.
   * Interrupted by a Stop as a job is (the page clears the cell as each job starts). */
  async function serve(request: RunRequest): Promise<RunResult> {
    if (!engine) throw new Error("Python is not started yet.");
    const ready = await engine;
    return ready.run(request);
  }

  /** Takes the channel to the second worker (null: it is gone) once Python is ready here. */
  async function pair(port: MessagePort | null): Promise<void> {
    peer?.lost();
    peer = null;
    if (!port || !engine) return;
    try {
      peer = peerEngine(port, await engine);
    } catch {
      // Python never started here: there is no check to share.
    }
  }

  function enqueue(job: () => Promise<void>): Promise<void> {
    waiting += 1;
    queue = queue.then(job).finally(() => (waiting -= 1));
    return queue;
  }

  return {
    handle(message) {
      switch (message.type) {
        case "init":
          return init(message);
        case "run":
          return enqueue(() => run(message.runId, message.request));
        case "check":
          return enqueue(() => checkJob(message.runId, message.request));
        case "ping":
          post(pongMessage());
          return Promise.resolve();
        case "peer":
          return pair(message.port);
        case "serve":
          servePeer(message.port, (request) => {
            let made!: Promise<RunResult>;
            const job = enqueue(async () => {
              made = serve(request);
              await made.catch(() => undefined);
            });
            return job.then(() => made);
          });
          return Promise.resolve();
      }
    },
  };
}
