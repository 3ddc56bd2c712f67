/**
 * The names the page and the Python runtime share: block reasons, stop kinds, trace event kinds,
 * lane kinds, report keys, and the run request's defaults.
 *
 * Defined once here. ./run builds the TypeBox contract (and so the published JSON Schema) from
 * them; scripts/gen-contract.ts writes runtime/interleave/contract.py from them, so the runtime
 * reads the same strings, and a test fails when that file is stale. Adding a reason here makes
 * every `Record<BlockReason, ...>` (timeline colours, legend labels) a compile error until it is
 * handled.
 */

/**
 * Why a lane waits, with what each means (the schema shows these texts to instructors).
 * The key order is the timeline legend's order.
 */
export const BLOCK_REASON_INFO = {
  sleep: "time.sleep() or asyncio.sleep() with a positive delay.",
  lock: "Lock.acquire() / RLock.acquire() (or `with lock:`).",
  condition: "Condition.wait() / wait_for().",
  semaphore: "Semaphore.acquire() / BoundedSemaphore.acquire().",
  barrier: "Barrier.wait().",
  event: "Event.wait().",
  queue: "queue.get() on an empty queue, put() on a full one, or join().",
  join: "Thread.join() / Process.join(): waiting for another lane to finish.",
  future: "Future.result(), concurrent.futures.wait() or as_completed().",
  await: "An asyncio task awaits something (a future, another task, a lock, a queue...).",
  select: "The event loop waits with no task ready to run.",
  io: "A simulated file operation (aiofiles).",
  network: "A request on the simulated network (requests, urllib, aiohttp).",
  yield: "An asyncio task gave the loop a turn with `await asyncio.sleep(0)`; ready again at once.",
} as const;

export type BlockReason = keyof typeof BLOCK_REASON_INFO;
export const BLOCK_REASONS = Object.keys(BLOCK_REASON_INFO) as BlockReason[];

/** Why a run was stopped by the runtime rather than ending on its own; `RunError.type` names it. */
export const STOP_KIND_INFO = {
  Deadlock: "Every lane waits and nothing can wake any of them (see `deadlock`).",
  VirtualTimeLimit: "Virtual time passed the request's virtualTimeLimit.",
  StepLimit: "The program ran more than stepLimit lines of its own code (an endless loop).",
  OutputLimit: "The program printed more than outputLimit characters.",
  ProcessLimit: "The program had more than 64 simulated processes alive at once.",
  KeyboardInterrupt: "The run was stopped from outside (the Stop button).",
} as const;

export type StopKind = keyof typeof STOP_KIND_INFO;
export const STOP_KINDS = Object.keys(STOP_KIND_INFO) as StopKind[];

/** `RunError.type` when the request itself could not be set up (a malformed endpoint). */
export const SETUP_ERROR_TYPE = "InvalidEndpoint";

/** The kinds of trace events (their fields are in ./run). */
export const EVENT_KINDS = [
  "start",
  "run",
  "block",
  "wake",
  "finish",
  "print",
  "loop-blocked",
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** A lane is one process, thread or asyncio task: a row of the timeline. */
export const LANE_KINDS = ["process", "thread", "task"] as const;
export type LaneKind = (typeof LANE_KINDS)[number];

export const STREAMS = ["stdout", "stderr"] as const;
export type Stream = (typeof STREAMS)[number];

/** Keys of `RunResult.reports` the runtime itself writes. */
export const REPORT_KEYS = {
  /** The outcomes of the request's `tests`, written only by the runtime's harness. */
  tests: "tests",
} as const;

/** Keys of the deadlock report and of each of its waiters (Python builds these dicts). */
export const DEADLOCK_KEYS = { message: "message", waiters: "waiters" } as const;
export const WAITER_KEYS = {
  lane: "lane",
  name: "name",
  waitsFor: "waitsFor",
  heldBy: "heldBy",
  line: "line",
} as const;

/** The learner's program's file name: tracebacks and deadlock reports name it. */
export const DEFAULT_FILENAME = "main.py";

/**
 * Defaults of a run request, the same for the app, `interleave check` and `interleave run`
 * (each can be raised: an exercise's `run` settings, `run --time-limit`/`--output-limit`).
 *
 * - 60 virtual seconds: every exercise's program finishes in seconds of virtual time; a program
 *   that sleeps in a loop forever should end with a clear message soon, not after ten minutes of
 *   a spinning timeline.
 * - 10,000,000 steps (lines of learner code): an endless loop must end within ~5 s of real time
 *   in Chromium. Pyodide runs 2.5-5 million lines per CPU-second on this 2-core machine
 *   (measured in Node's V8: 5 million lines of `while True: pass`, the slowest per line, took
 *   2.0 s of CPU; of a four-statement body, 1.0 s), so the limit costs 2-4 s. The busiest course
 *   programs run well under it (`validate` runs every reference solution and starter with these
 *   limits). An exercise's `run.stepLimit` raises it.
 * - 100,000 printed characters: more than a learner reads; keeps the page's console responsive.
 */
export const RUN_DEFAULTS = {
  filename: DEFAULT_FILENAME,
  seed: 0,
  cpuCount: 4,
  virtualTimeLimit: 60,
  stepLimit: 10_000_000,
  outputLimit: 100_000,
} as const;
