/**
 * Keeps the engine's memory snapshot in IndexedDB, so that a repeat visit, and the worker that
 * replaces a stopped or crashed one, restore Python from it instead of loading Pyodide plainly,
 * installing and warming up the runtime and taking the snapshot again (issue #12, item 1).
 *
 * The key names this exact Pyodide build and runtime (a hash of the runtime's sources and the
 * Pyodide version): a new version of either makes a new snapshot, and the old one is deleted when
 * the new one is kept. Only one snapshot is kept. Storage failing (private mode, quota, a
 * blocked database) costs only the speed-up: every function here resolves, never rejects.
 */

const DATABASE = "interleave-engine";
const STORE = "snapshots";

function open(): Promise<IDBDatabase | null> {
  return new Promise((resolve) => {
    let request: IDBOpenDBRequest;
    try {
      request = indexedDB.open(DATABASE, 1);
    } catch {
      resolve(null);
      return;
    }
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => resolve(null);
    request.onblocked = () => resolve(null);
  });
}

function settle<T>(request: IDBRequest<T>): Promise<T | null> {
  return new Promise((resolve) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => resolve(null);
  });
}

/** The key of a snapshot made by this Pyodide with these runtime files. */
export async function snapshotKey(
  pyodideVersion: string,
  files: Record<string, string>,
): Promise<string> {
  const text = [
    pyodideVersion,
    ...Object.keys(files)
      .sort()
      .map((k) => `${k}\0${files[k]}`),
  ];
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text.join("\0")));
  const hex = Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0"));
  return `snapshot-${hex.join("").slice(0, 32)}`;
}

/** The snapshot kept under `key`, or null. */
export async function readSnapshot(key: string): Promise<Uint8Array | null> {
  const db = await open();
  if (!db) return null;
  try {
    const value: unknown = await settle<unknown>(db.transaction(STORE).objectStore(STORE).get(key));
    return value instanceof Uint8Array ? value : null;
  } catch {
    return null;
  } finally {
    db.close();
  }
}

/** Keeps `bytes` under `key`, in place of any other snapshot. */
export async function writeSnapshot(key: string, bytes: Uint8Array): Promise<void> {
  const db = await open();
  if (!db) return;
  try {
    const transaction = db.transaction(STORE, "readwrite");
    const store = transaction.objectStore(STORE);
    store.clear(); // requests run in order: the old snapshots go, then the new one is put
    store.put(bytes, key);
    await new Promise<void>((resolve) => {
      transaction.oncomplete = () => resolve();
      transaction.onerror = () => resolve();
      transaction.onabort = () => resolve();
    });
  } catch {
    // Keeping it is an optimisation only.
  } finally {
    db.close();
  }
}
