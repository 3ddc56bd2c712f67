/**
 * Starts Python inside the worker: Pyodide from the site's own `pyodide/` folder (never a CDN),
 * then the engine with the Python runtime package, whose sources are bundled into the worker.
 *
 * The worker owns the interrupt buffer: Pyodide checks it between bytecodes, so the page can stop a
 * runaway program (`while True: pass`) by writing SIGINT into it.
 */
import { loadPyodide } from "pyodide";
import { createEngine } from "../engine/engine";
import type { Engine } from "../engine/types";
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
): Promise<Engine> {
  onStage("loading-pyodide");
  const pyodide = await loadPyodide({ indexURL, packageBaseUrl: indexURL });
  if (interruptBuffer) pyodide.setInterruptBuffer(new Int32Array(interruptBuffer));
  onStage("starting-engine");
  return createEngine(pyodide, toRuntimeFiles(RUNTIME_SOURCES));
}
