/**
 * Starts Python inside the worker: Pyodide from the site's own `pyodide/` folder (never a CDN),
 * then the engine with the Python runtime package, whose sources are bundled into the worker.
 *
 * Python is restored from a memory snapshot whenever there is one (src/engine/interpreter.ts): the
 * one shipped with the site (./shipped-snapshot.ts), else the one this browser made on an earlier
 * visit and kept in IndexedDB (./snapshot-cache.ts). Without either, the engine loads Pyodide,
 * installs and warms up the runtime, takes the snapshot and keeps it for next time. Fetching
 * Pyodide's loader and the snapshot go on at the same time. Each stage is marked on the worker's
 * timeline (./startup-marks.ts) for the benchmarks.
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
import { fetchShippedSnapshot } from "./shipped-snapshot";
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
  const [load, key, shipped] = await Promise.all([
    browserLoader(indexURL, interruptBuffer),
    snapshotKey(pyodideVersion, files),
    marked("snapshot-fetch", () => fetchShippedSnapshot(indexURL)),
  ]);
  onStage("starting-engine");
  let engine = await restored(load, files, shipped);
  if (!engine) {
    const kept = await marked("snapshot-read", () => readSnapshot(key));
    engine = await restored(load, files, kept);
  }
  if (!engine) {
    engine = await createEngine(load, files);
    // After Python is ready: never delays the first run.
    const made = engine.snapshot;
    void marked("snapshot-write", () => writeSnapshot(key, made));
  }
  mark("engine:ready");
  return engine;
}
