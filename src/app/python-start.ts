/**
 * The Python worker the page starts first, from its first and smallest script (src/main.tsx),
 * before React, the course and the editor are even downloaded: starting Python is the longest
 * part of opening the app, so it must not wait for them. The app's bridge (./python.ts) takes it
 * over when it loads.
 */
import { spawnPythonWorker } from "./spawn-worker";
import { startWorker, type StartedWorker } from "./worker-launch";

/** Absolute URL of the site's pyodide/ folder. BASE_URL is "./" in builds (the site works from
 *  any folder): it is resolved against the page. */
export const pythonIndexURL = (): string =>
  new URL(`${import.meta.env.BASE_URL}pyodide/`, document.baseURI).href;

/** Whether Stop can use the shared interrupt buffer (the page is cross-origin isolated). */
export const pageIsolated = (): boolean => window.crossOriginIsolated;

let early: StartedWorker | null = null;

export function startPythonEarly(): void {
  early ??= startWorker(spawnPythonWorker, pythonIndexURL(), pageIsolated());
}

/** The worker started early, once (null if none was, or it was taken already). */
export function takeEarlyWorker(): StartedWorker | null {
  const worker = early;
  early = null;
  return worker;
}
