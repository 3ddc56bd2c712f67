/**
 * The memory snapshot shipped with the site: made at build time in headless Chromium
 * (scripts/snapshot/), by this worker's own code, and published gzip-compressed under `assets/` (7.7 MB for 31 MB)
 * (a name that changes with its content, so hosts may cache it for good). With it, a first visit
 * restores Python (under a second) instead of loading Pyodide, installing and warming up the
 * runtime and taking the snapshot (20-30 s of CPU on a loaded 2-core machine).
 *
 * Used only where the JavaScript engine is described the same as where it was made
 * (./snapshot-environment.ts); anywhere else, and in a build made without Chromium, the worker
 * makes its own snapshot as before and keeps it in IndexedDB. Every failure here (a host that
 * does not serve the file, a truncated download) only costs the speed-up: it resolves to null.
 */
import shipped from "virtual:interleave/snapshot";
import { snapshotEnvironment } from "./snapshot-environment";

const isGzip = (b: Uint8Array): boolean => b[0] === 0x1f && b[1] === 0x8b;

async function gunzip(gzip: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([gzip as Uint8Array<ArrayBuffer>]).stream();
  return new Uint8Array(
    await new Response(stream.pipeThrough(new DecompressionStream("gzip"))).arrayBuffer(),
  );
}

/** The shipped snapshot's file name (it changes with everything the snapshot is made of), or
 *  null where there is none or it does not fit this engine. */
export function shippedSnapshotName(): string | null {
  return shipped.path && shipped.environment === snapshotEnvironment() ? shipped.path : null;
}

/** The shipped snapshot's bytes, or null where there is none or it does not fit this engine. */
export async function fetchShippedSnapshot(indexURL: string): Promise<Uint8Array | null> {
  if (shippedSnapshotName() === null) return null;
  try {
    // indexURL is the site's pyodide/ folder; the path is relative to the site's root.
    const response = await fetch(new URL(`../${shipped.path}`, indexURL));
    if (!response.ok) return null;
    const body = new Uint8Array(await response.arrayBuffer());
    // gzip data, unless a host sent it with a Content-Encoding the browser already undid.
    const bytes = isGzip(body) ? await gunzip(body) : body;
    return bytes.length === shipped.bytes ? bytes : null;
  } catch {
    return null;
  }
}
