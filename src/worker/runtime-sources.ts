/**
 * The Python runtime's sources, bundled into the worker (they are installed into every
 * interpreter, and the snapshot is keyed by them).
 */
import { toRuntimeFiles } from "./runtime-files";

const RUNTIME_SOURCES = import.meta.glob<string>(
  ["/runtime/interleave/**/*.py", "/runtime/shims/**/*.py"],
  { query: "?raw", import: "default", eager: true },
);

/** The runtime's files as the engine takes them ("interleave/x.py" -> text). */
export const runtimeFiles = (): Record<string, string> => toRuntimeFiles(RUNTIME_SOURCES);
