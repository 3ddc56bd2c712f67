/**
 * Starts Python inside the worker: Pyodide from the site's own `pyodide/` folder (never a CDN),
 * then the engine with the Python runtime package, whose sources are bundled into the worker.
 *
 * Python is restored from a memory snapshot whenever there is one (src/engine/interpreter.ts): the
 * one kept in IndexedDB on an earlier visit (./snapshot-cache.ts), else the one shipped with the
 * site (./shipped-snapshot.ts). Without either, the engine loads Pyodide, installs and warms up
 * the runtime and takes the snapshot. Whichever was used is kept in IndexedDB for next time,
 * decompressed. The loader's import, the WebAssembly's compilation and the snapshot's reading
 * were started by ./early-start.ts before this code was even loaded. Each stage is marked on the worker's timeline (./startup-marks.ts) for the
 * benchmarks.
 *
 * The worker owns the interrupt buffer: Pyodide checks it between bytecodes, so the page can stop a
 * runaway program (`while True: pass`) by writing SIGINT into it. Every restored interpreter is
 * given the same buffer.
 */
import { version as pyodideVersion } from "pyodide";
import { compileRunContract } from "../contract";
import { createEngine, type PyodideLoader, type SnapshotEngine } from "../engine/engine";
import type { InitStage } from "../protocol/messages";
import type { EarlyStart } from "./early-start";
import { runtimeFiles } from "./runtime-sources";
import { readSnapshot, snapshotKey, writeSnapshot } from "./snapshot-cache";
import { mark, marked } from "./startup-marks";

/** An engine restored from `snapshot`, or null if it does not restore (damaged or foreign). */
async function restored(
  load: PyodideLoader,
  files: Record<string, string>,
  snapshot: Uint8Array | null,
): Promise<SnapshotEngine | null> {
  if (!snapshot) return null;
  try {
    return await createEngine(load, files, { snapshot });
  } catch {
    return null;
  }
}

/** Finishes what `early` started (./early-start.ts): the engine, from the best snapshot there is. */
export async function loadEngine(
  early: EarlyStart,
  onStage: (stage: InitStage) => void,
): Promise<SnapshotEngine> {
  onStage("loading-pyodide");
  // While the snapshot is read and the WebAssembly compiles (the worker's thread is idle then).
  mark("compile-contract:start");
  compileRunContract();
  mark("compile-contract:end");
  const files = runtimeFiles();
  let key = early.keptKey;
  let kept = await early.kept;
  if (key === null) {
    // No shipped snapshot fits this engine: the copy this browser made is keyed by the files.
    const own = await snapshotKey(pyodideVersion, files);
    key = own;
    kept = await marked("snapshot-read", () => readSnapshot(own));
  }
  const load = await early.loader;
  onStage("starting-engine");
  let engine = await restored(load, files, kept);
  engine ??= await restored(load, files, await early.shipped());
  if (!engine) engine = await createEngine(load, files);
  mark("engine:ready");
  if (engine.snapshot !== kept) {
    // Kept for the next visit, after Python is ready: never delays the first run.
    const snapshot = engine.snapshot;
    const keptKey = key;
    void marked("snapshot-write", () => writeSnapshot(keptKey, snapshot));
  }
  return engine;
}
