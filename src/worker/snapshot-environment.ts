/**
 * What a memory snapshot keeps of the JavaScript engine that made it. Pyodide and CPython detect
 * a few features of the engine while Python starts and keep the answers in the linear memory,
 * which the snapshot copies: whether WebAssembly stack switching (JSPI) is there, and in which API
 * generation (Pyodide's `jspiSupported`), and whether WebAssembly type reflection is (CPython's
 * call trampoline). A snapshot restored where the answers differ starts, then fails later: one
 * made in Node 20 (old JSPI API, type reflection on) and restored in Chromium raised "WebAssembly
 * stack switching not supported" at the first thread, or "trying to suspend JS frames". So the
 * snapshot shipped with the site (made at build time in Chromium, scripts/snapshot/) is used only
 * where this description is the same as where it was made.
 */
export function snapshotEnvironment(): string {
  const wasm = WebAssembly as unknown as Record<string, unknown>;
  const jspi = "Suspending" in wasm ? "new" : "Suspender" in wasm ? "old" : "none";
  const reflection = "Function" in wasm ? "yes" : "no";
  return `jspi-${jspi}.reflection-${reflection}`;
}
