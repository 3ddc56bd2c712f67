/**
 * Resetting one interpreter in place: after a run, everything the run could change is put back as
 * it was when the interpreter was sealed, so the next run starts from the same state as if it had
 * a fresh interpreter restored from the snapshot, at a fraction of the cost (a restore costs
 * 240-545 ms and leaves a whole WebAssembly instance to the garbage collector; a reset costs a copy
 * of the linear memory, a few milliseconds).
 *
 * What a run can change, and how each is put back (checked against Pyodide 314's snapshot code,
 * src/js/snapshot.ts and src/core/stack_switching/, which restores the same state):
 * - the linear memory (every Python object, the C heap and stack, the hiwire bookkeeping):
 *   copied back whole; pages the run grew are zeroed (they stay allocated: WebAssembly memory
 *   cannot shrink, so an interpreter that grew far is replaced instead, see `grownTooFar`);
 * - the C stack pointer, a WebAssembly global outside the linear memory, and Pyodide's list of
 *   the green-thread stacks that occupy part of the C stack (src/core/stack_switching/
 *   stack_state.mjs): a thread the run left parked stays on that list, and each later task would
 *   be placed below it, with less stack each run, so the list is emptied (through
 *   `StackState.restore`, the one way in: a continuation restored from past every entry evicts
 *   them all);
 * - the hiwire table (JavaScript values Python holds, a WebAssembly table whose bookkeeping is in
 *   the linear memory): the slots in use when sealed get their values back, every other slot is
 *   emptied so the run's JavaScript objects (output callback, parked thread stacks) can be freed;
 * - hiwire's deduplication map (a JavaScript Map from an object to its reference, kept in the
 *   immortal table): a stale entry would hand a later run a reference to a freed slot, or to
 *   whatever reuses it, so its entries are put back as captured;
 * - PyProxies the run created and never destroyed: their FinalizationRegistry entries would
 *   decrement pointers into the reset memory when collected, so finalizers of an earlier
 *   generation are skipped (./generations.ts);
 * - the file system, which lives in JavaScript (MEMFS): ./fs-reset.ts.
 */
import type { PyodideAPI } from "pyodide";
import { captureFileSystem, type EmscriptenFs, type FileSystemImage } from "./fs-reset";
import { nextGeneration } from "./generations";

/** The parts of Pyodide's Emscripten module a reset touches. */
interface EmscriptenModule {
  HEAP8: Int8Array;
  ___stack_pointer: WebAssembly.Global;
  __hiwire_get(index: number): unknown;
  __hiwire_set(index: number, value: unknown): number;
  __hiwire_immortal_get(index: number): unknown;
  finalizationRegistry?: unknown;
  stackStop?: number;
  StackState?: { prototype: { restore(this: object): number } };
}

/** Linear memory beyond this many bytes over the sealed size: replace the interpreter. */
const MAX_GROWTH_BYTES = 256 * 1024 * 1024;

export interface InterpreterImage {
  /** Puts the interpreter back as it was captured. */
  restore(): void;
  /** Whether the run grew the memory so far that keeping this instance wastes it. */
  grownTooFar(): boolean;
}

function emscripten(pyodide: PyodideAPI): EmscriptenModule {
  return (pyodide as unknown as { _module: EmscriptenModule })._module;
}

/** The values of the hiwire table's slots, up to the table's end (where reading throws). */
function hiwireSlots(module: EmscriptenModule): unknown[] {
  const values: unknown[] = [];
  for (;;) {
    try {
      values.push(module.__hiwire_get(values.length));
    } catch {
      return values;
    }
  }
}

/** hiwire's deduplication maps: the Maps among the immortal table's values (one, in practice). */
function deduplicationMaps(module: EmscriptenModule): Map<unknown, unknown>[] {
  const maps: Map<unknown, unknown>[] = [];
  for (let i = 0; ; i++) {
    let value: unknown;
    try {
      value = module.__hiwire_immortal_get(i);
    } catch {
      return maps;
    }
    if (value instanceof Map) maps.push(value as Map<unknown, unknown>);
  }
}

/** Captures `pyodide` as it is now: the state every later `restore()` returns to. */
export function captureInterpreter(pyodide: PyodideAPI): InterpreterImage {
  const module = emscripten(pyodide);
  const memory = new Uint8Array(module.HEAP8.buffer).slice();
  const stackPointer = module.___stack_pointer.value as number;
  const stackStop = module.stackStop;
  const slots = hiwireSlots(module);
  const deduplication = deduplicationMaps(module).map((map) => ({ map, entries: [...map] }));
  const files: FileSystemImage = captureFileSystem(pyodide.FS as unknown as EmscriptenFs);
  nextGeneration(module.finalizationRegistry);
  return {
    restore() {
      // Finalizers of the run's proxies must not touch the memory about to be put back.
      nextGeneration(module.finalizationRegistry);
      // Every parked stack is evicted (saved to JavaScript, then dropped with its thread).
      const emptyBeyondAll = {
        start: stackPointer,
        stop: Number.MAX_SAFE_INTEGER,
        _copy: new Uint8Array(0),
      };
      module.StackState?.prototype.restore.call(emptyBeyondAll);
      module.stackStop = stackStop;
      const heap = new Uint8Array(module.HEAP8.buffer);
      heap.set(memory);
      if (heap.length > memory.length) heap.fill(0, memory.length);
      module.___stack_pointer.value = stackPointer;
      // Slots the run added are emptied (null: setting `undefined` is accepted at any index).
      const now = hiwireSlots(module).length;
      for (let i = 0; i < now; i++) module.__hiwire_set(i, i < slots.length ? slots[i] : null);
      for (const { map, entries } of deduplication) {
        map.clear();
        for (const [key, value] of entries) map.set(key, value);
      }
      files.restore();
    },
    grownTooFar() {
      return module.HEAP8.buffer.byteLength - memory.length > MAX_GROWTH_BYTES;
    },
  };
}
