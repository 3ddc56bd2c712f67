/**
 * What the worker starts the moment the page's `init` arrives, before its main code (the engine,
 * the checker and their schema libraries: about 0.9 MB, ./worker-main.ts) is loaded and run:
 * importing Pyodide's loader and compiling its WebAssembly (./browser-loader.ts), and reading the
 * memory snapshot, from IndexedDB (a repeat visit) or from the site (a first visit). All of it is
 * network, storage and compilation that used to wait for the main code; now it overlaps it.
 *
 * The kept copy of the shipped snapshot is keyed by the shipped file's name, which changes with
 * everything it is made of (Pyodide, the runtime's sources, the engine's and the worker's code:
 * scripts/snapshot/make.ts), so no hash of the runtime's files is needed this early. Where no
 * shipped snapshot fits this engine, the key does need them: ./load-engine.ts reads that copy.
 */
import type { PyodideLoader } from "../engine/interpreter";
import { browserLoader } from "./browser-loader";
import type { EngineOptions } from "./session";
import { readSnapshot } from "./snapshot-cache";
import { fetchShippedSnapshot, shippedSnapshotName } from "./shipped-snapshot";
import { mark, marked } from "./startup-marks";

export interface EarlyStart {
  /** Pyodide's loader, its WebAssembly compiled from the worker's first moment. */
  loader: Promise<PyodideLoader>;
  /** The IndexedDB key of the shipped snapshot's copy; null where no shipped snapshot fits. */
  keptKey: string | null;
  /** The copy kept under `keptKey` on an earlier visit, or null. */
  kept: Promise<Uint8Array | null>;
  /** The shipped snapshot (null where none fits): its download starts as soon as no copy is
   *  found, the first call starts it otherwise. */
  shipped: () => Promise<Uint8Array | null>;
}

export function startEarly({ indexURL, interruptBuffer }: EngineOptions): EarlyStart {
  mark("engine:start");
  const loader = browserLoader(indexURL, interruptBuffer);
  const name = shippedSnapshotName();
  const keptKey = name === null ? null : `snapshot-${name}`;
  let download: Promise<Uint8Array | null> | null = null;
  const shipped = () =>
    (download ??=
      name === null
        ? Promise.resolve(null)
        : marked("snapshot-fetch", () => fetchShippedSnapshot(indexURL)));
  const kept =
    keptKey === null
      ? Promise.resolve(null)
      : marked("snapshot-read", () => readSnapshot(keptKey)).then((bytes) => {
          if (!bytes) void shipped(); // a first visit: download while the loader loads
          return bytes;
        });
  return { loader, keptKey, kept, shipped };
}
