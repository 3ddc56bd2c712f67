/**
 * A write-behind wrapper for the store's storage (localStorage in the browser).
 *
 * Every edit of the learner's code changes the store and so asks for a write; writing the whole
 * persisted state on each keystroke (and on each chunk of program output, which changes the store
 * too) is wasted work. This keeps the latest value per key, skips values already written, and
 * writes after `delayMs` of quiet, or at once on `flush()` (called when the page is hidden or
 * closed). Reads see pending values, so nothing reads stale data.
 */
import type { StateStorage } from "zustand/middleware";
import type { Timer } from "./timer";

export interface DebouncedStorage extends StateStorage<void> {
  /** Writes pending values now. */
  flush: () => void;
}

export function createDebouncedStorage(
  base: StateStorage<void>,
  { delayMs, timer, onError }: { delayMs: number; timer: Timer; onError: (error: unknown) => void },
): DebouncedStorage {
  const pending = new Map<string, string>();
  const written = new Map<string, string>();
  let handle: number | null = null;

  function flush(): void {
    if (handle !== null) timer.clear(handle);
    handle = null;
    for (const [name, value] of pending) {
      try {
        base.setItem(name, value);
        written.set(name, value);
      } catch (error) {
        // e.g. QuotaExceededError: the learner must hear that their work is not being saved.
        onError(error);
      }
    }
    pending.clear();
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
