/**
 * The memory a run may use: a cap on how far a program may grow its interpreter's WebAssembly
 * memory.
 *
 * Without it a program that keeps allocating (`x.append(bytearray(10**7))` in a loop) grows the
 * linear memory to WebAssembly's 4 GB: 95 s and 4.4 GB in Node before CPython's MemoryError, and
 * in a browser tab often a crash first. Every allocation that needs more memory goes through one
 * function Emscripten imports into the module, `emscripten_resize_heap(requestedSize)`; it is
 * wrapped at instantiation (./wasm-cache.ts). Past the cap it answers "no", as it does at 4 GB:
 * `malloc` returns NULL and CPython raises MemoryError where the program allocated, as on a
 * machine out of memory. The run's message names the cap (interleave.glue.heap_limit_mb).
 *
 * After the first refusal the cap moves up by a reserve, so that the program's traceback, the
 * runtime's report and the reset have memory to work in; a program that catches MemoryError and
 * keeps allocating meets the higher cap, for good, and at worst its interpreter dies and is
 * replaced (the run ends with InterpreterCrash). The interpreter is then replaced anyway, since
 * its memory grew far (./reset.ts).
 */

/** How much a run may grow the interpreter's memory beyond its size when sealed. Far above what
 *  an exercise needs (a list of a million ints is ~40 MB), far below what a phone's tab survives. */
export const RUN_HEAP_BYTES = 512 * 1024 * 1024;

/** The room left after the first refusal for the traceback, the report and the reset. */
const RESERVE_BYTES = 64 * 1024 * 1024;

export interface HeapGuard {
  /** From now on, refuse growth of the memory beyond `bytes` (plus the reserve after a refusal). */
  arm(bytes: number): void;
  /** Starts a run: the cap is `arm`'s again and nothing was refused yet. */
  newRun(): void;
  /** The cap in MB if this run was refused memory, else 0. */
  refusedMB(): number;
}

type ResizeHeap = (requestedSize: number) => number | boolean;

/** The property of Emscripten's module object (Pyodide's `_module`) that holds its guard. */
const GUARD_KEY = "interleaveHeapGuard";

/**
 * Wraps `env.emscripten_resize_heap` of one instantiation's imports and keeps the guard on the
 * module object (`settings`, which Emscripten uses as its module). Unarmed it changes nothing.
 */
export function installHeapGuard(settings: object, env: Record<string, unknown>): void {
  const resize = env["emscripten_resize_heap"] as ResizeHeap | undefined;
  if (typeof resize !== "function") return;
  let base = Infinity;
  let cap = Infinity;
  let refused = false;
  const guard: HeapGuard = {
    arm(bytes) {
      base = bytes;
      cap = bytes;
      refused = false;
    },
    newRun() {
      cap = base;
      refused = false;
    },
    refusedMB: () => (refused && Number.isFinite(base) ? Math.round(RUN_HEAP_BYTES / 2 ** 20) : 0),
  };
  const guarded = (requestedSize: number): number | boolean => {
    const size = requestedSize >>> 0; // Emscripten passes a pointer-sized (unsigned) value
    if (size > cap) {
      if (!refused) cap += RESERVE_BYTES;
      refused = true;
      return 0;
    }
    return resize(requestedSize);
  };
  // Emscripten reads the signature from the import (`.sig`) when it wraps imports for JSPI.
  Object.assign(guarded, resize);
  env["emscripten_resize_heap"] = guarded;
  (settings as Record<string, unknown>)[GUARD_KEY] = guard;
}

/** The guard of a loaded Pyodide, or null (a module not made by the guarded factory). */
export function heapGuardOf(pyodide: unknown): HeapGuard | null {
  const module = (pyodide as { _module?: Record<string, unknown> })._module;
  return (module?.[GUARD_KEY] as HeapGuard | undefined) ?? null;
}
