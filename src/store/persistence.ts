/**
 * How the store's state reaches the browser's storage: a write-behind buffer
 * (./debounced-storage.ts) that merges with other tabs' saves (./sync.ts) and reports whether the
 * work is being saved. Separate from ./app-store.ts so tests can give it any storage.
 */
import type { StateStorage } from "zustand/middleware";
import { createDebouncedStorage, type DebouncedStorage } from "./debounced-storage";
import { saveProblemOf, type SaveProblem } from "./slices/saving";
import { reconcileStored, STORAGE_KEY } from "./sync";
import type { Timer } from "./timer";

/** Short enough that a crash loses at most a fraction of a second of typing. */
export const SAVE_DELAY_MS = 300;

/** Work kept for this tab only, when the browser gives the site no storage. */
function memoryStorage(): StateStorage<void> {
  const items = new Map<string, string>();
  return {
    getItem: (name) => items.get(name) ?? null,
    setItem: (name, value) => void items.set(name, value),
    removeItem: (name) => void items.delete(name),
  };
}

/**
 * The storage for the store. `local` is the browser's storage, or null when there is none (the
 * work then lives in memory and `report` says "unavailable" at every save). `report` is told of
 * every change in whether work is saved: a problem, or null once a save succeeds again.
 */
export function createPersistence({
  local,
  timer,
  report,
}: {
  local: Pick<Storage, "getItem" | "setItem" | "removeItem"> | null;
  timer: Timer;
  report: (problem: SaveProblem | null) => void;
}): DebouncedStorage {
  // Reads that throw (storage disabled mid-session) count as "nothing stored", and are reported.
  const base: StateStorage<void> =
    local === null
      ? memoryStorage()
      : {
          getItem: (name) => {
            try {
              return local.getItem(name);
            } catch (error) {
              report(saveProblemOf(error));
              return null;
            }
          },
          setItem: (name, value) => local.setItem(name, value),
          removeItem: (name) => local.removeItem(name),
        };
  return createDebouncedStorage(base, {
    delayMs: SAVE_DELAY_MS,
    timer,
    onError: (error) => {
      console.error("Interleave could not save your work:", error);
      report(saveProblemOf(error));
    },
    // Storage that was never there does not come back; a full or failing one may (space freed).
    onSaved: () => report(local === null ? "unavailable" : null),
    reconcile: (name, ours, stored) =>
      name === STORAGE_KEY ? reconcileStored(ours, stored) : ours,
  });
}
