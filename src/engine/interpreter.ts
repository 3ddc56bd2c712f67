/**
 * One sealed interpreter: a Pyodide restored from the engine's memory snapshot, given the
 * runtime's JavaScript helpers and locked down (interleave.seal), then captured (./reset.ts) so
 * that after each run it is put back exactly as it was sealed.
 *
 * The snapshot is taken once per engine, after the runtime was installed, imported and warmed up
 * (interleave.host.prepare), so a restored interpreter is exactly that state: nothing an earlier
 * program did to modules, builtins, the runtime or the file system can be seen. The file system
 * lives on the JavaScript side and is not in the snapshot: the runtime's files are written again
 * (a few milliseconds), and nothing else a program wrote survives.
 */
import type { PyodideAPI } from "pyodide";
import { heapGuardOf, RUN_HEAP_BYTES, type HeapGuard } from "./heap-limit";
import { nextGeneration } from "./generations";
import { captureInterpreter, type InterpreterImage } from "./reset";

/** Where the runtime's files live inside Pyodide's file system. */
export const RUNTIME_ROOT = "/interleave-rt";

/** Loads a Pyodide: plain (and able to make a snapshot), or restored from a snapshot's bytes. */
export type PyodideLoader = (
  from: { snapshot: Uint8Array } | { makeSnapshot: true },
) => Promise<PyodideAPI>;

export interface PyCallableLike {
  (...args: unknown[]): unknown;
  callPromising(...args: unknown[]): Promise<unknown>;
  destroy(): void;
}

/** A restored interpreter, ready for a run whenever it is reset after the previous one. */
export interface Interpreter {
  /** Python's version, e.g. "3.14.2". */
  readonly pythonVersion: string;
  /** Runs `request` (JSON) and returns the runtime's JSON result; `emit` receives output. */
  run(requestJson: string, emit: (stream: string, text: string) => void): Promise<string>;
  /**
   * Calls `interleave.<module>.<func>` (trusted runtime code, e.g. code analysis: it never runs
   * the program) with a JSON payload; returns its JSON. Reset afterwards like a run.
   */
  invoke(module: string, func: string, payloadJson: string): string;
  /**
   * Puts the interpreter back as it was sealed, after a run that did not kill it; false if it
   * should be replaced instead (it grew its memory far).
   */
  reset(): boolean;
  /** Whether a compiled program is kept under `key` (interleave.program_cache.store_key). */
  keepsProgram(key: string): boolean;
}

/** Compiled programs an interpreter keeps across its resets (the last few a host ran). */
const KEPT_PROGRAMS = 16;

/** Normalises a runtime file path to its place below the runtime root ("interleave/x.py"). */
export function runtimeRelativePath(path: string): string {
  const i = path.lastIndexOf("runtime/");
  return i >= 0 ? path.slice(i + "runtime/".length) : path.replace(/^\/+/, "");
}

export function writeRuntimeFiles(pyodide: PyodideAPI, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    const rel = runtimeRelativePath(path);
    if (!rel.endsWith(".py")) continue;
    const full = `${RUNTIME_ROOT}/${rel}`;
    pyodide.FS.mkdirTree(full.slice(0, full.lastIndexOf("/")));
    pyodide.FS.writeFile(full, text);
  }
}

/** Whether this JavaScript engine supports WebAssembly JSPI (either API generation). */
export function hasJspi(): boolean {
  const wasm = WebAssembly as unknown as Record<string, unknown>;
  if (typeof wasm["Suspending"] === "function") return true;
  // The older API, behind --experimental-wasm-stack-switching in Node 20.
  try {
    const Fn = wasm["Function"] as
      (new (type: unknown, fn: unknown, opts: unknown) => unknown) | undefined;
    if (typeof Fn !== "function") return false;
    new Fn({ parameters: ["externref"], results: ["externref"] }, () => null, {
      suspending: "first",
    });
    return true;
  } catch {
    return false;
  }
}

const hostModule = (pyodide: PyodideAPI) =>
  pyodide.pyimport("interleave.host") as unknown as Record<string, PyCallableLike>;

/**
 * Installs the runtime in a plain Pyodide and warms it up; returns the Python version. Run on the
 * interpreter the snapshot is made from (it never runs a learner's program afterwards).
 */
export function prepareRuntime(pyodide: PyodideAPI, files: Record<string, string>): string {
  writeRuntimeFiles(pyodide, files);
  pyodide.runPython(
    `import sys\nfor p in ("${RUNTIME_ROOT}", "${RUNTIME_ROOT}/shims"):\n    sys.path.insert(0, p) if p not in sys.path else None`,
  );
  return String(hostModule(pyodide)["prepare"]!());
}

/**
 * A function Python may hold without a way back to JavaScript's globals: with no prototype, it has
 * no `constructor` (the `Function` constructor would evaluate any source in this realm).
 */
export function sealedFunction<F extends (...args: never[]) => unknown>(fn: F): F {
  Object.setPrototypeOf(fn, null);
  return fn;
}

/**
 * One-shot wake-ups for parked green threads: `parkers(n)` gives n promises a thread may wait on
 * (Python holds them; `run_sync` suspends the thread's stack on one) and `wake(promise)` resolves
 * it.
 * The promise is a real one (through `then`, it leads back to `Function`): a null-prototype
 * thenable doubled the cost of a thread hand-off (605 us against 309 us in Node), and a program
 * reaches a parker only through an introspection path the seal does not know of. They come in a
 * plain array, which leads nowhere its promises do not, and their resolvers stay here: Pyodide
 * takes an object or a function without a prototype from a call in ~300 us, a function in
 * ~160 us, an array in ~15 us (Node 20); a promise returned as it is costs ~11 us, and one of an
 * array converted by `to_py` ~4 us.
 */
function parkers(): {
  parkers: (n: number) => Promise<number>[];
  wake: (promise: unknown) => void;
} {
  const resolvers = new WeakMap<object, (v: number) => void>();
  const make = (): Promise<number> => {
    let resolve!: (v: number) => void;
    const promise = new Promise<number>((r) => (resolve = r));
    resolvers.set(promise, resolve);
    return promise;
  };
  return {
    // `n` at once: Python converts the array in one call (`to_py`), ~4 us a promise in Node
    // against ~14 us for one promise in an array of its own, which crosses into JavaScript twice
    parkers: sealedFunction((n: number): Promise<number>[] =>
      Array.from({ length: Math.min(Math.max(0, Math.trunc(n)), 1024) }, make),
    ),
    wake: sealedFunction((promise: unknown): void => {
      if (typeof promise !== "object" || promise === null) return;
      resolvers.get(promise)?.(0);
      resolvers.delete(promise);
    }),
  };
}

/** The helpers green threads need, in objects with no way back to JavaScript's globals. */
function makeHelpers(
  jspi: boolean,
  heap: HeapGuard | null,
  programs: Map<string, Uint8Array>,
): Record<string, unknown> {
  const helpers = Object.create(null) as Record<string, unknown>;
  // The compiled programs (marshal bytes) interleave.program_cache keeps: a reset puts the linear
  // memory back, and the Python side's cache with it, but not this map.
  helpers["keptProgram"] = sealedFunction((key: string): Uint8Array | undefined =>
    programs.get(key),
  ); // undefined is None in Python (null would be a JsNull)
  helpers["keepProgram"] = sealedFunction((key: string, bytes: Uint8Array): void => {
    programs.delete(key);
    if (programs.size >= KEPT_PROGRAMS) programs.delete(programs.keys().next().value!);
    programs.set(key, bytes.slice()); // a copy: the view Python passed dies with the run
  });
  helpers["jspi"] = jspi;
  // The cap in MB if this run was refused memory (interleave.glue.heap_limit_mb), else 0.
  helpers["heapRefusedMB"] = sealedFunction((): number => heap?.refusedMB() ?? 0);
  const { parkers: batch, wake } = parkers();
  helpers["parkers"] = batch;
  helpers["wake"] = wake;
  helpers["spawn"] = sealedFunction((fn: PyCallableLike): void => {
    fn.callPromising()
      .catch((e: unknown) => {
        // A green thread's stack only ends in an error if the runtime itself failed (or the
        // interpreter died, which the run reports).
        console.error("Interleave: a thread's stack ended with an error", e);
      })
      .finally(() => fn.destroy());
  });
  return helpers;
}

/** Python's version, read from the C library's static string (running Python would allocate). */
function pythonVersionOf(pyodide: PyodideAPI): string {
  const module = (pyodide as unknown as { _module: Record<string, unknown> })._module;
  const getVersion = module["_Py_GetVersion"] as () => number;
  const text = (module["UTF8ToString"] as (ptr: number) => string)(getVersion());
  return /^\d+\.\d+\.\d+/.exec(text)?.[0] ?? text.split(" ")[0] ?? "";
}

/**
 * Runs `work` in a task of its own, after whatever the current one's promise reactions do (the
 * worker posts "ready" in them). A message to ourselves: no timer, no clock is read.
 */
function inNextTask(work: () => void): void {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    work();
  };
  channel.port2.postMessage(null);
}

/** The part of Pyodide's Emscripten module read here. */
interface SealedModule {
  HEAP8: Int8Array;
  finalizationRegistry: unknown;
}

/**
 * Seals `pyodide` (interleave.host.attach), which holds the installed runtime, and captures it for
 * the reset after each run. `trusted` leaves it unsealed, for a host that runs its own code (the
 * runtime's unit tests), never a learner's.
 *
 * The capture (a copy of the whole memory and file system: 120-670 ms in Node at a load of 20) is
 * not on the way to "Python ready": it is made in the next task, or by whatever comes first that
 * runs Python (a run, an invoke), before that Python runs, so the image is the sealed interpreter. The
 * proxies made while sealing are moved to a past generation at once, as the capture would: their
 * finalizers, which would change the memory whenever the collector runs, are dropped.
 */
export function sealInterpreter(pyodide: PyodideAPI, jspi: boolean, trusted = false): Interpreter {
  const host = hostModule(pyodide);
  const heap = heapGuardOf(pyodide);
  const programs = new Map<string, Uint8Array>();
  host["attach"]!(makeHelpers(jspi, heap, programs), trusted);
  const runPy = host["run"]!;
  const invokePy = host["invoke"]!;
  const module = (pyodide as unknown as { _module: SealedModule })._module;
  nextGeneration(module.finalizationRegistry);
  let image: InterpreterImage | null = null;
  const captured = (): InterpreterImage => (image ??= captureInterpreter(pyodide));
  inNextTask(captured);
  heap?.arm(module.HEAP8.buffer.byteLength + RUN_HEAP_BYTES);
  return {
    pythonVersion: pythonVersionOf(pyodide),
    async run(requestJson, emit) {
      captured();
      heap?.newRun();
      const json = jspi ? await runPy.callPromising(requestJson, emit) : runPy(requestJson, emit);
      return String(json);
    },
    invoke(module, func, payloadJson) {
      captured();
      return String(invokePy(module, func, payloadJson));
    },
    reset() {
      const sealed = captured();
      if (sealed.grownTooFar()) return false;
      sealed.restore();
      return true;
    },
    keepsProgram: (key) => programs.has(key),
  };
}

/** Restores a fresh interpreter from the snapshot and seals it (see `sealInterpreter`). */
export async function restoreInterpreter(
  load: PyodideLoader,
  snapshot: Uint8Array,
  files: Record<string, string>,
  jspi: boolean,
  trusted = false,
): Promise<Interpreter> {
  const pyodide = await load({ snapshot });
  writeRuntimeFiles(pyodide, files); // not in the snapshot: the file system is JavaScript's
  return sealInterpreter(pyodide, jspi, trusted);
}
