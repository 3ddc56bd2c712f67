/**
 * A write-behind wrapper for the store's storage (localStorage in the browser).
 *
 * Every edit of the learner's code changes the store and so asks for a write; writing the whole
 * persisted state on each keystroke is wasted work (sets that change nothing persisted, such as a
 * run's output, never get here: ./unchanged-writes.ts). This keeps the latest value per key, skips values already written, and
 * writes after `delayMs` of quiet, or at once on `flush()` (called when the page is hidden or
 * closed). Reads see pending values, so nothing reads stale data.
 *
 * Nothing is dropped on failure: a value that could not be written (storage full, storage
 * refused) stays pending, `onError` tells the app (which tells the learner), and the next flush
 * tries again; `onSaved` reports that every pending value is written. Before writing, `reconcile`
 * may combine our value with the one stored now (another tab may have saved since we read).
 */
import type { StateStorage } from "zustand/middleware";
import type { Timer } from "./timer";

export interface DebouncedStorage extends StateStorage<void> {
  /** Writes pending values now (and retries values that failed before). */
  flush: () => void;
}

export interface DebouncedStorageOptions {
  delayMs: number;
  timer: Timer;
  onError: (error: unknown) => void;
  /** Called after a flush that wrote every pending value. */
  onSaved?: () => void;
  /** The value to write for `name`, given ours and the one stored now (default: ours). */
  reconcile?: (name: string, ours: string, stored: string | null) => string;
}

export function createDebouncedStorage(
  base: StateStorage<void>,
  { delayMs, timer, onError, onSaved, reconcile }: DebouncedStorageOptions,
): DebouncedStorage {
  const pending = new Map<string, string>();
  const written = new Map<string, string>();
  let handle: number | null = null;

  function writeOne(name: string, value: string): void {
    const stored = base.getItem(name) as string | null;
    const next = reconcile ? reconcile(name, value, stored) : value;
    // Writing what is stored already would change nothing (and fire no storage event).
    if (next !== stored) base.setItem(name, next);
    written.set(name, value);
  }

  function flush(): void {
    if (handle !== null) timer.clear(handle);
    handle = null;
    let failed = false;
    for (const [name, value] of [...pending]) {
      try {
        writeOne(name, value);
        pending.delete(name);
      } catch (error) {
        // e.g. QuotaExceededError: the learner must hear that their work is not being saved.
        failed = true;
        onError(error);
      }
    }
    if (!failed) onSaved?.();
  }

  return {
    getItem: (name) => pending.get(name) ?? base.getItem(name),
    setItem(name, value) {
      if (!pending.has(name) && written.get(name) === value) return;
      pending.set(name, value);
      if (handle !== null) timer.clear(handle);
      handle = timer.set(flush, delayMs);
    },
    removeItem(name) {
      pending.delete(name);
      written.delete(name);
      base.removeItem(name);
    },
    flush,
  };
}
