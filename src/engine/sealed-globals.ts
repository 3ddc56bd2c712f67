/**
 * What a program's interpreter sees as JavaScript's global scope (Pyodide's `jsglobals`, the
 * `js` module): nothing. Pyodide's own start-up asks nothing of it, the runtime talks to
 * JavaScript only through the helpers the engine hands it, and the program must not reach the
 * page, the worker, the network or the host through it.
 */
export function sealedGlobals(): object {
  return Object.create(null) as object;
}
