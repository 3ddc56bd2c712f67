/**
 * Skips the persist middleware's write when nothing it persists has changed.
 *
 * `persist` serialises the whole persisted state on every `set`, and most sets change only the
 * session (a run's output chunks, its status, the Python worker's state): with a whole course's
 * code saved, that is a JSON text of tens of kilobytes per output chunk. The store's updates are
 * immutable, so a persisted field that kept its reference kept its value: a write whose fields are
 * all the same objects as the last one written is skipped before it is serialised.
 */
import type { PersistStorage, StorageValue } from "zustand/middleware";

function sameFields<T extends object>(a: T, b: T): boolean {
  const keys = Object.keys(a) as (keyof T)[];
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}

export function skipUnchangedWrites<T extends object>(
  inner: PersistStorage<T> | undefined,
): PersistStorage<T> | undefined {
  if (inner === undefined) return undefined; // no storage at all: persist keeps to memory
  let last: StorageValue<T> | null = null;
  return {
    getItem: (name) => inner.getItem(name),
    setItem(name, value) {
      if (last !== null && last.version === value.version && sameFields(last.state, value.state))
        return undefined;
      last = value;
      return inner.setItem(name, value);
    },
    removeItem(name) {
      last = null;
      return inner.removeItem(name);
    },
  };
}
