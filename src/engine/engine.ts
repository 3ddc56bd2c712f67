/**
 * The engine: Pyodide plus the Interleave runtime, running one program at a time, each in an
 * interpreter of its own.
 *
 * Used unchanged by the browser worker and by Node (CLI, tests, benchmarks). At start it loads one
 * Pyodide, installs and warms up the runtime and takes a memory snapshot of it (see
 * ./interpreter.ts). It restores one interpreter from that snapshot and seals it; after every run
 * that interpreter is reset in place to its sealed state (./reset.ts): a program cannot change
 * what the next run or check sees, and a program that kills its interpreter (`os._exit`, a fatal
 * error) costs only that run, and a restore of a new one.
 * `invoke` (code analysis, trusted runtime code that never runs the program) uses the same
 * interpreter, reset afterwards like a run; the interpreter that made the snapshot is dropped.
 *
 * What a verdict rests on is kept out of the program's reach: its output is recorded here, on the
 * JavaScript side, as it is written (the Python side's copy is ignored); results come back as
 * JSON; and every run is entered with `callPromising` so that its threads can switch stacks
 * through JSPI. Where the JavaScript engine has no JSPI the run is entered with a plain call:
 * asyncio programs still run, and starting a thread fails with a message naming the browsers that
 * can.
 */
import { buildRunRequest, decodeRunResult, RUN_DEFAULTS } from "../contract";
import { expandTrace } from "./trace-wire";
import {
  hasJspi,
  prepareRuntime,
  restoreInterpreter,
  sealedFunction,
  type Interpreter,
  type PyodideLoader,
} from "./interpreter";
import type { PyodideAPI } from "pyodide";
import { installGatedFinalizers } from "./generations";
import type { Engine, RunEvent, RunRequest, RunResult } from "./types";

export { hasJspi, RUNTIME_ROOT, runtimeRelativePath } from "./interpreter";
export type { PyodideLoader } from "./interpreter";

export interface EngineStart {
  /** A snapshot made earlier by an engine of the same build (e.g. kept by the page's cache). */
  snapshot?: Uint8Array;
  /**
   * Run programs unsealed, with the whole runtime in reach: only for a host's own code (the
   * runtime's unit tests run as a program), never for a learner's. Not settable by a request.
   */
  trustedPrograms?: boolean;
}

/** An engine, plus the snapshot it runs from (for a host that wants to keep it for next time). */
export interface SnapshotEngine extends Engine {
  readonly snapshot: Uint8Array;
}

function runtimeError(type: string, message: string): RunResult["error"] {
  return { type, message, line: null, traceback: `${type}: ${message}\n` };
}

/** The message of an interpreter that died under a program; null for a KeyboardInterrupt. */
function crashMessage(reason: unknown): string {
  const text = reason instanceof Error ? reason.message : String(reason);
  if (/Maximum call stack|stack overflow|RangeError/i.test(text))
    return "the program recursed deeper than the interpreter's stack allows (the recursion limit was raised too far)";
  if (/out of memory|Array buffer allocation|Cannot enlarge memory/i.test(text))
    return "the program used more memory than the interpreter has";
  return `the interpreter stopped working (${text.split("\n")[0]})`;
}

/** The status of an `os._exit(n)` (Emscripten's ExitStatus), or null for anything else. */
function exitStatus(reason: unknown): number | null {
  if (typeof reason !== "object" || reason === null) return null;
  const { name, status } = reason as { name?: unknown; status?: unknown };
  return (name === "ExitStatus" || name === "Exit") && typeof status === "number" ? status : null;
}

/** Installs and warms up the runtime in a plain Pyodide, and snapshots it. */
function makeSnapshot(maker: PyodideAPI, runtimeFiles: Record<string, string>): Uint8Array {
  prepareRuntime(maker, runtimeFiles);
  return (maker as unknown as { makeMemorySnapshot(): Uint8Array }).makeMemorySnapshot();
}

/**
 * Lets every green-thread stack the run woke finish its turn before the interpreter is reset.
 * The run's result can come back while a thread it woke last (one that exited, or was unwound at
 * the end) still has promise reactions queued: its return through Python and the release of its
 * proxy. Run after a reset, they would write into the restored memory (seen as "memory access out
 * of bounds" a few runs later). Those reactions are microtasks, and a macrotask runs only once the
 * microtask queue is empty, so one macrotask turn is enough; a thread still parked then waits on
 * a promise nothing will resolve, and never runs again.
 */
function settleThreadStacks(): Promise<void> {
  // A message to ourselves: a macrotask without a timer (no clock is read, nothing waits on time).
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** Creates an engine. `runtimeFiles` maps paths under runtime/ to their text. */
export async function createEngine(
  load: PyodideLoader,
  runtimeFiles: Record<string, string>,
  start: EngineStart = {},
): Promise<SnapshotEngine> {
  const jspi = hasJspi();
  installGatedFinalizers(); // before any Pyodide module exists (see ./generations.ts)
  const maker = start.snapshot ? null : await load({ makeSnapshot: true });
  const snapshot = maker ? makeSnapshot(maker, runtimeFiles) : (start.snapshot ?? new Uint8Array());

  // One interpreter runs every program and is reset in place after each run (./reset.ts). It is
  // always one restored from the snapshot, never the one that made it: loading a snapshot runs
  // some Python of Pyodide's own, so only restored interpreters start from the same memory, and
  // a program prints the same object addresses on a first and a repeat visit, in the CLI and the
  // app. A run that kills it (os._exit, a fatal error) or grows its memory far gets a new one.
  const restore = (): Promise<Interpreter> => {
    const next = restoreInterpreter(load, snapshot, runtimeFiles, jspi, start.trustedPrograms);
    next.catch(() => undefined); // reported when a run takes it
    return next;
  };
  let current: Promise<Interpreter> = restore();
  const pythonVersion = (await current).pythonVersion;
  /** After a run: reset the interpreter, or replace it if it cannot be (or the run killed it). */
  const recycle = (interpreter: Interpreter, alive: boolean): void => {
    let reset = false;
    try {
      reset = alive && interpreter.reset();
    } catch (reason) {
      console.error("Interleave: resetting the interpreter failed; restoring a new one", reason);
    }
    if (!reset) current = restore();
  };
  let busy = false;

  /**
   * Has the interpreter compile the program and keep it across resets (interleave.program_cache)
   * before its first run there, in an `invoke` whose memory is reset like a run's: the rewrite
   * costs tens of milliseconds a run, and a check runs one program many times. Every run then
   * loads the kept program the same way, so it starts from the same memory whichever run it is.
   * Returns the interpreter to run in (a new one, if the compile left this one too grown).
   */
  async function keepProgram(interpreter: Interpreter, request: RunRequest): Promise<Interpreter> {
    const code = request.code;
    const filename = request.filename ?? RUN_DEFAULTS.filename;
    const explore = request.explore !== undefined && request.explore !== null;
    const key = `${filename}\0${explore ? 1 : 0}\0${code}`;
    if (interpreter.keepsProgram(key)) return interpreter;
    try {
      interpreter.invoke("program_cache", "keep", JSON.stringify({ code, filename, explore }));
    } finally {
      recycle(interpreter, true);
    }
    return current;
  }

  async function runIn(
    request: RunRequest,
    onEvent?: (event: RunEvent) => void,
  ): Promise<RunResult> {
    const recorded = { stdout: "", stderr: "" };
    let lineStart = true;
    const emit = sealedFunction((stream: string, text: string): void => {
      const key = stream === "stderr" ? "stderr" : "stdout";
      recorded[key] += text;
      if (text !== "") lineStart = text.endsWith("\n");
      onEvent?.({ kind: key, text });
    });
    const interpreter = await keepProgram(await current, request);
    let json: string;
    try {
      // Settled whether the run returned or threw, before either path recycles the interpreter.
      json = await interpreter.run(JSON.stringify(request), emit).finally(settleThreadStacks);
    } catch (reason) {
      if (reason instanceof Error && /KeyboardInterrupt/.test(reason.message)) {
        recycle(interpreter, true);
        throw reason;
      }
      recycle(interpreter, false);
      const status = exitStatus(reason);
      const message = status === null ? crashMessage(reason) : "";
      const note =
        status === null
          ? `[Interleave] The run was stopped: ${message}.\n`
          : `[Interleave] os._exit(${status}) ended the interpreter at once: no timeline for this run.\n`;
      emit("stderr", (lineStart ? "" : "\n") + note);
      return {
        stdout: recorded.stdout,
        stderr: recorded.stderr,
        exitCode: status ?? 1,
        elapsed: 0,
        error: status === null ? runtimeError("InterpreterCrash", message) : null,
        trace: { version: 1, lanes: [], events: [], truncated: false },
        deadlock: null,
        reports: {},
        seed: request.seed ?? 0,
      };
    }
    recycle(interpreter, true);
    // Decoded against the run contract (src/contract): an off-contract result is an error naming
    // the field, never a cast.
    const result = decodeRunResult(json, expandTrace);
    // The program shares its interpreter with the runtime: what it printed is what was streamed.
    return { ...result, stdout: recorded.stdout, stderr: recorded.stderr };
  }

  return {
    stackSwitching: jspi,
    pythonVersion,
    snapshot,
    async run(request, onEvent) {
      if (busy) throw new Error("the engine is already running a program");
      // Every default filled in from the contract and every field checked before Python sees it.
      const complete = buildRunRequest(request);
      busy = true;
      try {
        return await runIn(complete, onEvent);
      } finally {
        busy = false;
      }
    },
    async invoke(module: string, func: string, payload: unknown): Promise<unknown> {
      if (busy) throw new Error("the engine is already running a program");
      busy = true;
      try {
        const interpreter = await current;
        let json: string;
        try {
          json = interpreter.invoke(module, func, JSON.stringify(payload ?? null));
        } finally {
          recycle(interpreter, true);
        }
        return JSON.parse(json) as unknown;
      } finally {
        busy = false;
      }
    },
  };
}
