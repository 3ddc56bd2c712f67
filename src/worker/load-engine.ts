/**
 * Starts Python inside the worker: Pyodide from the site's own `pyodide/` folder (never a CDN),
 * then the engine with the Python runtime package, whose sources are bundled into the worker.
 * The engine makes its memory snapshot here, on the first visit, and restores one interpreter
 * per run from it (src/engine/interpreter.ts); `EngineOptions.snapshot` lets a host that kept
 * the snapshot (issue #12's cache) skip the plain load.
 *
 * The worker owns the interrupt buffer: Pyodide checks it between bytecodes, so the page can stop a
 * runaway program (`while True: pass`) by writing SIGINT into it. Every restored interpreter is
 * given the same buffer.
 */
import { createEngine, type SnapshotEngine } from "../engine/engine";
import { browserLoader } from "./browser-loader";
import type { InitStage } from "../protocol/messages";
import { toRuntimeFiles } from "./runtime-files";
import type { EngineOptions } from "./session";

const RUNTIME_SOURCES = import.meta.glob<string>(
  ["/runtime/interleave/**/*.py", "/runtime/shims/**/*.py"],
  { query: "?raw", import: "default", eager: true },
);

export async function loadEngine(
  { indexURL, interruptBuffer }: EngineOptions,
  onStage: (stage: InitStage) => void,
): Promise<SnapshotEngine> {
  onStage("loading-pyodide");
  const load = await browserLoader(indexURL, interruptBuffer);
  onStage("starting-engine");
  return createEngine(load, toRuntimeFiles(RUNTIME_SOURCES));
}
