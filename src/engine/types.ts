/**
 * The contract between the hosts (browser worker, Node CLI, checker) and the Python runtime.
 *
 * A run executes one learner program on the virtual clock and yields a {@link RunResult}:
 * what it printed, how it ended, how long it took in virtual seconds, and a {@link Trace}
 * of everything that happened. Everything here is plain JSON so it can cross a worker boundary.
 */

import type { ExploreOptions, ExploreResult } from "../contract/run";

export type { ExploreOptions, ExploreResult, RaceReport, RaceStep } from "../contract/run";

/** What to run and how. */
export interface RunRequest {
  /** The learner's program, run as `__main__`. */
  code: string;
  /** File name shown in tracebacks (default "main.py"). */
  filename?: string;
  /** Seed for the preemption schedule and the simulated network's jitter (default 0). */
  seed?: number;
  /** Virtual cores for processes (default 4). `os.cpu_count()` reports it. */
  cpuCount?: number;
  /** Stop the run when virtual time passes this many seconds (default 600). */
  virtualTimeLimit?: number;
  /** Stop the run after this many lines of learner code have run: an endless loop (default 60_000_000). */
  stepLimit?: number;
  /** Stop the run when it has printed more than this many characters (default 1_000_000). */
  outputLimit?: number;
  /** Endpoints the exercise declares on the simulated network. */
  endpoints?: EndpointSpec[];
  /** Files to create in the working directory before the run (path -> text). */
  files?: Record<string, string>;
  /**
   * Source of an exercise's test functions (`def test_...`), run after the program in its
   * namespace, still on the virtual clock, by the runtime's own harness (which the program cannot
   * replace). Their outcomes go to `reports.tests`; nothing else can write that key.
   */
  tests?: string;
  /**
   * Python code run after the program, in the same module namespace and still on the virtual
   * clock (used by the checker's test functions). Its reports go to {@link RunResult.reports}.
   */
  after?: string;
  /**
   * Explore schedules (the checker's `schedules` checks, `interleave explore`): a scheduling
   * point at every access to shared data in learner code, PCT thread priorities, jittered
   * wake-ups. Absent in a plain run, which switches threads only where CPython does.
   */
  explore?: ExploreOptions;
}

/** An endpoint on the simulated network, answered for any host unless `host` is given. */
export interface EndpointSpec {
  method?: string;
  host?: string;
  path: string;
  status?: number;
  /** Response body: a string is sent as text, anything else as JSON. */
  body?: unknown;
  headers?: Record<string, string>;
  /** Virtual seconds the response takes. */
  latency?: number;
}

/** Streamed while a program runs. */
export type RunEvent =
  | { readonly kind: "stdout"; readonly text: string }
  | { readonly kind: "stderr"; readonly text: string };

/** How a run ended. */
export interface RunResult {
  stdout: string;
  stderr: string;
  /** 0 on success, 1 on an uncaught exception, deadlock or limit; `sys.exit(n)` gives n. */
  exitCode: number;
  /** Virtual seconds from the start of the run to its end. */
  elapsed: number;
  error: RunError | null;
  trace: Trace;
  /** Set when the run stopped because nothing could ever run again. */
  deadlock: DeadlockReport | null;
  /** Values reported by `interleave.report(key, value)` (used by the checker's test code). */
  reports: Record<string, unknown>;
  /** The seed actually used. */
  seed: number;
  /** Present when the request explored schedules. */
  explore?: ExploreResult;
}

export interface RunError {
  /** Exception type name, e.g. "ZeroDivisionError", or one of the runtime's own:
   *  "Deadlock", "VirtualTimeLimit", "OutputLimit", "KeyboardInterrupt". */
  type: string;
  message: string;
  /** Line in the learner's file where it was raised (innermost frame in that file), if any. */
  line: number | null;
  /** The traceback as CPython would print it, frames of the runtime removed. */
  traceback: string;
}

/** Who waits for what when a run deadlocks. */
export interface DeadlockReport {
  /** Human-readable, several lines, e.g. "Thread-1 waits for Lock A held by Thread-2". */
  message: string;
  waiters: {
    lane: number;
    name: string;
    waitsFor: string;
    heldBy: string | null;
    line: number | null;
  }[];
}

/** A lane is one thread, asyncio task or process: a row of the timeline. */
export interface Lane {
  id: number;
  kind: "process" | "thread" | "task";
  name: string;
  /** The lane that created it (null for the main thread of the main process). */
  parent: number | null;
  /** The process lane it belongs to (a process lane names itself). */
  process: number;
}

/**
 * Every event carries the virtual time `t` (seconds) and its lane.
 * - start/finish: a lane's life; `error` names the exception that ended it.
 * - run: the lane got the CPU (or, for a task, the event loop).
 * - block: it waits; `reason` is one of "sleep", "lock", "condition", "event", "semaphore",
 *   "barrier", "queue", "join", "future", "io", "network", "select", "await", and "yield" (an
 *   asyncio task that gave the loop a turn with `await asyncio.sleep(0)`, ready again at once);
 *   `detail` says on what, e.g. "Lock at line 12" or "GET https://example.com/delay/2".
 * - wake: what it waited for happened.
 * - print: a chunk of output written by that lane.
 * - loop-blocked: an asyncio task held the event loop for `duration` s without awaiting
 *   (e.g. `time.sleep` inside `async def`); `detail` names the blocking call when known.
 */
export type TraceEvent =
  | { t: number; kind: "start"; lane: number }
  | { t: number; kind: "run"; lane: number }
  | { t: number; kind: "block"; lane: number; reason: string; detail?: string }
  | { t: number; kind: "wake"; lane: number }
  | { t: number; kind: "finish"; lane: number; error?: string }
  | { t: number; kind: "print"; lane: number; stream: "stdout" | "stderr"; text: string }
  | { t: number; kind: "loop-blocked"; lane: number; duration: number; detail?: string };

export interface Trace {
  version: 1;
  lanes: Lane[];
  /** In the order they happened; `t` never decreases. */
  events: TraceEvent[];
  /** True when the event list was cut short to keep its size bounded. */
  truncated: boolean;
}

/** A loaded engine: Pyodide plus the runtime package, ready to run programs one at a time. */
export interface Engine {
  /** Runs a program to completion (or until a limit, a deadlock or an interrupt). */
  run(request: RunRequest, onEvent?: (event: RunEvent) => void): Promise<RunResult>;
  /**
   * Calls `interleave.<module>.<func>(payload)` in Python with a JSON payload and returns its
   * JSON result. For tools that need Python but not the simulator (e.g. AST analysis).
   */
  invoke(module: string, func: string, payload: unknown): Promise<unknown>;
  /** Whether this JavaScript engine can switch Python stacks (threads need it; asyncio does not). */
  readonly stackSwitching: boolean;
  /** Python version string, e.g. "3.14.2". */
  readonly pythonVersion: string;
}
