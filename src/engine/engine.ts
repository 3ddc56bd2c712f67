/**
 * The engine: Pyodide plus the Interleave runtime, running one program at a time.
 *
 * Used unchanged by the browser worker and by Node (CLI, tests, benchmarks). It installs the
 * runtime's Python files into Pyodide's file system, gives the runtime the two JavaScript
 * helpers green threads need (start a Python function on a new stack; a promise to park a stack
 * on), completes and validates each request, and decodes the JSON the runtime returns against
 * the run contract (src/contract), so an off-contract result is an error, never a cast.
 *
 * Every run is entered with `callPromising`, so that its threads can switch stacks through
 * JSPI. Where the JavaScript engine has no JSPI the run is entered with a plain call: asyncio
 * programs still run, and starting a thread fails with a message naming the browsers that can.
 */
import type { PyodideAPI } from "pyodide";
import { buildRunRequest, decodeRunResult } from "../contract";
import type { Engine, RunEvent, RunRequest, RunResult } from "./types";

/** Where the runtime's files live inside Pyodide's file system. */
export const RUNTIME_ROOT = "/interleave-rt";

interface PyCallableLike {
  (...args: unknown[]): unknown;
  callPromising(...args: unknown[]): Promise<unknown>;
  destroy(): void;
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

/** Normalises a runtime file path to its place below the runtime root ("interleave/x.py"). */
export function runtimeRelativePath(path: string): string {
  const i = path.lastIndexOf("runtime/");
  const rel = i >= 0 ? path.slice(i + "runtime/".length) : path.replace(/^\/+/, "");
  return rel;
}

function writeRuntimeFiles(pyodide: PyodideAPI, files: Record<string, string>): void {
  const fs = pyodide.FS;
  for (const [path, text] of Object.entries(files)) {
    const rel = runtimeRelativePath(path);
    if (!rel.endsWith(".py")) continue;
    const full = `${RUNTIME_ROOT}/${rel}`;
    const parts = full.split("/").slice(1, -1);
    let dir = "";
    for (const part of parts) {
      dir += `/${part}`;
      if (!fs.analyzePath(dir).exists) fs.mkdir(dir);
    }
    fs.writeFile(full, text);
  }
}

/** Creates an engine on a loaded Pyodide. `runtimeFiles` maps paths under runtime/ to text. */
export async function createEngine(
  pyodide: PyodideAPI,
  runtimeFiles: Record<string, string>,
): Promise<Engine> {
  writeRuntimeFiles(pyodide, runtimeFiles);
  pyodide.runPython(
    `import sys\nfor p in ("${RUNTIME_ROOT}/shims", "${RUNTIME_ROOT}"):\n    sys.path.insert(0, p) if p not in sys.path else None`,
  );
  const jspi = hasJspi();
  const helpers = {
    jspi,
    spawn(fn: PyCallableLike): void {
      fn.callPromising()
        .catch((e: unknown) => {
          // A green thread's stack only ends in an error if the runtime itself failed.
          console.error("Interleave: a thread's stack ended with an error", e);
        })
        .finally(() => fn.destroy());
    },
    parker(): { promise: Promise<number>; resolve: (v: number) => void } {
      let resolve!: (v: number) => void;
      const promise = new Promise<number>((r) => (resolve = r));
      return { promise, resolve };
    },
  };
  const host = pyodide.pyimport("interleave.host") as unknown as Record<string, PyCallableLike>;
  const init = host["init"]!;
  const runPy = host["run"]!;
  const invokePy = host["invoke"]!;
  const pythonVersion = String(jspi ? await init.callPromising(helpers) : init(helpers));
  let busy = false;

  return {
    stackSwitching: jspi,
    pythonVersion,
    async run(request: RunRequest, onEvent?: (event: RunEvent) => void): Promise<RunResult> {
      if (busy) throw new Error("the engine is already running a program");
      const complete = buildRunRequest(request);
      busy = true;
      const emit = (stream: string, text: string): void => {
        if (!onEvent) return;
        onEvent(stream === "stderr" ? { kind: "stderr", text } : { kind: "stdout", text });
      };
      try {
        const json = jspi
          ? await runPy.callPromising(JSON.stringify(complete), emit)
          : runPy(JSON.stringify(complete), emit);
        return decodeRunResult(String(json));
      } finally {
        busy = false;
      }
    },
    invoke(module: string, func: string, payload: unknown): Promise<unknown> {
      // A synchronous call into Python while a run's threads are suspended could write over
      // their saved stacks, so tools wait for the run to end.
      if (busy) return Promise.reject(new Error("the engine is running a program"));
      try {
        const json = invokePy(module, func, JSON.stringify(payload ?? null));
        return Promise.resolve(JSON.parse(String(json)) as unknown);
      } catch (e) {
        return Promise.reject(e instanceof Error ? e : new Error(String(e)));
      }
    },
  };
}
