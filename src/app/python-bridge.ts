/**
 * The page side of the Python worker: starts it, runs programs and checks, stops them, replaces it
 * when needed. It lives outside React and writes everything it learns through store actions.
 * A check is a job like a run (one at a time, same run ids, same Stop); it ends with a verdict.
 *
 * Stop, in order of preference:
 * 1. Cross-origin isolated page: write SIGINT into the shared interrupt buffer; Python raises
 *    KeyboardInterrupt at the next bytecode and the worker reports `interrupted`.
 * 2. If that does not end the run within `stopGraceMs` (a blocking call that never checks the
 *    buffer), or the page is not isolated (no SharedArrayBuffer): terminate the worker and start a
 *    fresh one. The next Run works as soon as the new worker is ready; no reload needed. Without
 *    isolation a spare worker is kept started, so the replacement is ready at once.
 * Output is batched: a chatty program posts thousands of chunks a second and each store write
 * re-renders (and re-lays out) the console, which would freeze the page. A job's output is
 * written at once until its first line is complete (`print(1)` writes "1" and "\n" apart), for at
 * most `IMMEDIATE_CHUNKS` chunks; later ones are gathered for `outputFlushMs` and written
 * together; everything pending is written before a job's end.
 * A job that fails while it is being stopped (an error, or a check the checker could not finish)
 * counts as stopped: the interrupt can land anywhere, e.g. while a run is still being set up, and
 * the learner asked for a stop, not for an error report.
 */
import type { RunRequest } from "../engine/types";
import {
  checkMessage,
  peerMessage,
  pingMessage,
  runMessage,
  SIGINT,
  type CheckRequest,
  type PageToWorker,
  type WorkerToPage,
} from "../protocol/messages";
import type { Timer } from "../store/timer";
import type { AppState } from "../store/types";
import { SECOND_WORKER_PAIRED, startSecondWorker, type SecondWorker } from "./second-worker";
import { startWorker, type StartedWorker } from "./worker-launch";

export interface WorkerPort {
  /** Posts a message; `transfer` moves what it carries (a MessagePort) to the worker. */
  post: (message: PageToWorker, transfer?: Transferable[]) => void;
  terminate: () => void;
}

export interface WorkerCallbacks {
  onMessage: (message: WorkerToPage) => void;
  /** The worker threw an uncaught error or could not be loaded at all. */
  onCrash: (message: string) => void;
}

export interface BridgeDeps {
  spawn: (callbacks: WorkerCallbacks) => WorkerPort;
  /** Absolute URL of the site's pyodide/ folder. */
  indexURL: string;
  /** Whether SharedArrayBuffer can be used (the page is cross-origin isolated). */
  isolated: boolean;
  /** The machine's cores (`navigator.hardwareConcurrency`): with two or more, an isolated page
   *  keeps a second worker for checks' runs side by side (./second-worker.ts). Default 1. */
  cores?: number;
  /** A worker started before the bridge (by the page's first script, ./python-start.ts) with
   *  the same `spawn`, `indexURL` and `isolated`: it becomes the first current worker. */
  first?: StartedWorker | null;
  timer: Timer;
  store: { getState(): AppState };
  /** How long an interrupt may take before the worker is replaced (default 1000 ms). */
  stopGraceMs?: number;
  /** How long output is gathered before it is written to the store (default 50 ms). */
  outputFlushMs?: number;
  /** Makes a store write that is shown at once (a job's first line) reach the page before its
   * next frame: the app passes React's `flushSync`. Otherwise a write from a worker's message is
   * rendered in a task of React's scheduler, and a frame can come first (default: just write). */
  showNow?: (write: () => void) => void;
  /** How often a busy worker is asked whether it is alive (default 2000 ms). */
  watchdogMs?: number;
  /** How many unanswered asks in a row mean the worker is wedged (default 90: three minutes). */
  watchdogMisses?: number;
  /** Makes the id a job has between page and worker (default: random, so a forged message cannot
   *  name a job). The store numbers jobs 1, 2, 3... as before. */
  newJobId?: () => number;
}

/** At most this many chunks of a job are written at once while its first line is incomplete. */
const IMMEDIATE_CHUNKS = 4;

/** A random id below 2^53: a message a program forges cannot guess the job it would answer for. */
function randomJobId(): number {
  const [hi = 0, lo = 0] = crypto.getRandomValues(new Uint32Array(2));
  return (hi & 0x1fffff) * 2 ** 32 + lo + 1;
}

/** A started worker, not yet (or already) the current one. */
interface Launched {
  port: WorkerPort;
  /** Makes it the current worker, replaying what it reported so far. */
  adopt(): void;
}

export interface PythonBridge {
  /** Starts a run of the given exercise; false (and nothing happens) unless Python is ready and idle. */
  run: (exerciseId: string, request: RunRequest) => boolean;
  /** Starts a check of an attempt; false (and nothing happens) unless Python is ready and idle. */
  check: (exerciseId: string, request: CheckRequest) => boolean;
  /** Stops the current run, if any. */
  stop: () => void;
}

export function createPythonBridge(deps: BridgeDeps): PythonBridge {
  const { spawn, indexURL, isolated, first, timer, stopGraceMs = 1000, outputFlushMs = 50 } = deps;
  const { watchdogMs = 2000, watchdogMisses = 90, newJobId = randomJobId } = deps;
  const showNow = deps.showNow ?? ((write: () => void) => write());
  const state = () => deps.store.getState();
  let worker: WorkerPort | null = null;
  /** A worker started ahead, to replace the current one at once (pages without isolation). */
  let spare: Launched | null = null;
  /** The second worker of the current one (isolated pages on two cores or more). */
  let second: SecondWorker | null = null;
  const twoWorkers = isolated && (deps.cores ?? 1) >= 2;
  /** The current worker's warm-up is over: a second worker starts after the next job. */
  let warmed = false;
  let interrupt: Int32Array | null = null;
  /** Messages from a replaced worker are dropped: only the current generation speaks. */
  let generation = 0;
  let nextRunId = 1;
  /** The job in flight (or the last one): its id with the worker and its number in the store. */
  let job: { id: number; runId: number } | null = null;
  let stopTimer: number | null = null;
  /** The watchdog of the job in flight: unanswered pings so far, and its timer. */
  let watchdog: { misses: number; timer: number } | null = null;
  let pending: { runId: number; chunks: { stream: "stdout" | "stderr"; text: string }[] } | null =
    null;
  let flushTimer: number | null = null;
  /** The latest job to output, and how many more of its chunks may be written at once (none once
   * its first line is on screen: the rest is batched). */
  let atOnce = { runId: -1, left: 0 };

  function bufferOutput(runId: number, stream: "stdout" | "stderr", text: string): void {
    if (pending && pending.runId !== runId) flushOutput();
    if (atOnce.runId !== runId) atOnce = { runId, left: IMMEDIATE_CHUNKS };
    if (!pending && atOnce.left > 0) {
      // A job's first line is shown at once (a print(1) must not wait for the batch).
      atOnce.left = text.includes("\n") ? 0 : atOnce.left - 1;
      showNow(() => state().appendOutput(runId, stream, text));
      return;
    }
    pending ??= { runId, chunks: [] };
    const last = pending.chunks.at(-1);
    if (last?.stream === stream) last.text += text;
    else pending.chunks.push({ stream, text });
    flushTimer ??= timer.set(flushOutput, outputFlushMs);
  }

  function flushOutput(): void {
    if (flushTimer !== null) timer.clear(flushTimer);
    flushTimer = null;
    const batch = pending;
    pending = null;
    for (const chunk of batch?.chunks ?? []) {
      state().appendOutput(batch?.runId ?? -1, chunk.stream, chunk.text);
    }
  }

  function clearStopTimer(): void {
    if (stopTimer !== null) timer.clear(stopTimer);
    stopTimer = null;
    stopWatchdog();
  }

  /** A job ended: its worker is free, and a second one starts now if it waited for that. */
  function jobEnded(): void {
    clearStopTimer();
    keepSecond();
  }

  /**
   * While a job runs, the page pings the worker. A worker busy in a long stretch of Python cannot
   * answer until the stretch ends: the step limit ends any stretch of Python within seconds on
   * an idle machine, but 62 s were measured on a 2-core machine at a load of 38. One that never
   * answers is stuck (C code that never returns: a regex that backtracks forever): it is
   * replaced, and the job fails with a message instead of hanging at "Running...". A worker
   * that died is known at once by its life lock (./spawn-worker.ts), and Stop replaces a stuck
   * one within a second, so the watchdog is only the backstop of a run left alone: patient.
   */
  function startWatchdog(): void {
    stopWatchdog();
    const tick = (): void => {
      if (!watchdog) return;
      if (watchdog.misses >= watchdogMisses) {
        crashed("the worker stopped answering (it died or hung); a new one is starting");
        return;
      }
      watchdog.misses++;
      worker?.post(pingMessage());
      second?.ping();
      watchdog.timer = timer.set(tick, watchdogMs);
    };
    watchdog = { misses: 0, timer: timer.set(tick, watchdogMs) };
  }

  function stopWatchdog(): void {
    if (watchdog) timer.clear(watchdog.timer);
    watchdog = null;
  }

  /**
   * Spawns a worker and starts Python in it (or takes `started`, a worker started already). Until
   * it is adopted (made the current one) its messages are held: a spare's start-up is replayed
   * into the store when it takes over.
   */
  function launch(started: StartedWorker = startWorker(spawn, indexURL, isolated)): Launched {
    const { port, interruptBuffer } = started;
    let mine: number | null = null;
    const held: WorkerToPage[] = [];
    /** How it crashed before it was adopted (a worker started early can, before the bridge). */
    let heldCrash: string | null = null;
    started.listen({
      onMessage: (message) => {
        if (mine === null) held.push(message);
        else if (mine === generation) receive(message);
      },
      onCrash: (message) => {
        if (mine === null) {
          heldCrash = message;
          if (spare?.port === port) spare = null; // a spare that died is simply not kept
        } else if (mine === generation) crashed(message);
      },
    });
    return {
      port,
      adopt() {
        mine = ++generation;
        worker = port;
        warmed = false;
        interrupt = interruptBuffer ? new Int32Array(interruptBuffer) : null;
        state().pythonStarting();
        for (const message of held.splice(0)) receive(message);
        if (heldCrash !== null) crashed(heldCrash);
      },
    };
  }

  /** Makes a new current worker: the spare if there is one (often ready already), else a new one. */
  function start(): void {
    const next = spare ?? launch();
    spare = null;
    next.adopt();
  }

  /**
   * Without isolation, Stop must end the worker, and a new one takes seconds to start Python: a
   * spare is started once the current one is ready (so the two never compete for the CPU at
   * start-up) and takes over at once. Isolated pages stop through the interrupt buffer instead.
   */
  function keepSpare(): void {
    if (!isolated && spare === null) spare = launch();
  }

  /**
   * A second worker for the current one, started once that one's warm-up is over and its first
   * job has ended, so the second's start-up (about 1 s of a core) competes with neither: started
   * as soon as the warm-up ended, it slowed a first Check pressed right after the page opened by
   * 10-50 % (the page's own start-up leaves about a second between the two). It is paired once
   * ready itself. One that is lost is not started again until the current worker is replaced.
   */
  function keepSecond(): void {
    if (!twoWorkers || !warmed || second !== null) return;
    const owner = worker;
    const made: SecondWorker = startSecondWorker({
      spawn,
      indexURL,
      misses: watchdogMisses,
      paired: (port) => {
        if (worker !== owner || second !== made || owner === null) return;
        owner.post(peerMessage(port), [port]);
        performance.mark(SECOND_WORKER_PAIRED);
      },
      lost: () => {
        if (worker === owner && second === made) owner?.post(peerMessage(null));
      },
    });
    second = made;
  }

  /** Ends the second worker with the current one (replaced: its successor gets its own). */
  function endSecond(): void {
    second?.end();
    second = null;
  }

  /**
   * The message as the store should see it: the worker names jobs by their random id, the store
   * (and the page's data-run-id) by their number. A message naming any other job is dropped.
   */
  function forCurrentJob(message: WorkerToPage): WorkerToPage | null {
    if (!("runId" in message) || message.runId === null) return message;
    if (job === null || message.runId !== job.id) return null;
    return { ...message, runId: job.runId };
  }

  function receive(raw: WorkerToPage): void {
    const message = forCurrentJob(raw);
    if (message === null) return;
    const s = state();
    // Whatever ends a job comes after its output: write that output first.
    if (message.type !== "stdout" && message.type !== "stderr" && message.type !== "pong")
      flushOutput();
    switch (message.type) {
      case "init-progress":
        s.pythonProgress(message.stage);
        return;
      case "pong":
        if (watchdog) watchdog.misses = 0;
        return;
      case "ready":
        s.pythonReady(message.pythonVersion, message.stackSwitching);
        keepSpare();
        return;
      case "warmed":
        warmed = true;
        return;
      case "stdout":
      case "stderr":
        bufferOutput(message.runId, message.type, message.text);
        return;
      case "done":
        jobEnded();
        s.runFinished(message.runId, message.result);
        return;
      case "verdict":
        jobEnded();
        if (message.verdict.failure !== null && stopping(message.runId))
          s.runStopped(message.runId, false);
        else s.checkFinished(message.runId, message.verdict);
        return;
      case "interrupted":
        jobEnded();
        s.runStopped(message.runId, false);
        return;
      case "error":
        if (message.runId === null) {
          failCurrentRun(message.message);
          s.pythonFailed(message.message);
        } else {
          jobEnded();
          if (stopping(message.runId)) s.runStopped(message.runId, false);
          else s.runFailed(message.runId, message.message);
        }
        return;
    }
  }

  /** Whether the learner is stopping this job right now. */
  function stopping(runId: number): boolean {
    const { runId: current, runStatus } = state();
    return current === runId && runStatus === "stopping";
  }

  function failCurrentRun(message: string): void {
    stopWatchdog();
    const { runId, runFailed } = state();
    if (runId !== null) runFailed(runId, message);
  }

  function crashed(message: string): void {
    clearStopTimer();
    flushOutput();
    const wasReady = state().pythonStatus === "ready";
    const text = `Python crashed: ${message}`;
    failCurrentRun(text);
    worker?.terminate();
    endSecond();
    state().pythonFailed(text);
    // A worker that once worked gets replaced; one that never started would only crash again.
    if (wasReady) start();
  }

  function restart(runId: number): void {
    clearStopTimer();
    flushOutput();
    worker?.terminate();
    endSecond();
    state().runStopped(runId, true);
    start();
  }

  /** Starts a job if Python is ready and idle: gives it a run id and posts what `message` builds. */
  function startJob(
    exerciseId: string,
    mode: "run" | "check",
    message: (runId: number) => PageToWorker,
  ): boolean {
    const s = state();
    if (s.pythonStatus !== "ready" || s.runStatus !== "idle") return false;
    const runId = nextRunId++;
    job = { id: newJobId(), runId };
    s.runStarted(runId, exerciseId, mode);
    second?.clear();
    worker?.post(message(job.id));
    startWatchdog();
    return true;
  }

  launch(first ?? undefined).adopt();

  return {
    run: (exerciseId, request) =>
      startJob(exerciseId, "run", (runId) => runMessage(runId, request)),
    check: (exerciseId, request) =>
      startJob(exerciseId, "check", (runId) => checkMessage(runId, request)),
    stop() {
      const { runId, runStatus, runStopping } = state();
      if (runId === null || runStatus !== "running") return;
      if (!interrupt) {
        restart(runId);
        return;
      }
      Atomics.store(interrupt, 0, SIGINT);
      second?.interrupt();
      runStopping(runId);
      stopTimer = timer.set(() => restart(runId), stopGraceMs);
    },
  };
}
