/** The engine's public surface for the browser worker. Node code imports ./node directly. */
export { createEngine, hasJspi, RUNTIME_ROOT } from "./engine";
export type * from "./types";
