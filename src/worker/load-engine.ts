/**
 * Starts Python inside the worker: Pyodide from the site's own `pyodide/` folder (never a CDN),
 * then the engine with the Python runtime package, whose sources are bundled into the worker.
 * The engine makes its memory snapshot here on the first visit and keeps it in IndexedDB
 * (./snapshot-cache.ts); a repeat visit, and a worker that replaces a stopped one, restore Python
 * from it instead (src/engine/interpreter.ts).
 *
 * The worker owns the interrupt buffer: Pyodide checks it between bytecodes, so the page can stop a
 * runaway program (`while True: pass`) by writing SIGINT into it. Every restored interpreter is
 * given the same buffer.
 */
import { version as pyodideVersion } from "pyodide";
import { createEngine, type SnapshotEngine } from "../engine/engine";
import { browserLoader } from "./browser-loader";
import type { InitStage } from "../protocol/messages";
import { toRuntimeFiles } from "./runtime-files";
import type { EngineOptions } from "./session";
import { readSnapshot, snapshotKey, writeSnapshot } from "./snapshot-cache";

const RUNTIME_SOURCES = import.meta.glob<string>(
  ["/runtime/interleave/**/*.py", "/runtime/shims/**/*.py"],
  { query: "?raw", import: "default", eager: true },
);

export async function loadEngine(
  { indexURL, interruptBuffer }: EngineOptions,
  onStage: (stage: InitStage) => void,
): Promise<SnapshotEngine> {
  onStage("loading-pyodide");
  const files = toRuntimeFiles(RUNTIME_SOURCES);
  const [load, key] = await Promise.all([
    browserLoader(indexURL, interruptBuffer),
    snapshotKey(pyodideVersion, files),
  ]);
  onStage("starting-engine");
  const kept = await readSnapshot(key);
  if (kept) {
    try {
      return await createEngine(load, files, { snapshot: kept });
    } catch {
      // A damaged or foreign snapshot: make a new one below, which replaces it.
    }
  }
  const engine = await createEngine(load, files);
  void writeSnapshot(key, engine.snapshot); // after Python is ready: never delays the first run
  return engine;
}
