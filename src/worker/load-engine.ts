/**
 * Starts Python inside the worker: Pyodide from the site's own `pyodide/` folder (never a CDN),
 * then the engine with the Python runtime package, whose sources are bundled into the worker.
 *
 * Python is restored from a memory snapshot whenever there is one (src/engine/interpreter.ts): the
 * one kept in IndexedDB on an earlier visit (./snapshot-cache.ts), else the one shipped with the
 * site (./shipped-snapshot.ts). Without either, the engine loads Pyodide, installs and warms up
 * the runtime and takes the snapshot. Whichever was used is kept in IndexedDB for next time,
 * decompressed. Each stage is marked on the worker's timeline (./startup-marks.ts) for the
 * benchmarks.
 *
 * The worker owns the interrupt buffer: Pyodide checks it between bytecodes, so the page can stop a
 * runaway program (`while True: pass`) by writing SIGINT into it. Every restored interpreter is
 * given the same buffer.
 */
import { version as pyodideVersion } from "pyodide";
import { createEngine, type PyodideLoader, type SnapshotEngine } from "../engine/engine";
import { browserLoader } from "./browser-loader";
import type { InitStage } from "../protocol/messages";
import { runtimeFiles } from "./runtime-sources";
import type { EngineOptions } from "./session";
import { readSnapshot, snapshotKey, writeSnapshot } from "./snapshot-cache";
import { fetchShippedSnapshot, shippedSnapshotTag } from "./shipped-snapshot";
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

export async function loadEngine(
  { indexURL, interruptBuffer }: EngineOptions,
  onStage: (stage: InitStage) => void,
): Promise<SnapshotEngine> {
  mark("engine:start");
  onStage("loading-pyodide");
  const files = runtimeFiles();
  // The loader's import and the WebAssembly's compilation (./browser-loader.ts) go on while the
  // snapshot is read: from IndexedDB (a repeat visit: no download, nothing to decompress), else
  // the one shipped with the site.
  const loading = browserLoader(indexURL, interruptBuffer);
  const key = `${await snapshotKey(pyodideVersion, files)}${shippedSnapshotTag()}`;
  const kept = await marked("snapshot-read", () => readSnapshot(key));
  const fetchShipped = () => marked("snapshot-fetch", () => fetchShippedSnapshot(indexURL));
  const shipped = kept ? null : fetchShipped(); // a first visit: download while the loader loads
  const load = await loading;
  onStage("starting-engine");
  let engine = await restored(load, files, kept);
  engine ??= await restored(load, files, await (shipped ?? fetchShipped()));
  if (!engine) engine = await createEngine(load, files);
  mark("engine:ready");
  if (engine.snapshot !== kept) {
    // Kept for the next visit, after Python is ready: never delays the first run.
    const snapshot = engine.snapshot;
    void marked("snapshot-write", () => writeSnapshot(key, snapshot));
  }
  return engine;
}
